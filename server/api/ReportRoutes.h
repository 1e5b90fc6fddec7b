#pragma once

#include "api/ReportCache.h"
#include "domain/AdvisorProfile.h"
#include "http/Router.h"
#include "store/DatabaseWorkers.h"

#include <variant>

namespace confidant::server {

class ActivityReports;
class AdvisorGate;

// The report routes of the advisor API (docs/protocol.md, "Reports"). The handler reads the parameters, asks the
// service whether this advisor may have this report, and looks in the cache on the worker it was given; the
// report itself is built on `reportWorkers`, a pool of its own (--report-connections), so a long report never
// holds a connection the write path needs.
class ReportRoutes {
public:
    ReportRoutes(ActivityReports &reports, const AdvisorGate &gate, const Clock &clock, Executor reportWorkers);
    void registerRoutes(Router &router);

private:
    struct Period {
        QDate from;
        QDate to;
    };
    // GET /api/v1/statistics?from=YYYY-MM-DD&to=YYYY-MM-DD[&team=ID|shared]: for every advisor.
    void statistics(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    // GET /api/v1/reports/team?from&to: the lead's own team, for leads only.
    void teamReport(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    static std::variant<Period, HttpResponse> periodOf(const HttpRequest &request);
    static std::variant<ReportScope, HttpResponse> scopeOf(const HttpRequest &request);
    void answer(const Result<ReportRequest> &request, const ResponseSink &sink);

    ActivityReports &m_reports;
    const AdvisorGate &m_gate;
    Executor m_reportWorkers;
    ReportCache m_cache;
};

} // namespace confidant::server
