#include "ApiClient.h"
#include "FakeAdvisorApi.h"
#include "InquiryModel.h"
#include "ManualClock.h"
#include "OpenThread.h"
#include "SyncEngine.h"
#include "ThreadRows.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace confidant;
using namespace confidant::client;
using testing::FakeAdvisorApi;
using testing::FakeAnswer;
using Kind = ThreadModel::Kind;

namespace {

// The open thread with what it works with, against the fake advisor API; the feed runs when a test starts it.
struct Desk {
    explicit Desk(int pageSize = 500)
        : server(&network, clock, pageSize)
        , api(&network, FakeAdvisorApi::url())
        , inquiries(clock, OpenDurationPolicy())
        , sync(&api, &inquiries, SyncEngine::Timing{20, 50, 200})
        , thread(&api, &inquiries)
        , tester(thread.model(), QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
    }

    QStringList messages() { return testing::textsOf(*thread.model(), Kind::Message); }

    testing::ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    testing::FakeNetworkAccess network;
    FakeAdvisorApi server;
    ApiClient api;
    InquiryModel inquiries;
    SyncEngine sync;
    OpenThread thread;
    QAbstractItemModelTester tester;
};

} // namespace

// OpenThread and its ThreadModel against the fake network: what happens when a reply's connection is cut, when the
// feed says the thread changed, and when an answer comes for a thread the advisor has already left.
class tst_OpenThread : public QObject {
    Q_OBJECT
private slots:
    void cutReplyIsSentAgainAndAppearsOnce_data();
    void cutReplyIsSentAgainAndAppearsOnce();
    void changedThreadIsMergedNotReset();
    void lateAnswerForAThreadLeftIsDropped();
};

void tst_OpenThread::cutReplyIsSentAgainAndAppearsOnce_data()
{
    QTest::addColumn<bool>("feed");
    // The feed announces the stored reply before the advisor sends again: the thread is fetched with it.
    QTest::newRow("feed announces it first") << true;
    // No feed (it is away, too): the answer to the second send is what shows the reply.
    QTest::newRow("only the second answer") << false;
}

// The reply reaches the server, which stores it; the connection breaks before the answer is back. The advisor is
// told, sends again (the text is still in the editor), with the same Idempotency-Key: the server hands back the
// first reply, and the thread shows it once.
void tst_OpenThread::cutReplyIsSentAgainAndAppearsOnce()
{
    QFETCH(bool, feed);
    Desk desk;
    const qint64 id = desk.server.writeInquiry(QStringLiteral("Card blocked abroad"), desk.clock.now().addSecs(-600));
    if (feed) {
        desk.sync.start();
        QTRY_COMPARE(desk.sync.state(), SyncEngine::State::Live);
        QTRY_VERIFY(desk.inquiries.rowOf(id) >= 0); // may follow Live while another test's transaction holds the horizon
    } else {
        desk.inquiries.apply({desk.server.inquiry(id)});
    }
    desk.thread.open(id);
    QTRY_COMPARE(desk.thread.state(), OpenThread::State::Ready);
    desk.network.enqueue("POST", FakeAdvisorApi::repliesPath(id), FakeAnswer::cut(), {.route = testing::FakeOnce::Runs});
    QSignalSpy failed(&desk.thread, &OpenThread::replyFailed);
    QSignalSpy sent(&desk.thread, &OpenThread::replySent);
    const QString reply = QStringLiteral("You can unblock it in the app.");
    desk.clock.advance(60);
    desk.thread.sendReply(reply);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toLongLong(), id);
    QVERIFY2(failed.first().at(1).toString().startsWith(QLatin1String("The server cannot be reached")), qPrintable(failed.first().at(1).toString()));
    if (feed)
        QTRY_COMPARE(desk.messages(), (QStringList{QStringLiteral("Please help."), reply}));
    else
        QCOMPARE(desk.messages(), QStringList{QStringLiteral("Please help.")});

    desk.thread.sendReply(reply);
    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(desk.messages(), (QStringList{QStringLiteral("Please help."), reply}));
    const auto posts = desk.network.requests("POST", FakeAdvisorApi::repliesPath(id));
    QCOMPARE(posts.size(), 2);
    QVERIFY(!posts.first().header("Idempotency-Key").isEmpty());
    QCOMPARE(posts.last().header("Idempotency-Key"), posts.first().header("Idempotency-Key"));
    QCOMPARE(desk.server.messages(id).size(), 2); // stored once
    QCOMPARE(desk.inquiries.inquiry(id)->state, InquiryState::AwaitingCustomer);
    // A new reply is a new key.
    desk.thread.sendReply(QStringLiteral("One more thing."));
    QTRY_COMPARE(sent.size(), 2);
    QVERIFY(desk.network.requests("POST", FakeAdvisorApi::repliesPath(id)).last().header("Idempotency-Key") != posts.first().header("Idempotency-Key"));
    QTRY_COMPARE(desk.messages().size(), 3);
}

// The customer writes again while the advisor reads: the feed brings the inquiry's new change number, the thread is
// fetched again and the new message is one inserted row; what the advisor was reading stays where it was.
void tst_OpenThread::changedThreadIsMergedNotReset()
{
    Desk desk;
    const qint64 id = desk.server.writeInquiry(QStringLiteral("Statement missing"), desk.clock.now().addSecs(-3600));
    desk.sync.start();
    QTRY_COMPARE(desk.sync.state(), SyncEngine::State::Live);
    desk.thread.open(id);
    QTRY_COMPARE(desk.thread.state(), OpenThread::State::Ready);
    QSignalSpy reset(desk.thread.model(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(desk.thread.model(), &QAbstractItemModel::rowsInserted);
    desk.server.writeMessage(id, QStringLiteral("It is the one for 2025."), desk.clock.now());
    QTRY_COMPARE(desk.messages(), (QStringList{QStringLiteral("Please help."), QStringLiteral("It is the one for 2025.")}));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(desk.network.requests("GET", FakeAdvisorApi::threadPath(id)).size(), 2);
}

// The server is slow with the first thread; the advisor opens another one meanwhile. The first answer, when it
// comes, does not replace what is on screen.
void tst_OpenThread::lateAnswerForAThreadLeftIsDropped()
{
    Desk desk;
    const qint64 slow = desk.server.writeInquiry(QStringLiteral("Pension statement"), desk.clock.now().addSecs(-600));
    const qint64 other = desk.server.writeInquiry(QStringLiteral("Card blocked"), desk.clock.now().addSecs(-300), QStringLiteral("My card is blocked."));
    desk.inquiries.apply({desk.server.inquiry(slow), desk.server.inquiry(other)});
    desk.network.holdNext("GET", FakeAdvisorApi::threadPath(slow));
    desk.thread.open(slow);
    QTRY_COMPARE(desk.network.held(FakeAdvisorApi::threadPath(slow)), 1);
    QCOMPARE(desk.thread.state(), OpenThread::State::Loading);
    desk.thread.open(other);
    QTRY_COMPARE(desk.thread.state(), OpenThread::State::Ready);
    QCOMPARE(desk.messages(), QStringList{QStringLiteral("My card is blocked.")});
    QSignalSpy changed(&desk.thread, &OpenThread::changed);
    QSignalSpy answered(&desk.network, &QNetworkAccessManager::finished);
    desk.network.release(FakeAdvisorApi::threadPath(slow));
    QTRY_COMPARE(answered.size(), 1);
    // Decoded on the thread pool and handed back through an event: once both are done, the answer has arrived.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(changed.size(), 0);
    QCOMPARE(desk.thread.inquiryId(), other);
    QCOMPARE(desk.messages(), QStringList{QStringLiteral("My card is blocked.")});
}

QTEST_GUILESS_MAIN(tst_OpenThread)
#include "tst_openthread.moc"
