#include "AdvisorNetworkAccess.h"
#include "ApiClient.h"
#include "ApiTestServer.h"
#include "ExportedPdf.h"
#include "ReportService.h"
#include "ReportTableModel.h"
#include "StatisticsWindow.h"
#include "store/TopicStore.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace confidant;
using namespace confidant::client;

// The statistics window against the real report routes (HTTP over mutual TLS, reports computed by PostgreSQL): what
// the server counts is what the advisor sees, a lead gets the team report with its advisors and exports it, and an
// advisor who is no lead is refused the team report by the server, not only by the window.
class tst_ReportsFromServer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void anAdvisorSeesWhatTheServerCounted();
    void theServerRefusesTheTeamReportToAnAdvisorWhoIsNoLead();
    void aLeadGetsTheTeamReportAndExportsIt();

private:
    AdvisorAccount account(bool lead) const;
    // Opens the window (it asks for the company's last 30 days) and waits for the report shown.
    std::unique_ptr<StatisticsWindow> openWindow(bool lead);
    static const ActivityReport &waitForReport(StatisticsWindow &window, ReportService &service);
    void waitUntilServerSeesLead(bool lead);

    std::unique_ptr<testing::ApiTestServer> m_server;
    std::unique_ptr<AdvisorNetworkAccess> m_network;
    std::unique_ptr<ApiClient> m_api;
    SystemClock m_clock; // the server's clock is the system's too: the period must not end in the server's future
    std::unique_ptr<ReportService> m_service;
    QList<qint64> m_inquiries;
};

void tst_ReportsFromServer::initTestCase()
{
    m_server = std::make_unique<testing::ApiTestServer>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->errorString()));
    m_network = std::make_unique<AdvisorNetworkAccess>(m_server->identity());
    m_api = std::make_unique<ApiClient>(m_network.get(), m_server->url());
    m_service = std::make_unique<ReportService>(m_api.get(), m_clock);
    m_service->setTimeZone(QTimeZone("Europe/Berlin")); // the company calendar's zone (migration 0010)

    // Three inquiries an hour ago in a topic of the advisor's team; the advisor answers two of them and closes one:
    // well inside the last 30 days.
    const qint64 mortgage = m_server->addTopic(QStringLiteral("mortgage"), QStringLiteral("Mortgages"), 480);
    QVERIFY(server::TopicStore(m_server->database()).setTeam(mortgage, m_server->teamId()));
    const QDateTime written = m_clock.now().addSecs(-3600);
    for (int i = 0; i < 3; ++i)
        m_inquiries.append(m_server->writeInquiryAs(QStringLiteral("Anna Schmidt"), QStringLiteral("Question %1").arg(i + 1), written.addSecs(i), mortgage));
    QVERIFY(m_server->reply(m_inquiries[0], QStringLiteral("Here is the answer."), written.addSecs(600)));
    QVERIFY(m_server->reply(m_inquiries[1], QStringLiteral("Here is another."), written.addSecs(900)));
    QVERIFY(m_server->close(m_inquiries[0], written.addSecs(1200)));
}

AdvisorAccount tst_ReportsFromServer::account(bool lead) const
{
    return AdvisorAccount{QStringLiteral("m.mueller"), QStringLiteral("Maria M\u00fcller"), QStringLiteral("Private clients"),
                          m_server->url(), {}, {}, m_server->advisorId(), lead, 0};
}

std::unique_ptr<StatisticsWindow> tst_ReportsFromServer::openWindow(bool lead)
{
    auto window = std::make_unique<StatisticsWindow>(m_service.get(), account(lead));
    window->show();
    return window;
}

const ActivityReport &tst_ReportsFromServer::waitForReport(StatisticsWindow &window, ReportService &service)
{
    QSignalSpy failed(&service, &ReportService::failed);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(window.report().has_value() || !failed.isEmpty(), 15000); }();
    if (!failed.isEmpty())
        qWarning("the report was refused: %s", qPrintable(failed.first().first().toString()));
    static const ActivityReport none;
    return window.report() ? *window.report() : none;
}

void tst_ReportsFromServer::waitUntilServerSeesLead(bool lead)
{
    std::optional<bool> seen;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        if (seen == lead)
            return true;
        seen.reset();
        m_api->me([&seen](const ApiResult<AdvisorProfile> &result) {
            const auto *profile = std::get_if<AdvisorProfile>(&result);
            seen = profile && profile->teamLead;
        });
        return QTest::qWaitFor([&seen] { return seen.has_value(); }, 5000) && seen == lead;
    })(), 10000);
}

void tst_ReportsFromServer::anAdvisorSeesWhatTheServerCounted()
{
    const auto window = openWindow(false);
    const ActivityReport &report = waitForReport(*window, *m_service);
    QCOMPARE(report.kind, ActivityReport::Kind::Overview);
    QCOMPARE(report.to.daysTo(QDate::currentDate()) <= 1, true);
    QCOMPARE(report.from.daysTo(report.to), 29);
    QCOMPARE(report.company, m_server->company());
    QCOMPARE(report.totals.received, 3);
    QCOMPARE(report.totals.answered, 2);
    QCOMPARE(report.totals.closed, 1);
    QCOMPARE(report.totals.openNow, 2);
    QCOMPARE(report.totals.firstResponse.count, 2);
    QVERIFY(report.me.has_value());
    QCOMPARE(report.me->name, QStringLiteral("Maria M\u00fcller"));
    QCOMPARE(report.me->messages, 2);
    QCOMPARE(report.me->closed, 1);

    // The day table adds up to the same numbers the server sent.
    const QAbstractItemModel *days = window->table(StatisticsWindow::Tab::ByDay)->model();
    int receivedColumn = 0;
    while (receivedColumn < days->columnCount() && days->headerData(receivedColumn, Qt::Horizontal).toString() != QLatin1String("Received"))
        ++receivedColumn;
    QVERIFY(receivedColumn < days->columnCount());
    int received = 0;
    for (int row = 0; row < days->rowCount(); ++row)
        received += days->index(row, receivedColumn).data(ReportTableModel::SortRole).toInt();
    QCOMPARE(received, 3);
    QVERIFY(!window->tabs()->isTabVisible(window->tabIndex(StatisticsWindow::Tab::Advisors)));
}

// The window offers no team report to an advisor who is no lead; the server refuses it all the same when asked.
void tst_ReportsFromServer::theServerRefusesTheTeamReportToAnAdvisorWhoIsNoLead()
{
    waitUntilServerSeesLead(false);
    QSignalSpy failed(m_service.get(), &ReportService::failed);
    QSignalSpy ready(m_service.get(), &ReportService::reportReady);
    m_service->fetch(ReportPeriod::preset(ReportPeriod::Preset::Last7Days, m_clock, m_service->timeZone()),
                     {ReportScope::Kind::TeamReport, 0});
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.first().first().toString(), QStringLiteral("Only a team lead can fetch team reports."));
    QVERIFY(ready.isEmpty());
}

void tst_ReportsFromServer::aLeadGetsTheTeamReportAndExportsIt()
{
    m_server->setLead(true);
    waitUntilServerSeesLead(true);
    const auto window = openWindow(true);
    waitForReport(*window, *m_service);
    auto *scope = window->findChild<QComboBox *>(QStringLiteral("scopeSelector"));
    QSignalSpy ready(m_service.get(), &ReportService::reportReady);
    scope->setCurrentIndex(scope->findData(int(ReportScope::Kind::TeamReport)));
    QVERIFY(ready.wait(15000));
    const ActivityReport report = *window->report();
    QCOMPARE(report.kind, ActivityReport::Kind::Team);
    QCOMPARE(report.teamName, QStringLiteral("Private clients"));
    QCOMPARE(report.totals.received, 3);
    QCOMPARE(report.advisors.size(), 1);
    QCOMPARE(report.advisors.first().answered, 2);
    QVERIFY(window->tabs()->isTabVisible(window->tabIndex(StatisticsWindow::Tab::Advisors)));
    QTableView *advisors = window->table(StatisticsWindow::Tab::Advisors);
    QCOMPARE(advisors->model()->index(0, 0).data().toString(), QStringLiteral("Maria M\u00fcller"));

    QTemporaryDir dir;
    const QString text = testing::exportedPdfText(*window, dir.filePath(QStringLiteral("team.pdf")));
    QVERIFY2(text.contains(report.company) && text.contains(QStringLiteral("Team report: Private clients")), qPrintable(text.left(1500)));
    QVERIFY(text.contains(QStringLiteral("Maria M\u00fcller")));
    m_server->setLead(false);
}

QTEST_MAIN(tst_ReportsFromServer)
#include "tst_reportsfromserver.moc"
