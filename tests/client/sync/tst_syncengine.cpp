#include "AdvisorNetworkAccess.h"
#include "ApiClient.h"
#include "ApiTestServer.h"
#include "FakeAdvisorApi.h"
#include "InquiryModel.h"
#include "ManualClock.h"
#include "ManualRetryTimer.h"
#include "OpenThread.h"
#include "SyncEngine.h"
#include "ThreadRows.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace confidant;
using namespace confidant::client;

using testing::FakeAdvisorApi;
using testing::FakeAnswer;
using testing::FakeNetworkAccess;

// The sync engine against the real advisor API (TLS with the advisor's certificate, PostgreSQL behind it), and against
// the fake network for what a real server does only on a bad day: a 500 in the middle of the feed, a 503 saying when
// to come back.
class tst_SyncEngine : public QObject {
    Q_OBJECT
private slots:
    void pagesThroughEverythingThenLongPolls();
    void refusedCertificateStopsAndSaysSo();
    void reportsAnUnreachableServer();
    void meAndReply();
    void openThreadLoadsAndReplies();
    void feedResumesAfterAFailedPage();
    void retryAfterIsWaitedFor();
    void pausesGrowWithoutRetryAfter();

private:
    static QList<qint64> sinces(const FakeNetworkAccess &network);
};

// The `since` of every feed request, in order.
QList<qint64> tst_SyncEngine::sinces(const FakeNetworkAccess &network)
{
    QList<qint64> list;
    for (const testing::FakeRequest &request : network.requests("GET", FakeAdvisorApi::changesPath()))
        list << request.query().queryItemValue(QStringLiteral("since")).toLongLong();
    return list;
}

void tst_SyncEngine::pagesThroughEverythingThenLongPolls()
{
    testing::ApiTestServer server(2); // pages of two rows, so five inquiries take three pages
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    for (int i = 0; i < 5; ++i)
        QVERIFY(server.writeInquiry(QStringLiteral("Inquiry %1").arg(i), QDateTime::currentDateTimeUtc()));
    AdvisorNetworkAccess network(server.identity());
    ApiClient api(&network, server.url());
    testing::ManualClock clock;
    InquiryModel inquiries(clock, OpenDurationPolicy());
    QAbstractItemModelTester tester(&inquiries, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SyncEngine sync(&api, &inquiries, SyncEngine::Timing{20, 50, 200});
    QSignalSpy applied(&sync, &SyncEngine::batchApplied);
    sync.start();
    QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncEngine::State::Live, 10000);
    // Live means caught up with the settled changes: a writing transaction elsewhere on the cluster (another test's
    // database) holds the horizon back, and the rows follow through the long-poll once it ends (docs/protocol.md).
    QTRY_COMPARE_WITH_TIMEOUT(inquiries.rowCount(), 5, 10000);
    QVERIFY(applied.size() >= 3);
    // Live means one request held open by the server, not a loop of quick ones: nothing arrives while nothing changes.
    const qsizetype appliedWhenLive = applied.size();
    QTest::qWait(500);
    QCOMPARE(applied.size(), appliedWhenLive);

    // The engine now holds a long-poll open; a new inquiry must arrive without any further request from us.
    const qint64 id = server.writeInquiry(QStringLiteral("Arrives live"), QDateTime::currentDateTimeUtc());
    QTRY_COMPARE_WITH_TIMEOUT(inquiries.rowCount(), 6, 5000);
    QCOMPARE(inquiries.inquiry(id)->subject, QStringLiteral("Arrives live"));
    sync.stop();
}

// A revoked certificate is not a network glitch: the engine stops, says so once, and starts again when told to.
void tst_SyncEngine::refusedCertificateStopsAndSaysSo()
{
    testing::ApiTestServer server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    server.writeInquiry(QStringLiteral("First"), QDateTime::currentDateTimeUtc());
    server.revokeAdvisor();
    AdvisorNetworkAccess network(server.identity());
    ApiClient api(&network, server.url());
    testing::ManualClock clock;
    InquiryModel inquiries(clock, OpenDurationPolicy());
    SyncEngine sync(&api, &inquiries, SyncEngine::Timing{20, 50, 200});
    QSignalSpy failed(&sync, &SyncEngine::failed);
    sync.start();
    QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncEngine::State::Refused, 5000);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("not registered")), qPrintable(failed.first().first().toString()));
    QTest::qWait(300); // several retry periods
    QCOMPARE(failed.size(), 1);
    server.registerAdvisor();
    sync.start();
    QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncEngine::State::Live, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(inquiries.rowCount(), 1, 10000); // may follow Live: see pagesThroughEverythingThenLongPolls
}

void tst_SyncEngine::reportsAnUnreachableServer()
{
    testing::ApiTestServer server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    AdvisorNetworkAccess network(server.identity());
    ApiClient api(&network, QUrl(QStringLiteral("https://localhost:1/")));
    std::optional<ApiResult<AdvisorProfile>> result;
    api.me([&](const ApiResult<AdvisorProfile> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(std::holds_alternative<ApiFailure>(*result));
    QCOMPARE(std::get<ApiFailure>(*result).httpStatus, 0);
    QVERIFY(std::get<ApiFailure>(*result).message.startsWith(QLatin1String("The server cannot be reached at this address.")));
}

void tst_SyncEngine::meAndReply()
{
    testing::ApiTestServer server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    const qint64 id = server.writeInquiry(QStringLiteral("Question"), QDateTime::currentDateTimeUtc());
    AdvisorNetworkAccess network(server.identity());
    ApiClient api(&network, server.url());
    std::optional<ApiResult<AdvisorProfile>> me;
    api.me([&](const ApiResult<AdvisorProfile> &r) { me = r; });
    QTRY_VERIFY(me.has_value());
    QCOMPARE(std::get<AdvisorProfile>(*me).displayName, QStringLiteral("Maria M\u00fcller"));
    const QUuid key = QUuid::createUuid();
    std::optional<ApiResult<ReplyResult>> sent;
    api.reply(id, QStringLiteral("Here is your answer."), key, [&](const ApiResult<ReplyResult> &r) { sent = r; });
    QTRY_VERIFY(sent.has_value());
    QCOMPARE(std::get<ReplyResult>(*sent).message.body, QStringLiteral("Here is your answer."));
    QCOMPARE(std::get<ReplyResult>(*sent).inquiry.state, InquiryState::AwaitingCustomer);
    // Sent again with the same key (as after a lost answer): the first reply comes back, nothing is posted twice.
    std::optional<ApiResult<ReplyResult>> again;
    api.reply(id, QStringLiteral("Here is your answer."), key, [&](const ApiResult<ReplyResult> &r) { again = r; });
    QTRY_VERIFY(again.has_value());
    QCOMPARE(std::get<ReplyResult>(*again).message.id, std::get<ReplyResult>(*sent).message.id);
    std::optional<ApiResult<InquiryThread>> thread;
    api.thread(id, [&](const ApiResult<InquiryThread> &r) { thread = r; });
    QTRY_VERIFY(thread.has_value());
    QCOMPARE(std::get<InquiryThread>(*thread).messages.size(), 2); // the customer's and one reply
    std::optional<ApiResult<ReplyResult>> empty;
    api.reply(id, QStringLiteral("   "), QUuid(), [&](const ApiResult<ReplyResult> &r) { empty = r; });
    QTRY_VERIFY(empty.has_value());
    QCOMPARE(std::get<ApiFailure>(*empty).httpStatus, 422);
}

// The open thread fetches its messages, sends a reply, and shows it at once; the inquiry's new state is in the model
// before the feed brings it.
void tst_SyncEngine::openThreadLoadsAndReplies()
{
    testing::ApiTestServer server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    const qint64 id = server.writeInquiry(QStringLiteral("Question"), QDateTime::currentDateTimeUtc());
    AdvisorNetworkAccess network(server.identity());
    ApiClient api(&network, server.url());
    testing::ManualClock clock;
    InquiryModel inquiries(clock, OpenDurationPolicy());
    SyncEngine sync(&api, &inquiries, SyncEngine::Timing{20, 50, 200});
    OpenThread thread(&api, &inquiries);
    sync.start();
    QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncEngine::State::Live, 10000);
    thread.open(id);
    QCOMPARE(thread.state(), OpenThread::State::Loading);
    QTRY_COMPARE(thread.state(), OpenThread::State::Ready);
    const auto messages = [&thread] { return testing::textsOf(*thread.model(), ThreadModel::Kind::Message); };
    QCOMPARE(messages().size(), 1);
    QCOMPARE(messages().first(), QStringLiteral("Please help."));
    QSignalSpy sent(&thread, &OpenThread::replySent);
    thread.sendReply(QStringLiteral("Here is your answer."));
    QTRY_COMPARE(sent.size(), 1);
    // Shown from the reply's answer, or (when the feed announced it first) from the reload that started.
    QTRY_COMPARE(messages().size(), 2);
    QCOMPARE(inquiries.inquiry(id)->state, InquiryState::AwaitingCustomer);
    QSignalSpy failed(&thread, &OpenThread::replyFailed);
    thread.sendReply(QStringLiteral("\x01"));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(messages().size(), 2);
    thread.open(id + 1000);
    QTRY_COMPARE(thread.state(), OpenThread::State::Failed);
    QVERIFY(messages().isEmpty());
    sync.stop();
}

// Five inquiries in pages of two; the second page fails with a 500. The engine asks again from the cursor of the
// page it applied, and ends with each inquiry once: none lost, none twice.
void tst_SyncEngine::feedResumesAfterAFailedPage()
{
    testing::ManualClock clock;
    FakeNetworkAccess network;
    FakeAdvisorApi server(&network, clock, 2);
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << server.writeInquiry(QStringLiteral("Inquiry %1").arg(i), clock.now().addSecs(-600 + i));
    network.enqueue("GET", FakeAdvisorApi::changesPath(), FakeAnswer::error(500, QStringLiteral("internal"), QStringLiteral("Internal error")),
                    {.after = 1});
    ApiClient api(&network, FakeAdvisorApi::url());
    InquiryModel inquiries(clock, OpenDurationPolicy());
    QAbstractItemModelTester tester(&inquiries, QAbstractItemModelTester::FailureReportingMode::QtTest);
    testing::ManualRetryTimer retry;
    SyncEngine sync(&api, &inquiries, SyncEngine::Timing{20, 50, 200}, &retry);
    QSignalSpy failed(&sync, &SyncEngine::failed);
    sync.start();
    QTRY_COMPARE(sync.state(), SyncEngine::State::Offline);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("Internal error"));
    QCOMPARE(inquiries.rowCount(), 2);
    QCOMPARE(sync.cursor(), 2);
    retry.fire();
    QTRY_COMPARE(sync.state(), SyncEngine::State::Live);
    QCOMPARE(sinces(network), (QList<qint64>{0, 2, 2, 4, 5}));
    QCOMPARE(inquiries.rowCount(), 5);
    for (const qint64 id : ids)
        QCOMPARE(inquiries.inquiry(id)->subject, QStringLiteral("Inquiry %1").arg(ids.indexOf(id)));
    // Live: the last request is the long-poll, held by the server until something changes.
    QCOMPARE(network.held(FakeAdvisorApi::changesPath()), 1);
    const qint64 late = server.writeInquiry(QStringLiteral("Arrives live"), clock.now());
    QTRY_COMPARE(inquiries.rowCount(), 6);
    QCOMPARE(inquiries.inquiry(late)->subject, QStringLiteral("Arrives live"));
    QCOMPARE(network.unscripted(), 0);
}

// The database behind the server is away: 503 with Retry-After: 30. The engine says it is offline and asks again no
// sooner than 30 seconds, however short its own first pause (50 ms here); then it catches up.
void tst_SyncEngine::retryAfterIsWaitedFor()
{
    testing::ManualClock clock;
    FakeNetworkAccess network;
    FakeAdvisorApi server(&network, clock);
    server.writeInquiry(QStringLiteral("Waiting for the database"), clock.now());
    network.enqueue("GET", FakeAdvisorApi::changesPath(),
                    FakeAnswer::error(503, QStringLiteral("unavailable"), QStringLiteral("The service is briefly unavailable. Please try again shortly."))
                        .withHeader("Retry-After", "30"));
    ApiClient api(&network, FakeAdvisorApi::url());
    InquiryModel inquiries(clock, OpenDurationPolicy());
    testing::ManualRetryTimer retry;
    SyncEngine sync(&api, &inquiries, SyncEngine::Timing{20, 50, 200}, &retry);
    sync.start();
    QTRY_COMPARE(sync.state(), SyncEngine::State::Offline);
    QVERIFY(retry.isPending());
    QCOMPARE(retry.delays(), (QList<std::chrono::milliseconds>{std::chrono::seconds(30)}));
    QCOMPARE(network.requests().size(), 1); // nothing asked while the pause runs
    retry.fire();
    QTRY_COMPARE(sync.state(), SyncEngine::State::Live);
    QCOMPARE(inquiries.rowCount(), 1);
    QCOMPARE(sinces(network), (QList<qint64>{0, 0, 1}));
}

// Without Retry-After the pauses double up to the longest, and start short again once the server has answered.
void tst_SyncEngine::pausesGrowWithoutRetryAfter()
{
    testing::ManualClock clock;
    FakeNetworkAccess network;
    FakeAdvisorApi server(&network, clock);
    server.writeInquiry(QStringLiteral("Arrives at last"), clock.now());
    for (int i = 0; i < 4; ++i)
        network.enqueue("GET", FakeAdvisorApi::changesPath(), FakeAnswer::cut());
    ApiClient api(&network, FakeAdvisorApi::url());
    InquiryModel inquiries(clock, OpenDurationPolicy());
    testing::ManualRetryTimer retry;
    SyncEngine sync(&api, &inquiries, SyncEngine::Timing{20, 50, 200}, &retry);
    QSignalSpy failed(&sync, &SyncEngine::failed);
    sync.start();
    for (int attempt = 1; attempt <= 4; ++attempt) {
        QTRY_COMPARE(failed.size(), attempt);
        QCOMPARE(sync.state(), SyncEngine::State::Offline);
        retry.fire();
    }
    QTRY_COMPARE(sync.state(), SyncEngine::State::Live);
    using std::chrono::milliseconds;
    QCOMPARE(retry.delays(), (QList<milliseconds>{milliseconds(50), milliseconds(100), milliseconds(200), milliseconds(200)}));
    QVERIFY(failed.first().first().toString().startsWith(QLatin1String("The server cannot be reached")));
    // Up again, then down once more: the first pause is short again.
    network.enqueue("GET", FakeAdvisorApi::changesPath(), FakeAnswer::error(500, QStringLiteral("internal"), QStringLiteral("Internal error")));
    network.release(FakeAdvisorApi::changesPath()); // the long-poll ends empty, the next request meets the 500
    QTRY_COMPARE(failed.size(), 5);
    QCOMPARE(retry.delays().last(), milliseconds(50));
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
