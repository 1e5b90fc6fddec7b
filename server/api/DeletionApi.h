#pragma once

#include "domain/AdvisorProfile.h"
#include "store/DeletionLog.h"
#include "store/DeletionRecommendations.h"
#include "store/DeletionService.h"
#include "time/Clock.h"

namespace confidant::server {

class Database;
struct HttpRequest;
class ResponseSink;

// The deletion routes of the advisor API (docs/protocol.md, "Deletion"). AdvisorApi identifies the advisor from
// the certificate and hands the request here; each handler parses, calls the store, and answers.
class DeletionApi {
public:
    DeletionApi(Database &database, const Clock &clock);

    // GET /api/v1/deletions: what is due in the advisor's scope, with the policy, deadline and how long overdue.
    void recommendations(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor) const;
    // POST /api/v1/deletions {"inquiryIds": [...], "customerIds": [...]}: all or nothing.
    void confirm(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    // POST /api/v1/inquiries/{id}/postpone {"until": time, "reason": "..."} or {"legalHold": true, "reason": "..."}.
    void postpone(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    // GET /api/v1/deletion-log?limit=N.
    void log(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor) const;

    // Automatic deletion after the grace period; the server calls it every few minutes.
    void sweep();

    static constexpr int maxLogEntries = 1000;

private:
    const Clock &m_clock;
    DeletionRecommendations m_recommendations;
    DeletionService m_service;
    DeletionLog m_log;
};

} // namespace confidant::server
