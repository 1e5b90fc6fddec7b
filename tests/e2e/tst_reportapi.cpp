#include "HttpsClient.h"
#include "TestPki.h"
#include "TestPostgres.h"
#include "TestServer.h"
#include "app/ServerApplication.h"
#include "pki/CertificateAuthority.h"
#include "store/AdvisorStore.h"
#include "store/CustomerStore.h"
#include "store/Database.h"
#include "store/InquiryStore.h"
#include "store/TopicStore.h"
#include "wire/ReportWire.h"
#include "wire/ApiErrorWire.h"
#include "wire/DraftWire.h"
#include "wire/JsonReader.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace confidant;
using namespace confidant::server;
using confidant::testing::HttpsClient;
using confidant::testing::Reply;

// The report routes over real TLS with the advisor's certificate: who may fetch which report, every refusal of a bad
// period or team with its message, and reports built apart from the write path.
class tst_ReportApi : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void anAdvisorWhoIsNoLeadGetsNoTeamReport();
    void aLeadGetsTheirTeamsReport();
    void everyAdvisorGetsTheStatistics();
    void badPeriodsAndTeamsAreRefused_data();
    void badPeriodsAndTeamsAreRefused();
    void aReportWaitingForTheDatabaseDoesNotHoldUpAWrite();

private:
    void startServer(int writeConnections = 0);
    QString period(qint64 fromDaysAgo, qint64 toDaysAgo) const;
    static QString messageOf(const Reply &reply);

    std::unique_ptr<testing::TestPostgres> m_pg;
    std::unique_ptr<testing::TestPki> m_pki;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    std::unique_ptr<ServerApplication> m_server;
    AdvisorProfile m_maria;
    qint64 m_inquiry = 0;
    QDate m_today; // in Berlin, the zone of the default calendar
};

void tst_ReportApi::init()
{
    m_pg = std::make_unique<testing::TestPostgres>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->errorString()));
    m_pki = std::make_unique<testing::TestPki>();
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    m_db = m_pg->open(QStringLiteral("reports-setup"));
    QVERIFY(m_db);
    AdvisorStore advisors(*m_db);
    const qint64 team = advisors.createTeam(QStringLiteral("Private clients"))->id;
    m_maria = advisors.createAdvisor(QStringLiteral("m.mueller"), QStringLiteral("Maria M\u00fcller"), team, false).value();
    QVERIFY(advisors.registerCertificate(m_maria.id, certificateFingerprint(m_pki->advisorCertificate), QStringLiteral("01"),
                                         m_pki->advisorCertificate.expiryDate()));
    TopicStore topics(*m_db);
    const Topic mortgage = topics.create(QStringLiteral("mortgage"), QStringLiteral("Mortgages")).value();
    QVERIFY(topics.setTeam(mortgage.id, team));
    const qint64 anna = CustomerStore(*m_db).create(QStringLiteral("anna@example.de"), QStringLiteral("Anna"), "hash", m_clock.now()).value();
    m_inquiry = InquiryStore(*m_db).createInquiry(anna, mortgage.id, QStringLiteral("Rates"), QStringLiteral("Hello"), m_clock.now())->id;
    m_today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Berlin")).date();
}

void tst_ReportApi::cleanup()
{
    m_server.reset();
    m_db.reset();
    m_pg.reset();
}

// writeConnections 0: as many as the server chooses by itself.
void tst_ReportApi::startServer(int writeConnections)
{
    ServerConfig config = testing::testServerConfig(*m_pg, *m_pki);
    config.databaseConnections = writeConnections;
    config.reportConnections = 1;
    m_server = std::make_unique<ServerApplication>(config, m_clock);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

QString tst_ReportApi::period(qint64 fromDaysAgo, qint64 toDaysAgo) const
{
    return QStringLiteral("from=%1&to=%2").arg(wire::dateText(m_today.addDays(-fromDaysAgo)), wire::dateText(m_today.addDays(-toDaysAgo)));
}

QString tst_ReportApi::messageOf(const Reply &reply)
{
    const auto json = wire::parseObject(reply.body);
    const auto error = json ? wire::apiErrorFromJson(*json) : std::nullopt;
    return error ? error->message : QString();
}

void tst_ReportApi::anAdvisorWhoIsNoLeadGetsNoTeamReport()
{
    startServer();
    const Reply refused = testing::advisorClient(*m_server, *m_pki)->get(QStringLiteral("/api/v1/reports/team?") + period(6, 0));
    QCOMPARE(refused.status, 403);
    QCOMPARE(messageOf(refused), QStringLiteral("Only a team lead can fetch team reports."));
}

void tst_ReportApi::aLeadGetsTheirTeamsReport()
{
    startServer();
    QVERIFY(AdvisorStore(*m_db).setTeam(m_maria.id, m_maria.teamId, true));
    auto maria = testing::advisorClient(*m_server, *m_pki);
    const QString path = QStringLiteral("/api/v1/reports/team?") + period(6, 0);
    // The server forgets who a certificate belongs to once it hears that advisors changed.
    QTRY_COMPARE(maria->get(path).status, 200);
    QString error;
    const std::optional<ActivityReport> report = wire::decodeActivityReport(maria->get(path).body, &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->kind, ActivityReport::Kind::Team);
    QCOMPARE(report->company, QStringLiteral("Test Bank")); // the O= of the company CA
    QCOMPARE(report->teamId, m_maria.teamId);
    QCOMPARE(report->teamName, QStringLiteral("Private clients"));
    QCOMPARE(report->days.size(), 7);
    QCOMPARE(report->totals.received, 1);
    QCOMPARE(report->advisors.size(), 1);
    QCOMPARE(report->advisors.first().name, QStringLiteral("Maria M\u00fcller"));
    QCOMPARE(report->me, std::nullopt);
}

void tst_ReportApi::everyAdvisorGetsTheStatistics()
{
    startServer();
    auto maria = testing::advisorClient(*m_server, *m_pki);
    for (const QString &team : {QString(), QStringLiteral("&team=shared"), QStringLiteral("&team=%1").arg(m_maria.teamId)}) {
        const Reply answer = maria->get(QStringLiteral("/api/v1/statistics?") + period(365, 0) + team); // 366 days: the longest
        QCOMPARE(answer.status, 200);
        const std::optional<ActivityReport> report = wire::decodeActivityReport(answer.body);
        QVERIFY(report);
        QCOMPARE(report->kind, ActivityReport::Kind::Overview);
        QCOMPARE(report->sharedQueue, team.contains(QLatin1String("shared")));
        QCOMPARE(report->totals.received, team.contains(QLatin1String("shared")) ? 0 : 1);
        QVERIFY(report->me);
        QCOMPARE(report->me->advisorId, m_maria.id);
    }
}

void tst_ReportApi::badPeriodsAndTeamsAreRefused_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("query"); // days relative to today, in Berlin
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QString statistics = QStringLiteral("/api/v1/statistics");
    const QString team = QStringLiteral("/api/v1/reports/team");
    const QString format = QStringLiteral("Give the period as from=YYYY-MM-DD and to=YYYY-MM-DD.");
    QTest::newRow("no end") << statistics << "from={today}" << 400 << format;
    QTest::newRow("no start") << team << "to={today}" << 400 << format;
    QTest::newRow("not a day") << statistics << "from=2026-02-30&to={today}" << 400 << format;
    QTest::newRow("not the format") << statistics << "from=1.3.2026&to={today}" << 400 << format;
    QTest::newRow("backwards") << statistics << "from={today}&to={yesterday}" << 422 << "The period must not end before it starts.";
    QTest::newRow("367 days") << team << "from={366 days ago}&to={today}" << 422 << "A report covers at most 366 days. Choose a shorter period.";
    QTest::newRow("tomorrow") << statistics << "from={today}&to={tomorrow}" << 422 << "The period must not end in the future.";
    QTest::newRow("tomorrow, team") << team << "from={yesterday}&to={tomorrow}" << 422 << "The period must not end in the future.";
    const QString teamFormat = QStringLiteral("The parameter \"team\" must be a team's number or \"shared\".");
    QTest::newRow("team by name") << statistics << "from={yesterday}&to={today}&team=private" << 400 << teamFormat;
    QTest::newRow("team zero") << statistics << "from={yesterday}&to={today}&team=0" << 400 << teamFormat;
    QTest::newRow("team negative") << statistics << "from={yesterday}&to={today}&team=-2" << 400 << teamFormat;
    QTest::newRow("team empty") << statistics << "from={yesterday}&to={today}&team=" << 400 << teamFormat;
    QTest::newRow("unknown team") << statistics << "from={yesterday}&to={today}&team=999999" << 422 << "This team does not exist.";
}

void tst_ReportApi::badPeriodsAndTeamsAreRefused()
{
    QFETCH(QString, route);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, message);
    if (!m_server)
        startServer();
    QVERIFY(AdvisorStore(*m_db).setTeam(m_maria.id, m_maria.teamId, true)); // a lead, so the team route checks the period
    const QString filled = QString(query)
                               .replace(QLatin1String("{today}"), wire::dateText(m_today))
                               .replace(QLatin1String("{yesterday}"), wire::dateText(m_today.addDays(-1)))
                               .replace(QLatin1String("{tomorrow}"), wire::dateText(m_today.addDays(1)))
                               .replace(QLatin1String("{366 days ago}"), wire::dateText(m_today.addDays(-366)));
    auto maria = testing::advisorClient(*m_server, *m_pki);
    Reply refused;
    QTRY_VERIFY((refused = maria->get(route + QLatin1Char('?') + filled)).status != 403);
    QCOMPARE(refused.status, status);
    QCOMPARE(messageOf(refused), message);
}

// The server gets one connection for the write path and one for reports. A report waits for a table lock the test
// holds; meanwhile the advisor's answer to a customer must go through at once. Were reports built on the write path's
// workers, the answer would wait behind the report (the check below fails after 5 s; the lock goes after 10 s).
void tst_ReportApi::aReportWaitingForTheDatabaseDoesNotHoldUpAWrite()
{
    startServer(1);
    QSqlDatabase holder = m_db->connection();
    QVERIFY(holder.transaction());
    QSqlQuery lock(holder);
    QVERIFY(lock.exec(QStringLiteral("LOCK TABLE working_calendar IN ACCESS EXCLUSIVE MODE")));
    bool locked = true;
    const auto unlock = [&] {
        if (std::exchange(locked, false))
            holder.rollback();
    };
    auto letGo = qScopeGuard(unlock);
    const auto reportWaits = [this] {
        QSqlQuery waiting(m_db->connection());
        return waiting.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'working_calendar'::regclass"))
            && waiting.next() && waiting.value(0).toInt() == 1;
    };
    auto reporter = testing::advisorClient(*m_server, *m_pki);
    auto writer = testing::advisorClient(*m_server, *m_pki);
    Reply written;
    qint64 writeMs = -1;
    bool waitedForTheReport = false;
    QTimer safety; // ends the lock however the write went, so a failing run ends too
    safety.callOnTimeout(this, unlock);
    QTimer write;
    write.setSingleShot(true);
    write.callOnTimeout(this, [&] {
        QTRY_VERIFY(reportWaits());
        waitedForTheReport = true;
        safety.start(10000);
        QElapsedTimer timer;
        timer.start();
        written = writer->postJson(QStringLiteral("/api/v1/inquiries/%1/replies").arg(m_inquiry), wire::encodeReplyDraft({QStringLiteral("Yes.")}));
        writeMs = timer.elapsed();
        unlock();
    });
    write.start(0);
    const Reply report = reporter->get(QStringLiteral("/api/v1/statistics?") + period(6, 0));
    QVERIFY(waitedForTheReport);
    QCOMPARE(written.status, 201);
    QVERIFY2(writeMs < 5000, qPrintable(QStringLiteral("the answer took %1 ms").arg(writeMs)));
    QCOMPARE(report.status, 200);
    QVERIFY(wire::decodeActivityReport(report.body));
}

QTEST_GUILESS_MAIN(tst_ReportApi)
#include "tst_reportapi.moc"
