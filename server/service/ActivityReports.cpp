#include "service/ActivityReports.h"

namespace confidant::server {
namespace {

ServiceError invalid(const char *message)
{
    return {ServiceError::Invalid, QString::fromUtf8(message)};
}

} // namespace

ActivityReports::ActivityReports(ReportStore &store, const Clock &clock, QString company)
    : m_store(store), m_clock(clock), m_company(std::move(company))
{
}

// Whether the period ends in the future is the store's to say: "today" is a day in the company's time zone.
std::optional<ServiceError> ActivityReports::periodProblem(const QDate &from, const QDate &to) const
{
    if (to < from)
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "The period must not end before it starts."));
    if (from.daysTo(to) + 1 > maxDays)
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "A report covers at most 366 days. Choose a shorter period."));
    return std::nullopt;
}

Result<ReportRequest> ActivityReports::overview(const AdvisorProfile &advisor, const QDate &from, const QDate &to, const ReportScope &scope) const
{
    if (const auto problem = periodProblem(from, to))
        return *problem;
    return ReportRequest{ActivityReport::Kind::Overview, from, to, scope, advisor.id, m_company, {}};
}

Result<ReportRequest> ActivityReports::teamReport(const AdvisorProfile &advisor, const QDate &from, const QDate &to) const
{
    if (!advisor.teamLead)
        return ServiceError{ServiceError::Forbidden, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "Only a team lead can fetch team reports."))};
    if (const auto problem = periodProblem(from, to))
        return *problem;
    // The key names no advisor: every lead of the team shares one cached report.
    return ReportRequest{ActivityReport::Kind::Team, from, to, ReportScope::team(advisor.teamId), 0, m_company, {}};
}

Result<ActivityReport> ActivityReports::build(ReportRequest request) const
{
    request.now = m_clock.now();
    return m_store.build(request);
}

} // namespace confidant::server
