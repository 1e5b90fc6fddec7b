#include "TestPostgres.h"
#include "store/AdvisorStore.h"
#include "store/CalendarStore.h"
#include "store/CustomerStore.h"
#include "store/Database.h"
#include "service/InquiryMoves.h"
#include "store/AdvisorStore.h"
#include "store/InquiryMessages.h"
#include "store/InquiryOwnership.h"
#include "store/InquiryStore.h"
#include "ManualClock.h"
#include "store/ReportStore.h"
#include "store/TopicStore.h"
#include "wire/ReportWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace confidant;
using namespace confidant::server;

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate).toUTC();
}

constexpr qint64 hour = 3600;

DurationFigures durations(int count, qint64 median, qint64 p90, int withinTarget)
{
    return DurationFigures{count, median, p90, withinTarget};
}

const DurationFigures none{};

ActivityTotals totals(int received, int answered, int closed, int reopened, int transfers, int openNow, int overdueNow,
                      DurationFigures firstResponse = none, DurationFigures timeToClose = none)
{
    return ActivityTotals{received, answered, closed, reopened, transfers, openNow, overdueNow, firstResponse, timeToClose};
}

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                              : QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

// Part by part, so a failure names the day, topic, team or advisor that differs.
void compareReports(const ActivityReport &actual, const ActivityReport &expected)
{
    const QJsonObject a = wire::toJson(actual);
    const QJsonObject e = wire::toJson(expected);
    QCOMPARE(a.keys(), e.keys());
    for (const QString &key : e.keys()) {
        if (!e.value(key).isArray()) {
            QCOMPARE(compact(a.value(key)), compact(e.value(key)));
            continue;
        }
        const QJsonArray actualItems = a.value(key).toArray();
        const QJsonArray expectedItems = e.value(key).toArray();
        QCOMPARE(actualItems.size(), expectedItems.size());
        for (qsizetype i = 0; i < expectedItems.size(); ++i)
            QCOMPARE(compact(actualItems.at(i)), compact(expectedItems.at(i)));
    }
    QVERIFY(actual == expected);
}

} // namespace

// Reports from a known data set with every figure worked out by hand. The calendar is Monday to Friday 08:00-17:00
// and Sunday 01:00-04:00 in Europe/Berlin, so working time runs through the spring change of the clocks (02:00 CET
// -> 03:00 CEST on Sunday 2026-03-29, a day of 23 hours, whose 01:00-04:00 hold 2 real hours). The period is
// Friday 2026-03-27 to Tuesday 2026-03-31; the reports are made on Wednesday 2026-04-01 12:00 CEST (10:00 UTC).
//
// Teams P ("Private clients": Maria, lead Sabine, Tom) and B ("Business clients": Bernd). Topics, in id order:
// mortgage (P, target 60 min), loans (P, 480 min), business (B, 120 min), general (no team: the shared queue, 480 min).
// Times below in UTC, with the local time in brackets.
//   I1 mortgage: written Fri 03-27 15:00 (16:00 CET); Maria answers Mon 03-30 07:00 (09:00 CEST), closes 08:00 (10:00);
//      the customer writes Tue 03-31 07:00 (reopened), Maria closes 09:00 (11:00). Closed.
//   I2 mortgage: written Mon 03-30 07:00 (09:00); Maria answers 08:00 and again 08:30. Open, awaiting the customer.
//   I3 loans: written Sat 03-28 23:30 (Sun 03-29 00:30 CET); Sabine answers 03-29 03:00 (05:00 CEST); Sabine
//      transfers it to team B's queue Mon 03-30 09:00. Open in B, nobody's, awaiting the customer.
//   I4 general: written Sun 03-29 22:30 (Mon 03-30 00:30 CEST). Open in the shared queue, waiting.
//   I5 business: written Thu 03-26 09:00 (10:00 CET), before the period; Bernd answers Fri 03-27 09:00 (10:00 CET);
//      Bernd transfers it to Maria Mon 03-30 10:00; the customer writes Tue 03-31 12:00 (14:00). Open in P, Maria's, waiting.
//   I6 business: written Tue 03-31 07:00 (09:00). Open in B, waiting.
//   I7 loans: written Wed 04-01 07:00 (09:00), after the period. Open in P, waiting.
//   I8 mortgage: written Wed 04-01 09:00 (11:00). Open in P, waiting: due 12:00 CEST, exactly when the report is made.
class tst_ReportStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void anEmptyMailboxHasEveryDayAndNothingMeasured();
    void theCompanyOverviewAcrossTheSpringChange();
    void theTeamReportHasTheTeamsInquiriesAndEveryMember();
    void theSharedQueueOverview();
    void aQuietPeriodStillShowsWhatIsOpenNow();
    void theFirstAnswerIsRememberedOnTheInquiry();
    void anUpgradeFindsTheFirstAnswersOfExistingInquiries();
    void reportsNeitherWriteNorNeedToWrite();
    void anUnknownTeamIsNotFound();
    void thePeriodMayEndTodayInTheCompanysZone();

private:
    void writeDataSet();
    ActivityReport build(ActivityReport::Kind kind, const ReportScope &scope, QDate from = QDate(2026, 3, 27), QDate to = QDate(2026, 3, 31));
    ActivityReport heading(ActivityReport::Kind kind, QDate from = QDate(2026, 3, 27), QDate to = QDate(2026, 3, 31)) const;
    QList<TopicActivity> topics(const QList<ActivityTotals> &figures) const;
    AdvisorActivity advisor(const AdvisorProfile &who) const;

    std::unique_ptr<testing::TestPostgres> m_pg;
    std::unique_ptr<Database> m_db;
    qint64 m_teamP = 0, m_teamB = 0, m_anna = 0, m_ben = 0;
    Topic m_mortgage, m_loans, m_business, m_general;
    AdvisorProfile m_maria, m_sabine, m_tom, m_bernd;
    qint64 m_inquiries[9] = {};
    const QDateTime m_now = utc("2026-04-01T10:00:00Z");
};

void tst_ReportStore::init()
{
    m_pg = std::make_unique<testing::TestPostgres>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->errorString()));
    m_db = m_pg->open(QStringLiteral("reports"));
    QVERIFY(m_db);
    WorkingCalendar calendar(QTimeZone("Europe/Berlin"));
    for (int day = Qt::Monday; day <= Qt::Friday; ++day)
        calendar.setHours(Qt::DayOfWeek(day), WorkingCalendar::Hours{QTime(8, 0), QTime(17, 0)});
    calendar.setHours(Qt::Sunday, WorkingCalendar::Hours{QTime(1, 0), QTime(4, 0)});
    QVERIFY(CalendarStore(*m_db).save(calendar, m_now));
    AdvisorStore advisors(*m_db);
    m_teamP = advisors.createTeam(QStringLiteral("Private clients"))->id;
    m_teamB = advisors.createTeam(QStringLiteral("Business clients"))->id;
    TopicStore topicStore(*m_db);
    const auto topic = [&](const char *key, const char *title, std::optional<qint64> team, int minutes) {
        const Topic created = topicStore.create(QLatin1String(key), QLatin1String(title)).value();
        topicStore.setTeam(created.id, team);
        topicStore.setResponseTarget(created.id, minutes);
        return created;
    };
    m_mortgage = topic("mortgage", "Mortgages", m_teamP, 60);
    m_loans = topic("loans", "Loans", m_teamP, 480);
    m_business = topic("business", "Business accounts", m_teamB, 120);
    m_general = topic("general", "General questions", std::nullopt, 480);
    m_maria = advisors.createAdvisor(QStringLiteral("m.mueller"), QStringLiteral("Maria"), m_teamP, false).value();
    m_sabine = advisors.createAdvisor(QStringLiteral("s.wagner"), QStringLiteral("Sabine"), m_teamP, true).value();
    m_tom = advisors.createAdvisor(QStringLiteral("t.berg"), QStringLiteral("Tom"), m_teamP, false).value();
    m_bernd = advisors.createAdvisor(QStringLiteral("b.klein"), QStringLiteral("Bernd"), m_teamB, false).value();
    CustomerStore customers(*m_db);
    m_anna = customers.create(QStringLiteral("anna@example.de"), QStringLiteral("Anna"), "hash", utc("2026-03-01T00:00:00Z")).value();
    m_ben = customers.create(QStringLiteral("ben@example.de"), QStringLiteral("Ben"), "hash", utc("2026-03-01T00:00:00Z")).value();
}

void tst_ReportStore::cleanup()
{
    m_db.reset();
    m_pg.reset();
}

// The data set of the class comment, through the stores as the server writes it.
void tst_ReportStore::writeDataSet()
{
    InquiryStore inquiries(*m_db);
    InquiryMessages messages(*m_db);
    InquiryOwnership ownershipStore(*m_db);
    AdvisorStore advisors(*m_db);
    // The moves through the service the API calls, on a clock set to each move's time.
    testing::ManualClock clock;
    InquiryMoves ownership(ownershipStore, advisors, clock);
    const auto write = [&](int number, const Topic &topic, const char *at) {
        const auto written = inquiries.createInquiry(m_anna, topic.id, QStringLiteral("Inquiry %1").arg(number), QStringLiteral("Text"), utc(at));
        QVERIFY(written);
        m_inquiries[number] = written->id;
    };
    const auto answer = [&](const AdvisorProfile &advisor, int number, const char *at) {
        QVERIFY(messages.addAdvisorReply(advisor, m_inquiries[number], QStringLiteral("Answer"), utc(at)));
    };
    const auto customerWrites = [&](int number, const char *at) {
        QVERIFY(messages.addCustomerMessage(m_anna, m_inquiries[number], QStringLiteral("Again"), utc(at)));
    };
    const auto close = [&](const AdvisorProfile &advisor, int number, const char *at) {
        clock.set(utc(at));
        QVERIFY(ownership.close(advisor, m_inquiries[number]));
    };
    write(5, m_business, "2026-03-26T09:00:00Z");
    answer(m_bernd, 5, "2026-03-27T09:00:00Z");
    write(1, m_mortgage, "2026-03-27T15:00:00Z");
    write(3, m_loans, "2026-03-28T23:30:00Z");
    answer(m_sabine, 3, "2026-03-29T03:00:00Z");
    write(4, m_general, "2026-03-29T22:30:00Z");
    write(2, m_mortgage, "2026-03-30T07:00:00Z");
    answer(m_maria, 1, "2026-03-30T07:00:00Z");
    answer(m_maria, 2, "2026-03-30T08:00:00Z");
    close(m_maria, 1, "2026-03-30T08:00:00Z");
    answer(m_maria, 2, "2026-03-30T08:30:00Z");
    clock.set(utc("2026-03-30T09:00:00Z"));
    QVERIFY(ownership.transfer(m_sabine, m_inquiries[3], std::nullopt, m_teamB, QStringLiteral("Business loan")));
    clock.set(utc("2026-03-30T10:00:00Z"));
    QVERIFY(ownership.transfer(m_bernd, m_inquiries[5], m_maria.id, std::nullopt, QStringLiteral("Private matter")));
    customerWrites(1, "2026-03-31T07:00:00Z");
    write(6, m_business, "2026-03-31T07:00:00Z");
    close(m_maria, 1, "2026-03-31T09:00:00Z");
    customerWrites(5, "2026-03-31T12:00:00Z");
    write(7, m_loans, "2026-04-01T07:00:00Z");
    write(8, m_mortgage, "2026-04-01T09:00:00Z");
    QVERIFY(CustomerStore(*m_db).setFixedAdvisor(m_ben, m_maria.id, utc("2026-03-31T00:00:00Z")));
}

ActivityReport tst_ReportStore::build(ActivityReport::Kind kind, const ReportScope &scope, QDate from, QDate to)
{
    ReportRequest request{kind, from, to, scope, m_maria.id, QStringLiteral("Musterbank AG"), m_now};
    const Result<ActivityReport> report = ReportStore(*m_db).build(request);
    [&] { QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message)); }();
    return report.ok() ? report.value() : ActivityReport{};
}

ActivityReport tst_ReportStore::heading(ActivityReport::Kind kind, QDate from, QDate to) const
{
    ActivityReport report;
    report.kind = kind;
    report.company = QStringLiteral("Musterbank AG");
    report.from = from;
    report.to = to;
    report.timeZone = QStringLiteral("Europe/Berlin");
    report.generatedAt = m_now;
    for (QDate day = from; day <= to; day = day.addDays(1))
        report.days.append(DailyActivity{day, 0, 0, 0, 0});
    for (BacklogBand::Age age : {BacklogBand::Age::UnderOneDay, BacklogBand::Age::OneToThreeDays, BacklogBand::Age::ThreeToSevenDays,
                                 BacklogBand::Age::SevenToFourteenDays, BacklogBand::Age::OverFourteenDays})
        report.backlog.append(BacklogBand{age, 0});
    return report;
}

// The four topics in id order with the given figures (fewer figures: only the first topics).
QList<TopicActivity> tst_ReportStore::topics(const QList<ActivityTotals> &figures) const
{
    const QList<std::pair<Topic, std::optional<qint64>>> all{{m_mortgage, m_teamP}, {m_loans, m_teamP}, {m_business, m_teamB}, {m_general, std::nullopt}};
    const QList<int> targets{60, 480, 120, 480};
    QList<TopicActivity> listed;
    for (qsizetype i = 0; i < figures.size(); ++i)
        listed.append(TopicActivity{all.at(i).first.id, all.at(i).first.title, all.at(i).second, targets.at(i), figures.at(i)});
    return listed;
}

AdvisorActivity tst_ReportStore::advisor(const AdvisorProfile &who) const
{
    AdvisorActivity activity;
    activity.advisorId = who.id;
    activity.name = who.displayName;
    return activity;
}

void tst_ReportStore::anEmptyMailboxHasEveryDayAndNothingMeasured()
{
    const ActivityReport actual = build(ActivityReport::Kind::Overview, ReportScope::company());
    ActivityReport expected = heading(ActivityReport::Kind::Overview);
    expected.topics = topics({{}, {}, {}, {}});
    expected.teams = {TeamActivity{m_teamB, QStringLiteral("Business clients"), {}}, TeamActivity{m_teamP, QStringLiteral("Private clients"), {}},
                      TeamActivity{}};
    expected.me = advisor(m_maria);
    compareReports(actual, expected);
    QCOMPARE(actual.days.size(), 5);
    QCOMPARE(actual.totals.firstResponse.medianSeconds, std::nullopt);
}

void tst_ReportStore::theCompanyOverviewAcrossTheSpringChange()
{
    writeDataSet();
    const ActivityReport actual = build(ActivityReport::Kind::Overview, ReportScope::company());
    ActivityReport expected = heading(ActivityReport::Kind::Overview);
    expected.days = {
        {QDate(2026, 3, 27), 1, 1, 0, 0}, // received I1 (16:00 CET); answered I5 (Bernd)
        {QDate(2026, 3, 28), 0, 0, 0, 0}, // I3 at 23:30 UTC is already Sunday in Berlin
        {QDate(2026, 3, 29), 1, 1, 0, 0}, // received I3; answered I3 (Sabine); the day ends at 22:00 UTC (23 hours)
        {QDate(2026, 3, 30), 2, 2, 1, 0}, // received I2 and I4 (22:30 UTC on the 29th); answered I1, I2 (twice: once); closed I1
        {QDate(2026, 3, 31), 1, 0, 1, 1}, // received I6; closed I1 again; reopened I1
    };
    // First responses in the period, working seconds from when written (target in brackets):
    //   I1 Fri 16-17 1 h + Sun 01-04 (2 real hours on the change) + Mon 08-09 1 h = 4 h = 14400 (3600: late)
    //   I2 Mon 09-10 = 3600 (3600: exactly the target, within)
    //   I3 Sun 00:30 CET - 05:00 CEST: 01-02 CET + 03-04 CEST = 7200 (28800: within)
    //   I5 Thu 10-17 7 h + Fri 08-10 2 h = 9 h = 32400 (7200: late)
    // Sorted 3600, 7200, 14400, 32400: median (lower middle) 7200, p90 32400, within 2.
    // Closings of I1: Fri 1 h + Sun 2 h + Mon 08-10 2 h = 18000; Fri 1 h + Sun 2 h + Mon 9 h + Tue 08-11 3 h = 54000.
    // Open now: I2-I8 = 7; overdue: I4 (due Mon 16:00), I5 (due Tue 16:00), I6 (due Tue 11:00); I7 is due Wed 17:00,
    // I8 exactly now (on time).
    expected.totals = totals(5, 4, 2, 1, 2, 7, 3, durations(4, 2 * hour, 9 * hour, 2), durations(2, 5 * hour, 15 * hour, 0));
    expected.topics = topics({
        totals(2, 2, 2, 1, 0, 2, 0, durations(2, 1 * hour, 4 * hour, 1), durations(2, 5 * hour, 15 * hour, 0)), // I1, I2, I8
        totals(1, 1, 0, 0, 1, 2, 0, durations(1, 2 * hour, 2 * hour, 1)),                                        // I3, I7
        totals(1, 1, 0, 0, 1, 2, 2, durations(1, 9 * hour, 9 * hour, 0)),                                        // I5, I6
        totals(1, 0, 0, 0, 0, 1, 1),                                                                             // I4
    });
    // By the team the inquiries are in now: B has I3 and I6; P has I1, I2, I5, I7, I8; the shared queue I4. Both
    // transfers (I3 P -> B, I5 B -> P) count for both teams. P's first responses: 3600, 14400, 32400 -> median 14400.
    expected.teams = {
        TeamActivity{m_teamB, QStringLiteral("Business clients"), totals(2, 1, 0, 0, 2, 2, 1, durations(1, 2 * hour, 2 * hour, 1))},
        TeamActivity{m_teamP, QStringLiteral("Private clients"),
                     totals(2, 3, 2, 1, 2, 4, 1, durations(3, 4 * hour, 9 * hour, 1), durations(2, 5 * hour, 15 * hour, 0))},
        TeamActivity{std::nullopt, QString(), totals(1, 0, 0, 0, 0, 1, 1)},
    };
    // Ages now (Wed 10:00 UTC): I7 3 h, I8 1 h; I2 51 h, I4 59.5 h, I6 27 h; I3 82.5 h, I5 145 h.
    expected.backlog = {{BacklogBand::Age::UnderOneDay, 2}, {BacklogBand::Age::OneToThreeDays, 3}, {BacklogBand::Age::ThreeToSevenDays, 2},
                        {BacklogBand::Age::SevenToFourteenDays, 0}, {BacklogBand::Age::OverFourteenDays, 0}};
    // Maria: answered I1 and I2 on Monday (3 messages), closed I1 twice, got I5 from Bernd, owns I2 and I5 (I5 overdue),
    // is Ben's fixed advisor; her first responses I1 14400 and I2 3600.
    expected.me = AdvisorActivity{m_maria.id, QStringLiteral("Maria"), 2, 3, 2, 1, 0, 2, 1, 1, durations(2, 1 * hour, 4 * hour, 1)};
    compareReports(actual, expected);
}

void tst_ReportStore::theTeamReportHasTheTeamsInquiriesAndEveryMember()
{
    writeDataSet();
    const ActivityReport actual = build(ActivityReport::Kind::Team, ReportScope::team(m_teamP));
    ActivityReport expected = heading(ActivityReport::Kind::Team);
    expected.teamId = m_teamP;
    expected.teamName = QStringLiteral("Private clients");
    expected.days = {
        {QDate(2026, 3, 27), 1, 1, 0, 0}, // received I1; answered I5 (in P now, though Bernd answered it in B)
        {QDate(2026, 3, 28), 0, 0, 0, 0},
        {QDate(2026, 3, 29), 0, 0, 0, 0}, // I3 is in B now
        {QDate(2026, 3, 30), 1, 2, 1, 0}, // received I2; answered I1, I2; closed I1
        {QDate(2026, 3, 31), 0, 0, 1, 1},
    };
    const ActivityTotals team = totals(2, 3, 2, 1, 2, 4, 1, durations(3, 4 * hour, 9 * hour, 1), durations(2, 5 * hour, 15 * hour, 0));
    expected.totals = team;
    // P's own topics, and business for I5 (transferred in). loans: I7 open, and I3's transfer out of P.
    expected.topics = topics({
        totals(2, 2, 2, 1, 0, 2, 0, durations(2, 1 * hour, 4 * hour, 1), durations(2, 5 * hour, 15 * hour, 0)),
        totals(0, 0, 0, 0, 1, 1, 0),
        totals(0, 1, 0, 0, 1, 1, 1, durations(1, 9 * hour, 9 * hour, 0)),
    });
    expected.teams = {TeamActivity{m_teamP, QStringLiteral("Private clients"), team}};
    // Open in P: I7, I8 under a day; I2 51 h; I5 145 h.
    expected.backlog = {{BacklogBand::Age::UnderOneDay, 2}, {BacklogBand::Age::OneToThreeDays, 1}, {BacklogBand::Age::ThreeToSevenDays, 1},
                        {BacklogBand::Age::SevenToFourteenDays, 0}, {BacklogBand::Age::OverFourteenDays, 0}};
    // By name. Sabine answered I3 on Sunday (7200 s, within 480 min) and transferred it out; Tom did nothing.
    expected.advisors = {
        AdvisorActivity{m_maria.id, QStringLiteral("Maria"), 2, 3, 2, 1, 0, 2, 1, 1, durations(2, 1 * hour, 4 * hour, 1)},
        AdvisorActivity{m_sabine.id, QStringLiteral("Sabine"), 1, 1, 0, 0, 1, 0, 0, 0, durations(1, 2 * hour, 2 * hour, 1)},
        advisor(m_tom),
    };
    compareReports(actual, expected);
}

void tst_ReportStore::theSharedQueueOverview()
{
    writeDataSet();
    const ActivityReport actual = build(ActivityReport::Kind::Overview, ReportScope::sharedQueue());
    QVERIFY(actual.sharedQueue);
    QCOMPARE(actual.teamId, std::nullopt);
    // I4 only: written Monday 00:30 CEST, open and overdue, 59.5 h old.
    QCOMPARE(actual.totals, totals(1, 0, 0, 0, 0, 1, 1));
    QCOMPARE(actual.days.at(3), (DailyActivity{QDate(2026, 3, 30), 1, 0, 0, 0}));
    QCOMPARE(actual.topics.size(), 1);
    QCOMPARE(actual.topics.first().topicId, m_general.id);
    QCOMPARE(actual.topics.first().totals, totals(1, 0, 0, 0, 0, 1, 1));
    QCOMPARE(actual.teams, (QList<TeamActivity>{TeamActivity{std::nullopt, QString(), totals(1, 0, 0, 0, 0, 1, 1)}}));
    QCOMPARE(actual.backlog.at(1).count, 1);
    QVERIFY(actual.me.has_value()); // Maria's own work does not depend on the scope
    QCOMPARE(actual.me->messages, 3);
}

void tst_ReportStore::aQuietPeriodStillShowsWhatIsOpenNow()
{
    writeDataSet();
    const ActivityReport actual = build(ActivityReport::Kind::Overview, ReportScope::company(), QDate(2026, 3, 2), QDate(2026, 3, 8));
    QCOMPARE(actual.days.size(), 7);
    for (const DailyActivity &day : actual.days)
        QCOMPARE(day, (DailyActivity{day.day, 0, 0, 0, 0}));
    QCOMPARE(actual.totals, totals(0, 0, 0, 0, 0, 7, 3));
    QCOMPARE(actual.backlog.at(0).count + actual.backlog.at(1).count + actual.backlog.at(2).count, 7);
    QCOMPARE(actual.me->firstResponse, none);
    QCOMPARE(actual.me->openNow, 2);
}

// The reply stores when and by whom an inquiry was first answered; a second answer changes neither.
void tst_ReportStore::theFirstAnswerIsRememberedOnTheInquiry()
{
    writeDataSet();
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT first_response_at, first_response_advisor_id FROM inquiries WHERE id = %1").arg(m_inquiries[2])));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toDateTime().toUTC(), utc("2026-03-30T08:00:00Z"));
    QCOMPARE(query.value(1).toLongLong(), m_maria.id);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM inquiries WHERE first_response_at IS NULL")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 4); // I4, I6, I7, I8
}

// Migration 0015 on a mailbox that already holds answers: each inquiry gets the time and author of its first advisor
// message (by time, not by the order they were stored; of two at the same moment the one stored first), and an
// inquiry nobody answered gets none.
void tst_ReportStore::anUpgradeFindsTheFirstAnswersOfExistingInquiries()
{
    testing::TestPostgres pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.errorString()));
    auto db = pg.openBefore(QStringLiteral("before-reports"), 15);
    QVERIFY(db);
    AdvisorStore advisors(*db);
    const qint64 team = advisors.createTeam(QStringLiteral("Private clients"))->id;
    const qint64 maria = advisors.createAdvisor(QStringLiteral("m.mueller"), QStringLiteral("Maria"), team, false)->id;
    const qint64 tom = advisors.createAdvisor(QStringLiteral("t.berg"), QStringLiteral("Tom"), team, false)->id;
    const qint64 topic = TopicStore(*db).create(QStringLiteral("general"), QStringLiteral("General questions"))->id;
    // As the schema of then holds a customer (today's CustomerStore writes columns added later).
    QSqlQuery customer(db->connection());
    QVERIFY(customer.exec(QStringLiteral("INSERT INTO customers (email, display_name, password_hash, created_at) "
                                         "VALUES ('anna@example.de', 'Anna', 'hash', '2026-03-01T00:00:00Z') RETURNING id")) && customer.next());
    const qint64 anna = customer.value(0).toLongLong();
    InquiryStore inquiries(*db);
    const auto write = [&](const char *subject) {
        return inquiries.createInquiry(anna, topic, QString::fromLatin1(subject), QStringLiteral("Text"), utc("2026-03-02T09:00:00Z"))->id;
    };
    const qint64 answeredTwice = write("Answered twice"), answeredAtOnce = write("Answered at once"), unanswered = write("Unanswered");
    // The messages as a server before the migration stored them: its replies knew nothing of first responses.
    QSqlQuery sql(db->connection());
    const auto message = [&](qint64 inquiry, const char *author, qint64 advisor, const char *at) {
        sql.prepare(QStringLiteral("INSERT INTO messages (inquiry_id, author, advisor_id, body_sealed, created_at, seq) VALUES (?, ?, ?, '\\x00', ?, 0)"));
        sql.addBindValue(inquiry);
        sql.addBindValue(QString::fromLatin1(author));
        sql.addBindValue(advisor ? QVariant(advisor) : QVariant(QMetaType::fromType<qint64>()));
        sql.addBindValue(utc(at));
        QVERIFY2(sql.exec(), qPrintable(sql.lastQuery()));
    };
    message(answeredTwice, "advisor", tom, "2026-03-02T11:00:00Z");
    message(answeredTwice, "advisor", maria, "2026-03-02T10:00:00Z");
    message(answeredTwice, "customer", 0, "2026-03-02T09:30:00Z");
    message(answeredAtOnce, "advisor", tom, "2026-03-02T12:00:00Z");
    message(answeredAtOnce, "advisor", maria, "2026-03-02T12:00:00Z");
    message(unanswered, "customer", 0, "2026-03-02T09:45:00Z");

    QString error;
    QVERIFY2(db->migrate(&error), qPrintable(error));
    const auto firstResponse = [&](qint64 inquiry) {
        sql.prepare(QStringLiteral("SELECT first_response_at, first_response_advisor_id FROM inquiries WHERE id = ?"));
        sql.addBindValue(inquiry);
        const bool found = sql.exec() && sql.next();
        return found ? std::pair(sql.value(0).toDateTime().toUTC(), sql.value(1).toLongLong()) : std::pair(QDateTime(), qint64(-1));
    };
    QCOMPARE(firstResponse(answeredTwice), std::pair(utc("2026-03-02T10:00:00Z"), maria));
    QCOMPARE(firstResponse(answeredAtOnce), std::pair(utc("2026-03-02T12:00:00Z"), tom));
    QCOMPARE(firstResponse(unanswered), std::pair(QDateTime(), qint64(0)));
}

// With the connection refusing every write, the report is still made: it writes nothing, not even a temporary table.
void tst_ReportStore::reportsNeitherWriteNorNeedToWrite()
{
    writeDataSet();
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")));
    const ActivityReport report = build(ActivityReport::Kind::Team, ReportScope::team(m_teamP));
    QCOMPARE(report.totals.received, 2);
    QVERIFY(query.exec(QStringLiteral("SHOW default_transaction_read_only")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("on"));
}

void tst_ReportStore::anUnknownTeamIsNotFound()
{
    const Result<ActivityReport> report = ReportStore(*m_db).build(
        ReportRequest{ActivityReport::Kind::Overview, QDate(2026, 3, 27), QDate(2026, 3, 31), ReportScope::team(m_teamP + 100), m_maria.id, {}, m_now});
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ServiceError::Invalid);
    QCOMPARE(report.error().message, QStringLiteral("This team does not exist."));
}

// Today in Berlin may be reported (until now); tomorrow may not. 22:30 UTC on 03-31 is already 04-01 in Berlin.
void tst_ReportStore::thePeriodMayEndTodayInTheCompanysZone()
{
    const auto buildAt = [&](QDate to, const char *now) {
        return ReportStore(*m_db).build(ReportRequest{ActivityReport::Kind::Overview, QDate(2026, 3, 27), to, ReportScope::company(),
                                                      m_maria.id, {}, utc(now)});
    };
    QVERIFY(buildAt(QDate(2026, 4, 1), "2026-03-31T22:30:00Z").ok());
    const auto refused = buildAt(QDate(2026, 4, 1), "2026-03-31T21:30:00Z");
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ServiceError::Invalid);
    QCOMPARE(refused.error().message, QStringLiteral("The period must not end in the future."));
}

QTEST_GUILESS_MAIN(tst_ReportStore)
#include "tst_reportstore.moc"
