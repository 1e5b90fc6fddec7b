#include "ReportCharts.h"

#include "ReportFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QLineSeries>
#include <QValueAxis>

namespace confidant::client {
namespace {

// Topic titles are free text; a long one would squeeze its neighbours off the axis.
QString shortTitle(const QString &title)
{
    return title.size() <= 22 ? title : title.left(21) + QStringLiteral("\u2026");
}

QValueAxis *countAxis(int largest)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0f")); // "%d" draws no labels once numbers are localised (Qt 6.4)
    // Whole numbers on the ticks, each a whole count, and a step above the largest so its point is not cut in half
    // by the chart's edge.
    const int step = std::max(1, (largest + 4) / 5);
    const int steps = largest / step + 1;
    axis->setRange(0, step * steps);
    axis->setTickCount(steps + 1);
    return axis;
}

QDateTime noon(const QDate &day)
{
    return QDateTime(day, QTime(12, 0));
}

// Ticks at the start of every k-th day, at most eight, so each label names the day its tick begins; each day's
// point sits at its noon, between two ticks.
QDateTimeAxis *dayAxis(const ActivityReport &report)
{
    auto *axis = new QDateTimeAxis;
    axis->setFormat(report.days.size() > 62 ? QStringLiteral("d MMM yy") : QStringLiteral("d MMM"));
    const QDate first = report.days.isEmpty() ? QDate(2000, 1, 1) : report.days.first().day;
    const int days = std::max(1, int(report.days.size()));
    const int step = (days + 6) / 7;
    const int ticks = (days + step - 1) / step + 1;
    axis->setRange(QDateTime(first, QTime(0, 0)), QDateTime(first.addDays(qint64(ticks - 1) * step), QTime(0, 0)));
    axis->setTickCount(ticks);
    return axis;
}

} // namespace

ReportCharts::ReportCharts(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (Chart chart : all) {
        auto *view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(360, 240);
        grid->addWidget(view, int(m_views.size()) / 2, int(m_views.size()) % 2);
        m_views.append(view);
        view->setChart(create(chart, ActivityReport{}));
    }
}

void ReportCharts::setReport(const ActivityReport &report)
{
    for (Chart chart : all) {
        QChartView *view = m_views.at(int(chart));
        QChart *old = view->chart();
        view->setChart(create(chart, report));
        delete old; // a chart view does not delete the chart it lets go
    }
}

QChartView *ReportCharts::view(Chart chart) const
{
    return m_views.at(int(chart));
}

QChart *ReportCharts::create(Chart chart, const ActivityReport &report)
{
    switch (chart) {
    case Chart::Activity:
        return activityChart(report);
    case Chart::Backlog:
        return backlogChart(report);
    case Chart::FirstResponse:
    case Chart::TimeToClose:
        break;
    }
    return durationChart(report, chart);
}

QChart *ReportCharts::newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocale(QLocale()); // "2,5" hours in German, as the tables write them
    chart->setLocalizeNumbers(true);
    return chart;
}

// Lines over a date axis rather than bars: a year of days stays readable, and a single day still shows its points.
QChart *ReportCharts::activityChart(const ActivityReport &report)
{
    QChart *chart = newChart(tr("Inquiries per day"));
    const std::pair<QString, int DailyActivity::*> kinds[] = {
        {tr("Received"), &DailyActivity::received}, {tr("Answered"), &DailyActivity::answered}, {tr("Closed"), &DailyActivity::closed}};
    QDateTimeAxis *time = dayAxis(report);
    chart->addAxis(time, Qt::AlignBottom);
    int largest = 0;
    for (const auto &[name, member] : kinds) {
        auto *series = new QLineSeries;
        series->setName(name);
        series->setPointsVisible(report.days.size() <= 31);
        for (const DailyActivity &day : report.days) {
            series->append(double(noon(day.day).toMSecsSinceEpoch()), day.*member);
            largest = std::max(largest, day.*member);
        }
        chart->addSeries(series);
        series->attachAxis(time);
    }
    QValueAxis *counts = countAxis(largest);
    chart->addAxis(counts, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series())
        series->attachAxis(counts);
    return chart;
}

QChart *ReportCharts::backlogChart(const ActivityReport &report)
{
    QChart *chart = newChart(tr("Open inquiries by age"));
    auto *set = new QBarSet(tr("Open inquiries"));
    QStringList bands;
    int largest = 0;
    for (const BacklogBand &band : report.backlog) {
        *set << band.count;
        bands << ReportFormat::backlogBand(band.age);
        largest = std::max(largest, band.count);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(bands);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    QValueAxis *counts = countAxis(largest);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    chart->legend()->hide();
    return chart;
}

QChart *ReportCharts::durationChart(const ActivityReport &report, Chart which)
{
    const bool firstResponse = which == Chart::FirstResponse;
    QChart *chart = newChart(firstResponse ? tr("First response by topic (working hours)") : tr("Time to close by topic (working hours)"));
    auto *median = new QBarSet(tr("Median time"));
    auto *p90 = new QBarSet(tr("90th percentile"));
    auto *target = new QBarSet(tr("Target"));
    QStringList topics;
    double largest = 1;
    for (const TopicActivity &topic : report.topics) {
        const DurationFigures &figures = firstResponse ? topic.totals.firstResponse : topic.totals.timeToClose;
        *median << ReportFormat::hours(figures.medianSeconds);
        *p90 << ReportFormat::hours(figures.p90Seconds);
        *target << topic.targetMinutes / 60.0;
        topics << shortTitle(topic.title);
        largest = std::max({largest, ReportFormat::hours(figures.p90Seconds), topic.targetMinutes / 60.0});
    }
    auto *series = new QBarSeries;
    series->append({median, p90, target});
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(topics);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto *hours = new QValueAxis;
    hours->setRange(0, largest * 1.1);
    hours->setLabelFormat(QStringLiteral("%.1f"));
    hours->applyNiceNumbers();
    chart->addAxis(hours, Qt::AlignLeft);
    series->attachAxis(hours);
    return chart;
}

} // namespace confidant::client
