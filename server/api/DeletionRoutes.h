#pragma once

#include "domain/AdvisorProfile.h"
#include "http/Router.h"

namespace confidant::server {

class AdvisorGate;
class Deletions;

// The deletion routes of the advisor API (docs/protocol.md, "Deletion"): each handler reads the request, asks
// the Deletions service, and answers.
class DeletionRoutes {
public:
    DeletionRoutes(Deletions &deletions, const AdvisorGate &gate);
    void registerRoutes(Router &router);

    static constexpr int maxLogEntries = 1000;

private:
    // GET /api/v1/deletions: what is due in the advisor's scope, with the policy, deadline and how long overdue.
    void recommendations(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor) const;
    // POST /api/v1/deletions {"inquiryIds": [...], "customerIds": [...]}: all or nothing.
    void confirm(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    // POST /api/v1/inquiries/{id}/postpone {"until": time, "reason": "..."} or {"legalHold": true, "reason": "..."}.
    void postpone(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    // GET /api/v1/deletion-log?limit=N.
    void log(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor) const;

    Deletions &m_deletions;
    const AdvisorGate &m_gate;
};

} // namespace confidant::server
