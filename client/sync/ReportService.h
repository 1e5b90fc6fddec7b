#pragma once

#include "ApiClient.h"
#include "ReportPeriod.h"
#include "domain/ActivityReport.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>

class QNetworkReply;

namespace confidant::client {

// Fetches the report the statistics window asks for and hands it over decoded, or says in words an advisor can
// act on why there is none. Only the latest request counts: asking again aborts the one still on its way, so a
// slow answer for a period the advisor has left never replaces the one they chose.
class ReportService : public QObject {
    Q_OBJECT
public:
    ReportService(ApiClient *api, const Clock &clock, QObject *parent = nullptr);
    ~ReportService() override;

    const Clock &clock() const { return m_clock; }
    // The company's time zone, in which the periods' days are counted; the workstation's own until it is known.
    QTimeZone timeZone() const { return m_timeZone; }
    void setTimeZone(const QTimeZone &zone) { m_timeZone = zone; }

    void fetch(const ReportPeriod &period, const ReportScope &scope);
    void cancel();
    bool isLoading() const { return m_loading; }

signals:
    void loadingChanged(bool loading);
    void reportReady(const confidant::ActivityReport &report);
    void failed(const QString &message);

private:
    void finish(quint64 request, const ApiResult<ActivityReport> &result);

    ApiClient *m_api;
    const Clock &m_clock;
    QTimeZone m_timeZone = QTimeZone::systemTimeZone();
    QPointer<QNetworkReply> m_pending; // gone once answered, while its answer may still be decoded
    bool m_loading = false;
    quint64 m_request = 0; // numbers the requests; an answer to any but the last is dropped
};

} // namespace confidant::client
