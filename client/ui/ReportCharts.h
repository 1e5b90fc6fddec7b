#pragma once

#include "domain/ActivityReport.h"

#include <QWidget>

class QChart;
class QChartView;

namespace confidant::client {

// The report's charts: received, answered and closed per day; the open backlog by age; first response and time to
// close per topic (median and 90th percentile against the topic's target, in working hours). The window shows
// them in views; the PDF asks for the same charts and paints them at its own size.
class ReportCharts : public QWidget {
    Q_OBJECT
public:
    enum class Chart { Activity, Backlog, FirstResponse, TimeToClose };
    static constexpr Chart all[] = {Chart::Activity, Chart::Backlog, Chart::FirstResponse, Chart::TimeToClose};

    explicit ReportCharts(QWidget *parent = nullptr);
    void setReport(const ActivityReport &report);
    QChartView *view(Chart chart) const;

    // A new chart of the report, owned by the caller.
    static QChart *create(Chart chart, const ActivityReport &report);

private:
    static QChart *activityChart(const ActivityReport &report);
    static QChart *backlogChart(const ActivityReport &report);
    static QChart *durationChart(const ActivityReport &report, Chart chart);
    static QChart *newChart(const QString &title);

    QList<QChartView *> m_views;
};

} // namespace confidant::client
