#pragma once

#include "api/ChangeFeedWaiters.h"
#include "api/QueueCache.h"
#include "domain/AdvisorProfile.h"
#include "http/Router.h"

#include <chrono>

namespace confidant::server {

class AdvisorGate;
class AdvisorInquiries;

struct FeedSettings {
    std::chrono::seconds maxWait{25};
    int pageSize = 2000; // inquiries per feed page: a 100,000-inquiry first sync takes 50 pages
    int queueLimit = 200;
};

// GET /api/v1/changes (the change feed, long-polled) and GET /api/v1/queue (the team queue), docs/protocol.md.
// A long-poll that finds nothing new parks in the waiters until a change is announced; queue answers are kept
// until the next announcement.
class FeedRoutes {
public:
    FeedRoutes(AdvisorInquiries &inquiries, const AdvisorGate &gate, Executor workers, FeedSettings settings);
    void registerRoutes(Router &router);

    // The notifier's announcements reach the waiters (and empty the queue's answers) through these.
    ChangeFeedWaiters &waiters() { return m_waiters; }
    const ChangeFeedWaiters &waiters() const { return m_waiters; }
    const QueueCache &queueCache() const { return m_queueCache; }

private:
    void changes(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void queue(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void park(const ChangeFeedWaiters::Request &request, std::chrono::seconds wait, const ResponseSink &sink, quint64 wakes, bool heldBack);
    ChangeFeedWaiters::Look lookUp(const ChangeFeedWaiters::Request &request) const;
    HttpResponse timedOut(const ChangeFeedWaiters::Request &request) const;

    AdvisorInquiries &m_inquiries;
    const AdvisorGate &m_gate;
    FeedSettings m_settings;
    ChangeFeedWaiters m_waiters;
    QueueCache m_queueCache;
};

} // namespace confidant::server
