#pragma once

#include "domain/ActivityReport.h"
#include "domain/AdvisorProfile.h"
#include "store/ReportStore.h"
#include "store/StoreError.h"
#include "time/Clock.h"

namespace confidant::server {

// Statistics for advisors and reports for team leads (docs/protocol.md, "Reports"): who may ask for which, over
// which period; the counting is ReportStore's, in SQL. A request is checked first (`overview`, `teamReport`), so
// the caller can look for the answer in its cache before the report is built (`build`, on the report workers).
class ActivityReports {
public:
    ActivityReports(ReportStore &store, const Clock &clock, QString company);

    // Any advisor: the company, a team or the shared queue, with their own work as `me`.
    Result<ReportRequest> overview(const AdvisorProfile &advisor, const QDate &from, const QDate &to, const ReportScope &scope) const;
    // A lead only (Forbidden otherwise): their own team, per advisor. Every lead of the team gets the same report.
    Result<ReportRequest> teamReport(const AdvisorProfile &advisor, const QDate &from, const QDate &to) const;
    // As of now: open and overdue counts are counted at this moment.
    Result<ActivityReport> build(ReportRequest request) const;

    static constexpr qint64 maxDays = 366;

private:
    std::optional<ServiceError> periodProblem(const QDate &from, const QDate &to) const;

    ReportStore &m_store;
    const Clock &m_clock;
    QString m_company;
};

} // namespace confidant::server
