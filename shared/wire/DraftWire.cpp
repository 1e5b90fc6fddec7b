#include "wire/DraftWire.h"

#include "wire/JsonReader.h"
#include "wire/WireTime.h"

#include <QCoreApplication>

namespace confidant::wire {
namespace {

// The request's object, or the reason it is none as an error without a field.
std::optional<QJsonObject> requestObject(const QByteArray &document, FieldErrors *errors)
{
    QString parseError;
    std::optional<QJsonObject> json = parseObject(document, &parseError);
    *errors = json ? FieldErrors() : FieldErrors{FieldError{QString(), parseError}};
    return json;
}

// The one text field of a small document ({"body": ...}, {"text": ...}); `missing` says so when it is not text.
std::optional<QString> textField(const QByteArray &document, const char *key, const char *missing, FieldErrors *errors)
{
    const std::optional<QJsonObject> json = requestObject(document, errors);
    if (!json)
        return std::nullopt;
    const QJsonValue text = json->value(QLatin1String(key));
    if (!text.isString()) {
        *errors = {FieldError{QLatin1String(key), QString::fromUtf8(missing)}};
        return std::nullopt;
    }
    return text.toString();
}

// A time field of a request: each unreadable one named, for the form to show next to it.
QDateTime requestTime(const QJsonObject &json, const char *key, FieldErrors *errors)
{
    const auto time = timeWithOffsetFromText(json.value(QLatin1String(key)).toString());
    if (!time)
        errors->append({QLatin1String(key),
                        QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "Give a date and time with its offset (ISO 8601)."))});
    return time.value_or(QDateTime());
}

} // namespace

std::optional<ReplyDraft> replyDraftFromJson(const QByteArray &document, FieldErrors *errors)
{
    const auto body = textField(document, "body", QT_TRANSLATE_NOOP("Validation", "Please write your message."), errors);
    return body ? std::optional<ReplyDraft>(ReplyDraft{*body}) : std::nullopt;
}

QByteArray encodeReplyDraft(const ReplyDraft &draft)
{
    return encode({{QStringLiteral("body"), draft.body}});
}

std::optional<NoteDraft> noteDraftFromJson(const QByteArray &document, FieldErrors *errors)
{
    const auto text = textField(document, "text", QT_TRANSLATE_NOOP("Validation", "Please write the note."), errors);
    return text ? std::optional<NoteDraft>(NoteDraft{*text}) : std::nullopt;
}

QByteArray encodeNoteDraft(const NoteDraft &draft)
{
    return encode({{QStringLiteral("text"), draft.text}});
}

std::optional<AbsenceDraft> absenceDraftFromJson(const QByteArray &document, FieldErrors *errors)
{
    const std::optional<QJsonObject> json = requestObject(document, errors);
    if (!json)
        return std::nullopt;
    const AbsenceDraft draft{requestTime(*json, "from", errors), requestTime(*json, "to", errors)};
    return errors->isEmpty() ? std::optional<AbsenceDraft>(draft) : std::nullopt;
}

QByteArray encodeAbsenceDraft(const AbsenceDraft &draft)
{
    return encode({{QStringLiteral("from"), timeJson(draft.from)}, {QStringLiteral("to"), timeJson(draft.to)}});
}

// No note is an empty one: the server says a transfer needs one (422), and an assignment takes none.
std::optional<TransferDraft> transferDraftFromJson(const QByteArray &document, FieldErrors *errors)
{
    const std::optional<QJsonObject> json = requestObject(document, errors);
    if (!json)
        return std::nullopt;
    JsonReader r(*json);
    const TransferDraft draft{r.optionalId("toAdvisorId"), r.optionalId("toTeamId"), r.has("note") ? r.string("note") : QString()};
    QString error;
    if (!r.result(draft, &error)) {
        *errors = {FieldError{QString(), error}};
        return std::nullopt;
    }
    return draft;
}

QByteArray encodeTransferDraft(const TransferDraft &draft)
{
    QJsonObject json{{QStringLiteral("note"), draft.note}};
    if (draft.toAdvisorId)
        json.insert(QStringLiteral("toAdvisorId"), *draft.toAdvisorId);
    if (draft.toTeamId)
        json.insert(QStringLiteral("toTeamId"), *draft.toTeamId);
    return encode(json);
}

} // namespace confidant::wire
