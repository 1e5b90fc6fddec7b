// The advisor's client at volume, without a display: full sync from zero, how long the event loop is ever blocked
// during it, memory, search keystrokes, sorting and the minute repaint of the open durations. Run by
// bench/client_sync (not a test); prints one JSON object.
#include "BenchIdentity.h"
#include "ClientReportBench.h"
#include "time/ProcessTimeZone.h"
#include "AdvisorNetworkAccess.h"
#include "ApiClient.h"
#include "InquiryModel.h"
#include "MainWindow.h"
#include "OpenThread.h"
#include "QueueFilterModel.h"
#include "WorkViewListModel.h"
#include "SyncEngine.h"
#include "TeamAbsences.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace confidant;
using namespace confidant::client;

namespace {

double memoryMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

// Milliseconds for `step` plus everything the event loop then has to do for it (layout, paint); `stepMs` gets the
// part the step itself took (for a keystroke: filtering and the models' signals), the rest is the view's.
template<typename Step>
double timed(Step step, double *stepMs = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    step();
    if (stepMs)
        *stepMs = timer.nsecsElapsed() / 1e6;
    QCoreApplication::processEvents();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    confidant::pinProcessTimeZone();
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("report"))
        return runClientReportBench(args);
    if (args.size() != 4) {
        qCritical("usage: client_bench API_URL P12_FILE PASSPHRASE | client_bench report API_URL P12_FILE PASSPHRASE");
        return 2;
    }
    const auto identity = benchIdentity(args[2], args[3]);
    if (!identity)
        return 1;
    SystemClock clock;
    AdvisorNetworkAccess network(*identity);
    ApiClient api(&network, QUrl(args[1]));
    InquiryModel inquiries(clock, OpenDurationPolicy());
    OpenThread thread(&api, &inquiries);
    SyncEngine sync(&api, &inquiries, SyncEngine::Timing{});
    TeamAbsences absences(&api, clock);
    MainWindow window(&inquiries, &thread, &absences, clock);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    const double rssBefore = memoryMiB("VmRSS:");

    // How late a 5 ms timer fires is how long input would have waited.
    QElapsedTimer sinceTick;
    double worstStallMs = 0;
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        worstStallMs = std::max(worstStallMs, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.restart();
    });
    QEventLoop untilLive;
    QObject::connect(&sync, &SyncEngine::stateChanged, [&](SyncEngine::State state) {
        if (state == SyncEngine::State::Live || state == SyncEngine::State::Refused || state == SyncEngine::State::Offline)
            untilLive.quit();
    });
    QElapsedTimer syncTimer;
    syncTimer.start();
    sinceTick.start();
    probe.start(5);
    sync.start();
    untilLive.exec();
    const double syncSeconds = syncTimer.nsecsElapsed() / 1e9;
    probe.stop();
    if (sync.state() != SyncEngine::State::Live) {
        qCritical("the sync did not finish");
        return 1;
    }
    QCoreApplication::processEvents();
    const double rssAfterSync = memoryMiB("VmRSS:");

    auto *search = window.findChild<QLineEdit *>();
    QTableView *view = window.queueView();
    // Typed three times: first, narrowing and clearing keystrokes; the first round meets cold caches (glyphs).
    QJsonObject keystrokes;
    QJsonObject filterPart;
    const QString typed = QStringLiteral("blocked");
    double worstKeystroke = 0;
    double clearMs = 0;
    int matches = 0;
    QList<double> all;
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < typed.size(); ++i) {
            double filterMs = 0;
            const double ms = timed([&] { QTest::keyClick(search, typed.at(i).toLatin1()); }, &filterMs);
            if (round == 0) {
                keystrokes.insert(typed.left(i + 1), ms);
                filterPart.insert(typed.left(i + 1), filterMs);
            }
            all.append(ms);
        }
        matches = window.queueModel()->rowCount();
        const double cleared = timed([&] {
            QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(search, Qt::Key_Backspace);
        });
        clearMs = std::max(clearMs, cleared);
        all.append(cleared);
    }
    std::sort(all.begin(), all.end());
    worstKeystroke = all.last();
    const double medianKeystroke = all.at(all.size() / 2);
    const double openOnlyMs = timed([&] { window.queueModel()->setOpenOnly(false); });

    double worstSort = 0;
    QJsonObject sorts;
    for (int column : {int(InquiryModel::SubjectColumn), int(InquiryModel::CustomerColumn), int(InquiryModel::TopicColumn), int(InquiryModel::OpenForColumn)}) {
        const double ms = timed([&] { view->horizontalHeader()->setSortIndicator(column, Qt::AscendingOrder); });
        sorts.insert(inquiries.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), ms);
        worstSort = std::max(worstSort, ms);
    }
    // The minute tick: repaint what is on screen.
    double worstRefresh = 0;
    for (int i = 0; i < 5; ++i)
        worstRefresh = std::max(worstRefresh, timed([&] { view->viewport()->repaint(); }));

    // Each working view: switching to it, then a keystroke and its clearing in its list (issue 10: < 0.5 s, < 50 ms).
    // The advisor's id comes from /me as in the client, so "My inquiries" and the assigned customers have rows.
    QEventLoop profiled;
    api.me([&](const ApiResult<AdvisorProfile> &result) {
        if (const auto *profile = std::get_if<AdvisorProfile>(&result))
            window.setAccount(AdvisorAccount{profile->login, profile->displayName, profile->teamName, QUrl(args[1]), {}, {}, profile->id});
        profiled.quit();
    });
    profiled.exec();
    QJsonObject viewSwitches;
    QJsonObject viewRows;
    window.viewsModel()->recount();
    QJsonObject viewKeystrokes;
    double worstSwitch = 0;
    double worstViewKeystroke = 0;
    const qint64 someCustomer = inquiries.rowCount() > 0 ? inquiries.at(0).customerId : 0;
    for (int row = 0; row < int(WorkView::Count); ++row) {
        const auto workView = WorkView(row);
        const double ms = timed([&] {
            if (workView == WorkView::CustomerHistory)
                window.showCustomerHistory(someCustomer);
            else
                window.showView(workView);
        });
        const double keystroke = std::max(timed([&] { QTest::keyClick(search, 'b'); }), timed([&] { QTest::keyClick(search, Qt::Key_Backspace); }));
        viewSwitches.insert(WorkViewListModel::title(workView), ms);
        viewRows.insert(WorkViewListModel::title(workView), window.viewsModel()->count(workView));
        viewKeystrokes.insert(WorkViewListModel::title(workView), keystroke);
        worstSwitch = std::max(worstSwitch, ms);
        worstViewKeystroke = std::max(worstViewKeystroke, keystroke);
    }
    window.showView(WorkView::AllOpen);
    const double minuteTickMs = timed([&] { window.timePassed(); });

    // A picture of the window at this volume, with a thread open: CLIENT_BENCH_SCREENSHOT=file.png.
    if (const QString file = qEnvironmentVariable("CLIENT_BENCH_SCREENSHOT"); !file.isEmpty()) {
        window.queueModel()->setOpenOnly(true);
        view->horizontalHeader()->setSortIndicator(InquiryModel::OpenForColumn, Qt::DescendingOrder);
        window.selectRow(0);
        QEventLoop loaded;
        QObject::connect(&thread, &OpenThread::changed, &loaded, [&] {
            if (thread.state() != OpenThread::State::Loading)
                loaded.quit();
        });
        if (thread.state() == OpenThread::State::Loading)
            loaded.exec();
        QCoreApplication::processEvents();
        window.grab().save(file);
    }

    const QJsonObject figures{
        {QStringLiteral("inquiries"), inquiries.rowCount()},
        {QStringLiteral("syncSeconds"), syncSeconds},
        {QStringLiteral("worstStallDuringSyncMs"), worstStallMs},
        {QStringLiteral("rssBeforeMiB"), rssBefore},
        {QStringLiteral("rssAfterSyncMiB"), rssAfterSync},
        {QStringLiteral("rssAfterAllMiB"), memoryMiB("VmRSS:")},
        {QStringLiteral("peakRssMiB"), memoryMiB("VmHWM:")},
        {QStringLiteral("keystrokesMs"), keystrokes},
        {QStringLiteral("keystrokeFilterPartMs"), filterPart},
        {QStringLiteral("searchMatches"), matches},
        {QStringLiteral("clearSearchMs"), clearMs},
        {QStringLiteral("worstKeystrokeMs"), worstKeystroke},
        {QStringLiteral("medianKeystrokeMs"), medianKeystroke},
        {QStringLiteral("showAllMs"), openOnlyMs},
        {QStringLiteral("sortMs"), sorts},
        {QStringLiteral("worstSortMs"), worstSort},
        {QStringLiteral("durationRepaintMs"), worstRefresh},
        {QStringLiteral("viewSwitchMs"), viewSwitches},
        {QStringLiteral("viewRows"), viewRows},
        {QStringLiteral("worstViewSwitchMs"), worstSwitch},
        {QStringLiteral("viewKeystrokeMs"), viewKeystrokes},
        {QStringLiteral("worstViewKeystrokeMs"), worstViewKeystroke},
        {QStringLiteral("minuteTickMs"), minuteTickMs},
    };
    printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return 0;
}
