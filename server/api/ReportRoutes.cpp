#include "api/ReportRoutes.h"

#include "api/AdvisorGate.h"
#include "api/ApiLog.h"
#include "api/ApiResponses.h"
#include "http/HttpRequest.h"
#include "http/ResponseSink.h"
#include "service/ActivityReports.h"
#include "wire/ReportWire.h"

#include <QUrlQuery>

namespace confidant::server {
namespace {

HttpResponse badReportParameter(const char *message)
{
    return apiError(400, QStringLiteral("bad_parameter"), QString::fromUtf8(message));
}

} // namespace

ReportRoutes::ReportRoutes(ActivityReports &reports, const AdvisorGate &gate, const Clock &clock, Executor reportWorkers)
    : m_reports(reports), m_gate(gate), m_reportWorkers(std::move(reportWorkers)), m_cache(clock)
{
}

void ReportRoutes::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/statistics"), m_gate.identified(this, &ReportRoutes::statistics));
    router.add("GET", QStringLiteral("/api/v1/reports/team"), m_gate.identified(this, &ReportRoutes::teamReport));
}

std::variant<ReportRoutes::Period, HttpResponse> ReportRoutes::periodOf(const HttpRequest &request)
{
    const std::optional<QDate> from = wire::dateFromText(request.query.queryItemValue(QStringLiteral("from")));
    const std::optional<QDate> to = wire::dateFromText(request.query.queryItemValue(QStringLiteral("to")));
    if (!from || !to)
        return badReportParameter(QT_TRANSLATE_NOOP("ServiceError", "Give the period as from=YYYY-MM-DD and to=YYYY-MM-DD."));
    return Period{*from, *to};
}

std::variant<ReportScope, HttpResponse> ReportRoutes::scopeOf(const HttpRequest &request)
{
    if (!request.query.hasQueryItem(QStringLiteral("team")))
        return ReportScope::company();
    const QString team = request.query.queryItemValue(QStringLiteral("team"));
    if (team == QLatin1String("shared"))
        return ReportScope::sharedQueue();
    bool ok = false;
    const qint64 id = team.toLongLong(&ok);
    if (!ok || id <= 0 || !team.at(0).isDigit())
        return badReportParameter(QT_TRANSLATE_NOOP("ServiceError", "The parameter \"team\" must be a team's number or \"shared\"."));
    return ReportScope::team(id);
}

void ReportRoutes::statistics(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    const auto period = periodOf(request);
    if (const auto *refusal = std::get_if<HttpResponse>(&period))
        return sink.send(*refusal);
    const auto scope = scopeOf(request);
    if (const auto *refusal = std::get_if<HttpResponse>(&scope))
        return sink.send(*refusal);
    const Period &days = std::get<Period>(period);
    answer(m_reports.overview(advisor, days.from, days.to, std::get<ReportScope>(scope)), sink);
}

void ReportRoutes::teamReport(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    const auto period = periodOf(request);
    if (const auto *refusal = std::get_if<HttpResponse>(&period))
        return sink.send(*refusal);
    const Period &days = std::get<Period>(period);
    answer(m_reports.teamReport(advisor, days.from, days.to), sink);
}

void ReportRoutes::answer(const Result<ReportRequest> &request, const ResponseSink &sink)
{
    if (!request)
        return sink.send(apiError(request.error()));
    const ReportKey key{request->kind, request->scope, request->from, request->to, request->advisorId};
    if (const std::optional<QByteArray> kept = m_cache.find(key))
        return sink.send(encodedJson(*kept));
    m_reportWorkers([this, request = request.value(), key, sink] {
        const Result<ActivityReport> report = m_reports.build(request);
        if (!report) {
            qCInfo(lcApi) << "a report was not made:" << report.error().message;
            return sink.send(apiError(report.error()));
        }
        const QByteArray document = wire::encodeActivityReport(report.value());
        m_cache.insert(key, document);
        sink.send(encodedJson(document));
    });
}

} // namespace confidant::server
