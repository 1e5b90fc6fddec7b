#include "ReportService.h"

#include <QLoggingCategory>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcReports, "confidant.reports")

namespace confidant::client {

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
