#include "AdvisorNetworkAccess.h"
#include "ApiClient.h"
#include "ApiTestServer.h"
#include "InquiryModel.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "MessageStore.h"
#include "QueueFilterModel.h"
#include "SyncEngine.h"
#include "ThreadView.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace confidant;
using namespace confidant::client;

// The advisor's window on the offscreen platform, fed by a real sync: inquiries appear in the queue and the
// open-duration dot is painted in the colour the thresholds give for the (injected) time.
class tst_QueueView : public QObject {
    Q_OBJECT
private slots:
    void queueShowsSyncedInquiriesWithThresholdColours();

private:
    static QColor dotColour(QTableView *view, int row);
    static void saveScreenshot(QWidget *window, const QString &name);
};

QColor tst_QueueView::dotColour(QTableView *view, int row)
{
    const QRect cell = view->visualRect(view->model()->index(row, InquiryModel::OpenForColumn));
    const QImage image = view->viewport()->grab().toImage();
    const int diameter = view->fontMetrics().height() * 2 / 3;
    // Device pixel ratio is 1 offscreen; the dot's centre is solid colour.
    return image.pixelColor(cell.left() + 6 + diameter / 2, cell.center().y());
}

void tst_QueueView::saveScreenshot(QWidget *window, const QString &name)
{
    const QString directory = qEnvironmentVariable("CONFIDANT_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(directory);
    QVERIFY(window->grab().save(QDir(directory).filePath(name)));
}

void tst_QueueView::queueShowsSyncedInquiriesWithThresholdColours()
{
    testing::ApiTestServer server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    testing::ManualClock clock(QDateTime::currentDateTimeUtc());
    const QDateTime now = clock.now();
    server.writeInquiry(QStringLiteral("Raising my monthly pension contribution"), now.addSecs(-26 * 3600));
    server.writeInquiry(QStringLiteral("Statement missing"), now.addSecs(-5 * 3600));
    const qint64 fresh = server.writeInquiry(QStringLiteral("Card blocked abroad"), now.addSecs(-25 * 60));

    AdvisorNetworkAccess network(server.identity());
    ApiClient api(&network, server.url());
    InquiryModel inquiries(clock, OpenDurationPolicy({4 * 3600, 24 * 3600}));
    MessageStore messages;
    SyncEngine sync(&api, &inquiries, &messages, SyncEngine::Timing{20, 50, 200});
    MainWindow window(&inquiries, &messages);
    window.setAdvisorName(QStringLiteral("Maria M\u00fcller"));
    window.setConnectionText(QStringLiteral("Up to date"));
    window.show();
    sync.start();
    QTRY_COMPARE_WITH_TIMEOUT(window.queueModel()->rowCount(), 3, 10000);

    QTableView *view = window.queueView();
    // Longest waiting first: overdue, warning, fresh.
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Raising my monthly pension contribution"));
    QCOMPARE(dotColour(view, 0), OpenDurationPolicy::colour(OpenDurationPolicy::Level::Overdue));
    QCOMPARE(dotColour(view, 1), OpenDurationPolicy::colour(OpenDurationPolicy::Level::Warning));
    QCOMPARE(dotColour(view, 2), OpenDurationPolicy::colour(OpenDurationPolicy::Level::Fresh));
    QCOMPARE(view->model()->index(2, InquiryModel::OpenForColumn).data().toString(), QStringLiteral("25 min"));

    window.selectRow(0);
    QTRY_VERIFY(window.threadView()->inquiryId() != 0);
    saveScreenshot(&window, QStringLiteral("advisor-queue.png"));

    // Replying: an empty reply is refused in the window; a real one goes out as a request with the thread's id,
    // which the composition root sends through the API; its answer arrives through the feed.
    auto *editor = window.threadView()->findChild<QPlainTextEdit *>();
    auto *send = window.threadView()->findChild<QPushButton *>();
    QVERIFY(editor && send);
    QSignalSpy requested(&window, &MainWindow::replyRequested);
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(requested.size(), 0);
    auto *error = window.threadView()->findChild<QLabel *>(QStringLiteral("replyError"));
    QVERIFY(error && error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Please write your message."));
    editor->setPlainText(QStringLiteral("  You can raise it from next month on.  "));
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    const qint64 selected = window.threadView()->inquiryId();
    QCOMPARE(requested.first().at(0).toLongLong(), selected);
    QCOMPARE(requested.first().at(1).toString(), QStringLiteral("You can raise it from next month on."));
    QVERIFY(!send->isEnabled()); // no double sending while the request is under way
    std::optional<ApiResult<Message>> sent;
    api.reply(selected, requested.first().at(1).toString(), [&](const ApiResult<Message> &r) { sent = r; });
    QTRY_VERIFY(sent.has_value());
    window.replySent();
    QVERIFY(editor->toPlainText().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(inquiries.inquiry(selected)->state, InquiryState::AwaitingCustomer, 5000);
    QTRY_COMPARE(window.queueModel()->rowCount(), 2); // answered, so it left the open queue
    window.selectRow(0);

    // Five hours later the fresh one has passed the warning threshold; the dot follows without a new sync.
    clock.advance(5 * 3600);
    inquiries.refreshDurations();
    const int freshRow = [&] {
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (view->model()->index(row, 0).data(InquiryModel::IdRole).toLongLong() == fresh)
                return row;
        return -1;
    }();
    QCOMPARE(dotColour(view, freshRow), OpenDurationPolicy::colour(OpenDurationPolicy::Level::Warning));

    // German, as a German-speaking advisor sees it.
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/confidant_client_de.qm")));
    QCoreApplication::installTranslator(&german);
    MainWindow germanWindow(&inquiries, &messages);
    germanWindow.setAdvisorName(QStringLiteral("Maria M\u00fcller"));
    germanWindow.setConnectionText(QCoreApplication::translate("confidant::client::ClientApplication", "Up to date"));
    germanWindow.show();
    QTest::qWait(50);
    germanWindow.selectRow(0);
    QCOMPARE(germanWindow.windowTitle(), QStringLiteral("Confidant \u2013 Berater-Arbeitsplatz"));
    QCOMPARE(inquiries.headerData(InquiryModel::OpenForColumn, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Offen seit"));
    saveScreenshot(&germanWindow, QStringLiteral("advisor-queue-de.png"));
    QCoreApplication::removeTranslator(&german);
    sync.stop();
}

QTEST_MAIN(tst_QueueView)
#include "tst_queueview.moc"
