#include "time/ResponseTarget.h"
#include "time/WorkingCalendar.h"
#include "time/ZoneOffsetTable.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace confidant;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(ResponseTarget::Level)
Q_DECLARE_METATYPE(QList<WorkingCalendar::Interval>)

namespace {

const QTimeZone &berlin()
{
    static const QTimeZone zone("Europe/Berlin");
    return zone;
}

// "2026-03-06 15:00" on the company's clock in Berlin.
QDateTime local(const char *text)
{
    const QDateTime wall = QDateTime::fromString(QLatin1String(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    return QDateTime(wall.date(), wall.time(), berlin());
}

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODateWithMs);
}

WorkingCalendar sameHoursEveryDay(std::initializer_list<Qt::DayOfWeek> days, QTime start, QTime end)
{
    WorkingCalendar calendar(berlin());
    for (Qt::DayOfWeek day : days)
        calendar.setHours(day, WorkingCalendar::Hours{start, end});
    return calendar;
}

const std::initializer_list<Qt::DayOfWeek> weekdays = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday};
const std::initializer_list<Qt::DayOfWeek> allDays = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday,
                                                      Qt::Friday, Qt::Saturday, Qt::Sunday};

// The calendars the tables name. "office" is the usual one; "nights" and "small hours" are open while the
// clocks change (02:00 -> 03:00 on 2026-03-29, 03:00 -> 02:00 on 2026-10-25).
WorkingCalendar calendarNamed(const QString &name)
{
    if (name == u"office") {
        WorkingCalendar office = sameHoursEveryDay(weekdays, QTime(8, 0), QTime(17, 0));
        office.setHolidays({QDate(2026, 5, 25), QDate(2026, 12, 25), QDate(2026, 12, 26), QDate(2027, 1, 1)});
        return office;
    }
    if (name == u"every day")
        return sameHoursEveryDay(allDays, QTime(8, 0), QTime(17, 0));
    if (name == u"nights")
        return sameHoursEveryDay(allDays, QTime(0, 0), QTime(6, 0));
    if (name == u"small hours")
        return sameHoursEveryDay(allDays, QTime(1, 0), QTime(4, 0));
    if (name == u"closed")
        return WorkingCalendar(berlin());
    qFatal("no calendar named %s", qPrintable(name));
}

constexpr qint64 hour = 3600;

} // namespace

class tst_WorkingCalendar : public QObject {
    Q_OBJECT
private slots:
    void addWorkingSeconds_data();
    void addWorkingSeconds();
    void workingSecondsBetween_data();
    void workingSecondsBetween();
    void workingIntervals_data();
    void workingIntervals();
    void resultsAreUtc();
    void zoneOffsetTableAgreesWithTheZone();
    void refusesHoursThatAreNoInterval();
    void holidaysAreSortedAndUnique();
    void inverseOnRandomSamples_data();
    void inverseOnRandomSamples();
    void responseLevels_data();
    void responseLevels();
    void responseTargetBoundaries();
};

void tst_WorkingCalendar::addWorkingSeconds_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QDateTime>("due");

    QTest::newRow("within one day") << "office" << local("2026-03-03 09:00") << 2 * hour << local("2026-03-03 11:00");
    QTest::newRow("milliseconds kept") << "office" << local("2026-03-03 09:00").addMSecs(250) << 1 * hour
                                       << local("2026-03-03 10:00").addMSecs(250);
    // The earliest moment the time has passed: the closing time itself, not the next opening.
    QTest::newRow("up to closing") << "office" << local("2026-03-03 09:00") << 8 * hour << local("2026-03-03 17:00");
    QTest::newRow("before opening") << "office" << local("2026-03-03 06:30") << 1 * hour << local("2026-03-03 09:00");
    QTest::newRow("at closing") << "office" << local("2026-03-03 17:00") << 1 * hour << local("2026-03-04 09:00");
    QTest::newRow("after closing") << "office" << local("2026-03-03 18:00") << 1 * hour << local("2026-03-04 09:00");
    QTest::newRow("on Saturday") << "office" << local("2026-03-07 10:00") << 1 * hour << local("2026-03-09 09:00");
    // Friday 15-17 is 2 h, the other 7 h on Monday.
    QTest::newRow("Friday 15:00 + 9 h") << "office" << local("2026-03-06 15:00") << 9 * hour << local("2026-03-09 15:00");
    QTest::newRow("Whit Monday") << "office" << local("2026-05-22 15:00") << 9 * hour << local("2026-05-26 15:00");
    // Christmas Friday and Boxing Saturday, then Monday; New Year's Day (Friday) next.
    QTest::newRow("Christmas") << "office" << local("2026-12-24 16:00") << 9 * hour << local("2026-12-28 16:00");
    QTest::newRow("New Year") << "office" << local("2026-12-31 16:00") << 2 * hour << local("2027-01-04 09:00");
    // The clocks change on the Sunday, outside the hours: the Monday is a full day either way.
    QTest::newRow("spring change, weekend") << "office" << local("2026-03-27 15:00") << 9 * hour << utc("2026-03-30T13:00:00Z");
    QTest::newRow("autumn change, weekend") << "office" << local("2026-10-23 15:00") << 9 * hour << utc("2026-10-26T14:00:00Z");
    QTest::newRow("spring change, every day") << "every day" << local("2026-03-28 16:00") << 9 * hour << local("2026-03-29 16:00");
    // 00:00-02:00 CET is 2 h; 03:00 CEST follows at once, 1 h more is 04:00 CEST = 02:00 UTC.
    QTest::newRow("spring change, nights") << "nights" << local("2026-03-29 00:00") << 3 * hour << utc("2026-03-29T02:00:00Z");
    // 00:00-03:00 CEST is 3 h; the clock goes back to 02:00 CET, 1 h more is 03:00 CET = 02:00 UTC.
    QTest::newRow("autumn change, nights") << "nights" << local("2026-10-25 00:00") << 4 * hour << utc("2026-10-25T02:00:00Z");
    // Past 2037 the zone's future comes from its rule, not from the table of transitions.
    QTest::newRow("spring change, 2040") << "office" << local("2040-03-23 15:00") << 9 * hour << utc("2040-03-26T13:00:00Z");
    // The zone's offsets 2000-2070 are looked up in a table, the others asked of the zone.
    QTest::newRow("into the table") << "office" << local("1999-12-31 15:00") << 9 * hour << local("2000-01-03 15:00");
    QTest::newRow("out of the table") << "office" << local("2069-12-31 16:00") << 18 * hour << local("2070-01-02 16:00");
    QTest::newRow("spring change, 2075") << "office" << local("2075-03-29 15:00") << 9 * hour << utc("2075-04-01T13:00:00Z");
    QTest::newRow("zero target") << "office" << local("2026-03-07 10:00") << qint64(0) << local("2026-03-07 10:00");
    QTest::newRow("negative target") << "office" << local("2026-03-03 10:00") << -hour << local("2026-03-03 10:00");
    QTest::newRow("closed calendar") << "closed" << local("2026-03-03 10:00") << 1 * hour << QDateTime();
    QTest::newRow("beyond the horizon") << "office" << local("2026-03-03 10:00") << 20000 * hour << QDateTime();
    QTest::newRow("too large to count in milliseconds") << "office" << local("2026-03-03 10:00")
                                                        << std::numeric_limits<qint64>::max() << QDateTime();
    QTest::newRow("invalid start") << "office" << QDateTime() << 1 * hour << QDateTime();
}

void tst_WorkingCalendar::addWorkingSeconds()
{
    QFETCH(QString, calendar);
    QFETCH(QDateTime, from);
    QFETCH(qint64, seconds);
    QFETCH(QDateTime, due);
    const WorkingCalendar workingCalendar = calendarNamed(calendar);
    const QDateTime actual = workingCalendar.addWorkingSeconds(from, seconds);
    QCOMPARE(actual, due);
    if (due.isValid())
        QCOMPARE(workingCalendar.workingSecondsBetween(from, actual), qMax(seconds, qint64(0)));
}

void tst_WorkingCalendar::workingSecondsBetween_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("within one day") << "office" << local("2026-03-03 09:00") << local("2026-03-03 11:30") << 9000LL;
    QTest::newRow("overnight") << "office" << local("2026-03-03 16:00") << local("2026-03-04 09:00") << 2 * hour;
    QTest::newRow("a whole week") << "office" << local("2026-03-02 00:00") << local("2026-03-09 00:00") << 45 * hour;
    QTest::newRow("week of Whit Monday") << "office" << local("2026-05-25 00:00") << local("2026-06-01 00:00") << 36 * hour;
    QTest::newRow("weekend") << "office" << local("2026-03-07 00:00") << local("2026-03-09 00:00") << qint64(0);
    QTest::newRow("a year") << "office" << local("2026-01-01 00:00") << local("2027-01-01 00:00") << (261 - 2) * 9 * hour;
    QTest::newRow("same moment") << "office" << local("2026-03-03 10:00") << local("2026-03-03 10:00") << qint64(0);
    QTest::newRow("backwards") << "office" << local("2026-03-03 11:00") << local("2026-03-03 10:00") << qint64(0);
    QTest::newRow("closed calendar") << "closed" << local("2026-03-02 00:00") << local("2026-03-09 00:00") << qint64(0);
    QTest::newRow("given as an offset") << "office" << utc("2026-03-03T09:00:00+01:00") << utc("2026-03-03T10:00:00Z") << 2 * hour;
    // A day on which the clocks change: midnight to midnight, 23 or 25 real hours.
    QTest::newRow("spring day 08-17") << "every day" << local("2026-03-29 00:00") << local("2026-03-30 00:00") << 9 * hour;
    QTest::newRow("autumn day 08-17") << "every day" << local("2026-10-25 00:00") << local("2026-10-26 00:00") << 9 * hour;
    QTest::newRow("spring day 00-06") << "nights" << local("2026-03-29 00:00") << local("2026-03-30 00:00") << 5 * hour;
    QTest::newRow("autumn day 00-06") << "nights" << local("2026-10-25 00:00") << local("2026-10-26 00:00") << 7 * hour;
    // 01:00-02:00 CET and 03:00-04:00 CEST; in autumn 01:00-03:00 CEST, 02:00-03:00 CET again, then 03:00-04:00 CET.
    QTest::newRow("spring day 01-04") << "small hours" << local("2026-03-29 00:00") << local("2026-03-30 00:00") << 2 * hour;
    QTest::newRow("autumn day 01-04") << "small hours" << local("2026-10-25 00:00") << local("2026-10-26 00:00") << 4 * hour;
    QTest::newRow("within the repeated hour") << "small hours" << utc("2026-10-25T00:30:00Z") << utc("2026-10-25T01:30:00Z") << hour;
}

void tst_WorkingCalendar::workingSecondsBetween()
{
    QFETCH(QString, calendar);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, seconds);
    QCOMPARE(calendarNamed(calendar).workingSecondsBetween(from, to), seconds);
    // The intervals SQL counts with (ReportStore) hold exactly this much working time.
    qint64 intervalMs = 0;
    for (const WorkingCalendar::Interval &interval : calendarNamed(calendar).workingIntervals(from, to))
        intervalMs += interval.start.msecsTo(interval.end);
    QCOMPARE(intervalMs, seconds * 1000);
}

void tst_WorkingCalendar::workingIntervals_data()
{
    using Intervals = QList<WorkingCalendar::Interval>;
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<Intervals>("intervals");

    QTest::newRow("cut at both ends, over a weekend") << "office" << local("2026-03-06 16:00") << local("2026-03-09 09:30")
        << Intervals{{utc("2026-03-06T15:00:00Z"), utc("2026-03-06T16:00:00Z")}, {utc("2026-03-09T07:00:00Z"), utc("2026-03-09T08:30:00Z")}};
    QTest::newRow("holiday") << "office" << local("2026-05-25 00:00") << local("2026-05-27 00:00")
        << Intervals{{utc("2026-05-26T06:00:00Z"), utc("2026-05-26T15:00:00Z")}};
    // The spring day has 23 hours; 08:00 CEST is 06:00 UTC, the day before 08:00 CET was 07:00 UTC.
    QTest::newRow("spring day 08-17") << "every day" << local("2026-03-28 00:00") << local("2026-03-30 00:00")
        << Intervals{{utc("2026-03-28T07:00:00Z"), utc("2026-03-28T16:00:00Z")}, {utc("2026-03-29T06:00:00Z"), utc("2026-03-29T15:00:00Z")}};
    // 01:00-02:00 CET and 03:00-04:00 CEST follow each other in real time: one interval of two hours.
    QTest::newRow("spring day 01-04") << "small hours" << local("2026-03-29 00:00") << local("2026-03-30 00:00")
        << Intervals{{utc("2026-03-29T00:00:00Z"), utc("2026-03-29T02:00:00Z")}};
    // 01:00-03:00 CEST, 02:00-03:00 CET again and 03:00-04:00 CET: four real hours in one piece.
    QTest::newRow("autumn day 01-04") << "small hours" << local("2026-10-25 00:00") << local("2026-10-26 00:00")
        << Intervals{{utc("2026-10-24T23:00:00Z"), utc("2026-10-25T03:00:00Z")}};
    QTest::newRow("closed calendar") << "closed" << local("2026-03-02 00:00") << local("2026-03-09 00:00") << Intervals{};
    QTest::newRow("backwards") << "office" << local("2026-03-03 11:00") << local("2026-03-03 10:00") << Intervals{};
}

void tst_WorkingCalendar::workingIntervals()
{
    QFETCH(QString, calendar);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QList<WorkingCalendar::Interval>, intervals);
    const QList<WorkingCalendar::Interval> actual = calendarNamed(calendar).workingIntervals(from, to);
    QCOMPARE(actual.size(), intervals.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual.at(i).start, intervals.at(i).start);
        QCOMPARE(actual.at(i).end, intervals.at(i).end);
        QCOMPARE(actual.at(i).start.timeSpec(), Qt::UTC);
    }
}

void tst_WorkingCalendar::resultsAreUtc()
{
    const QDateTime due = calendarNamed(QStringLiteral("office")).addWorkingSeconds(local("2026-03-03 09:00"), hour);
    QCOMPARE(due.timeSpec(), Qt::UTC);
    QCOMPARE(due, utc("2026-03-03T09:00:00Z"));
}

// Random moments 1990-2080, inside the table's window and outside it: the offset in force, and still in force a
// millisecond before the change the table names.
void tst_WorkingCalendar::zoneOffsetTableAgreesWithTheZone()
{
    const ZoneOffsetTable table(berlin());
    QRandomGenerator random(2037);
    const qint64 start = utc("1990-01-01T00:00:00Z").toMSecsSinceEpoch();
    const qint64 end = utc("2080-01-01T00:00:00Z").toMSecsSinceEpoch();
    const auto zoneOffsetMs = [](qint64 utcMs) { return berlin().offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC)) * qint64(1000); };
    for (int sample = 0; sample < 2000; ++sample) {
        const qint64 at = start + random.bounded(end - start);
        const ZoneOffsetTable::Span span = table.spanAt(at);
        QCOMPARE(span.offsetMs, zoneOffsetMs(at));
        QVERIFY(span.untilUtcMs > at);
        QVERIFY(span.untilUtcMs - at < qint64(366) * 24 * hour * 1000);
        QCOMPARE(zoneOffsetMs(span.untilUtcMs - 1), span.offsetMs);
    }
}

void tst_WorkingCalendar::refusesHoursThatAreNoInterval()
{
    WorkingCalendar calendar = calendarNamed(QStringLiteral("office"));
    const WorkingCalendar before = calendar;
    QVERIFY(!calendar.setHours(Qt::Monday, WorkingCalendar::Hours{QTime(17, 0), QTime(8, 0)}));
    QVERIFY(!calendar.setHours(Qt::Monday, WorkingCalendar::Hours{QTime(8, 0), QTime(8, 0)}));
    QVERIFY(!calendar.setHours(Qt::Monday, WorkingCalendar::Hours{QTime(8, 0, 30), QTime(17, 0)}));
    QVERIFY(!calendar.setHours(Qt::Monday, WorkingCalendar::Hours{QTime(), QTime(17, 0)}));
    QCOMPARE(calendar, before);
    QVERIFY(calendar.setHours(Qt::Monday, std::nullopt));
    QCOMPARE(calendar.hours(Qt::Monday), std::nullopt);
}

void tst_WorkingCalendar::holidaysAreSortedAndUnique()
{
    WorkingCalendar calendar(berlin());
    calendar.setHolidays({QDate(2026, 12, 26), QDate(2026, 12, 25), QDate(2026, 12, 26), QDate()});
    QCOMPARE(calendar.holidays(), (QList<QDate>{QDate(2026, 12, 25), QDate(2026, 12, 26)}));
    QVERIFY(calendar.isHoliday(QDate(2026, 12, 25)));
    QVERIFY(!calendar.isHoliday(QDate(2026, 12, 24)));
}

void tst_WorkingCalendar::inverseOnRandomSamples_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::newRow("office") << "office";
    QTest::newRow("nights, open while the clocks change") << "nights";
}

// Over random starts in 2026 and targets up to 200 working hours: the due time is reached with exactly the target
// (and one millisecond earlier not yet), and counting up to any moment and adding the count back never passes it.
void tst_WorkingCalendar::inverseOnRandomSamples()
{
    QFETCH(QString, calendar);
    const WorkingCalendar workingCalendar = calendarNamed(calendar);
    QRandomGenerator random(20260329);
    const qint64 yearStart = local("2026-01-01 00:00").toMSecsSinceEpoch();
    const qint64 yearMs = qint64(365) * 24 * hour * 1000;
    for (int sample = 0; sample < 3000; ++sample) {
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(yearStart + random.bounded(yearMs), Qt::UTC);
        const qint64 target = random.bounded(qint64(200) * hour) + 1;
        const QDateTime due = workingCalendar.addWorkingSeconds(from, target);
        QCOMPARE(workingCalendar.workingSecondsBetween(from, due), target);
        QCOMPARE(workingCalendar.workingSecondsBetween(from, due.addMSecs(-1)), target - 1);

        const QDateTime to = from.addMSecs(random.bounded(qint64(60) * 24 * hour * 1000));
        const qint64 open = workingCalendar.workingSecondsBetween(from, to);
        const QDateTime reached = workingCalendar.addWorkingSeconds(from, open);
        QVERIFY2(reached <= to, qPrintable(from.toString(Qt::ISODateWithMs)));
        QCOMPARE(workingCalendar.workingSecondsBetween(from, reached), open);
    }
}

void tst_WorkingCalendar::responseLevels_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("workingSecondsOpen");
    QTest::addColumn<ResponseTarget::Level>("level");

    // Waiting since Tuesday 08:00 with a target of 8 working hours: warning from 6 h (75%), due at 16:00.
    QTest::newRow("just written") << local("2026-03-03 08:00") << qint64(0) << ResponseTarget::Level::Normal;
    QTest::newRow("a second before 75%") << local("2026-03-03 14:00").addSecs(-1) << 6 * hour - 1 << ResponseTarget::Level::Normal;
    QTest::newRow("exactly 75%") << local("2026-03-03 14:00") << 6 * hour << ResponseTarget::Level::Warning;
    QTest::newRow("exactly the due time") << local("2026-03-03 16:00") << 8 * hour << ResponseTarget::Level::Warning;
    QTest::newRow("a millisecond late") << local("2026-03-03 16:00").addMSecs(1) << 8 * hour << ResponseTarget::Level::Overdue;
    QTest::newRow("next morning") << local("2026-03-04 09:00") << 10 * hour << ResponseTarget::Level::Overdue;
    QTest::newRow("clock behind the message") << local("2026-03-03 07:00") << qint64(0) << ResponseTarget::Level::Normal;
}

void tst_WorkingCalendar::responseLevels()
{
    QFETCH(QDateTime, now);
    QFETCH(qint64, workingSecondsOpen);
    QFETCH(ResponseTarget::Level, level);
    const ResponseTarget target(8h);
    const ResponseTarget::Status status = target.evaluate(local("2026-03-03 08:00"), now, calendarNamed(QStringLiteral("office")));
    QCOMPARE(status.dueAt, local("2026-03-03 16:00"));
    QCOMPARE(status.workingSecondsOpen, workingSecondsOpen);
    QCOMPARE(status.level, level);
    // The same level from the deadlines worked out once, as the client's lists do.
    QCOMPARE(ResponseTarget::levelAt(target.deadlines(local("2026-03-03 08:00"), calendarNamed(QStringLiteral("office"))), now), level);
}

void tst_WorkingCalendar::responseTargetBoundaries()
{
    const WorkingCalendar office = calendarNamed(QStringLiteral("office"));
    const QDateTime friday = local("2026-03-06 08:00");
    // Due at Friday's closing: overdue over the weekend, although no working time passes until Monday.
    QCOMPARE(ResponseTarget(9h).evaluate(friday, local("2026-03-07 12:00"), office).level, ResponseTarget::Level::Overdue);
    // A target of zero is due at once: on time in the moment the customer writes, late a moment after.
    QCOMPARE(ResponseTarget(0s).evaluate(friday, friday, office).level, ResponseTarget::Level::Warning);
    QCOMPARE(ResponseTarget(0s).evaluate(friday, friday.addMSecs(1), office).level, ResponseTarget::Level::Overdue);
    QCOMPARE(ResponseTarget(8h, 0.5).evaluate(friday, local("2026-03-06 12:00"), office).level, ResponseTarget::Level::Warning);
    // A calendar without working time never reaches any target.
    const ResponseTarget::Status never = ResponseTarget(1h).evaluate(friday, friday.addDays(30), calendarNamed(QStringLiteral("closed")));
    QVERIFY(!never.dueAt.isValid());
    QCOMPARE(never.workingSecondsOpen, qint64(0));
    QCOMPARE(never.level, ResponseTarget::Level::Normal);
    QCOMPARE(ResponseTarget::levelAt(ResponseTarget(1h).deadlines(friday, calendarNamed(QStringLiteral("closed"))), friday.addDays(30)),
             ResponseTarget::Level::Normal);
    const ResponseTarget::Deadlines weekend = ResponseTarget(9h).deadlines(friday, office);
    QCOMPARE(ResponseTarget::levelAt(weekend, local("2026-03-07 12:00")), ResponseTarget::Level::Overdue);
    QCOMPARE(ResponseTarget::levelAt(weekend, local("2026-03-06 16:45")), ResponseTarget::Level::Warning);
    QCOMPARE(ResponseTarget::levelAt(ResponseTarget(8h, 0.5).deadlines(friday, office), local("2026-03-06 12:00")), ResponseTarget::Level::Warning);
}

QTEST_APPLESS_MAIN(tst_WorkingCalendar)
#include "tst_workingcalendar.moc"
