#pragma once

#include "validation/FieldError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

// What an advisor sends to change something (docs/protocol.md). The decoders read the shape only: a document that
// is not a JSON object is an error without a field (the route answers 400), a field of the wrong type names that
// field (422). Whether the values make sense — a text's length, an absence in the past, a colleague who exists —
// is for the service that acts on it (server/service) to decide.
namespace confidant::wire {

// A reply an advisor posts: {"body": "..."}.
struct ReplyDraft {
    QString body;
};
std::optional<ReplyDraft> replyDraftFromJson(const QByteArray &document, FieldErrors *errors);
QByteArray encodeReplyDraft(const ReplyDraft &draft);

// An internal note an advisor adds to a thread: {"text": "..."}.
struct NoteDraft {
    QString text;
};
std::optional<NoteDraft> noteDraftFromJson(const QByteArray &document, FieldErrors *errors);
QByteArray encodeNoteDraft(const NoteDraft &draft);

// An absence being set: {"from": time, "to": time}, each with its offset.
struct AbsenceDraft {
    QDateTime from;
    QDateTime to;
};
std::optional<AbsenceDraft> absenceDraftFromJson(const QByteArray &document, FieldErrors *errors);
QByteArray encodeAbsenceDraft(const AbsenceDraft &draft);

// Moving an inquiry (POST .../transfer): to one colleague or one team, with a note saying why; also the body of
// POST .../assign ({"toAdvisorId": N}, no note).
struct TransferDraft {
    std::optional<qint64> toAdvisorId;
    std::optional<qint64> toTeamId;
    QString note;
};
std::optional<TransferDraft> transferDraftFromJson(const QByteArray &document, FieldErrors *errors);
QByteArray encodeTransferDraft(const TransferDraft &draft);

} // namespace confidant::wire
