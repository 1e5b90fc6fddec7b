#pragma once

#include "domain/Absence.h"
#include "domain/AdvisorProfile.h"
#include "domain/ChangeBatch.h"
#include "domain/Inquiry.h"
#include "domain/InquiryEvent.h"
#include "domain/InquiryNote.h"
#include "domain/Message.h"
#include "domain/Topic.h"
#include "time/WorkingCalendar.h"
#include "validation/FieldError.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

// The JSON wire format of the advisor API (docs/protocol.md). Encoders never fail; decoders return
// nullopt and say why in `error` when a field is missing, has the wrong type or an impossible value.
namespace confidant::wire {

QJsonObject toJson(const Topic &topic);
// A time as every field carries it ("2026-03-01T08:15:30.125Z"); null when invalid.
QJsonValue timeJson(const QDateTime &time);
// A time a person typed or sent: ISO 8601 with "Z" or an offset (without one it would be read in this machine's
// zone), as UTC; nullopt otherwise.
std::optional<QDateTime> timeWithOffsetFromText(const QString &text);
// A time as the wire writes it: "YYYY-MM-DDTHH:MM:SS.mmmZ", in UTC.
QString formatUtcTime(const QDateTime &time);
QJsonObject toJson(const Inquiry &inquiry);
QJsonObject toJson(const Message &message);
QJsonObject toJson(const ChangeBatch &batch);
// The same document as toJson(batch), compact, written without building it as objects first: the change feed's
// pages are its largest answers.
QByteArray encodeChangeBatch(const ChangeBatch &batch);
QJsonObject toJson(const AdvisorProfile &profile);
QJsonObject toJson(const InquiryEvent &event);
QJsonObject toJson(const WorkingCalendar &calendar);
QJsonObject toJson(const InquiryNote &note);
QJsonObject toJson(const Absence &absence);

std::optional<Topic> topicFromJson(const QJsonObject &json, QString *error = nullptr);
std::optional<Inquiry> inquiryFromJson(const QJsonObject &json, QString *error = nullptr);
std::optional<Message> messageFromJson(const QJsonObject &json, QString *error = nullptr);
std::optional<ChangeBatch> changeBatchFromJson(const QJsonObject &json, QString *error = nullptr);
std::optional<AdvisorProfile> advisorProfileFromJson(const QJsonObject &json, QString *error = nullptr);
std::optional<InquiryEvent> inquiryEventFromJson(const QJsonObject &json, QString *error = nullptr);
std::optional<InquiryNote> inquiryNoteFromJson(const QJsonObject &json, QString *error = nullptr);
std::optional<Absence> absenceFromJson(const QJsonObject &json, QString *error = nullptr);

// Moving an inquiry (POST .../transfer): to one colleague or one team, with a note saying why; also the body of
// POST .../assign ({"toAdvisorId": N}, no note).
struct TransferDraft {
    std::optional<qint64> toAdvisorId;
    std::optional<qint64> toTeamId;
    QString note;
};
std::optional<TransferDraft> transferDraftFromJson(const QByteArray &document, FieldErrors *errors);
QByteArray encodeTransferDraft(const TransferDraft &draft);

// {"timeZone": IANA id, "hours": {"mon": ["08:00", "17:00"], ..., "sun": null}, "holidays": ["2026-12-25", ...]}
std::optional<WorkingCalendar> workingCalendarFromJson(const QJsonObject &json, QString *error = nullptr);
constexpr qsizetype maxCalendarHolidays = 1000;

// A reply an advisor posts: {"body": "..."}. Validates the body as well as the shape.
struct ReplyDraft {
    QString body;
};
std::optional<ReplyDraft> replyDraftFromJson(const QByteArray &document, FieldErrors *errors);
QByteArray encodeReplyDraft(const ReplyDraft &draft);

// An internal note an advisor adds to a thread: {"text": "..."}. Validates the text as well as the shape.
struct NoteDraft {
    QString text;
};
std::optional<NoteDraft> noteDraftFromJson(const QByteArray &document, FieldErrors *errors);
QByteArray encodeNoteDraft(const NoteDraft &draft);

// An absence being set: {"from": time, "to": time}. The shape and the times only; whether they make sense
// (validation::checkAbsence) depends on the time it is set at.
struct AbsenceDraft {
    QDateTime from;
    QDateTime to;
};
std::optional<AbsenceDraft> absenceDraftFromJson(const QByteArray &document, FieldErrors *errors);
QByteArray encodeAbsenceDraft(const AbsenceDraft &draft);

// The body of every API error response: {"error": {"code": "...", "message": "...", "fields": [...]}}.
struct ApiError {
    QString code;
    QString message;
    FieldErrors fields;
};
QJsonObject toJson(const ApiError &error);
std::optional<ApiError> apiErrorFromJson(const QJsonObject &json);

// Parses a whole JSON document that must be an object; nullopt for malformed JSON or another type.
std::optional<QJsonObject> parseObject(const QByteArray &document, QString *error = nullptr);
QByteArray encode(const QJsonObject &object);

} // namespace confidant::wire
