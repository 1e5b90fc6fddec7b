#include "api/DeletionApi.h"

#include "api/ApiResponses.h"
#include "store/AdvisorScope.h"
#include "wire/WireFormat.h"
#include "http/HttpRequest.h"
#include "http/ResponseSink.h"
#include "validation/Validation.h"
#include "wire/DeletionWire.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace confidant::server {
namespace {

// The overdue time is the server's to say (its clock decides what is due); the client shows it as of its refresh.
QJsonObject recommendationJson(const DeletionRecommendation &recommendation, const QDateTime &now)
{
    QJsonObject json = wire::toJson(recommendation);
    json.insert(QStringLiteral("overdueSeconds"), double(recommendation.deadline.secsTo(now)));
    return json;
}

} // namespace

DeletionApi::DeletionApi(Database &database, const Clock &clock)
    : m_clock(clock), m_recommendations(database), m_service(database), m_log(database)
{
}

void DeletionApi::recommendations(const HttpRequest &, const ResponseSink &sink, const AdvisorProfile &advisor) const
{
    const QDateTime now = m_clock.now();
    const auto due = m_recommendations.forAdvisor(AdvisorScope(advisor), now);
    if (!due)
        return sink.send(apiError(due.error()));
    QJsonArray array;
    for (const DeletionRecommendation &recommendation : due.value())
        array.append(recommendationJson(recommendation, now));
    sink.send(HttpResponse::json(200, {{QStringLiteral("recommendations"), array}, {QStringLiteral("at"), wire::timeJson(now)}}));
}

void DeletionApi::confirm(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    if (const auto refused = unlessJson(request, "deletion"))
        return sink.send(*refused);
    FieldErrors errors;
    const auto confirmation = wire::deletionConfirmationFromJson(request.body, &errors);
    if (!confirmation)
        return sink.send(badBody(errors, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "Nothing was deleted: the request is not valid."))));
    const auto deleted = m_service.confirm(advisor, confirmation->inquiryIds, confirmation->customerIds, m_clock.now());
    if (!deleted)
        return sink.send(apiError(deleted.error()));
    sink.send(HttpResponse::json(200, {{QStringLiteral("deletedInquiries"), deleted->inquiries},
                                       {QStringLiteral("deletedAccounts"), deleted->accounts}}));
}

void DeletionApi::postpone(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    if (const auto refused = unlessJson(request, "postponement"))
        return sink.send(*refused);
    FieldErrors errors;
    const auto draft = wire::postponementDraftFromJson(request.body, &errors);
    const QDateTime now = m_clock.now();
    if (draft)
        errors = validation::checkPostponement(draft->reason, draft->until, now);
    if (!errors.isEmpty())
        return sink.send(badBody(errors, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "The deletion cannot be postponed as it is."))));
    const auto id = idOf(request);
    const auto postponed = id ? m_service.postpone(advisor, *id, draft->until, draft->reason, now)
                              : Result<Done>(ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry does not exist."))});
    if (!postponed)
        return sink.send(apiError(postponed.error()));
    recommendations(request, sink, advisor);
}

void DeletionApi::log(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor) const
{
    bool ok = true;
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    const int limit = request.query.hasQueryItem(QStringLiteral("limit")) ? limitText.toInt(&ok) : 200;
    if (!ok || limit < 1 || limit > maxLogEntries)
        return sink.send(apiError(400, QStringLiteral("bad_parameter"),
                                  QStringLiteral("The parameter \"limit\" must be a whole number from 1 to %1.").arg(maxLogEntries)));
    const auto entries = m_log.forAdvisor(advisor, limit);
    if (!entries)
        return sink.send(apiError(entries.error()));
    QJsonArray array;
    for (const DeletionLogEntry &entry : entries.value())
        array.append(wire::toJson(entry));
    sink.send(HttpResponse::json(200, {{QStringLiteral("entries"), array}}));
}

void DeletionApi::sweep()
{
    m_service.sweep(m_clock.now());
}

} // namespace confidant::server
