#include "api/FeedRoutes.h"

#include "api/AdvisorGate.h"
#include "api/ApiResponses.h"
#include "http/HttpRequest.h"
#include "http/ResponseSink.h"
#include "service/AdvisorInquiries.h"
#include "wire/JsonArray.h"
#include "wire/InquiryWire.h"
#include "wire/JsonReader.h"

#include <QJsonArray>
#include <limits>

namespace confidant::server {

FeedRoutes::FeedRoutes(AdvisorInquiries &inquiries, const AdvisorGate &gate, Executor workers, FeedSettings settings)
    : m_inquiries(inquiries), m_gate(gate), m_settings(settings),
      m_waiters(std::move(workers), [this](const ChangeFeedWaiters::Request &request) { return lookUp(request); },
                [this](const ChangeFeedWaiters::Request &request) { return timedOut(request); })
{
    QObject::connect(&m_waiters, &ChangeFeedWaiters::woken, &m_waiters, [this] { m_queueCache.clear(); });
}

void FeedRoutes::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/changes"), m_gate.identified(this, &FeedRoutes::changes));
    router.add("GET", QStringLiteral("/api/v1/queue"), m_gate.identified(this, &FeedRoutes::queue));
}

void FeedRoutes::changes(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    const qint64 maxWait = m_settings.maxWait.count();
    const auto since = numberParameter(request, QStringLiteral("since"), 0, 0, std::numeric_limits<qint64>::max());
    const auto wait = numberParameter(request, QStringLiteral("wait"), 0, 0, maxWait);
    const auto limit = numberParameter(request, QStringLiteral("limit"), m_settings.pageSize, 1, m_settings.pageSize);
    if (!since)
        return sink.send(badParameter(QStringLiteral("since"), 0, std::numeric_limits<qint64>::max()));
    if (!wait)
        return sink.send(badParameter(QStringLiteral("wait"), 0, maxWait));
    if (!limit)
        return sink.send(badParameter(QStringLiteral("limit"), 1, m_settings.pageSize));
    const quint64 wakes = m_waiters.wakes();
    const auto batch = m_inquiries.changes(advisor, *since, int(*limit));
    if (!batch)
        return sink.send(apiError(batch.error()));
    if (batch->inquiries.isEmpty() && batch->removed.isEmpty() && *wait > 0) {
        const ChangeFeedWaiters::Request parked{AdvisorGate::fingerprintOf(request), *since, int(*limit)};
        QMetaObject::invokeMethod(&m_waiters, [this, parked, wait = std::chrono::seconds(*wait), sink, wakes, heldBack = batch->heldBack] {
            park(parked, wait, sink, wakes, heldBack);
        });
        return;
    }
    sink.send(encodedJson(wire::encodeChangeBatch(batch.value())));
}

// On the waiters' thread, where the connection's state can be asked.
void FeedRoutes::park(const ChangeFeedWaiters::Request &request, std::chrono::seconds wait, const ResponseSink &sink, quint64 wakes,
                      bool heldBack)
{
    if (!sink.isOpen())
        return; // the client went away while its request was read
    const quint64 id = m_waiters.park(request, wait, [sink](const HttpResponse &response) { sink.send(response); }, wakes, heldBack);
    sink.onAbandoned([this, id] { m_waiters.forget(id); });
}

// The certificate was checked when the request arrived, but it may have been revoked (or the advisor moved to
// another team) while it waited: the answer follows who it belongs to now.
ChangeFeedWaiters::Look FeedRoutes::lookUp(const ChangeFeedWaiters::Request &request) const
{
    const Result<AdvisorProfile> advisor = m_gate.advisorFor(request.certificateFingerprint);
    if (!advisor)
        return {AdvisorGate::refusal(advisor.error()), false};
    const auto batch = m_inquiries.changes(advisor.value(), request.since, request.limit);
    if (!batch)
        return {apiError(batch.error()), false};
    if (batch->inquiries.isEmpty() && batch->removed.isEmpty())
        return {std::nullopt, batch->heldBack};
    return {encodedJson(wire::encodeChangeBatch(batch.value())), false};
}

HttpResponse FeedRoutes::timedOut(const ChangeFeedWaiters::Request &request) const
{
    const Result<AdvisorProfile> advisor = m_gate.advisorFor(request.certificateFingerprint);
    if (!advisor)
        return AdvisorGate::refusal(advisor.error());
    const ChangeBatch empty{request.since, request.since, false, {}, {}, false};
    return HttpResponse::json(200, wire::toJson(empty));
}

// The advisor's team queue (with the queue shared by all, of topics without a team).
void FeedRoutes::queue(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    const auto limit = numberParameter(request, QStringLiteral("limit"), m_settings.queueLimit, 1, m_settings.queueLimit);
    if (!limit)
        return sink.send(badParameter(QStringLiteral("limit"), 1, m_settings.queueLimit));
    const auto answer = m_queueCache.answer({advisor.teamId, advisor.teamLead, int(*limit)}, [&]() -> Result<QByteArray> {
        const auto open = m_inquiries.queue(advisor, int(*limit));
        if (!open)
            return open.error();
        return wire::encode(QJsonObject{{QStringLiteral("inquiries"), wire::toJsonArray(open.value())}});
    });
    if (!answer)
        return sink.send(apiError(answer.error()));
    sink.send(encodedJson(answer.value()));
}

} // namespace confidant::server
