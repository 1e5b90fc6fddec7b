#pragma once

#include "AdvisorAccount.h"
#include "AdvisorNetworkAccess.h"
#include "ApiClient.h"
#include "ApiTestServer.h"
#include "InquiryModel.h"
#include "MainWindow.h"
#include "OpenThread.h"
#include "SyncEngine.h"
#include "TeamAbsences.h"
#include "TestCalendars.h"
#include "ThreadRows.h"
#include "ThreadView.h"

#include <QDir>
#include <QLabel>
#include <QListView>
#include <QTableView>
#include <QTest>
#include <memory>

// The advisor's window against the real advisor API, for the tests of the widgets (header only: only they link the
// widgets library).
namespace confidant::testing {

// Maria Müller, signed in to `server`; an advisor id of 0 is "not yet told by the server".
inline client::AdvisorAccount maria(const QUrl &server, const QDateTime &certificateExpires, qint64 advisorId = 0, bool teamLead = false)
{
    return {QStringLiteral("m.mueller"), QStringLiteral("Maria M\u00fcller"), QStringLiteral("Private clients"), server, certificateExpires,
            QStringLiteral("ab"), advisorId, teamLead};
}

// The advisor's workstation against one test server, wired as ClientApplication wires it: a real sync, the open
// thread, the team's absences and the window, shown, up to date and syncing. Levels count around the clock, so they
// do not depend on the weekday the test runs on.
struct Workstation {
    Workstation(const ApiTestServer &server, const Clock &clock, const client::AdvisorAccount &account)
        : network(std::make_unique<client::AdvisorNetworkAccess>(server.identity()))
        , api(std::make_unique<client::ApiClient>(network.get(), server.url()))
        , inquiries(std::make_unique<client::InquiryModel>(clock, client::OpenDurationPolicy(aroundTheClock())))
        , thread(std::make_unique<client::OpenThread>(api.get(), inquiries.get()))
        , sync(std::make_unique<client::SyncEngine>(api.get(), inquiries.get(), client::SyncEngine::Timing{20, 50, 200}))
        , absences(std::make_unique<client::TeamAbsences>(api.get(), clock))
        , window(std::make_unique<client::MainWindow>(inquiries.get(), thread.get(), absences.get(), clock))
    {
        window->setAccount(account);
        window->setConnectionText(QStringLiteral("Up to date"));
        window->show();
        sync->start();
    }

    std::unique_ptr<client::AdvisorNetworkAccess> network;
    std::unique_ptr<client::ApiClient> api;
    std::unique_ptr<client::InquiryModel> inquiries;
    std::unique_ptr<client::OpenThread> thread;
    std::unique_ptr<client::SyncEngine> sync;
    std::unique_ptr<client::TeamAbsences> absences;
    std::unique_ptr<client::MainWindow> window;
};

// The colour of the "open for" dot in a row of the queue, as painted.
inline QColor dotColour(QTableView *view, int row)
{
    const QRect cell = view->visualRect(view->model()->index(row, client::InquiryModel::OpenForColumn));
    const QImage image = view->viewport()->grab().toImage();
    const int diameter = view->fontMetrics().height() * 2 / 3;
    // Device pixel ratio is 1 offscreen; the dot's centre is solid colour.
    return image.pixelColor(cell.left() + 6 + diameter / 2, cell.center().y());
}

// For docs/screenshots: into CONFIDANT_SCREENSHOT_DIR (the temporary folder when unset).
inline void saveScreenshot(QWidget *window, const QString &name)
{
    const QString directory = qEnvironmentVariable("CONFIDANT_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(directory);
    QVERIFY(window->grab().save(QDir(directory).filePath(name)));
}

// What the thread view shows where the messages are: its rows, top to bottom, as a screen reader reads each; or,
// while there are none to show, what it says instead (loading, or why they could not be loaded).
inline QString threadText(const client::ThreadView *view)
{
    const auto *rows = view->findChild<QListView *>(QStringLiteral("threadRows"));
    if (rows->isVisibleTo(view))
        return threadText(*rows->model());
    return view->findChild<QLabel *>(QStringLiteral("threadStatus"))->text();
}

} // namespace confidant::testing
