#pragma once

#include "api/ReportCache.h"
#include "domain/AdvisorProfile.h"
#include "store/DatabaseWorkers.h"
#include "store/ReportStore.h"
#include "time/Clock.h"

#include <variant>

namespace confidant::server {

class Database;
struct HttpRequest;
struct HttpResponse;
class ResponseSink;

// The report routes of the advisor API (docs/protocol.md, "Reports"). AdvisorApi identifies the advisor and hands
// the request here. The handler checks the parameters and looks in the cache on the worker it was given; the report
// itself is built on `reportWorkers`, a pool of its own (--report-connections), so a long report never holds a
// connection the write path needs.
class ReportApi {
public:
    ReportApi(Database &database, const Clock &clock, Executor reportWorkers, QString company);

    // GET /api/v1/statistics?from=YYYY-MM-DD&to=YYYY-MM-DD[&team=ID|shared]: for every advisor.
    void statistics(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    // GET /api/v1/reports/team?from&to: the lead's own team, for leads only.
    void teamReport(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);

    static constexpr qint64 maxDays = 366;

private:
    struct Period {
        QDate from;
        QDate to;
    };
    static std::variant<Period, HttpResponse> periodOf(const HttpRequest &request);
    static std::variant<ReportScope, HttpResponse> scopeOf(const HttpRequest &request);
    void answer(const ReportRequest &request, const ResponseSink &sink);

    const Clock &m_clock;
    Executor m_reportWorkers;
    QString m_company;
    ReportStore m_store;
    ReportCache m_cache;
};

} // namespace confidant::server
