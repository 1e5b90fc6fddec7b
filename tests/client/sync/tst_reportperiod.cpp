#include "ManualClock.h"
#include "ReportPeriod.h"

#include <QTest>

using namespace confidant;
using namespace confidant::client;
using confidant::testing::ManualClock;

// The periods an advisor picks are the company's calendar days, whatever the workstation's zone and the clocks do.
class tst_ReportPeriod : public QObject {
    Q_OBJECT
private slots:
    void presetsEndOnTheCompanysToday_data();
    void presetsEndOnTheCompanysToday();
    void aMonthAcrossTheClockChangeHasThirtyDays();
    void theDefaultIsThirtyDays();
    void customPeriods_data();
    void customPeriods();

private:
    const QTimeZone berlin{"Europe/Berlin"};
};

void tst_ReportPeriod::presetsEndOnTheCompanysToday_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    // 22:30 UTC is already the next day in Berlin (summer time: UTC+2).
    const QDateTime lateSummer(QDate(2026, 6, 30), QTime(22, 30), Qt::UTC);
    QTest::newRow("today, after midnight in Berlin") << lateSummer << int(ReportPeriod::Preset::Today) << QDate(2026, 7, 1) << QDate(2026, 7, 1);
    QTest::newRow("7 days") << lateSummer << int(ReportPeriod::Preset::Last7Days) << QDate(2026, 6, 25) << QDate(2026, 7, 1);
    QTest::newRow("30 days") << lateSummer << int(ReportPeriod::Preset::Last30Days) << QDate(2026, 6, 2) << QDate(2026, 7, 1);
    // 22:30 UTC in winter is 23:30 in Berlin: still the same day.
    const QDateTime lateWinter(QDate(2026, 1, 5), QTime(22, 30), Qt::UTC);
    QTest::newRow("today, before midnight in Berlin") << lateWinter << int(ReportPeriod::Preset::Today) << QDate(2026, 1, 5) << QDate(2026, 1, 5);
    // The night the clocks go back: 00:30 CET on 26 October is 23:30 UTC on the 25th.
    QTest::newRow("today, after the autumn change") << QDateTime(QDate(2026, 10, 25), QTime(23, 30), Qt::UTC)
                                                    << int(ReportPeriod::Preset::Today) << QDate(2026, 10, 26) << QDate(2026, 10, 26);
}

void tst_ReportPeriod::presetsEndOnTheCompanysToday()
{
    QFETCH(QDateTime, now);
    QFETCH(int, preset);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const ManualClock clock(now);
    const ReportPeriod period = ReportPeriod::preset(ReportPeriod::Preset(preset), clock, berlin);
    QCOMPARE(period.from, from);
    QCOMPARE(period.to, to);
}

// 29 March 2026 has 23 hours in Berlin; counting 30 × 24 hours back would lose or add a day.
void tst_ReportPeriod::aMonthAcrossTheClockChangeHasThirtyDays()
{
    const ManualClock clock(QDateTime(QDate(2026, 4, 10), QTime(0, 10), QTimeZone("Europe/Berlin")));
    const ReportPeriod period = ReportPeriod::preset(ReportPeriod::Preset::Last30Days, clock, berlin);
    QCOMPARE(period.from, QDate(2026, 3, 12));
    QCOMPARE(period.to, QDate(2026, 4, 10));
    QCOMPARE(period.days(), 30);
    QVERIFY(period.from < QDate(2026, 3, 29) && QDate(2026, 3, 29) < period.to);
}

void tst_ReportPeriod::theDefaultIsThirtyDays()
{
    QCOMPARE(ReportPeriod::defaultPreset, ReportPeriod::Preset::Last30Days);
    const ManualClock clock;
    QCOMPARE(ReportPeriod::preset(ReportPeriod::Preset::Custom, clock, berlin).days(), 30);
}

void tst_ReportPeriod::customPeriods_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("accepted");
    // The clock stands at 5 January 2026, 09:00 UTC.
    QTest::newRow("one day, today") << QDate(2026, 1, 5) << QDate(2026, 1, 5) << true;
    QTest::newRow("a leap year, 366 days") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << true;
    QTest::newRow("367 days") << QDate(2024, 12, 4) << QDate(2026, 1, 5) << false;
    QTest::newRow("366 days up to today") << QDate(2025, 1, 5) << QDate(2026, 1, 5) << true;
    QTest::newRow("ends tomorrow") << QDate(2026, 1, 1) << QDate(2026, 1, 6) << false;
    QTest::newRow("ends before it starts") << QDate(2025, 12, 10) << QDate(2025, 12, 9) << false;
    QTest::newRow("no first day") << QDate() << QDate(2025, 12, 9) << false;
}

void tst_ReportPeriod::customPeriods()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, accepted);
    const ManualClock clock;
    const auto period = ReportPeriod::custom(from, to, clock, berlin);
    QCOMPARE(std::holds_alternative<ReportPeriod>(period), accepted);
    if (accepted)
        QCOMPARE(std::get<ReportPeriod>(period), (ReportPeriod{from, to}));
    else
        QVERIFY(!std::get<QString>(period).isEmpty()); // a reason the window shows
}

QTEST_GUILESS_MAIN(tst_ReportPeriod)
#include "tst_reportperiod.moc"
