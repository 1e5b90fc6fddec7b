#include "wire/DeletionWire.h"

#include "validation/Validation.h"
#include "wire/JsonReader.h"
#include "wire/WireTime.h"

#include <QJsonArray>
#include <QSet>

namespace confidant::wire {
namespace {

const char *const policyKeys[] = {"closedInquiry", "inactiveAccount"};
const char *const logKinds[] = {"inquiry", "account", "postponement", "legalHold", "legalHoldLifted"};
const char *const reasonKinds[] = {"customerAsked", "openMatter", "legalObligation", "other"};

template<typename Enum, std::size_t N>
std::optional<Enum> enumFromKey(const QJsonValue &value, const char *const (&keys)[N])
{
    for (std::size_t i = 0; i < N; ++i) {
        if (value.toString() == QLatin1String(keys[i]))
            return Enum(i);
    }
    return std::nullopt;
}

QJsonValue optionalTime(const std::optional<QDateTime> &time)
{
    return time ? timeJson(*time) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(double(*id)) : QJsonValue(QJsonValue::Null);
}

// Null or absent: none; anything else must be a time, else `*ok` turns false.
std::optional<QDateTime> readOptionalTime(const QJsonObject &json, const char *key, bool *ok)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    const auto time = timeWithOffsetFromText(value.toString());
    *ok &= time.has_value();
    return time;
}

std::optional<qint64> readOptionalId(const QJsonObject &json, const char *key, bool *ok)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    *ok &= value.isDouble() && value.toDouble() > 0;
    return qint64(value.toDouble());
}

template<typename T>
std::optional<T> decoded(T value, bool ok, const char *what, QString *error)
{
    if (ok)
        return value;
    if (error)
        *error = QStringLiteral("a %1 has a missing or malformed field").arg(QLatin1String(what));
    return std::nullopt;
}

// A list of ids in a request: each a whole number from 1 to 2^53 (JSON numbers are doubles), none twice.
QList<qint64> requestIds(const QJsonObject &json, const char *key, FieldErrors *errors)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    QList<qint64> ids;
    QSet<qint64> seen;
    const auto refuse = [&] {
        errors->append({QLatin1String(key), QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "Give a list of different ids."))});
        return QList<qint64>();
    };
    if (!value.isArray())
        return refuse();
    for (const QJsonValue &item : value.toArray()) {
        const double number = item.toDouble(-1);
        if (!item.isDouble() || number < 1 || number > 9007199254740992.0 || number != double(qint64(number)) || seen.contains(qint64(number)))
            return refuse();
        seen.insert(qint64(number));
        ids.append(qint64(number));
    }
    return ids;
}

// A request's document: a JSON object, else one error without a field (400); `errors` starts empty.
std::optional<QJsonObject> requestObject(const QByteArray &document, FieldErrors *errors)
{
    QString parseError;
    std::optional<QJsonObject> json = parseObject(document, &parseError);
    *errors = json ? FieldErrors() : FieldErrors{FieldError{QString(), parseError}};
    return json;
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(double(id));
    return array;
}

} // namespace

QJsonObject toJson(const DeletionRecommendation &r)
{
    return {{QStringLiteral("policy"), QLatin1String(policyKeys[int(r.policy)])},
            {QStringLiteral("inquiryId"), r.inquiryId > 0 ? QJsonValue(double(r.inquiryId)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("customerId"), double(r.customerId)},
            {QStringLiteral("customerName"), r.customerName},
            {QStringLiteral("topicTitle"), r.topicTitle},
            {QStringLiteral("periodDays"), r.periodDays},
            {QStringLiteral("periodStart"), timeJson(r.periodStart)},
            {QStringLiteral("deadline"), timeJson(r.deadline)},
            {QStringLiteral("postponedUntil"), optionalTime(r.postponedUntil)},
            {QStringLiteral("automaticDeletionAt"), optionalTime(r.automaticDeletionAt)},
            {QStringLiteral("inquiryCount"), r.inquiryCount}};
}

std::optional<DeletionRecommendation> deletionRecommendationFromJson(const QJsonObject &json, QString *error)
{
    DeletionRecommendation r;
    const auto policy = enumFromKey<DeletionRecommendation::Policy>(json.value(QStringLiteral("policy")), policyKeys);
    bool ok = policy.has_value();
    r.policy = policy.value_or(DeletionRecommendation::Policy::ClosedInquiry);
    r.inquiryId = readOptionalId(json, "inquiryId", &ok).value_or(0);
    r.customerId = readOptionalId(json, "customerId", &ok).value_or(0);
    r.customerName = json.value(QStringLiteral("customerName")).toString();
    r.topicTitle = json.value(QStringLiteral("topicTitle")).toString();
    r.periodDays = json.value(QStringLiteral("periodDays")).toInt();
    r.periodStart = readOptionalTime(json, "periodStart", &ok).value_or(QDateTime());
    r.deadline = readOptionalTime(json, "deadline", &ok).value_or(QDateTime());
    r.postponedUntil = readOptionalTime(json, "postponedUntil", &ok);
    r.automaticDeletionAt = readOptionalTime(json, "automaticDeletionAt", &ok);
    r.inquiryCount = json.value(QStringLiteral("inquiryCount")).toInt();
    ok &= r.customerId > 0 && r.deadline.isValid() && (r.inquiryId > 0) == (r.policy == DeletionRecommendation::Policy::ClosedInquiry);
    return decoded(r, ok, "deletion recommendation", error);
}

QJsonObject toJson(const DeletionLogEntry &e)
{
    return {{QStringLiteral("id"), double(e.id)},
            {QStringLiteral("kind"), QLatin1String(logKinds[int(e.kind)])},
            {QStringLiteral("inquiryId"), optionalId(e.inquiryId)},
            {QStringLiteral("customerId"), double(e.customerId)},
            {QStringLiteral("inquiryCount"), e.inquiryCount},
            {QStringLiteral("messageCount"), e.messageCount},
            {QStringLiteral("policy"), e.policy},
            {QStringLiteral("advisorId"), optionalId(e.advisorId)},
            {QStringLiteral("advisorName"), e.advisorName},
            {QStringLiteral("automatic"), e.automatic},
            {QStringLiteral("byAdmin"), e.byAdmin},
            {QStringLiteral("reasonKind"), e.reasonKind ? QJsonValue(QLatin1String(reasonKinds[int(*e.reasonKind)])) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("until"), optionalTime(e.until)},
            {QStringLiteral("at"), timeJson(e.at)}};
}

std::optional<DeletionLogEntry> deletionLogEntryFromJson(const QJsonObject &json, QString *error)
{
    DeletionLogEntry e;
    const auto kind = enumFromKey<DeletionLogEntry::Kind>(json.value(QStringLiteral("kind")), logKinds);
    bool ok = kind.has_value();
    e.kind = kind.value_or(DeletionLogEntry::Kind::Inquiry);
    e.id = readOptionalId(json, "id", &ok).value_or(0);
    e.inquiryId = readOptionalId(json, "inquiryId", &ok);
    e.customerId = readOptionalId(json, "customerId", &ok).value_or(0);
    e.inquiryCount = json.value(QStringLiteral("inquiryCount")).toInt();
    e.messageCount = json.value(QStringLiteral("messageCount")).toInt();
    e.policy = json.value(QStringLiteral("policy")).toString();
    e.advisorId = readOptionalId(json, "advisorId", &ok);
    e.advisorName = json.value(QStringLiteral("advisorName")).toString();
    e.automatic = json.value(QStringLiteral("automatic")).toBool();
    e.byAdmin = json.value(QStringLiteral("byAdmin")).toBool(); // absent from servers before migration 0018: false
    const QJsonValue reasonKind = json.value(QStringLiteral("reasonKind"));
    if (!reasonKind.isNull() && !reasonKind.isUndefined()) {
        e.reasonKind = enumFromKey<PostponementReason>(reasonKind, reasonKinds);
        ok &= e.reasonKind.has_value();
    }
    e.until = readOptionalTime(json, "until", &ok);
    e.at = readOptionalTime(json, "at", &ok).value_or(QDateTime());
    return decoded(e, ok && e.at.isValid(), "deletion log entry", error);
}

std::optional<DeletionConfirmation> deletionConfirmationFromJson(const QByteArray &document, FieldErrors *errors)
{
    const std::optional<QJsonObject> json = requestObject(document, errors);
    if (!json)
        return std::nullopt;
    DeletionConfirmation confirmation{requestIds(*json, "inquiryIds", errors), requestIds(*json, "customerIds", errors)};
    const qsizetype count = confirmation.inquiryIds.size() + confirmation.customerIds.size();
    if (errors->isEmpty() && count == 0)
        errors->append({QStringLiteral("inquiryIds"), QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "Choose what to delete."))});
    if (errors->isEmpty() && count > validation::DeletionBatchMax)
        errors->append({QStringLiteral("inquiryIds"), QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "Delete at most 500 at once."))});
    return errors->isEmpty() ? std::optional<DeletionConfirmation>(confirmation) : std::nullopt;
}

QByteArray encodeDeletionConfirmation(const DeletionConfirmation &confirmation)
{
    return encode({{QStringLiteral("inquiryIds"), idArray(confirmation.inquiryIds)},
                   {QStringLiteral("customerIds"), idArray(confirmation.customerIds)}});
}

std::optional<PostponementDraft> postponementDraftFromJson(const QByteArray &document, FieldErrors *errors)
{
    const std::optional<QJsonObject> json = requestObject(document, errors);
    if (!json)
        return std::nullopt;
    PostponementDraft draft;
    const QJsonValue reason = json->value(QStringLiteral("reason"));
    if (!reason.isString())
        errors->append({QStringLiteral("reason"), QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "Please say why the deletion is postponed."))});
    draft.reason = validation::normalisedText(reason.toString());
    const auto reasonKind = enumFromKey<PostponementReason>(json->value(QStringLiteral("reasonKind")), reasonKinds);
    if (!reasonKind)
        errors->append({QStringLiteral("reasonKind"), QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "Choose what kind of reason it is."))});
    draft.reasonKind = reasonKind.value_or(PostponementReason::Other);
    const bool legalHold = json->value(QStringLiteral("legalHold")).toBool(false);
    const QJsonValue until = json->value(QStringLiteral("until"));
    if (legalHold == !(until.isUndefined() || until.isNull()))
        errors->append({QStringLiteral("until"), QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "Give either a new date or a legal hold."))});
    else if (!legalHold && !(draft.until = timeWithOffsetFromText(until.toString())))
        errors->append({QStringLiteral("until"), QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "Give a date and time with its offset (ISO 8601)."))});
    return errors->isEmpty() ? std::optional<PostponementDraft>(draft) : std::nullopt;
}

QByteArray encodePostponementDraft(const PostponementDraft &draft)
{
    QJsonObject json{{QStringLiteral("reasonKind"), QLatin1String(reasonKinds[int(draft.reasonKind)])}, {QStringLiteral("reason"), draft.reason}};
    if (draft.until)
        json.insert(QStringLiteral("until"), timeJson(*draft.until));
    else
        json.insert(QStringLiteral("legalHold"), true);
    return encode(json);
}

} // namespace confidant::wire
