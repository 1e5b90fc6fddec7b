#include "api/ReportApi.h"

#include "api/ApiResponses.h"
#include "http/HttpRequest.h"
#include "http/ResponseSink.h"
#include "wire/ReportWire.h"

#include <QLoggingCategory>
#include <QUrlQuery>

namespace confidant::server {

Q_LOGGING_CATEGORY(lcReportApi, "confidant.api.reports")

namespace {

HttpResponse badParameter(const char *message)
{
    return apiError(400, QStringLiteral("bad_parameter"), QString::fromUtf8(message));
}

HttpResponse invalid(const char *message)
{
    return apiError(ServiceError{ServiceError::Invalid, QString::fromUtf8(message)});
}

} // namespace

ReportApi::ReportApi(Database &database, const Clock &clock, Executor reportWorkers, QString company)
    : m_clock(clock), m_reportWorkers(std::move(reportWorkers)), m_company(std::move(company)), m_store(database), m_cache(clock)
{
}

// Whether the period ends in the future is the store's to say: "today" is a day in the company's time zone.
std::variant<ReportApi::Period, HttpResponse> ReportApi::periodOf(const HttpRequest &request)
{
    const std::optional<QDate> from = wire::dateFromText(request.query.queryItemValue(QStringLiteral("from")));
    const std::optional<QDate> to = wire::dateFromText(request.query.queryItemValue(QStringLiteral("to")));
    if (!from || !to)
        return badParameter(QT_TRANSLATE_NOOP("ServiceError", "Give the period as from=YYYY-MM-DD and to=YYYY-MM-DD."));
    if (*to < *from)
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "The period must not end before it starts."));
    if (from->daysTo(*to) + 1 > maxDays)
        return invalid(QT_TRANSLATE_NOOP("ServiceError", "A report covers at most 366 days. Choose a shorter period."));
    return Period{*from, *to};
}

std::variant<ReportScope, HttpResponse> ReportApi::scopeOf(const HttpRequest &request)
{
    if (!request.query.hasQueryItem(QStringLiteral("team")))
        return ReportScope::company();
    const QString team = request.query.queryItemValue(QStringLiteral("team"));
    if (team == QLatin1String("shared"))
        return ReportScope::sharedQueue();
    bool ok = false;
    const qint64 id = team.toLongLong(&ok);
    if (!ok || id <= 0 || !team.at(0).isDigit())
        return badParameter(QT_TRANSLATE_NOOP("ServiceError", "The parameter \"team\" must be a team's number or \"shared\"."));
    return ReportScope::team(id);
}

void ReportApi::statistics(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    const auto period = periodOf(request);
    if (const auto *refusal = std::get_if<HttpResponse>(&period))
        return sink.send(*refusal);
    const auto scope = scopeOf(request);
    if (const auto *refusal = std::get_if<HttpResponse>(&scope))
        return sink.send(*refusal);
    const Period &days = std::get<Period>(period);
    answer(ReportRequest{ActivityReport::Kind::Overview, days.from, days.to, std::get<ReportScope>(scope), advisor.id, m_company, {}}, sink);
}

void ReportApi::teamReport(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    if (!advisor.teamLead)
        return sink.send(apiError(ServiceError{ServiceError::Forbidden,
                                               QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "Only a team lead can fetch team reports."))}));
    const auto period = periodOf(request);
    if (const auto *refusal = std::get_if<HttpResponse>(&period))
        return sink.send(*refusal);
    const Period &days = std::get<Period>(period);
    // Every lead of the team gets the same report: the key names no advisor.
    answer(ReportRequest{ActivityReport::Kind::Team, days.from, days.to, ReportScope::team(advisor.teamId), 0, m_company, {}}, sink);
}

void ReportApi::answer(const ReportRequest &request, const ResponseSink &sink)
{
    const ReportKey key{request.kind, request.scope, request.from, request.to, request.advisorId};
    const auto json = [](const QByteArray &document) {
        return HttpResponse{200, {{"Content-Type", "application/json; charset=utf-8"}}, document};
    };
    if (const std::optional<QByteArray> kept = m_cache.find(key))
        return sink.send(json(*kept));
    m_reportWorkers([this, request, key, sink, json] {
        ReportRequest now = request;
        now.now = m_clock.now();
        const Result<ActivityReport> report = m_store.build(now);
        if (!report) {
            qCInfo(lcReportApi) << "a report was not made:" << report.error().message;
            return sink.send(apiError(report.error()));
        }
        const QByteArray document = wire::encodeActivityReport(report.value());
        m_cache.insert(key, document);
        sink.send(json(document));
    });
}

} // namespace confidant::server
