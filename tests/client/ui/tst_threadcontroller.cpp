#include "ApiClient.h"
#include "FakeAdvisorApi.h"
#include "InquiryModel.h"
#include "ManualClock.h"
#include "OpenThread.h"
#include "SyncEngine.h"
#include "ThreadController.h"
#include "ThreadRows.h"
#include "ThreadView.h"
#include "wire/InquiryWire.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QClipboard>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace confidant;
using namespace confidant::client;
using testing::FakeAdvisorApi;
using testing::FakeAnswer;

namespace {

// The thread's view, its controller and the open thread, synced from the fake advisor API, as MainWindow wires them.
struct Desk {
    Desk()
        : server(&network, clock)
        , api(&network, FakeAdvisorApi::url())
        , inquiries(clock, OpenDurationPolicy())
        , sync(&api, &inquiries, SyncEngine::Timing{20, 50, 200})
        , thread(&api, &inquiries)
        , controller(&thread, &inquiries, &view)
        , tester(thread.model(), QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        view.resize(480, 640);
        view.show();
    }

    template<typename T>
    T *find(const QString &name) const { return view.findChild<T *>(name); }
    QPlainTextEdit *editor() const { return view.findChild<QPlainTextEdit *>(); }
    QPushButton *send() const { return view.findChild<QPushButton *>(); }
    QListView *rows() const { return find<QListView>(QStringLiteral("threadRows")); }
    QLabel *status() const { return find<QLabel>(QStringLiteral("threadStatus")); }
    QStringList messages() const { return testing::textsOf(*rows()->model(), ThreadModel::Kind::Message); }
    // The feed has brought the inquiries written so far.
    void synced()
    {
        sync.start();
        QTRY_COMPARE(sync.state(), SyncEngine::State::Live);
    }

    testing::ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    testing::FakeNetworkAccess network;
    FakeAdvisorApi server;
    ApiClient api;
    InquiryModel inquiries;
    SyncEngine sync;
    OpenThread thread;
    ThreadView view;
    ThreadController controller;
    QAbstractItemModelTester tester;
};

} // namespace

// What the advisor sees of the open thread while the network misbehaves, through the controller between OpenThread
// and ThreadView: a slow server, a reply whose connection is cut, answers that come after the advisor moved on.
class tst_ThreadController : public QObject {
    Q_OBJECT
private slots:
    void slowServerShowsLoadingAndTheWindowAnswers();
    void cutReplyIsSentAgainAndShownOnce();
    void answersForAnInquiryLeftStayThere();
    void requestsForAnInquiryNotOpenAreRefused();
    void refusedMoveIsShownAndTransferSaysWhereItWent();
    void eachRowReadsAndCopiesAsText();
};

// The server takes its time with the thread (held here until the test lets it go: the ten seconds of a busy server
// without waiting them). Meanwhile the view says it is loading and the advisor can already write; then the messages
// come, and what was typed is still there.
void tst_ThreadController::slowServerShowsLoadingAndTheWindowAnswers()
{
    Desk desk;
    const qint64 id = desk.server.writeInquiry(QStringLiteral("Pension statement"), desk.clock.now().addSecs(-600));
    desk.synced();
    desk.network.holdNext("GET", FakeAdvisorApi::threadPath(id));
    desk.thread.open(id);
    QTRY_COMPARE(desk.network.held(FakeAdvisorApi::threadPath(id)), 1);
    QVERIFY(desk.status()->isVisible());
    QCOMPARE(desk.status()->text(), QStringLiteral("Loading the messages\u2026"));
    QVERIFY(!desk.rows()->isVisible());
    QCOMPARE(desk.view.inquiryId(), id);
    desk.view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&desk.view));
    desk.view.focusEditor();
    QCOMPARE(QApplication::focusWidget(), desk.editor());
    QTest::keyClicks(desk.editor(), QStringLiteral("Dear Ms Schmidt,"));
    QCOMPARE(desk.editor()->toPlainText(), QStringLiteral("Dear Ms Schmidt,"));

    desk.network.release(FakeAdvisorApi::threadPath(id));
    QTRY_VERIFY(desk.rows()->isVisible());
    QVERIFY(!desk.status()->isVisible());
    QCOMPARE(desk.messages(), QStringList{QStringLiteral("Please help.")});
    QCOMPARE(desk.editor()->toPlainText(), QStringLiteral("Dear Ms Schmidt,"));
}

// The reply reaches the server; the connection breaks before its answer is back. The advisor reads why, the text
// is still in the editor, Send again: the server recognises the reply by its key, and the thread shows it once, as
// one row added to the ones there were (no redraw of the whole thread).
void tst_ThreadController::cutReplyIsSentAgainAndShownOnce()
{
    Desk desk;
    const qint64 id = desk.server.writeInquiry(QStringLiteral("Card blocked abroad"), desk.clock.now().addSecs(-600));
    desk.synced();
    desk.thread.open(id);
    QTRY_VERIFY(desk.rows()->isVisible());
    desk.network.enqueue("POST", FakeAdvisorApi::repliesPath(id), FakeAnswer::cut(), {.route = testing::FakeOnce::Runs});
    QSignalSpy reset(desk.rows()->model(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(desk.rows()->model(), &QAbstractItemModel::rowsInserted);
    auto *error = desk.find<QLabel>(QStringLiteral("replyError"));
    auto *sent = desk.find<QLabel>(QStringLiteral("replySent"));
    const QString reply = QStringLiteral("You can unblock it in the app.");
    desk.editor()->setPlainText(reply);
    QTest::mouseClick(desk.send(), Qt::LeftButton);
    QVERIFY(!desk.send()->isEnabled());
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QLatin1String("The server cannot be reached")), qPrintable(error->text()));
    QVERIFY(desk.send()->isEnabled());
    QCOMPARE(desk.editor()->toPlainText(), reply);
    // The feed announces the stored reply: the thread is fetched again and shows it. Waited for here, so that the
    // second send meets a thread that has it already (under load its answer could otherwise come first, and then
    // the feed's announcement brings nothing new to fetch).
    QTRY_COMPARE(desk.network.requests("GET", FakeAdvisorApi::threadPath(id)).size(), 2);
    QTRY_COMPARE(desk.messages(), (QStringList{QStringLiteral("Please help."), reply}));

    QTest::mouseClick(desk.send(), Qt::LeftButton);
    QTRY_VERIFY(sent->isVisible());
    QVERIFY(sent->text().startsWith(QLatin1String("Reply sent at")));
    QVERIFY(!error->isVisible());
    QVERIFY(desk.editor()->toPlainText().isEmpty());
    // Recognised by its key: the first reply comes back, and the thread still shows it once.
    QCOMPARE(desk.messages(), (QStringList{QStringLiteral("Please help."), reply}));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    const auto posts = desk.network.requests("POST", FakeAdvisorApi::repliesPath(id));
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.last().header("Idempotency-Key"), posts.first().header("Idempotency-Key"));
    QCOMPARE(desk.server.messages(id).size(), 2);
}

// The advisor sends a reply and a note, and chooses another inquiry before the slow server answers. The answers
// belong to the first inquiry: the second one's view shows neither "sent" nor an error.
void tst_ThreadController::answersForAnInquiryLeftStayThere()
{
    Desk desk;
    const qint64 first = desk.server.writeInquiry(QStringLiteral("Pension statement"), desk.clock.now().addSecs(-600));
    const qint64 second = desk.server.writeInquiry(QStringLiteral("Card blocked"), desk.clock.now().addSecs(-300), QStringLiteral("My card is blocked."));
    desk.synced();
    desk.thread.open(first);
    QTRY_VERIFY(desk.rows()->isVisible());
    desk.network.holdNext("POST", FakeAdvisorApi::repliesPath(first));
    desk.network.enqueue("POST", FakeAdvisorApi::notesPath(first),
                         FakeAnswer::error(422, QStringLiteral("invalid"), QStringLiteral("The note cannot be saved as it is.")).heldBack());
    desk.editor()->setPlainText(QStringLiteral("Attached is your statement."));
    QTest::mouseClick(desk.send(), Qt::LeftButton);
    desk.find<QPlainTextEdit>(QStringLiteral("noteEditor"))->setPlainText(QStringLiteral("Sent by post as well."));
    QTest::mouseClick(desk.find<QPushButton>(QStringLiteral("addNote")), Qt::LeftButton);
    QTRY_COMPARE(desk.network.held(), 3); // the reply, the note and the feed's long-poll

    desk.thread.open(second);
    QTRY_COMPARE(desk.messages(), QStringList{QStringLiteral("My card is blocked.")});
    QCOMPARE(desk.view.inquiryId(), second);
    QStringList answered;
    connect(&desk.network, &QNetworkAccessManager::finished, &desk.network, [&answered](QNetworkReply *reply) { answered << reply->url().path(); });
    desk.network.release(FakeAdvisorApi::repliesPath(first));
    desk.network.release(FakeAdvisorApi::notesPath(first));
    // The reply's answer and the note's refusal have come, been decoded on the thread pool and handed back.
    QTRY_VERIFY(answered.contains(FakeAdvisorApi::repliesPath(first)) && answered.contains(FakeAdvisorApi::notesPath(first)));
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QVERIFY(!desk.find<QLabel>(QStringLiteral("replySent"))->isVisible());
    QVERIFY(!desk.find<QLabel>(QStringLiteral("replyError"))->isVisible());
    QVERIFY(!desk.find<QLabel>(QStringLiteral("noteError"))->isVisible());
    QVERIFY(desk.send()->isEnabled());
    QCOMPARE(desk.messages(), QStringList{QStringLiteral("My card is blocked.")});
    QCOMPARE(desk.server.messages(first).size(), 2); // the reply itself went out
}

// The view shows an inquiry the open thread has let go: a reply or a note for it is not sent to another one; the
// advisor reads why, and the button works again.
void tst_ThreadController::requestsForAnInquiryNotOpenAreRefused()
{
    Desk desk;
    const qint64 open = desk.server.writeInquiry(QStringLiteral("Pension statement"), desk.clock.now().addSecs(-600));
    desk.synced();
    desk.thread.open(open);
    QTRY_VERIFY(desk.rows()->isVisible());
    Inquiry other = desk.server.inquiry(open);
    other.id = open + 100;
    desk.view.showThread(other);
    desk.editor()->setPlainText(QStringLiteral("For the other one."));
    QTest::mouseClick(desk.send(), Qt::LeftButton);
    auto *error = desk.find<QLabel>(QStringLiteral("replyError"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("This inquiry is no longer open. Choose it again to send the reply."));
    QVERIFY(desk.send()->isEnabled());
    desk.find<QPlainTextEdit>(QStringLiteral("noteEditor"))->setPlainText(QStringLiteral("A note."));
    QTest::mouseClick(desk.find<QPushButton>(QStringLiteral("addNote")), Qt::LeftButton);
    QCOMPARE(desk.find<QLabel>(QStringLiteral("noteError"))->text(), QStringLiteral("This inquiry is no longer open. Choose it again to add the note."));
    QVERIFY(desk.network.requests("POST", FakeAdvisorApi::repliesPath(open)).isEmpty());
    QVERIFY(desk.network.requests("POST", FakeAdvisorApi::notesPath(open)).isEmpty());
    // Nor is it moved.
    QSignalSpy actions(&desk.controller, &ThreadController::actionsChanged);
    desk.controller.startMove(&OpenThread::claim);
    QCOMPARE(actions.size(), 0);
    QVERIFY(!desk.thread.isMoving());
    QVERIFY(desk.network.requests("POST", FakeAdvisorApi::threadPath(open) + QStringLiteral("/claim")).isEmpty());
}

// A colleague was quicker: the server refuses the claim (409) and the view says so. A transfer confirmed by the
// server is announced once, with where it went.
void tst_ThreadController::refusedMoveIsShownAndTransferSaysWhereItWent()
{
    Desk desk;
    const qint64 id = desk.server.writeInquiry(QStringLiteral("Business account"), desk.clock.now().addSecs(-600));
    desk.synced();
    desk.thread.open(id);
    QTRY_VERIFY(desk.rows()->isVisible());
    const QString claim = FakeAdvisorApi::threadPath(id) + QStringLiteral("/claim");
    desk.network.enqueue("POST", claim, FakeAnswer::error(409, QStringLiteral("conflict"), QStringLiteral("A colleague has taken this inquiry already.")));
    QSignalSpy actions(&desk.controller, &ThreadController::actionsChanged);
    desk.controller.startMove(&OpenThread::claim);
    QCOMPARE(actions.size(), 1); // under way: no second claim
    QVERIFY(desk.thread.isMoving());
    auto *error = desk.find<QLabel>(QStringLiteral("moveError"));
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("A colleague has taken this inquiry already."));
    QCOMPARE(actions.size(), 2);
    QVERIFY(!desk.thread.isMoving());

    Inquiry transferred = desk.server.inquiry(id);
    transferred.seq += 1;
    transferred.teamId = 2;
    desk.network.enqueue("POST", FakeAdvisorApi::threadPath(id) + QStringLiteral("/transfer"),
                         FakeAnswer::json(200, {{QStringLiteral("inquiry"), wire::toJson(transferred)}}));
    QSignalSpy said(&desk.controller, &ThreadController::transferred);
    desk.controller.transfer(id + 1, {}, QStringLiteral("Not this one."));
    desk.controller.transfer(id, {std::nullopt, 2, QStringLiteral("Business clients handle company accounts.")},
                             QStringLiteral("Transferred to Business clients."));
    QTRY_COMPARE(said.size(), 1);
    QCOMPARE(said.first().first().toString(), QStringLiteral("Transferred to Business clients."));
    QCOMPARE(desk.network.requests("POST", FakeAdvisorApi::threadPath(id) + QStringLiteral("/transfer")).size(), 1);
    QCOMPARE(desk.inquiries.inquiry(id)->teamId, std::optional<qint64>(2));
}

// A screen reader reads each row whole (who, when, what), and Ctrl+C copies the chosen row as that text: the
// thread is rows now, not a text to select in.
void tst_ThreadController::eachRowReadsAndCopiesAsText()
{
    Desk desk;
    const qint64 id = desk.server.writeInquiry(QStringLiteral("Card blocked abroad"), desk.clock.now().addSecs(-600),
                                               QStringLiteral("My card was blocked\nin Lisbon."));
    desk.synced();
    desk.thread.open(id);
    QTRY_VERIFY(desk.rows()->isVisible());
    const QModelIndex first = desk.rows()->model()->index(0, 0);
    const QString expected = QStringLiteral("Customer \u00b7 %1\nMy card was blocked\nin Lisbon.")
                                 .arg(QLocale().toString(desk.clock.now().addSecs(-600).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(first.data(Qt::AccessibleTextRole).toString(), expected);
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(desk.rows());
    QVERIFY(list);
    QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Messages"));
    QAccessibleTableInterface *table = list->tableInterface();
    QVERIFY(table);
    QCOMPARE(table->cellAt(0, 0)->text(QAccessible::Name), expected);
    desk.view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&desk.view));
    desk.rows()->setFocus();
    desk.rows()->setCurrentIndex(first);
    QTest::keySequence(desk.rows(), QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    // Drawn at the view's width, as tall as its wrapped lines need: the second line of the message is there.
    const QRect row = desk.rows()->visualRect(first);
    QCOMPARE(row.width(), desk.rows()->viewport()->width());
    QVERIFY(row.height() >= 3 * desk.rows()->fontMetrics().height()); // the heading and two lines
}

QTEST_MAIN(tst_ThreadController)
#include "tst_threadcontroller.moc"
