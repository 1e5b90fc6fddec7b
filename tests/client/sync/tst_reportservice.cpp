#include "ApiClient.h"
#include "FakeReportServer.h"
#include "ManualClock.h"
#include "ReportService.h"
#include "SampleReports.h"
#include "wire/ReportWire.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace confidant;
using namespace confidant::client;
using confidant::testing::FakeReportServer;

// What the statistics window gets from the report routes: the decoded report, or a message a person can act on.
class tst_ReportService : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void anOverviewArrivesDecoded();
    void theScopeChoosesRouteAndTeam_data();
    void theScopeChoosesRouteAndTeam();
    void aRefusedTeamReportSaysWhy();
    void aMalformedReportIsRefused();
    void aNewerRequestSupersedesTheOlder();

private:
    const ReportPeriod period{QDate(2026, 3, 24), QDate(2026, 4, 2)};
    std::unique_ptr<FakeReportServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_api;
    testing::ManualClock m_clock;
    std::unique_ptr<ReportService> m_service;
};

void tst_ReportService::init()
{
    m_server = std::make_unique<FakeReportServer>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<ApiClient>(m_network.get(), m_server->url());
    m_service = std::make_unique<ReportService>(m_api.get(), m_clock);
}

void tst_ReportService::cleanup()
{
    m_service.reset();
    m_api.reset();
    m_network.reset();
    m_server.reset();
}

void tst_ReportService::anOverviewArrivesDecoded()
{
    m_server->answer(QStringLiteral("/api/v1/statistics"), {200, wire::encodeActivityReport(testing::sampleOverview())});
    QSignalSpy ready(m_service.get(), &ReportService::reportReady);
    QSignalSpy failed(m_service.get(), &ReportService::failed);
    m_service->fetch(period, {});
    QVERIFY(m_service->isLoading());
    QVERIFY(ready.wait());
    QCOMPARE(ready.first().first().value<ActivityReport>(), testing::sampleOverview());
    QVERIFY(failed.isEmpty());
    QVERIFY(!m_service->isLoading());
    QCOMPARE(m_server->requests(), QStringList{QStringLiteral("/api/v1/statistics?from=2026-03-24&to=2026-04-02")});
}

void tst_ReportService::theScopeChoosesRouteAndTeam_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("request");
    QTest::newRow("company") << int(ReportScope::Kind::Company) << "/api/v1/statistics?from=2026-03-24&to=2026-04-02";
    QTest::newRow("team") << int(ReportScope::Kind::Team) << "/api/v1/statistics?from=2026-03-24&to=2026-04-02&team=7";
    QTest::newRow("shared queue") << int(ReportScope::Kind::SharedQueue) << "/api/v1/statistics?from=2026-03-24&to=2026-04-02&team=shared";
    QTest::newRow("team report") << int(ReportScope::Kind::TeamReport) << "/api/v1/reports/team?from=2026-03-24&to=2026-04-02";
}

void tst_ReportService::theScopeChoosesRouteAndTeam()
{
    QFETCH(int, kind);
    QFETCH(QString, request);
    QSignalSpy failed(m_service.get(), &ReportService::failed);
    m_service->fetch(period, {ReportScope::Kind(kind), 7});
    QVERIFY(failed.wait()); // nothing is set up to answer: the fake's 404
    QCOMPARE(m_server->requests(), QStringList{request});
}

// The server's English refusal, in the advisor's language when the catalogue has it (here: English, as sent).
void tst_ReportService::aRefusedTeamReportSaysWhy()
{
    m_server->answer(QStringLiteral("/api/v1/reports/team"),
                     {403, QByteArrayLiteral("{\"error\":{\"code\":\"forbidden\",\"message\":\"Only a team lead can fetch team reports.\"}}")});
    QSignalSpy ready(m_service.get(), &ReportService::reportReady);
    QSignalSpy failed(m_service.get(), &ReportService::failed);
    m_service->fetch(period, {ReportScope::Kind::TeamReport, 0});
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().first().toString(), QStringLiteral("Only a team lead can fetch team reports."));
    QVERIFY(ready.isEmpty());
}

void tst_ReportService::aMalformedReportIsRefused()
{
    QJsonObject json = wire::toJson(testing::sampleOverview());
    json.remove(QStringLiteral("backlog"));
    m_server->answer(QStringLiteral("/api/v1/statistics"), {200, QJsonDocument(json).toJson()});
    QSignalSpy ready(m_service.get(), &ReportService::reportReady);
    QSignalSpy failed(m_service.get(), &ReportService::failed);
    m_service->fetch(period, {});
    QVERIFY(failed.wait());
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("cannot read")));
    QVERIFY(ready.isEmpty());

    m_server->answer(QStringLiteral("/api/v1/statistics"), {200, QByteArrayLiteral("{\"kind\": \"overview\", ")});
    m_service->fetch(period, {});
    QVERIFY(failed.wait());
    QVERIFY(ready.isEmpty());
}

// The advisor picks 30 days, then "today" before the first answer is in: only today's report is shown.
void tst_ReportService::aNewerRequestSupersedesTheOlder()
{
    m_server->answer(QStringLiteral("/api/v1/reports/team"), {200, wire::encodeActivityReport(testing::sampleTeamReport()), 2000});
    m_server->answer(QStringLiteral("/api/v1/statistics"), {200, wire::encodeActivityReport(testing::sampleOverview())});
    QSignalSpy ready(m_service.get(), &ReportService::reportReady);
    QSignalSpy failed(m_service.get(), &ReportService::failed);
    m_service->fetch(period, {ReportScope::Kind::TeamReport, 0});
    QTRY_COMPARE(m_server->requests().size(), 1);
    m_service->fetch(period, {});
    QVERIFY(ready.wait());
    QTest::qWait(2500); // past the first answer's delay
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().first().value<ActivityReport>().kind, ActivityReport::Kind::Overview);
    QVERIFY(failed.isEmpty()); // the aborted request is no failure to show
}

QTEST_GUILESS_MAIN(tst_ReportService)
#include "tst_reportservice.moc"
