#include "ApiClient.h"
#include "ExportedPdf.h"
#include "FakeReportServer.h"
#include "ManualClock.h"
#include "ReportCharts.h"
#include "ReportCsvReader.h"
#include "ReportExport.h"
#include "ReportFormat.h"
#include "ReportService.h"
#include "SampleReports.h"
#include "StatisticsWindow.h"
#include "wire/ReportWire.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QProgressDialog>
#include <QChartView>
#include <QXYSeries>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace confidant;
using namespace confidant::client;

// The statistics window as an advisor and a lead use it, against a stand-in of the report routes that answers with
// known reports: what it shows, what it asks for, and what it exports.
class tst_StatisticsWindow : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void anAdvisorSeesTheLast30DaysOfTheCompany();
    void theTablesShowTheReportsNumbers();
    void aLeadSeesTheTeamReportWithItsAdvisors();
    void aRefusalIsShownInsteadOfAReport();
    void aCustomPeriodIsCheckedBeforeItIsAskedFor();
    void thePdfHoldsTheHeadingAndTheFigures();
    void theCsvReadsBackAsTheReportShown();
    void aCancelledExportLeavesNoFile();
    void anExportThatCannotBeWrittenSaysWhy_data();
    void anExportThatCannotBeWrittenSaysWhy();
    void theWindowInGerman();

private:
    StatisticsWindow *open(bool lead);
    ActivityReport waitForReport();
    void selectScope(ReportScope::Kind kind);
    static QString cell(QTableView *view, int row, int column);
    static void saveScreenshot(QWidget *window, const QString &name);
    static QString screenshotDirectory();

    const QDate thirtyDaysFrom{2026, 3, 4};
    testing::ManualClock m_clock{QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<testing::FakeReportServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<ReportService> m_service;
    std::unique_ptr<StatisticsWindow> m_window;
    QTemporaryDir m_dir;
};

void tst_StatisticsWindow::init()
{
    m_server = std::make_unique<testing::FakeReportServer>();
    // The report of the default period: the 30 days up to the clock's day.
    m_server->answer(QStringLiteral("/api/v1/statistics"), {200, wire::encodeActivityReport(testing::sampleOverview(thirtyDaysFrom, 30))});
    m_server->answer(QStringLiteral("/api/v1/reports/team"), {200, wire::encodeActivityReport(testing::sampleTeamReport(thirtyDaysFrom, 30))});
    m_network = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<ApiClient>(m_network.get(), m_server->url());
    m_service = std::make_unique<ReportService>(m_api.get(), m_clock);
    m_service->setTimeZone(QTimeZone("Europe/Berlin"));
}

void tst_StatisticsWindow::cleanup()
{
    m_window.reset();
    m_service.reset();
    m_api.reset();
    m_network.reset();
    m_server.reset();
}

StatisticsWindow *tst_StatisticsWindow::open(bool lead)
{
    AdvisorAccount account;
    account.displayName = QStringLiteral("Maria M\u00fcller");
    account.teamName = QStringLiteral("Private clients");
    account.teamId = 7;
    account.teamLead = lead;
    m_window = std::make_unique<StatisticsWindow>(m_service.get(), account);
    m_window->show();
    return m_window.get();
}

ActivityReport tst_StatisticsWindow::waitForReport()
{
    QSignalSpy ready(m_service.get(), &ReportService::reportReady);
    if (!ready.wait(10000) || !m_window->report())
        return {};
    QApplication::processEvents();
    return *m_window->report();
}

void tst_StatisticsWindow::selectScope(ReportScope::Kind kind)
{
    auto *scope = m_window->findChild<QComboBox *>(QStringLiteral("scopeSelector"));
    scope->setCurrentIndex(scope->findData(int(kind)));
}

QString tst_StatisticsWindow::cell(QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

QString tst_StatisticsWindow::screenshotDirectory()
{
    const QString directory = qEnvironmentVariable("CONFIDANT_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(directory);
    return directory;
}

void tst_StatisticsWindow::saveScreenshot(QWidget *window, const QString &name)
{
    QVERIFY(window->grab().save(QDir(screenshotDirectory()).filePath(name)));
}

void tst_StatisticsWindow::anAdvisorSeesTheLast30DaysOfTheCompany()
{
    open(false);
    const ActivityReport report = waitForReport();
    QCOMPARE(report, testing::sampleOverview(thirtyDaysFrom, 30));
    auto *period = m_window->findChild<QComboBox *>(QStringLiteral("periodSelector"));
    QCOMPARE(period->currentData().toInt(), int(ReportPeriod::Preset::Last30Days));
    QCOMPARE(m_window->findChild<QDateEdit *>(QStringLiteral("fromDate"))->date(), QDate(2026, 3, 4));
    QVERIFY(!m_window->findChild<QDateEdit *>(QStringLiteral("fromDate"))->isEnabled());
    QCOMPARE(m_server->requests(), QStringList{QStringLiteral("/api/v1/statistics?from=2026-03-04&to=2026-04-02")});

    // Not a lead: no team report to choose, no advisors' tab; their own work instead.
    auto *scope = m_window->findChild<QComboBox *>(QStringLiteral("scopeSelector"));
    QCOMPARE(scope->findData(int(ReportScope::Kind::TeamReport)), -1);
    QVERIFY(scope->findData(int(ReportScope::Kind::Team)) >= 0);
    QVERIFY(!m_window->tabs()->isTabVisible(m_window->tabIndex(StatisticsWindow::Tab::Advisors)));
    QVERIFY(m_window->tabs()->isTabVisible(m_window->tabIndex(StatisticsWindow::Tab::MyWork)));
    QCOMPARE(cell(m_window->table(StatisticsWindow::Tab::MyWork), 0, 0), report.me->name);

    // The charts draw the report: three lines of 30 days.
    auto *activity = m_window->charts()->view(ReportCharts::Chart::Activity)->chart();
    QCOMPARE(activity->series().size(), 3);
    QCOMPARE(static_cast<QXYSeries *>(activity->series().first())->count(), 30);
    const QString heading = m_window->findChild<QLabel *>(QStringLiteral("reportHeading"))->text();
    QVERIFY(heading.contains(ReportFormat::period(report.from, report.to)));
    QVERIFY(heading.contains(QStringLiteral("Europe/Berlin")));
    saveScreenshot(m_window.get(), QStringLiteral("statistics-overview.png"));
}

void tst_StatisticsWindow::theTablesShowTheReportsNumbers()
{
    open(false);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers; // every table's model, while the report arrives
    for (auto tab : {StatisticsWindow::Tab::ByDay, StatisticsWindow::Tab::ByTopic, StatisticsWindow::Tab::ByTeam, StatisticsWindow::Tab::Advisors,
                     StatisticsWindow::Tab::MyWork})
        testers.push_back(std::make_unique<QAbstractItemModelTester>(m_window->table(tab)->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    const ActivityReport report = waitForReport();
    QTableView *days = m_window->table(StatisticsWindow::Tab::ByDay);
    QCOMPARE(days->model()->rowCount(), report.days.size());
    for (int row = 0; row < report.days.size(); ++row) {
        const DailyActivity &day = report.days.at(row);
        QCOMPARE(cell(days, row, 0), ReportFormat::day(day.day));
        QCOMPARE(cell(days, row, 1), QString::number(day.received));
        QCOMPARE(cell(days, row, 2), QString::number(day.answered));
        QCOMPARE(cell(days, row, 3), QString::number(day.closed));
        QCOMPARE(cell(days, row, 4), QString::number(day.reopened));
    }
    QTableView *topics = m_window->table(StatisticsWindow::Tab::ByTopic);
    QCOMPARE(topics->model()->rowCount(), report.topics.size());
    QCOMPARE(cell(topics, 0, 0), report.topics.at(0).title);
    QCOMPARE(cell(topics, 0, 1), QStringLiteral("Private clients"));
    QCOMPARE(cell(topics, 0, 2), QStringLiteral("8 h 00 min")); // 480 working minutes
    QCOMPARE(cell(topics, 0, 3), QString::number(report.topics.at(0).totals.received));
    QCOMPARE(cell(topics, 0, 10), QStringLiteral("1 h 00 min")); // first response median, 3,600 s
    QCOMPARE(cell(topics, 0, 11), QStringLiteral("6 h 00 min"));
    QCOMPARE(cell(topics, 0, 12), QStringLiteral("12 of 14"));
    QCOMPARE(cell(topics, 1, 3), QString::number(report.topics.at(1).totals.received));
    QCOMPARE(cell(topics, 1, 11), QStringLiteral("8 h 30 min")); // 30,600 s
    QTableView *teams = m_window->table(StatisticsWindow::Tab::ByTeam);
    QCOMPARE(cell(teams, 1, 0), QStringLiteral("Shared queue")); // no name on the wire
    QCOMPARE(cell(teams, 1, 8), ReportFormat::none()); // nothing measured

    // Sorting by a duration sorts by the seconds, not the text: 8 h 30 min after 6 h 00 min.
    topics->sortByColumn(11, Qt::DescendingOrder);
    QCOMPARE(cell(topics, 0, 0), report.topics.at(1).title);
}

void tst_StatisticsWindow::aLeadSeesTheTeamReportWithItsAdvisors()
{
    open(true);
    waitForReport();
    QVERIFY(!m_window->tabs()->isTabVisible(m_window->tabIndex(StatisticsWindow::Tab::Advisors)));
    selectScope(ReportScope::Kind::TeamReport);
    const ActivityReport report = waitForReport();
    QCOMPARE(report.kind, ActivityReport::Kind::Team);
    QCOMPARE(m_server->requests().last(), QStringLiteral("/api/v1/reports/team?from=2026-03-04&to=2026-04-02"));
    const int advisorsTab = m_window->tabIndex(StatisticsWindow::Tab::Advisors);
    QVERIFY(m_window->tabs()->isTabVisible(advisorsTab));
    QVERIFY(!m_window->tabs()->isTabVisible(m_window->tabIndex(StatisticsWindow::Tab::MyWork)));
    QTableView *advisors = m_window->table(StatisticsWindow::Tab::Advisors);
    QCOMPARE(advisors->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        const AdvisorActivity &advisor = report.advisors.at(row);
        QCOMPARE(cell(advisors, row, 0), advisor.name);
        const QList<int> counts{advisor.answered, advisor.messages, advisor.closed, advisor.transfersIn, advisor.transfersOut,
                                advisor.openNow, advisor.overdueNow, advisor.assignedCustomers};
        for (int column = 1; column <= counts.size(); ++column)
            QCOMPARE(cell(advisors, row, column), QString::number(counts.at(column - 1)));
        QCOMPARE(cell(advisors, row, 9), ReportFormat::duration(advisor.firstResponse.medianSeconds));
    }
    m_window->tabs()->setCurrentIndex(advisorsTab);
    QApplication::processEvents();
    saveScreenshot(m_window.get(), QStringLiteral("statistics-team-report.png"));
}

void tst_StatisticsWindow::aRefusalIsShownInsteadOfAReport()
{
    m_server->answer(QStringLiteral("/api/v1/reports/team"),
                     {403, QByteArrayLiteral("{\"error\":{\"code\":\"forbidden\",\"message\":\"Only a team lead can fetch team reports.\"}}")});
    open(true);
    waitForReport();
    QSignalSpy failed(m_service.get(), &ReportService::failed);
    selectScope(ReportScope::Kind::TeamReport);
    QVERIFY(failed.wait());
    auto *message = m_window->findChild<QLabel *>(QStringLiteral("errorMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Only a team lead can fetch team reports."));
    QVERIFY(!m_window->report());
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("exportPdf"))->isEnabled());
    QCOMPARE(m_window->table(StatisticsWindow::Tab::ByDay)->model()->rowCount(), 0); // the old report is gone
}

void tst_StatisticsWindow::aCustomPeriodIsCheckedBeforeItIsAskedFor()
{
    open(false);
    waitForReport();
    auto *period = m_window->findChild<QComboBox *>(QStringLiteral("periodSelector"));
    auto *from = m_window->findChild<QDateEdit *>(QStringLiteral("fromDate"));
    auto *to = m_window->findChild<QDateEdit *>(QStringLiteral("toDate"));
    period->setCurrentIndex(period->findData(int(ReportPeriod::Preset::Custom)));
    QVERIFY(from->isEnabled());
    waitForReport();
    const int asked = int(m_server->requests().size());
    from->setDate(QDate(2026, 3, 20));
    to->setDate(QDate(2026, 3, 10));
    QTest::qWait(800); // past the pause after typing
    auto *message = m_window->findChild<QLabel *>(QStringLiteral("errorMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("The last day of the period must not be before the first."));
    QCOMPARE(m_server->requests().size(), asked);

    to->setDate(QDate(2026, 3, 31));
    QTRY_COMPARE(m_server->requests().size(), asked + 1);
    QCOMPARE(m_server->requests().last(), QStringLiteral("/api/v1/statistics?from=2026-03-20&to=2026-03-31"));
    QCOMPARE(to->maximumDate(), QDate(2026, 4, 2)); // no day in the future to pick
}

void tst_StatisticsWindow::thePdfHoldsTheHeadingAndTheFigures()
{
    open(true);
    waitForReport();
    selectScope(ReportScope::Kind::TeamReport);
    const ActivityReport report = waitForReport();
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    const QString text = testing::exportedPdfText(*m_window, pdf);
    QVERIFY2(text.contains(report.company), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("Team report: Private clients")));
    QVERIFY(text.contains(ReportFormat::period(report.from, report.to)));
    QVERIFY(text.contains(QStringLiteral("Europe/Berlin")));
    QVERIFY(text.contains(QStringLiteral("1 h 30 min"))); // the first response median, 5,400 s
    QVERIFY(text.contains(QStringLiteral("Maria M\u00fcller")));
    QVERIFY(text.contains(QStringLiteral("Baufinanzierung \u00dcberblick")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of ")));
    // Every day is a row of the day table, with the day's figures in the report's order.
    const DailyActivity &day = report.days.at(5);
    const QRegularExpression dayRow(QRegularExpression::escape(ReportFormat::day(day.day)) + QStringLiteral("\\s+%1\\s+%2\\s+%3\\s+%4")
                                        .arg(day.received).arg(day.answered).arg(day.closed).arg(day.reopened));
    QVERIFY(text.contains(dayRow));

    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                                                QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf,
                                                QDir(screenshotDirectory()).filePath(QStringLiteral("statistics-pdf-page1"))});
    QVERIFY(pdftoppm.waitForFinished(30000));
    QCOMPARE(pdftoppm.exitCode(), 0);
}

void tst_StatisticsWindow::theCsvReadsBackAsTheReportShown()
{
    open(false);
    const ActivityReport report = waitForReport();
    const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
    QSignalSpy finished(m_window->exporter(), &ReportExport::finished);
    m_window->exportCsv(csv);
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().at(0).toBool());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(ReportCsvReader::read(file.readAll()), std::optional(report));
}

// A long export can be stopped: nothing is left behind, and an older file of that name stays as it was.
void tst_StatisticsWindow::aCancelledExportLeavesNoFile()
{
    open(true);
    waitForReport();
    const QString pdf = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    QFile older(pdf);
    QVERIFY(older.open(QIODevice::WriteOnly));
    older.write("older");
    older.close();
    QSignalSpy finished(m_window->exporter(), &ReportExport::finished);
    m_window->exportPdf(pdf);
    auto *progress = m_window->findChild<QProgressDialog *>();
    QVERIFY(progress);
    progress->findChild<QPushButton *>()->click(); // its only button: Cancel
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finished.first().at(2).toString().isEmpty()); // cancelled: nothing to complain about
    QVERIFY(older.open(QIODevice::ReadOnly));
    QCOMPARE(older.readAll(), QByteArray("older"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden), QStringList{QStringLiteral("cancelled.pdf")});
}

// A folder that is not there (a removed USB stick, a network drive gone): the advisor is told which file could not
// be written, and nothing is left behind.
void tst_StatisticsWindow::anExportThatCannotBeWrittenSaysWhy_data()
{
    QTest::addColumn<bool>("pdf");
    QTest::newRow("PDF") << true;
    QTest::newRow("CSV") << false;
}

void tst_StatisticsWindow::anExportThatCannotBeWrittenSaysWhy()
{
    QFETCH(bool, pdf);
    open(false);
    waitForReport();
    const QString file = m_dir.filePath(QStringLiteral("gone/report.") + (pdf ? QStringLiteral("pdf") : QStringLiteral("csv")));
    QString warning;
    // The warning is modal: read and close it when it shows.
    QTimer closer;
    closer.callOnTimeout(this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warning = box->text();
            box->close();
        }
    });
    closer.start(20);
    QSignalSpy finished(m_window->exporter(), &ReportExport::finished);
    if (pdf)
        m_window->exportPdf(file);
    else
        m_window->exportCsv(file);
    QTRY_VERIFY(!finished.isEmpty());
    QCOMPARE(finished.first().at(0).toBool(), false);
    QTRY_VERIFY(!warning.isEmpty());
    QVERIFY2(warning.contains(QDir::toNativeSeparators(file)) || warning.contains(file), qPrintable(warning));
    QVERIFY(!QFileInfo::exists(file));
}

void tst_StatisticsWindow::theWindowInGerman()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/confidant_client_de.qm")));
    QCoreApplication::installTranslator(&german);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    open(false);
    waitForReport();
    QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("\u00dcbersicht"));
    QCOMPARE(cell(m_window->table(StatisticsWindow::Tab::ByTeam), 1, 0), QStringLiteral("Gemeinsame Warteschlange"));
    saveScreenshot(m_window.get(), QStringLiteral("statistics-overview-de.png"));
    m_window.reset();
    QCoreApplication::removeTranslator(&german);
    QLocale::setDefault(before);
}

QTEST_MAIN(tst_StatisticsWindow)
#include "tst_statisticswindow.moc"
