#include "EndToEndFixture.h"
#include "app/ServerApplication.h"
#include "store/DatabaseWorkers.h"
#include "wire/DraftWire.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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
    void theMailboxIsPagedByKeyset();
    void theThreadIsPagedAndMarksWhatWasShown();
    void theExportIsStreamedAndComplete();

private:
    void restartWithLimits(int inquiries, int messages);
    Reply sendInquiry(HttpsClient &client, const QString &subject);
    Reply sendMessage(HttpsClient &client, qint64 inquiry, const QString &body);
    void restartWithPageSizes(int inquiries, int messages);
    // The target of the page's link with this rel ("next", "prev"), empty when it has none.
    static QString link(const Reply &page, const char *rel);
};

void tst_CustomerVolume::restartWithPageSizes(int inquiries, int messages)
{
    ServerConfig config = serverConfig(PasswordHasher::Cost::Minimal);
    config.mailboxLimits = {0, 0};
    config.pageSizes = {inquiries, messages};
    restart(config, m_clock);
}

QString tst_CustomerVolume::link(const Reply &page, const char *rel)
{
    const QRegularExpression anchor(QStringLiteral("<a href=\"([^\"]+)\" rel=\"%1\">").arg(QLatin1String(rel)));
    return anchor.match(QString::fromUtf8(page.body)).captured(1);
}

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

// Three a page, newest first, with "older / newer" links in a labelled nav; a link keeps leading to the same rows when
// a new inquiry arrives meanwhile (a key, not an offset), and the last page links back.
void tst_CustomerVolume::theMailboxIsPagedByKeyset()
{
    restartWithPageSizes(3, 100);
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    for (int i = 1; i <= 7; ++i)
        QVERIFY(writeInquiry(*anna, QStringLiteral("Inquiry number %1").arg(i), QStringLiteral("Text")) > 0);
    const auto shows = [](const Reply &page, QList<int> numbers) {
        QList<int> shown;
        for (int i = 1; i <= 9; ++i) {
            if (page.body.contains(QStringLiteral("Inquiry number %1<").arg(i).toUtf8()))
                shown.prepend(i);
        }
        return shown == numbers;
    };
    const Reply first = anna->get(QStringLiteral("/inquiries"));
    QVERIFY(shows(first, {7, 6, 5}));
    QVERIFY(first.body.contains("<nav class=\"pages\" aria-label=\"More inquiries\">"));
    QVERIFY(link(first, "prev").isEmpty());
    const QString toSecond = link(first, "next");
    QVERIFY(toSecond.startsWith(QStringLiteral("/inquiries?older=")));

    QVERIFY(writeInquiry(*anna, QStringLiteral("Inquiry number 8"), QStringLiteral("Arrives meanwhile")) > 0);
    const Reply second = anna->get(toSecond);
    QVERIFY(shows(second, {4, 3, 2}));
    const Reply last = anna->get(link(second, "next"));
    QVERIFY(shows(last, {1}));
    QVERIFY(link(last, "next").isEmpty());
    const Reply back = anna->get(link(last, "prev"));
    QVERIFY(shows(back, {4, 3, 2}));
    // Newer pages go up from the key: the three just above 4, then the one that arrived meanwhile.
    const Reply newer = anna->get(link(back, "prev"));
    QVERIFY(shows(newer, {7, 6, 5}));
    QVERIFY(shows(anna->get(link(newer, "prev")), {8}));
    // A key from nowhere is the newest page; one beyond the last row an empty page that leads back.
    QVERIFY(shows(anna->get(QStringLiteral("/inquiries?older=nonsense")), {8, 7, 6}));
    const Reply beyond = anna->get(QStringLiteral("/inquiries?older=1-1"));
    QCOMPARE(beyond.status, 200);
    QVERIFY(beyond.body.contains("There are no more inquiries here."));
    QVERIFY(!link(beyond, "prev").isEmpty());
}

// The newest four messages first, earlier ones by link. Opening an earlier page does not read an answer that is
// only on the newest one; opening that page does.
void tst_CustomerVolume::theThreadIsPagedAndMarksWhatWasShown()
{
    restartWithPageSizes(50, 4);
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 inquiry = writeInquiry(*anna, QStringLiteral("A long thread"), QStringLiteral("Message 1"));
    QVERIFY(inquiry > 0);
    for (int i = 2; i <= 8; ++i)
        QCOMPARE(sendMessage(*anna, inquiry, QStringLiteral("Message %1").arg(i)).status, 303);
    auto maria = advisor();
    const Reply answered = maria->postJson(QStringLiteral("/api/v1/inquiries/%1/replies").arg(inquiry), wire::encodeReplyDraft({QStringLiteral("The answer")}));
    QCOMPARE(answered.status, 201);
    const qint64 answer = QJsonDocument::fromJson(answered.body).object().value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(answer > 0);
    QVERIFY(anna->get(QStringLiteral("/inquiries")).body.contains("New answer</strong>"));

    const QString thread = QStringLiteral("/inquiries/%1").arg(inquiry);
    // The page before the answer, as a link from an earlier visit would open it: the answer is still new.
    const Reply beforeAnswer = anna->get(thread + QStringLiteral("?older=%1").arg(answer));
    QCOMPARE(beforeAnswer.body.count("<div class=\"body\">"), 4);
    QVERIFY(beforeAnswer.body.contains("Message 8<") && beforeAnswer.body.contains("Message 5<") && !beforeAnswer.body.contains("The answer"));
    QVERIFY(anna->get(QStringLiteral("/inquiries")).body.contains("New answer</strong>"));

    const Reply newest = anna->get(thread);
    QCOMPARE(newest.body.count("<div class=\"body\">"), 4);
    QVERIFY(newest.body.contains("Message 6<") && newest.body.contains("The answer<") && !newest.body.contains("Message 5<"));
    QVERIFY(newest.body.contains("<nav class=\"pages\" aria-label=\"More messages\">"));
    QVERIFY(link(newest, "next").isEmpty());
    QVERIFY(newest.body.contains("action=\"/inquiries/" + QByteArray::number(inquiry) + "/messages\""));
    QVERIFY(!anna->get(QStringLiteral("/inquiries")).body.contains("New answer</strong>"));

    const Reply earlier = anna->get(link(newest, "prev"));
    QVERIFY(earlier.body.contains("Message 2<") && earlier.body.contains("Message 5<") && !earlier.body.contains("Message 6<"));
    const Reply first = anna->get(link(earlier, "prev"));
    QVERIFY(first.body.contains("Message 1<") && !first.body.contains("Message 2<"));
    QVERIFY(link(first, "prev").isEmpty());
    QVERIFY(anna->get(link(first, "next")).body.contains("Message 2<"));
}

// More inquiries than one chunk holds (ExportStream::threadsPerChunk): both downloads arrive chunked, without a
// Content-Length, and complete: valid JSON with every inquiry and message, a whole HTML document.
void tst_CustomerVolume::theExportIsStreamedAndComplete()
{
    restartWithPageSizes(50, 100);
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    constexpr int inquiries = 120;
    for (int i = 1; i <= inquiries; ++i)
        QVERIFY(writeInquiry(*anna, QStringLiteral("Inquiry number %1").arg(i), QStringLiteral("Text %1").arg(i)) > 0);
    QCOMPARE(sendMessage(*anna, 1, QStringLiteral("A second message")).status, 303);

    const Reply json = anna->get(QStringLiteral("/account/export.json"));
    QCOMPARE(json.status, 200);
    QCOMPARE(json.header("Transfer-Encoding"), QByteArray("chunked"));
    QVERIFY(json.header("Content-Length").isEmpty());
    QVERIFY(json.header("Content-Disposition").startsWith("attachment; filename=\"confidant-export-"));
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(json.body, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(document.value(QStringLiteral("format")).toString(), QStringLiteral("confidant-export/1"));
    QCOMPARE(document.value(QStringLiteral("account")).toObject().value(QStringLiteral("email")).toString(), QStringLiteral("anna@example.de"));
    const QJsonArray exported = document.value(QStringLiteral("inquiries")).toArray();
    QCOMPARE(exported.size(), inquiries);
    int messages = 0;
    for (int i = 0; i < exported.size(); ++i) {
        const QJsonObject inquiry = exported.at(i).toObject();
        QCOMPARE(inquiry.value(QStringLiteral("subject")).toString(), QStringLiteral("Inquiry number %1").arg(i + 1)); // oldest first
        messages += int(inquiry.value(QStringLiteral("messages")).toArray().size());
    }
    QCOMPARE(messages, inquiries + 1);
    QCOMPARE(exported.at(0).toObject().value(QStringLiteral("messages")).toArray().at(1).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("A second message"));

    const Reply html = anna->get(QStringLiteral("/account/export.html"), "de");
    QCOMPARE(html.status, 200);
    QCOMPARE(html.header("Transfer-Encoding"), QByteArray("chunked"));
    QVERIFY(html.body.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.body.trimmed().endsWith("</html>"));
    QCOMPARE(html.body.count("<h2>Inquiry number "), inquiries);
    QVERIFY(html.body.contains("Exportiert am"));
    QVERIFY(!html.body.contains("Sie haben noch keine Anfrage geschrieben."));
}

QTEST_MAIN(tst_CustomerVolume)
#include "tst_customervolume.moc"
