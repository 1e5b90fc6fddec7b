#include "AdvisorNetworkAccess.h"
#include "ApiClient.h"
#include "ApiTestServer.h"
#include "InquiryModel.h"
#include "ManualClock.h"
#include "MessageStore.h"
#include "SyncEngine.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace confidant;
using namespace confidant::client;

// The sync engine against the real advisor API: TLS with the advisor's certificate, PostgreSQL behind it.
class tst_SyncEngine : public QObject {
    Q_OBJECT
private slots:
    void pagesThroughEverythingThenLongPolls();
    void recoversAfterTheServerRefused();
    void reportsAnUnreachableServer();
    void meAndReply();
};

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
    MessageStore messages;
    SyncEngine sync(&api, &inquiries, &messages, SyncEngine::Timing{20, 50, 200});
    QSignalSpy applied(&sync, &SyncEngine::batchApplied);
    sync.start();
    QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncEngine::State::Live, 10000);
    QCOMPARE(inquiries.rowCount(), 5);
    QVERIFY(applied.size() >= 3);
    QCOMPARE(messages.messages(inquiries.index(0, 0).data(InquiryModel::IdRole).toLongLong()).size(), 1);

    // The engine now holds a long-poll open; a new inquiry must arrive without any further request from us.
    const qint64 id = server.writeInquiry(QStringLiteral("Arrives live"), QDateTime::currentDateTimeUtc());
    QTRY_COMPARE_WITH_TIMEOUT(inquiries.rowCount(), 6, 5000);
    QCOMPARE(inquiries.inquiry(id)->subject, QStringLiteral("Arrives live"));
    sync.stop();
}

void tst_SyncEngine::recoversAfterTheServerRefused()
{
    testing::ApiTestServer server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    server.writeInquiry(QStringLiteral("First"), QDateTime::currentDateTimeUtc());
    server.revokeAdvisor();
    AdvisorNetworkAccess network(server.identity());
    ApiClient api(&network, server.url());
    testing::ManualClock clock;
    InquiryModel inquiries(clock, OpenDurationPolicy());
    MessageStore messages;
    SyncEngine sync(&api, &inquiries, &messages, SyncEngine::Timing{20, 50, 200});
    QSignalSpy failed(&sync, &SyncEngine::failed);
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 2, 5000); // retried, not given up
    QCOMPARE(sync.state(), SyncEngine::State::Offline);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("not registered")), qPrintable(failed.first().first().toString()));
    server.registerAdvisor();
    QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncEngine::State::Live, 5000);
    QCOMPARE(inquiries.rowCount(), 1);
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
    QCOMPARE(std::get<ApiFailure>(*result).message, QStringLiteral("The server cannot be reached. Check the network connection."));
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
    std::optional<ApiResult<Message>> sent;
    api.reply(id, QStringLiteral("Here is your answer."), [&](const ApiResult<Message> &r) { sent = r; });
    QTRY_VERIFY(sent.has_value());
    QCOMPARE(std::get<Message>(*sent).body, QStringLiteral("Here is your answer."));
    std::optional<ApiResult<Message>> empty;
    api.reply(id, QStringLiteral("   "), [&](const ApiResult<Message> &r) { empty = r; });
    QTRY_VERIFY(empty.has_value());
    QCOMPARE(std::get<ApiFailure>(*empty).httpStatus, 422);
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
