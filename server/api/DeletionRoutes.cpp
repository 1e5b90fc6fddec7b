#include "api/DeletionRoutes.h"

#include "api/AdvisorGate.h"
#include "api/ApiResponses.h"
#include "http/HttpRequest.h"
#include "http/ResponseSink.h"
#include "service/Deletions.h"
#include "wire/JsonArray.h"
#include "wire/DeletionWire.h"
#include "wire/WireTime.h"

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

DeletionRoutes::DeletionRoutes(Deletions &deletions, const AdvisorGate &gate) : m_deletions(deletions), m_gate(gate)
{
}

void DeletionRoutes::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/deletions"), m_gate.identified(this, &DeletionRoutes::recommendations));
    // 500 ids at most, each at most 16 digits and a comma.
    router.add("POST", QStringLiteral("/api/v1/deletions"), m_gate.identified(this, &DeletionRoutes::confirm), 16 * 1024);
    router.add("POST", QStringLiteral("/api/v1/inquiries/{id}/postpone"), m_gate.identified(this, &DeletionRoutes::postpone),
               8 * 1024);
    router.add("GET", QStringLiteral("/api/v1/deletion-log"), m_gate.identified(this, &DeletionRoutes::log));
}

void DeletionRoutes::recommendations(const HttpRequest &, const ResponseSink &sink, const AdvisorProfile &advisor) const
{
    const auto due = m_deletions.due(advisor);
    if (!due)
        return sink.send(apiError(due.error()));
    QJsonArray array;
    for (const DeletionRecommendation &recommendation : due->recommendations)
        array.append(recommendationJson(recommendation, due->at));
    sink.send(HttpResponse::json(200, {{QStringLiteral("recommendations"), array}, {QStringLiteral("at"), wire::timeJson(due->at)}}));
}

void DeletionRoutes::confirm(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    if (const auto refused = unlessJson(request, "deletion"))
        return sink.send(*refused);
    FieldErrors errors;
    const auto confirmation = wire::deletionConfirmationFromJson(request.body, &errors);
    if (!confirmation)
        return sink.send(badBody(errors, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "Nothing was deleted: the request is not valid."))));
    const auto deleted = m_deletions.confirm(advisor, confirmation->inquiryIds, confirmation->customerIds);
    if (!deleted)
        return sink.send(apiError(deleted.error()));
    sink.send(HttpResponse::json(200, {{QStringLiteral("deletedInquiries"), deleted->inquiries},
                                       {QStringLiteral("deletedAccounts"), deleted->accounts}}));
}

void DeletionRoutes::postpone(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    if (const auto refused = unlessJson(request, "postponement"))
        return sink.send(*refused);
    FieldErrors errors;
    const auto draft = wire::postponementDraftFromJson(request.body, &errors);
    if (!draft)
        return sink.send(badBody(errors, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "The deletion cannot be postponed as it is."))));
    const auto id = idOf(request);
    const auto postponed = id ? m_deletions.postpone(advisor, *id, {draft->until, draft->reasonKind, draft->reason})
                              : Result<Done>(ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry does not exist."))});
    if (!postponed)
        return sink.send(apiError(postponed.error()));
    recommendations(request, sink, advisor);
}

void DeletionRoutes::log(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor) const
{
    const auto limit = numberParameter(request, QStringLiteral("limit"), 200, 1, maxLogEntries);
    if (!limit)
        return sink.send(badParameter(QStringLiteral("limit"), 1, maxLogEntries));
    const auto entries = m_deletions.log(advisor, int(*limit));
    if (!entries)
        return sink.send(apiError(entries.error()));
    sink.send(HttpResponse::json(200, {{QStringLiteral("entries"), wire::toJsonArray(entries.value())}}));
}

} // namespace confidant::server
