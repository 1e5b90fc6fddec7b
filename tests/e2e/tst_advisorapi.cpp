#include "EndToEndFixture.h"
#include "TestPki.h"
#include "app/ServerApplication.h"
#include "pki/CertificateAuthority.h"
#include "store/AdvisorStore.h"
#include "store/ChangeFeedStore.h"
#include "store/Database.h"
#include "store/InquiryStore.h"
#include "store/TopicStore.h"
#include "wire/ApiErrorWire.h"
#include "wire/DraftWire.h"
#include "wire/InquiryWire.h"
#include "wire/JsonReader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace confidant;
using namespace confidant::server;
using confidant::testing::HttpsClient;
using confidant::testing::Reply;

// The advisor API over real TLS with a client certificate: who gets in (and how soon a revocation counts), what an
// advisor sees of a customer and of another team, the long-poll of the change feed, and every bad input refused.
class tst_AdvisorApi : public testing::EndToEndFixture {
    Q_OBJECT
private slots:
    void advisorsSeeTheNameNeverTheAddress();
    void longPollWakesOnACustomersPost();
    void apiRefusesStrangers();
    void revokedWhileWaitingGetsNoData();
    void aRevocationTakesEffectAtOnce();
    void apiRejectsBadInput();
    void anotherTeamsInquiryIsNotThereForAnAdvisor();
};

// The advisor addresses the customer by the name they gave, as they typed it up to spacing; the address never
// leaves the customer pages.
void tst_AdvisorApi::advisorsSeeTheNameNeverTheAddress()
{
    const QByteArray email = "zoe.uenal@example.de";
    const QString name = QStringLiteral("Zo\u00eb \u00dcnal-\u00d8ster");
    auto zoe = customer();
    registerCustomer(*zoe, QString::fromLatin1(email), QStringLiteral("  Zo\u00eb   \u00dcnal-\u00d8ster "));
    const qint64 id = writeInquiry(*zoe, QStringLiteral("Savings plan"), QStringLiteral("Which plan suits me?"));
    QVERIFY(id > 0);

    auto maria = advisor();
    const Reply queue = maria->get(QStringLiteral("/api/v1/queue?limit=10"));
    QCOMPARE(queue.status, 200);
    QCOMPARE(wire::inquiryFromJson(wire::parseObject(queue.body)->value(QStringLiteral("inquiries")).toArray().first().toObject())
                 ->customerName, name);
    QVERIFY(!queue.body.contains(email));
    Reply changes;
    QTRY_VERIFY_WITH_TIMEOUT((changes = maria->get(QStringLiteral("/api/v1/changes?since=0"))).body.contains("Savings plan"), 5000);
    QCOMPARE(wire::changeBatchFromJson(*wire::parseObject(changes.body))->inquiries.first().customerName, name);
    QVERIFY(!changes.body.contains(email));
    QCOMPARE(maria->postJson(QStringLiteral("/api/v1/inquiries/%1/replies").arg(id), wire::encodeReplyDraft({QStringLiteral("Plan B.")})).status,
             201);

    const Reply opened = maria->get(QStringLiteral("/api/v1/inquiries/%1").arg(id));
    QCOMPARE(opened.status, 200);
    const QJsonObject thread = *wire::parseObject(opened.body);
    QCOMPARE(wire::inquiryFromJson(thread.value(QStringLiteral("inquiry")).toObject())->customerName, name);
    const QJsonArray messages = thread.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(wire::messageFromJson(messages.at(0).toObject())->authorName, name);
    QCOMPARE(wire::messageFromJson(messages.at(1).toObject())->authorName, QStringLiteral("Maria M\u00fcller"));
    QVERIFY(!opened.body.contains(email));
}

void tst_AdvisorApi::longPollWakesOnACustomersPost()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    auto maria = advisor();
    const qint64 cursor = wire::changeBatchFromJson(*wire::parseObject(maria->get(QStringLiteral("/api/v1/changes?since=0")).body))->cursor;
    // The advisor waits up to 20 s; the customer's post a moment later must end the wait at once.
    QTimer::singleShot(200, this, [&] { writeInquiry(*anna, QStringLiteral("Urgent"), QStringLiteral("Please call me.")); });
    QElapsedTimer timer;
    timer.start();
    const Reply woke = maria->get(QStringLiteral("/api/v1/changes?since=%1&wait=20").arg(cursor));
    QCOMPARE(woke.status, 200);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(wire::changeBatchFromJson(*wire::parseObject(woke.body))->inquiries.first().subject, QStringLiteral("Urgent"));
    const qint64 latest = wire::changeBatchFromJson(*wire::parseObject(woke.body))->cursor;
    const Reply quiet = maria->get(QStringLiteral("/api/v1/changes?since=%1&wait=1").arg(latest));
    const auto empty = wire::changeBatchFromJson(*wire::parseObject(quiet.body));
    QVERIFY(empty->inquiries.isEmpty());
    QCOMPARE(empty->cursor, latest);
}

void tst_AdvisorApi::apiRefusesStrangers()
{
    QUrl url = m_server->apiUrl();
    url.setHost(QStringLiteral("localhost"));
    HttpsClient noCertificate(url, m_pki->caCertificate);
    const Reply none = noCertificate.get(QStringLiteral("/api/v1/me"));
    QCOMPARE(none.status, 0);
    QVERIFY(!none.networkError.isEmpty());
    HttpsClient foreign(url, m_pki->caCertificate, m_pki->foreignCertificate, m_pki->foreignKey);
    QCOMPARE(foreign.get(QStringLiteral("/api/v1/me")).status, 0);

    // A valid company certificate that is registered to nobody: the handshake passes, the API refuses.
    QVERIFY(AdvisorStore(*m_db).revokeCertificate(certificateFingerprint(m_pki->advisorCertificate), m_clock.now()));
    auto maria = advisor();
    const Reply revoked = maria->get(QStringLiteral("/api/v1/me"));
    QCOMPARE(revoked.status, 403);
    QVERIFY(revoked.body.contains("not registered"));
    const Reply spoofed = maria->postJson(QStringLiteral("/api/v1/inquiries/1/replies?advisor=m.mueller"), "{\"body\":\"x\"}",
                                          "application/json", {{"X-Advisor", "m.mueller"}, {"X-Client-Certificate", "anything"}});
    QCOMPARE(spoofed.status, 403);
}

// The API keeps who a certificate belongs to for a few seconds, but a revocation is announced (a trigger's NOTIFY)
// and forgets it at once: the next request is refused, whichever way the certificate was revoked (here plain SQL).
void tst_AdvisorApi::aRevocationTakesEffectAtOnce()
{
    auto maria = advisor();
    QCOMPARE(maria->get(QStringLiteral("/api/v1/me")).status, 200);
    QCOMPARE(maria->get(QStringLiteral("/api/v1/me")).status, 200); // answered from what was kept
    QSqlQuery revoke(m_db->connection());
    QVERIFY(revoke.exec(QStringLiteral("UPDATE advisor_certificates SET revoked_at = now()")));
    QElapsedTimer timer;
    timer.start();
    auto again = advisor(); // a new connection: a refused one is closed
    QTRY_COMPARE_WITH_TIMEOUT(again->get(QStringLiteral("/api/v1/me")).status, 403, 2000);
    QVERIFY2(timer.elapsed() < 2000, "the revocation waited for the cache to expire instead of being announced");
}

void tst_AdvisorApi::revokedWhileWaitingGetsNoData()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    auto maria = advisor();
    const qint64 cursor = wire::changeBatchFromJson(*wire::parseObject(maria->get(QStringLiteral("/api/v1/changes?since=0")).body))->cursor;
    // While the advisor's request waits, the certificate is revoked and then a customer writes: the change wakes
    // the waiting request, which must now be refused instead of carrying the new inquiry.
    QTimer::singleShot(300, this, [&] {
        QVERIFY(AdvisorStore(*m_db).revokeCertificate(certificateFingerprint(m_pki->advisorCertificate), m_clock.now()));
        QVERIFY(writeInquiry(*anna, QStringLiteral("After the revocation"), QStringLiteral("Not for a revoked certificate.")) > 0);
    });
    const Reply woke = maria->get(QStringLiteral("/api/v1/changes?since=%1&wait=20").arg(cursor));
    QCOMPARE(woke.status, 403);
    QVERIFY(!woke.body.contains("After the revocation"));
    QCOMPARE(wire::apiErrorFromJson(*wire::parseObject(woke.body))->code, QStringLiteral("unknown_certificate"));
    // And the revoked advisor's connection ends with that answer.
    QCOMPARE(woke.header("Connection").toLower(), QByteArray("close"));
}

// Need to know at the API: an inquiry of another team's topic does not exist for Maria (404 for the thread, a
// reply and a claim, exactly as for an id that exists nowhere), and its subject and text are in no answer she gets.
void tst_AdvisorApi::anotherTeamsInquiryIsNotThereForAnAdvisor()
{
    AdvisorStore advisors(*m_db);
    const qint64 business = advisors.createTeam(QStringLiteral("Business clients"))->id;
    TopicStore topics(*m_db);
    QVERIFY(topics.setTeam(topics.findByKey(QStringLiteral("mortgage")).value()->id, business));
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("Company loan"), QStringLiteral("Our turnover is secret."));
    auto maria = advisor();
    const QString thread = QStringLiteral("/api/v1/inquiries/%1").arg(id);
    const Reply none = maria->get(QStringLiteral("/api/v1/inquiries/999999"));
    QCOMPARE(none.status, 404);
    const Reply hidden = maria->get(thread);
    QCOMPARE(hidden.status, 404);
    QCOMPARE(hidden.body, none.body);
    QCOMPARE(maria->postJson(thread + QStringLiteral("/replies"), "{\"body\": \"Hello\"}").status, 404);
    QCOMPARE(maria->postJson(thread + QStringLiteral("/claim"), "{}").status, 404);
    QTRY_VERIFY(ChangeFeedStore(*m_db).latestSequence() >= InquiryStore(*m_db).find(id)->seq);
    for (const QString &path : {QStringLiteral("/api/v1/changes?since=0"), QStringLiteral("/api/v1/queue")}) {
        const Reply reply = maria->get(path);
        QCOMPARE(reply.status, 200);
        QVERIFY2(!reply.body.contains("Company loan") && !reply.body.contains("turnover"), qPrintable(path));
    }
}

void tst_AdvisorApi::apiRejectsBadInput()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("Q"), QStringLiteral("B"));
    auto maria = advisor();
    const QString path = QStringLiteral("/api/v1/inquiries/%1/replies").arg(id);
    QCOMPARE(maria->postJson(path, "{\"body\": ").status, 400);
    QCOMPARE(maria->postJson(path, "{\"body\": \"   \"}").status, 422);
    QCOMPARE(maria->postJson(path, "{\"body\": \"fine\"}", "application/json", {{"Idempotency-Key", "not-a-uuid"}}).status, 400);
    QCOMPARE(maria->postJson(path, "{\"body\": \"\xc3\x28\"}").status, 400);
    // A lone surrogate escape has no UTF-8 form: it once arrived in the database as "?".
    QCOMPARE(maria->postJson(path, R"({"body": "Call me \ud800 today"})").status, 400);
    QCOMPARE(maria->postJson(path, "{\"body\": \"x\"}", "text/plain").status, 415);
    QCOMPARE(maria->postJson(QStringLiteral("/api/v1/inquiries/999999/replies"), "{\"body\": \"x\"}").status, 404);
    QCOMPARE(maria->postJson(QStringLiteral("/api/v1/inquiries/abc/replies"), "{\"body\": \"x\"}").status, 404);
    QCOMPARE(maria->postJson(path, "{\"body\":\"" + QByteArray(70 * 1024, 'x') + "\"}").status, 413);
    QCOMPARE(maria->get(QStringLiteral("/api/v1/changes?since=-1")).status, 400);
    QCOMPARE(maria->get(QStringLiteral("/api/v1/changes?wait=999")).status, 400);
    QCOMPARE(maria->get(QStringLiteral("/api/v1/inquiries/999999")).status, 404);
    const Reply error = maria->postJson(path, "{\"body\": 5}");
    QCOMPARE(error.status, 422);
    QCOMPARE(wire::apiErrorFromJson(*wire::parseObject(error.body))->fields.first().field, QStringLiteral("body"));
    QCOMPARE(count(QStringLiteral("messages")), 1);
}

QTEST_GUILESS_MAIN(tst_AdvisorApi)
#include "tst_advisorapi.moc"
