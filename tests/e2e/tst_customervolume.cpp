#include "EndToEndFixture.h"
#include "app/ServerApplication.h"
#include "store/DatabaseWorkers.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>

using namespace confidant;
using namespace confidant::server;
using confidant::testing::HttpsClient;
using confidant::testing::Reply;

// One customer writing and reading at volume (audit finding 5 of issue 20): hourly limits counted in the database,
// paged mailbox and thread, a streamed export, and the customer pages on workers of their own, so none of it reaches
// an advisor.
class tst_CustomerVolume : public testing::EndToEndFixture {
    Q_OBJECT
private slots:
    void busyCustomerWorkersLeaveTheAdvisorApiFree();
    void inquiriesBeyondTheHourlyLimitAreRefused();
    void messagesBeyondTheHourlyLimitAreRefused();

private:
    void restartWithLimits(int inquiries, int messages);
    Reply sendInquiry(HttpsClient &client, const QString &subject);
    Reply sendMessage(HttpsClient &client, qint64 inquiry, const QString &body);
};

void tst_CustomerVolume::restartWithLimits(int inquiries, int messages)
{
    ServerConfig config = serverConfig(PasswordHasher::Cost::Minimal);
    config.mailboxLimits = {inquiries, messages};
    restart(config, m_manualClock);
}

Reply tst_CustomerVolume::sendInquiry(HttpsClient &client, const QString &subject)
{
    client.get(QStringLiteral("/inquiries/new"));
    return client.postForm(QStringLiteral("/inquiries"), {{QStringLiteral("csrf_token"), client.csrfToken()},
        {QStringLiteral("topic"), QStringLiteral("mortgage")}, {QStringLiteral("subject"), subject}, {QStringLiteral("body"), QStringLiteral("Text of ") + subject}});
}

Reply tst_CustomerVolume::sendMessage(HttpsClient &client, qint64 inquiry, const QString &body)
{
    const QString thread = QStringLiteral("/inquiries/%1").arg(inquiry);
    client.get(thread);
    return client.postForm(thread + QStringLiteral("/messages"), {{QStringLiteral("csrf_token"), client.csrfToken()}, {QStringLiteral("body"), body}});
}

// Every customer worker held (and more customer work queued behind them): the advisor's queue still answers at once,
// from the advisor API's own workers.
void tst_CustomerVolume::busyCustomerWorkersLeaveTheAdvisorApiFree()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    QVERIFY(writeInquiry(*anna, QStringLiteral("Before the flood"), QStringLiteral("Hello")) > 0);
    auto maria = advisor();

    DatabaseWorkers &customerWorkers = m_server->customerWorkers();
    const int held = customerWorkers.threadCount();
    const auto started = std::make_shared<QSemaphore>();
    const auto gate = std::make_shared<QSemaphore>();
    auto letGo = qScopeGuard([gate, held] { gate->release(held + 1); }); // however the test ends, or the workers could not stop
    for (int i = 0; i <= held; ++i)
        customerWorkers.post([started, gate] {
            started->release();
            gate->acquire();
        });
    QTRY_COMPARE(started->available(), held);
    QCOMPARE(customerWorkers.queued(), 1);

    QElapsedTimer timer;
    timer.start();
    const Reply queue = maria->get(QStringLiteral("/api/v1/queue?limit=10"));
    QCOMPARE(queue.status, 200);
    QVERIFY(queue.body.contains("Before the flood"));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(customerWorkers.queued(), 1); // still saturated while the advisor was answered
}

// Over the limit the form comes back with what was written, as 429 with Retry-After, and nothing is stored; an hour
// after the first, the next one is taken. Another customer has limits of their own.
void tst_CustomerVolume::inquiriesBeyondTheHourlyLimitAreRefused()
{
    restartWithLimits(3, 60);
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(sendInquiry(*anna, QStringLiteral("Inquiry %1").arg(i)).status, 303);
        m_manualClock.advance(60);
    }
    const Reply refused = sendInquiry(*anna, QStringLiteral("One too many"));
    QCOMPARE(refused.status, 429);
    const qint64 retryAfter = refused.header("Retry-After").toLongLong();
    QVERIFY2(retryAfter > 3400 && retryAfter <= 3600 - 180, refused.header("Retry-After").constData());
    QVERIFY(refused.body.contains("You have reached the limit of 3 new inquiries per hour"));
    QVERIFY(refused.body.contains("role=\"alert\""));
    QVERIFY(refused.body.contains("value=\"One too many\"")); // the form as it was sent
    QVERIFY(refused.body.contains("Text of One too many"));
    QCOMPARE(count(QStringLiteral("inquiries")), 3);
    QCOMPARE(count(QStringLiteral("messages")), 3);
    QCOMPARE(count(QStringLiteral("customer_writes")), 3);

    auto ben = customer();
    registerCustomer(*ben, QStringLiteral("ben@example.de"));
    QCOMPARE(sendInquiry(*ben, QStringLiteral("Ben's own")).status, 303);

    // The session stays alive (a page view every 25 minutes) while the first inquiry leaves the hour.
    for (int step = 0; step < 2; ++step) {
        m_manualClock.advance(25 * 60);
        QCOMPARE(anna->get(QStringLiteral("/inquiries")).status, 200);
    }
    QCOMPARE(sendInquiry(*anna, QStringLiteral("Still too early")).status, 429);
    m_manualClock.advance(10 * 60);
    QCOMPARE(sendInquiry(*anna, QStringLiteral("An hour later")).status, 303);
    QCOMPARE(count(QStringLiteral("inquiries")), 5);
}

void tst_CustomerVolume::messagesBeyondTheHourlyLimitAreRefused()
{
    restartWithLimits(20, 2);
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 inquiry = writeInquiry(*anna, QStringLiteral("A thread"), QStringLiteral("First")); // the inquiry's limit, not this one
    QVERIFY(inquiry > 0);
    QCOMPARE(sendMessage(*anna, inquiry, QStringLiteral("Second")).status, 303);
    QCOMPARE(sendMessage(*anna, inquiry, QStringLiteral("Third")).status, 303);
    const Reply refused = sendMessage(*anna, inquiry, QStringLiteral("Fourth, one too many"));
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.header("Retry-After").toLongLong() > 3500);
    QVERIFY(refused.body.contains("You have reached the limit of 2 messages per hour"));
    QVERIFY(refused.body.contains(">Fourth, one too many</textarea>"));
    QVERIFY(refused.body.contains("Third")); // the thread is shown with it
    QCOMPARE(count(QStringLiteral("messages")), 3);
    // A form with a mistake is corrected, not counted: still 422.
    QCOMPARE(sendMessage(*anna, inquiry, QString()).status, 422);
}

QTEST_MAIN(tst_CustomerVolume)
#include "tst_customervolume.moc"
