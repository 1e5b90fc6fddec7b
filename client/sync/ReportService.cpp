#include "ReportService.h"

#include <QLoggingCategory>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcReports, "confidant.reports")

namespace confidant::client {
namespace {

// The report routes' refusals, in the "ServiceError" context the client translates every server refusal from
// (ApiClient's failureOf). Listed here as well as where the server says them, so the client's catalogue has them
// whichever server file they live in.
[[maybe_unused]] const char *const reportRefusals[] = {
    QT_TRANSLATE_NOOP("ServiceError", "Only a team lead can fetch team reports."),
    QT_TRANSLATE_NOOP("ServiceError", "Give the period as from=YYYY-MM-DD and to=YYYY-MM-DD."),
    QT_TRANSLATE_NOOP("ServiceError", "The period must not end before it starts."),
    QT_TRANSLATE_NOOP("ServiceError", "A report covers at most 366 days. Choose a shorter period."),
    QT_TRANSLATE_NOOP("ServiceError", "The period must not end in the future."),
    QT_TRANSLATE_NOOP("ServiceError", "The parameter \"team\" must be a team's number or \"shared\"."),
    QT_TRANSLATE_NOOP("ServiceError", "This team does not exist."),
};

} // namespace

ReportService::ReportService(ApiClient *api, const Clock &clock, QObject *parent) : QObject(parent), m_api(api), m_clock(clock)
{
}

ReportService::~ReportService()
{
    ++m_request; // an abort's answer arrives while this object is going: nobody is waiting for it
    if (m_pending)
        m_pending->abort();
}

void ReportService::fetch(const ReportPeriod &period, const ReportScope &scope)
{
    cancel();
    const quint64 request = ++m_request;
    qCDebug(lcReports) << "fetching" << period.from << period.to << int(scope.kind) << scope.teamId;
    // The answer is decoded on the thread pool and may come back after this service is gone (the API client lives on).
    m_pending = m_api->report(period, scope, [self = QPointer<ReportService>(this), request](const ApiResult<ActivityReport> &result) {
        if (self)
            self->finish(request, result);
    });
    m_loading = true;
    emit loadingChanged(true);
}

void ReportService::cancel()
{
    if (!m_loading)
        return;
    ++m_request; // the abort answers at once, with a failure nobody is waiting for
    m_loading = false;
    if (m_pending)
        std::exchange(m_pending, nullptr)->abort();
    emit loadingChanged(false);
}

// The decoded answer arrives after the reply itself is gone, so the request's number, not the reply, says
// whether it is still the one asked for.
void ReportService::finish(quint64 request, const ApiResult<ActivityReport> &result)
{
    if (request != m_request)
        return;
    m_pending = nullptr;
    m_loading = false;
    emit loadingChanged(false);
    if (const auto *report = std::get_if<ActivityReport>(&result)) {
        emit reportReady(*report);
        return;
    }
    const ApiFailure &failure = std::get<ApiFailure>(result);
    qCWarning(lcReports) << "report refused" << failure.httpStatus << failure.message;
    emit failed(failure.message);
}

} // namespace confidant::client
