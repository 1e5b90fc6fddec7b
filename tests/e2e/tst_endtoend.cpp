#include "HttpsClient.h"
#include "ManualClock.h"
#include "TestPki.h"
#include "TestPostgres.h"
#include "TestServer.h"
#include "app/ServerApplication.h"
#include "domain/Agreement.h"
#include "pki/CertificateAuthority.h"
#include "store/AdvisorStore.h"
#include "store/Database.h"
#include "store/DatabaseWorkers.h"
#include "store/InquiryOwnership.h"
#include "store/InquiryStore.h"
#include "store/RetentionPolicyStore.h"
#include "store/CalendarStore.h"
#include "store/TopicStore.h"
#include "web/CustomerPortal.h"
#include "web/LocalTimeFormatter.h"
#include "wire/DeletionWire.h"
#include "wire/WireFormat.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlError>
#include <QDeadlineTimer>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace confidant;
using namespace confidant::server;
using confidant::testing::HttpsClient;
using confidant::testing::Reply;

// The whole product over real TLS: the customer in the web pages, the advisor through the API with a real client
// certificate, PostgreSQL underneath. Also every refusal a stranger could try.
class tst_EndToEnd : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void customerAsksAdvisorAnswersCustomerReads();
    void advisorsSeeTheNameNeverTheAddress();
    void longPollWakesOnACustomersPost();
    void aSlowQueryDoesNotStallOtherRequests();
    void apiRefusesStrangers();
    void revokedWhileWaitingGetsNoData();
    void aRevocationTakesEffectAtOnce();
    void databaseOutageIsNotARefusal();
    void serverReconnectsAfterTheDatabaseEndedItsConnections();
    void customersTextSurvivesAnOutage();
    void twoInstancesOnOneDatabase();
    void apiRejectsBadInput();
    void absencesThroughTheApi();
    void internalNotesStayWithTheAdvisors();
    void deletionRecommendationsAreConfirmedOrPostponed();
    void anotherTeamsInquiryIsNotThereForAnAdvisor();
    void advisorMovesAnInquiryThroughTheApi();
    void formsRequireTheCsrfToken();
    void wrongPasswordAndTakenEmail();
    void anotherCustomersInquiryIsInvisible();
    void badFormInputIsShownAgain();
    void registrationErrorsKeepNameAndAddress();
    void sessionCookieAndLanguage();
    void passwordHashingDoesNotStallOtherRequests();
    void newAnswerIsMarkedUntilTheThreadIsOpened();
    void timesShowTheConfiguredZone();
    void customersSeeByWhenAnAnswerIsPromised();
    void aLinkFromTheWebsitePreselectsItsTopic();
    void theExportHoldsAllOfTheCustomersDataAndNobodyElses();
    void customersDeleteTheirInquiriesAndCloseTheirAccount();
    void topicTitlesFollowThePagesLanguage();
    void everyFormAnnouncesErrorsAndFocusesTheFirst();
    void privacyAndAgreementAreLinkedFromEveryPage();
    void registrationDoesNotRevealWhoHasAnAccount();
    void registrationsAreLimitedPerAddress();
    void signInIsThrottled();
    void pageViewsWithoutASessionWriteNothing();
    void sessionEndsAfterThirtyIdleMinutes();

private:
    void restartOnManualClock();
    Reply signIn(HttpsClient &client, const QString &email, const QString &password);
    ServerConfig serverConfig(PasswordHasher::Cost cost) const;
    // Makes the test database refuse connections and ends the server's (as while PostgreSQL is down), or ends that.
    void setDatabaseAvailable(bool available);
    std::unique_ptr<HttpsClient> customer();
    std::unique_ptr<HttpsClient> advisor(ServerApplication *server = nullptr);
    void registerCustomer(HttpsClient &client, const QString &email, const QString &name = QStringLiteral("Anna Schmidt"));
    qint64 writeInquiry(HttpsClient &client, const QString &subject, const QString &body);
    int count(const QString &table);
    static QStringList autofocused(const QByteArray &html);

    std::unique_ptr<testing::TestPostgres> m_pg;
    std::unique_ptr<testing::TestPki> m_pki;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    testing::ManualClock m_manualClock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<ServerApplication> m_server;
};

void tst_EndToEnd::init()
{
    m_pg = std::make_unique<testing::TestPostgres>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->errorString()));
    m_pki = std::make_unique<testing::TestPki>();
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    m_db = m_pg->open(QStringLiteral("e2e-setup"));
    QVERIFY(m_db);
    QVERIFY(TopicStore(*m_db).create(QStringLiteral("mortgage"), QStringLiteral("Mortgages")));
    AdvisorStore advisors(*m_db);
    const auto advisor = advisors.createAdvisor(QStringLiteral("m.mueller"), QStringLiteral("Maria M\u00fcller"),
                                                advisors.createTeam(QStringLiteral("Private clients"))->id, false);
    QVERIFY(advisors.registerCertificate(advisor->id, certificateFingerprint(m_pki->advisorCertificate), QStringLiteral("01"),
                                         m_pki->advisorCertificate.expiryDate()));

    m_server = std::make_unique<ServerApplication>(serverConfig(PasswordHasher::Cost::Minimal), m_clock);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void tst_EndToEnd::cleanup()
{
    m_server.reset();
    m_db.reset();
    m_pg.reset();
}

// A server on the test database and PKI, on free loopback ports.
ServerConfig tst_EndToEnd::serverConfig(PasswordHasher::Cost cost) const
{
    ServerConfig config = testing::testServerConfig(*m_pg, *m_pki, cost);
    // No summer time and never the machine's own zone, so a page showing UTC or local time instead cannot pass.
    config.timeZone = QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
    return config;
}

std::unique_ptr<HttpsClient> tst_EndToEnd::customer()
{
    QUrl url = m_server->customerUrl();
    url.setHost(QStringLiteral("localhost"));
    return std::make_unique<HttpsClient>(url, m_pki->caCertificate);
}

std::unique_ptr<HttpsClient> tst_EndToEnd::advisor(ServerApplication *server)
{
    return testing::advisorClient(server ? *server : *m_server, *m_pki);
}

int tst_EndToEnd::count(const QString &table)
{
    QSqlQuery query(m_db->connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next() ? query.value(0).toInt() : -1;
}

// A server whose time the test moves (throttling windows, idle timeout).
void tst_EndToEnd::restartOnManualClock()
{
    m_server.reset();
    m_server = std::make_unique<ServerApplication>(serverConfig(PasswordHasher::Cost::Minimal), m_manualClock);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

Reply tst_EndToEnd::signIn(HttpsClient &client, const QString &email, const QString &password)
{
    client.get(QStringLiteral("/login"));
    return client.postForm(QStringLiteral("/login"), {{QStringLiteral("csrf_token"), client.csrfToken()},
                                                      {QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
}

// Registering does not sign in (the answer must not differ for a known address): the customer signs in next.
void tst_EndToEnd::registerCustomer(HttpsClient &client, const QString &email, const QString &name)
{
    QCOMPARE(client.get(QStringLiteral("/register")).status, 200);
    const Reply registered = client.postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), client.csrfToken()},
        {QStringLiteral("name"), name}, {QStringLiteral("email"), email}, {QStringLiteral("password"), QStringLiteral("a long password 1")},
        {QStringLiteral("password_confirm"), QStringLiteral("a long password 1")}});
    QCOMPARE(registered.status, 303);
    QCOMPARE(registered.header("Location"), QByteArray("/login?registered=1"));
    QVERIFY(client.get(QStringLiteral("/login?registered=1")).body.contains("your account is ready"));
    const Reply signedIn = signIn(client, email, QStringLiteral("a long password 1"));
    QCOMPARE(signedIn.status, 303);
    QCOMPARE(signedIn.header("Location"), QByteArray("/agreement"));
    QCOMPARE(client.get(QStringLiteral("/inquiries")).header("Location"), QByteArray("/agreement")); // consent first
    const Reply page = client.get(QStringLiteral("/agreement"));
    QVERIFY(page.body.contains("name=\"accept\""));
    const Reply accepted = client.postForm(QStringLiteral("/agreement"), {{QStringLiteral("csrf_token"), client.csrfToken()},
                                                                           {QStringLiteral("accept"), QStringLiteral("yes")}});
    QCOMPARE(accepted.status, 303);
    QCOMPARE(accepted.header("Location"), QByteArray("/inquiries"));
}

qint64 tst_EndToEnd::writeInquiry(HttpsClient &client, const QString &subject, const QString &body)
{
    const Reply form = client.get(QStringLiteral("/inquiries/new"));
    if (form.status != 200 || !form.body.contains("value=\"mortgage\""))
        return 0;
    const Reply sent = client.postForm(QStringLiteral("/inquiries"), {{QStringLiteral("csrf_token"), client.csrfToken()},
        {QStringLiteral("topic"), QStringLiteral("mortgage")}, {QStringLiteral("subject"), subject}, {QStringLiteral("body"), body}});
    if (sent.status != 303)
        return 0;
    return sent.header("Location").mid(QByteArray("/inquiries/").size()).toLongLong();
}

void tst_EndToEnd::customerAsksAdvisorAnswersCustomerReads()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("Fixed rate <b>after</b> 10 years?"), QStringLiteral("My rate ends in spring."));
    QVERIFY(id > 0);
    const Reply mailbox = anna->get(QStringLiteral("/inquiries"));
    QVERIFY(mailbox.body.contains("Fixed rate &lt;b&gt;after&lt;/b&gt; 10 years?"));
    QVERIFY(mailbox.body.contains("Waiting for an answer"));
    QVERIFY(mailbox.body.contains("open for 0 minutes"));

    auto maria = advisor();
    // A committed change reaches the feed once no older writing transaction is running (anywhere in the cluster:
    // other tests write in their own databases), usually at once.
    const auto feedSince = [&](qint64 since) { return maria->get(QStringLiteral("/api/v1/changes?since=%1").arg(since)); };
    const auto batchOf = [](const Reply &reply) { return wire::changeBatchFromJson(*wire::parseObject(reply.body)).value_or(ChangeBatch{}); };
    Reply changes;
    QTRY_VERIFY_WITH_TIMEOUT(!batchOf(changes = feedSince(0)).inquiries.isEmpty(), 5000);
    QCOMPARE(changes.status, 200);
    const auto batch = wire::changeBatchFromJson(*wire::parseObject(changes.body));
    QVERIFY(batch);
    QCOMPARE(batch->inquiries.size(), 1);
    QCOMPARE(batch->inquiries.first().subject, QStringLiteral("Fixed rate <b>after</b> 10 years?"));
    // The feed carries no message texts; the advisor's client fetches the thread it opens.
    QVERIFY(!changes.body.contains("My rate ends in spring."));
    const Reply opened = maria->get(QStringLiteral("/api/v1/inquiries/%1").arg(id));
    QCOMPARE(opened.status, 200);
    QCOMPARE(wire::messageFromJson(wire::parseObject(opened.body)->value(QStringLiteral("messages")).toArray().first().toObject())->body,
             QStringLiteral("My rate ends in spring."));

    const auto queueIds = [&] {
        QList<qint64> ids;
        const Reply queue = maria->get(QStringLiteral("/api/v1/queue?limit=10"));
        for (const QJsonValue &value : wire::parseObject(queue.body)->value(QStringLiteral("inquiries")).toArray())
            ids << wire::inquiryFromJson(value.toObject())->id;
        return ids;
    };
    QCOMPARE(queueIds(), QList<qint64>{id});
    QCOMPARE(queueIds(), QList<qint64>{id}); // the second answer comes from the cache and must agree
    QCOMPARE(maria->get(QStringLiteral("/api/v1/queue?limit=0")).status, 400);

    const Reply reply = maria->postJson(QStringLiteral("/api/v1/inquiries/%1/replies").arg(id),
                                        wire::encodeReplyDraft({QStringLiteral("We can fix it now for 5 years.")}));
    QCOMPARE(reply.status, 201);
    QTRY_VERIFY_WITH_TIMEOUT(queueIds().isEmpty(), 5000); // answered: it leaves the queue once the change is announced
    ChangeBatch after;
    QTRY_VERIFY_WITH_TIMEOUT(!(after = batchOf(feedSince(batch->cursor))).inquiries.isEmpty(), 5000);
    QCOMPARE(after.inquiries.first().state, InquiryState::AwaitingCustomer);

    const Reply thread = anna->get(QStringLiteral("/inquiries/%1").arg(id));
    QCOMPARE(thread.status, 200);
    QVERIFY(thread.body.contains("We can fix it now for 5 years."));
    QVERIFY(thread.body.contains("Maria M\xc3\xbcller"));
    const Reply emptyAnswer = anna->postForm(QStringLiteral("/inquiries/%1/messages").arg(id),
                                             {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("body"), QStringLiteral(" ")}});
    QCOMPARE(emptyAnswer.status, 422);
    QVERIFY(emptyAnswer.body.contains("id=\"body-error\""));
    QVERIFY(emptyAnswer.body.contains("We can fix it now for 5 years.")); // the thread stays visible beside the error
    const Reply answer = anna->postForm(QStringLiteral("/inquiries/%1/messages").arg(id),
                                        {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("body"), QStringLiteral("Thank you!")}});
    QCOMPARE(answer.status, 303);
    QVERIFY(anna->get(QStringLiteral("/inquiries/%1").arg(id)).body.contains("Thank you!"));
    QCOMPARE(count(QStringLiteral("messages")), 3);
    const Reply logout = anna->postForm(QStringLiteral("/logout"), {{QStringLiteral("csrf_token"), anna->csrfToken()}});
    QCOMPARE(logout.header("Location"), QByteArray("/login"));
    QCOMPARE(anna->get(QStringLiteral("/inquiries")).header("Location"), QByteArray("/login"));
}

// The advisor addresses the customer by the name they gave, as they typed it up to spacing; the address never
// leaves the customer pages.
void tst_EndToEnd::advisorsSeeTheNameNeverTheAddress()
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

void tst_EndToEnd::longPollWakesOnACustomersPost()
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

// A slow query (a report, a sweep) holds one database worker and its connection; the others go on: sign-in, pages,
// the API and a long-poll's wake-up answer as usual meanwhile. The slow query waits for an advisory lock this test
// holds, so it lasts exactly as long as the test needs, without sleeping.
void tst_EndToEnd::aSlowQueryDoesNotStallOtherRequests()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    auto maria = advisor();
    const qint64 cursor = wire::changeBatchFromJson(*wire::parseObject(maria->get(QStringLiteral("/api/v1/changes?since=0")).body))->cursor;

    QSqlQuery hold(m_db->connection());
    QVERIFY(hold.exec(QStringLiteral("SELECT pg_advisory_lock(4242)")));
    // Let go however the test ends, or the server's workers could not stop.
    auto letGo = qScopeGuard([&hold] { hold.exec(QStringLiteral("SELECT pg_advisory_unlock(4242)")); });
    const auto slowQueryEnded = std::make_shared<std::atomic<bool>>(false);
    m_server->databaseWorkers().post([database = &m_server->database(), slowQueryEnded] {
        QSqlQuery slow(database->connection());
        slow.exec(QStringLiteral("SELECT pg_advisory_lock(4242)"));
        slow.exec(QStringLiteral("SELECT pg_advisory_unlock(4242)"));
        *slowQueryEnded = true;
    });
    const auto slowQueryWaits = [this] {
        QSqlQuery waiting(m_db->connection());
        return waiting.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                           "AND query = 'SELECT pg_advisory_lock(4242)'")) && waiting.next() && waiting.value(0).toInt() == 1;
    };
    QTRY_VERIFY(slowQueryWaits());

    QElapsedTimer timer;
    timer.start();
    QCOMPARE(anna->get(QStringLiteral("/inquiries")).status, 200);
    auto other = customer();
    registerCustomer(*other, QStringLiteral("ben@example.de"));
    QVERIFY(writeInquiry(*anna, QStringLiteral("While a report runs"), QStringLiteral("Hello")) > 0);
    QCOMPARE(maria->get(QStringLiteral("/api/v1/queue")).status, 200);
    const Reply seen = maria->get(QStringLiteral("/api/v1/changes?since=%1").arg(cursor));
    const qint64 latest = wire::changeBatchFromJson(*wire::parseObject(seen.body))->cursor;
    QTimer post; // dies with the test, should the long-poll answer before it fires
    post.callOnTimeout(this, [&] { writeInquiry(*anna, QStringLiteral("Wake up"), QStringLiteral("Please.")); });
    post.start(100);
    const Reply woke = maria->get(QStringLiteral("/api/v1/changes?since=%1&wait=20").arg(latest));
    QCOMPARE(woke.status, 200);
    QCOMPARE(wire::changeBatchFromJson(*wire::parseObject(woke.body))->inquiries.value(0).subject, QStringLiteral("Wake up"));
    // All of it while the slow query still ran, and each request answered as if it did not.
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!*slowQueryEnded);
    QVERIFY(slowQueryWaits());

    letGo.dismiss();
    QVERIFY(hold.exec(QStringLiteral("SELECT pg_advisory_unlock(4242)")));
    QTRY_VERIFY(*slowQueryEnded);
}

void tst_EndToEnd::apiRefusesStrangers()
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
void tst_EndToEnd::aRevocationTakesEffectAtOnce()
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

void tst_EndToEnd::revokedWhileWaitingGetsNoData()
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

// PostgreSQL restarting ends every connection. The server connects again by itself: pages and the API answer again
// within a moment, and a long-poll that waited through it still learns of an inquiry written while its
// notifications were down (nothing announced it; the notifier's reconnection makes the waiters look again).
void tst_EndToEnd::serverReconnectsAfterTheDatabaseEndedItsConnections()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    auto maria = advisor();
    const qint64 cursor = wire::changeBatchFromJson(*wire::parseObject(maria->get(QStringLiteral("/api/v1/changes?since=0")).body))->cursor;
    const auto endServerConnections = [this] {
        QSqlQuery terminate(m_db->connection());
        QVERIFY(terminate.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                              "WHERE datname = current_database() AND pid <> pg_backend_pid()")));
    };
    QTimer::singleShot(300, this, [&] {
        endServerConnections();
        // Written by another server instance while this one's notifications are down: no NOTIFY reaches it.
        QSqlQuery ids(m_db->connection());
        QVERIFY(ids.exec(QStringLiteral("SELECT (SELECT min(id) FROM customers), (SELECT id FROM topics WHERE key = 'mortgage')")) && ids.next());
        QVERIFY(InquiryStore(*m_db).createInquiry(ids.value(0).toLongLong(), ids.value(1).toLongLong(), QStringLiteral("Written during the outage"),
                                                  QStringLiteral("Hello?"), QDateTime::currentDateTimeUtc()));
    });
    const Reply woke = maria->get(QStringLiteral("/api/v1/changes?since=%1&wait=20").arg(cursor));
    QCOMPARE(woke.status, 200);
    QVERIFY(woke.body.contains("Written during the outage"));

    endServerConnections();
    QTRY_COMPARE_WITH_TIMEOUT(maria->get(QStringLiteral("/api/v1/me")).status, 200, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(anna->get(QStringLiteral("/inquiries")).status, 200, 10000);
    QVERIFY(writeInquiry(*anna, QStringLiteral("After the outage"), QStringLiteral("Still here?")) > 0);
}

void tst_EndToEnd::setDatabaseAvailable(bool available)
{
    // A connection to the maintenance database switches the test database; its name is generated by TestPostgres,
    // so it is safe to put into the statement.
    DatabaseConfig maintenanceConfig = m_pg->config();
    const QString name = maintenanceConfig.databaseName;
    maintenanceConfig.databaseName = QStringLiteral("postgres");
    Database maintenance(QStringLiteral("e2e-maintenance"));
    QString error;
    QVERIFY2(maintenance.open(maintenanceConfig, &error), qPrintable(error));
    QSqlQuery admin(maintenance.connection());
    QVERIFY2(admin.exec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2").arg(name, available ? QStringLiteral("true") : QStringLiteral("false"))),
             qPrintable(admin.lastError().text()));
    if (!available)
        QVERIFY(admin.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'").arg(name)));
}

// While the database is away the customer's pages answer 503 and give back what was written, with a form that
// sends it again once the database is back; passwords are never echoed.
void tst_EndToEnd::customersTextSurvivesAnOutage()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    QCOMPARE(anna->get(QStringLiteral("/inquiries/new")).status, 200);
    const QString token = anna->csrfToken();
    const QList<QPair<QString, QString>> draft{{QStringLiteral("csrf_token"), token}, {QStringLiteral("topic"), QStringLiteral("mortgage")},
                                               {QStringLiteral("subject"), QStringLiteral("Rate <after> 2030")},
                                               {QStringLiteral("body"), QStringLiteral("A long text I would hate to type twice.")}};
    setDatabaseAvailable(false);
    const Reply down = anna->postForm(QStringLiteral("/inquiries"), draft);
    QCOMPARE(down.status, 503);
    QVERIFY(down.header("Retry-After").toInt() > 0);
    QVERIFY(down.body.contains("role=\"alert\""));
    QVERIFY(down.body.contains("Rate &lt;after&gt; 2030"));
    QVERIFY(down.body.contains("A long text I would hate to type twice."));
    QVERIFY(down.body.contains("action=\"/inquiries\""));
    QVERIFY(down.body.contains(token.toUtf8()));
    auto other = customer();
    QCOMPARE(other->get(QStringLiteral("/login")).status, 200); // no session needed for the sign-in page
    const Reply signIn = other->postForm(QStringLiteral("/login"), {{QStringLiteral("csrf_token"), other->csrfToken()},
        {QStringLiteral("email"), QStringLiteral("anna@example.de")}, {QStringLiteral("password"), QStringLiteral("secret password 1")}});
    QVERIFY(signIn.status == 503 && !signIn.body.contains("secret password 1"));

    setDatabaseAvailable(true);
    // "Send again" posts the same fields with the same token (until it is taken: QTRY would post once more).
    int status = 0;
    for (QDeadlineTimer deadline(10000); status != 303 && !deadline.hasExpired(); QTest::qWait(status == 303 ? 0 : 50))
        status = anna->postForm(QStringLiteral("/inquiries"), draft).status;
    QCOMPARE(status, 303);
    QVERIFY(anna->get(QStringLiteral("/inquiries")).body.contains("Rate &lt;after&gt; 2030"));
}

// Two server instances on one database (as behind a load balancer): both start (the second finds the migrations
// done), and a customer's post through one wakes an advisor's long-poll held by the other.
void tst_EndToEnd::twoInstancesOnOneDatabase()
{
    ServerApplication second(serverConfig(PasswordHasher::Cost::Minimal), m_clock);
    QString error;
    QVERIFY2(second.start(&error), qPrintable(error));
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    auto maria = advisor(&second);
    const qint64 cursor = wire::changeBatchFromJson(*wire::parseObject(maria->get(QStringLiteral("/api/v1/changes?since=0")).body))->cursor;
    QTimer::singleShot(200, this, [&] { writeInquiry(*anna, QStringLiteral("Through the first"), QStringLiteral("Seen by the second?")); });
    QElapsedTimer timer;
    timer.start();
    const Reply woke = maria->get(QStringLiteral("/api/v1/changes?since=%1&wait=20").arg(cursor));
    QCOMPARE(woke.status, 200);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(woke.body.contains("Through the first"));
}

void tst_EndToEnd::databaseOutageIsNotARefusal()
{
    auto maria = advisor();
    QCOMPARE(maria->get(QStringLiteral("/api/v1/me")).status, 200);
    setDatabaseAvailable(false);
    // The feed needs the database (who the certificate belongs to may be answered from the last few seconds).
    const Reply down = maria->get(QStringLiteral("/api/v1/changes?since=0"));
    QCOMPARE(down.status, 503);
    QVERIFY(down.header("Retry-After").toInt() > 0);
    const auto error = wire::apiErrorFromJson(*wire::parseObject(down.body));
    QVERIFY(error);
    QCOMPARE(error->code, QStringLiteral("unavailable"));
    QVERIFY(!down.body.contains("not registered"));
    // Back again: the server finds its way back by itself.
    setDatabaseAvailable(true);
    QTRY_COMPARE_WITH_TIMEOUT(maria->get(QStringLiteral("/api/v1/me")).status, 200, 10000);
}

// Need to know at the API: an inquiry of another team's topic does not exist for Maria (404 for the thread, a
// reply and a claim, exactly as for an id that exists nowhere), and its subject and text are in no answer she gets.
void tst_EndToEnd::anotherTeamsInquiryIsNotThereForAnAdvisor()
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
    QTRY_VERIFY(InquiryStore(*m_db).latestSequence() >= InquiryStore(*m_db).find(id)->seq);
    for (const QString &path : {QStringLiteral("/api/v1/changes?since=0"), QStringLiteral("/api/v1/queue")}) {
        const Reply reply = maria->get(path);
        QCOMPARE(reply.status, 200);
        QVERIFY2(!reply.body.contains("Company loan") && !reply.body.contains("turnover"), qPrintable(path));
    }
}

// Claim, release, close through the API, each answered with the inquiry as it is now and recorded in its thread.
void tst_EndToEnd::advisorMovesAnInquiryThroughTheApi()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("Rate"), QStringLiteral("Fixed or variable?"));
    auto maria = advisor();
    const QString path = QStringLiteral("/api/v1/inquiries/%1/").arg(id);
    const qint64 mariaId = wire::advisorProfileFromJson(*wire::parseObject(maria->get(QStringLiteral("/api/v1/me")).body))->id;
    const Reply claimed = maria->postJson(path + QStringLiteral("claim"), "{}");
    QCOMPARE(claimed.status, 200);
    QCOMPARE(wire::inquiryFromJson(wire::parseObject(claimed.body)->value(QStringLiteral("inquiry")).toObject())->assignedAdvisorId,
             std::optional<qint64>(mariaId));
    QCOMPARE(maria->postJson(path + QStringLiteral("release"), "{}").status, 200);
    QCOMPARE(maria->postJson(path + QStringLiteral("release"), "{}").status, 409); // nobody has it now
    QCOMPARE(maria->postJson(path + QStringLiteral("transfer"), "{\"toTeamId\": 1}").status, 422); // no note (docs/protocol.md)
    QCOMPARE(maria->postJson(path + QStringLiteral("transfer"), "{\"toTeamId\": \"one\", \"note\": \"x\"}").status, 400);
    QCOMPARE(maria->postJson(path + QStringLiteral("transfer"), "{\"toTeamId\": 1, \"note\": \"x\"}", "text/plain").status, 415);
    // Only a team lead assigns; Maria is none.
    const Reply assigned = maria->postJson(path + QStringLiteral("assign"), QStringLiteral("{\"toAdvisorId\": %1}").arg(mariaId).toUtf8());
    QCOMPARE(assigned.status, 403);
    QCOMPARE(wire::apiErrorFromJson(*wire::parseObject(assigned.body))->message, QStringLiteral("Only a lead of the inquiry's team can assign it."));
    QCOMPARE(maria->postJson(path + QStringLiteral("assign"), "{}").status, 400);
    QCOMPARE(maria->postJson(path + QStringLiteral("close"), "{}").status, 200);
    const Reply again = maria->postJson(path + QStringLiteral("close"), "{}");
    QCOMPARE(again.status, 409);
    QCOMPARE(wire::apiErrorFromJson(*wire::parseObject(again.body))->message, QStringLiteral("This inquiry is closed already."));
    // The customer sees it closed, and writing again opens it again; the events stay the advisors' own.
    const QString page = QStringLiteral("/inquiries/%1").arg(id);
    const Reply closedPage = anna->get(page);
    QVERIFY(closedPage.body.contains("Closed") && closedPage.body.contains("If you write again, it is opened again."));
    QVERIFY(!closedPage.body.contains("Claimed") && !closedPage.body.contains("claimed"));
    QCOMPARE(anna->postForm(page + QStringLiteral("/messages"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
                                                               {QStringLiteral("body"), QStringLiteral("One more question.")}}).status, 303);
    QVERIFY(anna->get(page).body.contains("Waiting for an answer"));
    const auto threadJson = wire::parseObject(maria->get(path.chopped(1)).body);
    QStringList kinds;
    for (const QJsonValue &event : threadJson->value(QStringLiteral("events")).toArray())
        kinds << event.toObject().value(QStringLiteral("kind")).toString();
    QCOMPARE(kinds, (QStringList{QStringLiteral("routed"), QStringLiteral("claimed"), QStringLiteral("released"), QStringLiteral("closed"),
                                 QStringLiteral("reopened")}));
}

void tst_EndToEnd::apiRejectsBadInput()
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

// Set by oneself or one's team lead (403 for a colleague), unknown outside one's team (404), with bad dates 422;
// the directory says until when someone is away.
void tst_EndToEnd::absencesThroughTheApi()
{
    AdvisorStore advisors(*m_db);
    const qint64 jonas = advisors.createAdvisor(QStringLiteral("j.weber"), QStringLiteral("Jonas Weber"),
                                                advisors.findTeam(QStringLiteral("Private clients"))->id, false)->id;
    const qint64 bernd = advisors.createAdvisor(QStringLiteral("b.klein"), QStringLiteral("Bernd Klein"),
                                                advisors.createTeam(QStringLiteral("Business clients"))->id, false)->id;
    auto maria = advisor();
    const qint64 mariaId = wire::advisorProfileFromJson(*wire::parseObject(maria->get(QStringLiteral("/api/v1/me")).body))->id;
    const auto path = [](qint64 id) { return QStringLiteral("/api/v1/advisors/%1/absence").arg(id); };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray week = wire::encodeAbsenceDraft({now.addSecs(-60), now.addDays(7)});
    const Reply own = maria->sendJson("PUT", path(mariaId), week);
    QCOMPARE(own.status, 200);
    QCOMPARE(wire::parseObject(own.body)->value(QStringLiteral("absences")).toArray().size(), 1);
    QCOMPARE(maria->sendJson("PUT", path(jonas), week).status, 403);
    QCOMPARE(maria->sendJson("DELETE", path(jonas)).status, 403);
    const Reply otherTeam = maria->sendJson("PUT", path(bernd), week);
    QCOMPARE(otherTeam.status, 404);
    QCOMPARE(maria->sendJson("PUT", path(999999), week).body, otherTeam.body);
    QCOMPARE(maria->sendJson("DELETE", path(bernd)).status, 404);
    const Reply backwards = maria->sendJson("PUT", path(mariaId), wire::encodeAbsenceDraft({now.addDays(2), now.addDays(1)}));
    QCOMPARE(backwards.status, 422);
    QCOMPARE(wire::apiErrorFromJson(*wire::parseObject(backwards.body))->fields.first().field, QStringLiteral("to"));
    const Reply unreadable = maria->sendJson("PUT", path(mariaId), R"({"from": "Monday", "to": "2026-01-01T10:00:00"})");
    QCOMPARE(unreadable.status, 422);
    QCOMPARE(wire::apiErrorFromJson(*wire::parseObject(unreadable.body))->fields.size(), 2); // no offset on "to" either
    QCOMPARE(maria->sendJson("PUT", path(mariaId), "{\"from\": ").status, 400);
    const QJsonArray directory = wire::parseObject(maria->get(QStringLiteral("/api/v1/directory")).body)->value(QStringLiteral("advisors")).toArray();
    for (const QJsonValue &entry : directory) {
        const QJsonObject colleague = entry.toObject();
        QCOMPARE(colleague.value(QStringLiteral("absentUntil")).isString(), colleague.value(QStringLiteral("id")).toInteger() == mariaId);
    }
    // Made lead of her team, Maria plans Jonas's absence too; the team's list shows both, Bernd's team's nothing.
    QSqlQuery lead(m_db->connection());
    QVERIFY(lead.exec(QStringLiteral("UPDATE advisors SET team_lead = true WHERE login = 'm.mueller'")));
    QTRY_COMPARE(maria->sendJson("PUT", path(jonas), wire::encodeAbsenceDraft({now.addDays(10), now.addDays(12)})).status, 200);
    QCOMPARE(wire::parseObject(maria->get(QStringLiteral("/api/v1/absences")).body)->value(QStringLiteral("absences")).toArray().size(), 2);
    QCOMPARE(maria->sendJson("DELETE", path(mariaId)).status, 200);
    const QJsonArray left = wire::parseObject(maria->get(QStringLiteral("/api/v1/absences")).body)->value(QStringLiteral("absences")).toArray();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().toObject().value(QStringLiteral("advisorId")).toInteger(), jonas);
}

// A note is in the advisors' thread and moves the inquiry's change number; no customer page ever shows it.
void tst_EndToEnd::internalNotesStayWithTheAdvisors()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("Rate"), QStringLiteral("Fixed or variable?"));
    auto maria = advisor();
    const QString thread = QStringLiteral("/api/v1/inquiries/%1").arg(id);
    const qint64 seqBefore = InquiryStore(*m_db).find(id)->seq;
    const Reply added = maria->postJson(thread + QStringLiteral("/notes"), R"({"text": "  Customer sounded worried on the phone; SECRET-NOTE  "})");
    QCOMPARE(added.status, 201);
    const auto answer = wire::parseObject(added.body);
    QCOMPARE(wire::inquiryNoteFromJson(answer->value(QStringLiteral("note")).toObject())->text,
             QStringLiteral("Customer sounded worried on the phone; SECRET-NOTE"));
    QVERIFY(wire::inquiryFromJson(answer->value(QStringLiteral("inquiry")).toObject())->seq > seqBefore);
    const QJsonArray notes = wire::parseObject(maria->get(thread).body)->value(QStringLiteral("notes")).toArray();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(wire::inquiryNoteFromJson(notes.first().toObject())->authorName, QStringLiteral("Maria M\u00fcller"));
    QCOMPARE(maria->postJson(thread + QStringLiteral("/notes"), R"({"text": "   "})").status, 422);
    QCOMPARE(maria->postJson(thread + QStringLiteral("/notes"), R"({"text": 5})").status, 422);
    QCOMPARE(maria->postJson(thread + QStringLiteral("/notes"), R"({"text": )").status, 400);
    QCOMPARE(maria->postJson(thread + QStringLiteral("/notes"), R"({"text": "x"})", "text/plain").status, 415);
    QCOMPARE(maria->postJson(thread + QStringLiteral("/notes"), "{\"text\": \"" + QByteArray(4001, 'x') + "\"}").status, 422);
    QCOMPARE(maria->postJson(QStringLiteral("/api/v1/inquiries/999999/notes"), R"({"text": "x"})").status, 404);
    QCOMPARE(count(QStringLiteral("inquiry_notes")), 1);
    for (const QString &page : {QStringLiteral("/inquiries"), QStringLiteral("/inquiries/%1").arg(id)}) {
        const Reply html = anna->get(page);
        QCOMPARE(html.status, 200);
        QVERIFY2(!html.body.contains("SECRET-NOTE") && !html.body.contains("worried"), qPrintable(page));
    }
}

// The deletion routes over TLS: the list, every refusal of a hostile body, a legal hold, the confirmation, the
// feed's removed id, the customer's 404 and a log without content. (Deadlines to the second: tst_retention.)
void tst_EndToEnd::deletionRecommendationsAreConfirmedOrPostponed()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("Old rate"), QStringLiteral("SECRET-BODY of an old question"));
    const AdvisorProfile mariaProfile = *AdvisorStore(*m_db).findByLogin(QStringLiteral("m.mueller"));
    QVERIFY(InquiryOwnership(*m_db).claim(mariaProfile, id, m_clock.now()));
    QVERIFY(InquiryOwnership(*m_db).close(mariaProfile, id, m_clock.now()));
    QVERIFY(RetentionPolicyStore(*m_db).setTopicRetention(QStringLiteral("mortgage"), 1));
    auto maria = advisor();
    const auto recommended = [&] { return wire::parseObject(maria->get(QStringLiteral("/api/v1/deletions")).body)->value(QStringLiteral("recommendations")).toArray(); };
    QVERIFY(recommended().isEmpty());
    QSqlQuery age(m_db->connection());
    QVERIFY(age.exec(QStringLiteral("UPDATE inquiries SET closed_at = closed_at - interval '2 days'")));
    QCOMPARE(recommended().size(), 1);
    const QJsonObject first = recommended().first().toObject();
    QCOMPARE(wire::deletionRecommendationFromJson(first)->inquiryId, id);
    QVERIFY(first.value(QStringLiteral("overdueSeconds")).toDouble() > 23 * 3600);
    const qint64 cursor = wire::parseObject(maria->get(QStringLiteral("/api/v1/changes?since=0")).body)->value(QStringLiteral("cursor")).toInteger();

    const QString deletions = QStringLiteral("/api/v1/deletions");
    QCOMPARE(maria->postJson(deletions, R"({"inquiryIds": )").status, 400);
    QCOMPARE(maria->postJson(deletions, R"({"inquiryIds": [1]})", "text/plain").status, 415);
    for (const QByteArray &body : {QByteArray(R"({})"), QByteArray(R"({"inquiryIds": []})"), QByteArray(R"({"inquiryIds": ["1"]})"),
                                   QByteArray(R"({"inquiryIds": [1.5]})"), QByteArray(R"({"inquiryIds": [-1]})"), QByteArray(R"({"inquiryIds": 1})")})
        QVERIFY2(maria->postJson(deletions, body).status == 422, body.constData());
    QCOMPARE(maria->postJson(deletions, QStringLiteral(R"({"inquiryIds": [%1, %1]})").arg(id).toUtf8()).status, 422);
    QCOMPARE(maria->postJson(deletions, QStringLiteral(R"({"inquiryIds": [%1, 999999]})").arg(id).toUtf8()).status, 404);

    const QString postpone = QStringLiteral("/api/v1/inquiries/%1/postpone").arg(id);
    QCOMPARE(maria->postJson(postpone, R"({"legalHold": true, "reason": "   "})").status, 422);
    QCOMPARE(maria->postJson(postpone, R"({"until": "2001-01-01T00:00:00Z", "reason": "Past"})").status, 422);
    QCOMPARE(maria->postJson(postpone, R"({"until": "tomorrow", "reason": "Bad date"})").status, 422);
    QCOMPARE(maria->postJson(postpone, R"({"legalHold": true, "until": "2099-01-01T00:00:00Z", "reason": "Both"})").status, 422);
    QCOMPARE(maria->postJson(postpone, "{\"legalHold\": true, \"reason\": \"" + QByteArray(501, 'x') + "\"}").status, 422);
    QCOMPARE(maria->postJson(QStringLiteral("/api/v1/inquiries/999999/postpone"), R"({"legalHold": true, "reason": "Court"})").status, 404);
    const Reply held = maria->postJson(postpone, R"({"legalHold": true, "reason": "Court case"})");
    QCOMPARE(held.status, 200);
    QVERIFY(wire::parseObject(held.body)->value(QStringLiteral("recommendations")).toArray().isEmpty());
    QCOMPARE(maria->postJson(deletions, QStringLiteral(R"({"inquiryIds": [%1]})").arg(id).toUtf8()).status, 422);
    QCOMPARE(count(QStringLiteral("inquiries")), 1);

    QVERIFY(age.exec(QStringLiteral("DELETE FROM deletion_postponements")));
    const Reply confirmed = maria->postJson(deletions, QStringLiteral(R"({"inquiryIds": [%1]})").arg(id).toUtf8());
    QCOMPARE(confirmed.status, 200);
    QCOMPARE(wire::parseObject(confirmed.body)->value(QStringLiteral("deletedInquiries")).toInt(), 1);
    QCOMPARE(count(QStringLiteral("inquiries")), 0);
    QCOMPARE(count(QStringLiteral("messages")), 0);
    QCOMPARE(anna->get(QStringLiteral("/inquiries/%1").arg(id)).status, 404);
    const Reply feed = maria->get(QStringLiteral("/api/v1/changes?since=%1&wait=5").arg(cursor));
    QCOMPARE(wire::changeBatchFromJson(*wire::parseObject(feed.body))->removed, QList<qint64>{id});
    const Reply log = maria->get(QStringLiteral("/api/v1/deletion-log"));
    QCOMPARE(log.status, 200);
    QCOMPARE(wire::parseObject(log.body)->value(QStringLiteral("entries")).toArray().size(), 2);
    QVERIFY(!log.body.contains("SECRET-BODY") && !log.body.contains("Old rate") && !log.body.contains("Anna"));
    QCOMPARE(maria->get(QStringLiteral("/api/v1/deletion-log?limit=0")).status, 400);
}

void tst_EndToEnd::formsRequireTheCsrfToken()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    anna->get(QStringLiteral("/inquiries/new"));
    const QList<QPair<QString, QString>> fields{{QStringLiteral("topic"), QStringLiteral("mortgage")},
                                                {QStringLiteral("subject"), QStringLiteral("S")}, {QStringLiteral("body"), QStringLiteral("B")}};
    QCOMPARE(anna->postForm(QStringLiteral("/inquiries"), fields).status, 403);
    QCOMPARE(anna->postForm(QStringLiteral("/inquiries"), QList<QPair<QString, QString>>{{QStringLiteral("csrf_token"), QStringLiteral("forged")}} + fields).status, 403);
    QCOMPARE(count(QStringLiteral("inquiries")), 0);
    auto stranger = customer();
    QCOMPARE(stranger->postForm(QStringLiteral("/register"), {{QStringLiteral("name"), QStringLiteral("Anna Schmidt")},
        {QStringLiteral("email"), QStringLiteral("b@example.de")},
        {QStringLiteral("password"), QStringLiteral("a long password 1")}, {QStringLiteral("password_confirm"), QStringLiteral("a long password 1")}}).status, 403);
    QCOMPARE(count(QStringLiteral("customers")), 1);
}

void tst_EndToEnd::wrongPasswordAndTakenEmail()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    auto other = customer();
    other->get(QStringLiteral("/login"));
    const Reply wrong = other->postForm(QStringLiteral("/login"), {{QStringLiteral("csrf_token"), other->csrfToken()},
        {QStringLiteral("email"), QStringLiteral("anna@example.de")}, {QStringLiteral("password"), QStringLiteral("not the password")}});
    QCOMPARE(wrong.status, 422);
    QVERIFY(wrong.body.contains("E-mail address or password is wrong."));
    QVERIFY(!wrong.body.contains("not the password"));
    QCOMPARE(other->get(QStringLiteral("/inquiries")).status, 303);
    const Reply right = other->postForm(QStringLiteral("/login"), {{QStringLiteral("csrf_token"), other->csrfToken()},
        {QStringLiteral("email"), QStringLiteral("ANNA@example.de")}, {QStringLiteral("password"), QStringLiteral("a long password 1")}});
    QCOMPARE(right.header("Location"), QByteArray("/inquiries"));
    auto again = customer();
    again->get(QStringLiteral("/register"));
    const Reply taken = again->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), again->csrfToken()},
        {QStringLiteral("name"), QStringLiteral("Mallory")},
        {QStringLiteral("email"), QStringLiteral("anna@example.de")}, {QStringLiteral("password"), QStringLiteral("another password 2")},
        {QStringLiteral("password_confirm"), QStringLiteral("another password 2")}});
    // The same answer as for a new address (registrationDoesNotRevealWhoHasAnAccount), and nothing changes.
    QCOMPARE(taken.status, 303);
    QCOMPARE(taken.header("Location"), QByteArray("/login?registered=1"));
    QCOMPARE(count(QStringLiteral("customers")), 1);
    QSqlQuery name(m_db->connection());
    QVERIFY(name.exec(QStringLiteral("SELECT display_name FROM customers")) && name.next());
    QCOMPARE(name.value(0).toString(), QStringLiteral("Anna Schmidt"));
    QCOMPARE(signIn(*again, QStringLiteral("anna@example.de"), QStringLiteral("another password 2")).status, 422);
    QCOMPARE(signIn(*again, QStringLiteral("anna@example.de"), QStringLiteral("a long password 1")).status, 303);
}

void tst_EndToEnd::anotherCustomersInquiryIsInvisible()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("My secret plans"), QStringLiteral("Private text"));
    auto bert = customer();
    registerCustomer(*bert, QStringLiteral("bert@example.de"));
    const Reply peek = bert->get(QStringLiteral("/inquiries/%1").arg(id));
    QCOMPARE(peek.status, 404);
    QVERIFY(!peek.body.contains("secret"));
    QVERIFY(!bert->get(QStringLiteral("/inquiries")).body.contains("secret"));
    const Reply write = bert->postForm(QStringLiteral("/inquiries/%1/messages").arg(id),
                                       {{QStringLiteral("csrf_token"), bert->csrfToken()}, {QStringLiteral("body"), QStringLiteral("hi")}});
    QCOMPARE(write.status, 404);
    QCOMPARE(bert->get(QStringLiteral("/inquiries/..%2Fetc")).status, 400);
    QCOMPARE(count(QStringLiteral("messages")), 1);
}

void tst_EndToEnd::badFormInputIsShownAgain()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    anna->get(QStringLiteral("/inquiries/new"));
    const Reply tooLong = anna->postForm(QStringLiteral("/inquiries"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
        {QStringLiteral("topic"), QStringLiteral("mortgage")}, {QStringLiteral("subject"), QString(201, QLatin1Char('s'))},
        {QStringLiteral("body"), QStringLiteral("<script>alert(1)</script>")}});
    QCOMPARE(tooLong.status, 422);
    QVERIFY(tooLong.body.contains("id=\"subject-error\""));
    QVERIFY(tooLong.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    QVERIFY(!tooLong.body.contains("<script>alert"));
    const Reply unknownTopic = anna->postForm(QStringLiteral("/inquiries"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
        {QStringLiteral("topic"), QStringLiteral("casino")}, {QStringLiteral("subject"), QStringLiteral("S")}, {QStringLiteral("body"), QStringLiteral("B")}});
    QCOMPARE(unknownTopic.status, 422);
    QVERIFY(unknownTopic.body.contains("id=\"topic-error\""));
    const Reply empty = anna->postForm(QStringLiteral("/inquiries"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
        {QStringLiteral("topic"), QStringLiteral("mortgage")}, {QStringLiteral("subject"), QString()}, {QStringLiteral("body"), QString()}});
    QCOMPARE(empty.status, 422);
    QVERIFY(empty.body.contains("Please enter a subject.") && empty.body.contains("Please write your message."));
    const Reply badUtf8 = anna->postRawForm(QStringLiteral("/inquiries"), "csrf_token=" + anna->csrfToken().toLatin1()
                                                                           + "&topic=mortgage&subject=%C3%28&body=x");
    QCOMPARE(badUtf8.status, 400);
    QCOMPARE(anna->postRawForm(QStringLiteral("/inquiries"), QByteArray(70 * 1024, 'a')).status, 413);
    QCOMPARE(count(QStringLiteral("inquiries")), 0);
}

// A form shown again keeps what the visitor typed except the passwords; the name only through the escaping template.
void tst_EndToEnd::registrationErrorsKeepNameAndAddress()
{
    auto visitor = customer();
    visitor->get(QStringLiteral("/register"));
    const auto registerAs = [&](const QString &name, const QString &confirmation) {
        return visitor->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), visitor->csrfToken()},
            {QStringLiteral("name"), name}, {QStringLiteral("email"), QStringLiteral("zoe@example.de")},
            {QStringLiteral("password"), QStringLiteral("a long password 1")}, {QStringLiteral("password_confirm"), confirmation}});
    };
    const Reply noName = registerAs(QStringLiteral("  "), QStringLiteral("a long password 1"));
    QCOMPARE(noName.status, 422);
    QVERIFY(noName.body.contains("<p class=\"error\" id=\"name-error\">Please enter a name.</p>"));
    QVERIFY(noName.body.contains("value=\"zoe@example.de\""));
    QCOMPARE(autofocused(noName.body), QStringList{QStringLiteral("name")});
    QVERIFY(!noName.body.contains("a long password 1"));

    const Reply mismatch = registerAs(QStringLiteral("Zo\u00eb <b>\"\u00dcnal\"</b>"), QStringLiteral("a long password 2"));
    QCOMPARE(mismatch.status, 422);
    QVERIFY(mismatch.body.contains("id=\"password_confirm-error\""));
    QVERIFY(mismatch.body.contains("value=\"Zo\xc3\xab &lt;b&gt;&quot;\xc3\x9cnal&quot;&lt;/b&gt;\""));
    QVERIFY(mismatch.body.contains("value=\"zoe@example.de\""));
    QVERIFY(!mismatch.body.contains("<b>"));
    QVERIFY(!mismatch.body.contains("a long password"));

    const Reply german = visitor->get(QStringLiteral("/register"), "de");
    QVERIFY(german.body.contains("<label for=\"name\">Ihr Name</label>"));
    QCOMPARE(count(QStringLiteral("customers")), 0);
}

void tst_EndToEnd::sessionCookieAndLanguage()
{
    auto anna = customer();
    const Reply first = anna->get(QStringLiteral("/login"), "de-DE,de;q=0.9,en;q=0.5");
    // Signed out: only the signed form cookie. `__Host-` binds it to this host: Secure, Path=/, no Domain.
    const auto hostOnly = [](const QByteArray &cookie) {
        return cookie.contains("; Secure") && cookie.contains("; HttpOnly") && cookie.contains("; SameSite=Strict")
            && cookie.contains("; Path=/") && !cookie.contains("Domain");
    };
    const QByteArray cookie = first.header("Set-Cookie");
    QVERIFY2(cookie.startsWith("__Host-confidant_form="), cookie.constData());
    QVERIFY(hostOnly(cookie));
    QVERIFY(first.body.contains("<html lang=\"de\">"));
    QVERIFY(first.body.contains("Anmelden"));
    QVERIFY(first.body.contains("<label for=\"email\">E-Mail-Adresse</label>"));
    QVERIFY(first.header("Content-Security-Policy").contains("default-src 'none'"));
    QVERIFY(anna->get(QStringLiteral("/login"), "en-GB").body.contains("<html lang=\"en\">"));
    QCOMPARE(anna->get(QStringLiteral("/static/style.css")).status, 200);
    QCOMPARE(anna->get(QStringLiteral("/static/missing.css")).status, 404);
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const Reply signedIn = signIn(*anna, QStringLiteral("anna@example.de"), QStringLiteral("a long password 1"));
    QVERIFY2(signedIn.header("Set-Cookie").startsWith("__Host-confidant_session="), signedIn.header("Set-Cookie").constData());
    QVERIFY(hostOnly(signedIn.header("Set-Cookie")));
}

void tst_EndToEnd::passwordHashingDoesNotStallOtherRequests()
{
    // A second server on the same database whose Argon2id cost takes a noticeable time per hash.
    ServerApplication slow(serverConfig(PasswordHasher::Cost::Moderate), m_clock);
    QString error;
    QVERIFY2(slow.start(&error), qPrintable(error));
    QUrl url = slow.customerUrl();
    url.setHost(QStringLiteral("localhost"));

    QNetworkAccessManager network;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_pki->caCertificate});
    auto request = [&](const QString &path) {
        QNetworkRequest r(url.resolved(QUrl(path)));
        r.setSslConfiguration(tls);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return r;
    };
    // The login form first, with this manager's own cookie jar, for the session and its CSRF token.
    QNetworkReply *form = network.get(request(QStringLiteral("/login")));
    QTRY_VERIFY_WITH_TIMEOUT(form->isFinished(), 10000);
    const QByteArray html = form->readAll();
    const QByteArray marker = "name=\"csrf_token\" value=\"";
    const qsizetype at = html.indexOf(marker) + marker.size();
    const QByteArray csrf = html.mid(at, html.indexOf('"', at) - at);
    QVERIFY(!csrf.isEmpty());
    QNetworkRequest login = request(QStringLiteral("/login"));
    login.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *slowLogin = network.post(login, "csrf_token=" + csrf + "&email=nobody%40example.de&password=whatever+it+is");
    // Ask for the page only once the server has the whole login request, so it is the one that must wait.
    QSignalSpy uploaded(slowLogin, &QNetworkReply::uploadProgress);
    QTRY_VERIFY_WITH_TIMEOUT(!uploaded.isEmpty() && uploaded.last().at(0) == uploaded.last().at(1), 10000);
    QNetworkReply *page = network.get(request(QStringLiteral("/static/style.css")));
    QTRY_VERIFY_WITH_TIMEOUT(page->isFinished(), 10000);
    QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY2(!slowLogin->isFinished(), qPrintable(QStringLiteral("the login finished first (%1): hashing may block the server")
                                                     .arg(slowLogin->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())));
    QTRY_VERIFY_WITH_TIMEOUT(slowLogin->isFinished(), 20000);
    QCOMPARE(slowLogin->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 422);
}

// The ids of the fields a page focuses when it loads.
QStringList tst_EndToEnd::autofocused(const QByteArray &html)
{
    static const QRegularExpression field(QStringLiteral("<(?:input|select|textarea)\\b[^>]*\\bid=\"([^\"]+)\"[^>]*\\bautofocus\\b"));
    QStringList ids;
    for (auto it = field.globalMatch(QString::fromUtf8(html)); it.hasNext();)
        ids << it.next().captured(1);
    return ids;
}

void tst_EndToEnd::newAnswerIsMarkedUntilTheThreadIsOpened()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("Rate?"), QStringLiteral("How long can I fix it?"));
    const qint64 other = writeInquiry(*anna, QStringLiteral("Second"), QStringLiteral("Another question"));
    QVERIFY(id > 0 && other > 0);
    const Reply before = anna->get(QStringLiteral("/inquiries"));
    QVERIFY(!before.body.contains("New answer"));
    QVERIFY(!before.body.contains("class=\"count\""));

    auto maria = advisor();
    for (qint64 inquiry : {id, other})
        QCOMPARE(maria->postJson(QStringLiteral("/api/v1/inquiries/%1/replies").arg(inquiry), wire::encodeReplyDraft({QStringLiteral("Yes.")})).status, 201);
    const qint64 cursor = wire::changeBatchFromJson(*wire::parseObject(maria->get(QStringLiteral("/api/v1/changes?since=0")).body))->cursor;

    const Reply mailbox = anna->get(QStringLiteral("/inquiries"));
    QCOMPARE(mailbox.body.count("<strong class=\"badge\">New answer</strong>"), 2);
    QVERIFY(mailbox.body.contains("<span class=\"count\" aria-hidden=\"true\">(2)</span><span class=\"visually-hidden\">(2 new answers)</span>"));
    // Every signed-in page carries the count, in the page's language.
    const Reply german = anna->get(QStringLiteral("/inquiries/new"), "de");
    QVERIFY(german.body.contains("Postfach <span class=\"count\" aria-hidden=\"true\">(2)</span><span class=\"visually-hidden\">(2 neue Antworten)</span>"));

    QCOMPARE(anna->get(QStringLiteral("/inquiries/%1").arg(id)).status, 200);
    const Reply after = anna->get(QStringLiteral("/inquiries"));
    QCOMPARE(after.body.count("New answer</strong>"), 1);
    QVERIFY(after.body.contains("(1 new answer)"));
    QVERIFY(anna->get(QStringLiteral("/inquiries/%1").arg(other)).body.contains("class=\"count\"") == false);
    QVERIFY(!anna->get(QStringLiteral("/inquiries")).body.contains("New answer"));

    // Reading is the customer's own business: the advisors' change feed has nothing new.
    const auto quiet = wire::changeBatchFromJson(*wire::parseObject(maria->get(QStringLiteral("/api/v1/changes?since=%1").arg(cursor)).body));
    QVERIFY(quiet->inquiries.isEmpty());
    QVERIFY(quiet->cursor >= cursor); // reading takes transaction ids, which the horizon passes; no change number
    QCOMPARE(count(QStringLiteral("customer_reads")), 2);

    QVERIFY(maria->postJson(QStringLiteral("/api/v1/inquiries/%1/replies").arg(id), wire::encodeReplyDraft({QStringLiteral("One more thing.")})).status == 201);
    QVERIFY(anna->get(QStringLiteral("/inquiries")).body.contains("(1 new answer)")); // a later answer is new again
}

void tst_EndToEnd::timesShowTheConfiguredZone()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("When?"), QStringLiteral("Time check"));
    const QString expected = LocalTimeFormatter(QTimeZone(QByteArrayLiteral("Asia/Tokyo"))).format(QDateTime::currentDateTimeUtc(), QStringLiteral("de"));
    const Reply thread = anna->get(QStringLiteral("/inquiries/%1").arg(id), "de");
    // The minute may have turned since the message was written; the date, the format and the zone may not have.
    QVERIFY2(thread.body.contains(expected.left(12).toUtf8()), qPrintable(expected));
    QVERIFY(thread.body.contains(" JST</span>"));
    QVERIFY(!thread.body.contains("UTC"));
    QVERIFY(anna->get(QStringLiteral("/inquiries")).body.contains(" JST</span>"));
}

// The promise counts the topic's target in the company's working hours: Friday 15:00 in Berlin plus four working
// hours is Monday 10:00, or Tuesday 10:00 when Monday is a holiday. Advisors' clients get the same calendar.
void tst_EndToEnd::customersSeeByWhenAnAnswerIsPromised()
{
    m_manualClock.set(QDateTime(QDate(2026, 11, 27), QTime(14, 0), Qt::UTC)); // Friday, 15:00 CET
    restartOnManualClock();
    TopicStore topics(*m_db);
    QVERIFY(topics.setResponseTarget(topics.findByKey(QStringLiteral("mortgage")).value()->id, 240));
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("By when?"), QStringLiteral("Promise check"));
    const LocalTimeFormatter tokyo(QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    const QString since = tokyo.format(m_manualClock.now(), QStringLiteral("en"));
    const QString monday = tokyo.format(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC), QStringLiteral("en"));
    const QByteArray promise = QStringLiteral("Open since %1. We will answer by %2.").arg(since, monday).toUtf8();
    QVERIFY2(anna->get(QStringLiteral("/inquiries/%1").arg(id), "en").body.contains(promise), promise.constData());
    QVERIFY(anna->get(QStringLiteral("/inquiries"), "en").body.contains(promise));
    const QString mondayDe = tokyo.format(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC), QStringLiteral("de"));
    QVERIFY(anna->get(QStringLiteral("/inquiries"), "de").body.contains(QStringLiteral("Wir antworten bis %1.").arg(mondayDe).toUtf8()));

    CalendarStore calendars(*m_db);
    WorkingCalendar calendar = calendars.load().value();
    calendar.setHolidays({QDate(2026, 11, 30)});
    QVERIFY(calendars.save(calendar, m_clock.now()));
    const QString tuesday = tokyo.format(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC), QStringLiteral("en"));
    QVERIFY(anna->get(QStringLiteral("/inquiries/%1").arg(id), "en").body.contains(QStringLiteral("We will answer by %1.").arg(tuesday).toUtf8()));
    auto maria = advisor();
    const Reply sent = maria->get(QStringLiteral("/api/v1/calendar"));
    QCOMPARE(sent.status, 200);
    const auto json = wire::parseObject(sent.body);
    QVERIFY(json);
    QCOMPARE(wire::workingCalendarFromJson(json->value(QStringLiteral("calendar")).toObject()), std::optional<WorkingCalendar>(calendar));
    // Answered, nothing is promised any more.
    QCOMPARE(maria->postJson(QStringLiteral("/api/v1/inquiries/%1/replies").arg(id), R"({"body":"Done."})").status, 201);
    QVERIFY(!anna->get(QStringLiteral("/inquiries")).body.contains("class=\"promise\""));
}

// A page of the company's website links to the form with its topic: a new visitor registers, signs in and accepts
// the agreement, and the form still has the topic chosen. A topic that does not exist is said, never reflected.
void tst_EndToEnd::aLinkFromTheWebsitePreselectsItsTopic()
{
    auto visitor = customer();
    QCOMPARE(visitor->get(QStringLiteral("/inquiries/new?topic=mortgage")).header("Location"), QByteArray("/login?topic=mortgage"));
    const Reply login = visitor->get(QStringLiteral("/login?topic=mortgage"));
    QVERIFY(login.body.contains("<input type=\"hidden\" name=\"topic\" value=\"mortgage\">"));
    QVERIFY(login.body.contains("href=\"/register?topic=mortgage\""));
    visitor->get(QStringLiteral("/register?topic=mortgage"));
    const Reply registered = visitor->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), visitor->csrfToken()},
        {QStringLiteral("name"), QStringLiteral("Nina Neu")}, {QStringLiteral("email"), QStringLiteral("nina@example.de")},
        {QStringLiteral("password"), QStringLiteral("a long password 1")}, {QStringLiteral("password_confirm"), QStringLiteral("a long password 1")},
        {QStringLiteral("topic"), QStringLiteral("mortgage")}});
    QCOMPARE(registered.header("Location"), QByteArray("/login?registered=1&topic=mortgage"));
    visitor->get(QStringLiteral("/login?registered=1&topic=mortgage"));
    const Reply signedIn = visitor->postForm(QStringLiteral("/login"), {{QStringLiteral("csrf_token"), visitor->csrfToken()},
        {QStringLiteral("email"), QStringLiteral("nina@example.de")}, {QStringLiteral("password"), QStringLiteral("a long password 1")},
        {QStringLiteral("topic"), QStringLiteral("mortgage")}});
    QCOMPARE(signedIn.header("Location"), QByteArray("/agreement?topic=mortgage"));
    QVERIFY(visitor->get(QStringLiteral("/agreement?topic=mortgage")).body.contains("name=\"topic\" value=\"mortgage\""));
    const Reply accepted = visitor->postForm(QStringLiteral("/agreement"), {{QStringLiteral("csrf_token"), visitor->csrfToken()},
        {QStringLiteral("accept"), QStringLiteral("yes")}, {QStringLiteral("topic"), QStringLiteral("mortgage")}});
    QCOMPARE(accepted.header("Location"), QByteArray("/inquiries/new?topic=mortgage"));
    const Reply form = visitor->get(QStringLiteral("/inquiries/new?topic=mortgage"));
    QCOMPARE(form.status, 200);
    QVERIFY(form.body.contains("<option value=\"mortgage\" selected>"));
    QVERIFY(!form.body.contains("role=\"alert\""));

    const Reply unknown = visitor->get(QStringLiteral("/inquiries/new?topic=bitcoin-fund"));
    QCOMPARE(unknown.status, 200);
    QVERIFY(unknown.body.contains("The topic in the link you followed does not exist. Please choose a topic."));
    QVERIFY(!unknown.body.contains(" selected>"));
    QCOMPARE(autofocused(unknown.body), QStringList{QStringLiteral("topic")});
    const Reply hostile = visitor->get(QStringLiteral("/inquiries/new?topic=%3Cscript%3Ealert(1)%3C/script%3E"), "de");
    QVERIFY(hostile.body.contains("Das Thema aus dem Link, dem Sie gefolgt sind, gibt es nicht."));
    QVERIFY(!hostile.body.contains("<script>alert"));
    // A malformed key does not travel through sign-in either.
    auto stranger = customer();
    QCOMPARE(stranger->get(QStringLiteral("/inquiries/new?topic=%22%3E%3Cb%3E")).header("Location"), QByteArray("/login"));
}

// GDPR articles 15 and 20: everything stored about Anna (account, agreements, every inquiry with her messages and
// the advisors' answers), as JSON and as a readable document, and nothing of Ben's, although they share a topic and
// an advisor.
void tst_EndToEnd::theExportHoldsAllOfTheCustomersDataAndNobodyElses()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"), QStringLiteral("Anna Schmidt"));
    const qint64 first = writeInquiry(*anna, QStringLiteral("<b>Rate</b> after ten years"), QStringLiteral("Anna's first message"));
    writeInquiry(*anna, QStringLiteral("Second question"), QStringLiteral("Anna's second message"));
    auto ben = customer();
    registerCustomer(*ben, QStringLiteral("ben@example.de"), QStringLiteral("Ben Braun"));
    const qint64 bens = writeInquiry(*ben, QStringLiteral("Ben's subject"), QStringLiteral("Ben's message"));
    auto maria = advisor();
    for (const auto &[id, reply] : {std::pair{first, "Maria's answer to Anna"}, std::pair{bens, "Maria's answer to Ben"}})
        QCOMPARE(maria->postJson(QStringLiteral("/api/v1/inquiries/%1/replies").arg(id), wire::encodeReplyDraft({QString::fromUtf8(reply)})).status, 201);
    QCOMPARE(maria->postJson(QStringLiteral("/api/v1/inquiries/%1/notes").arg(first), R"({"text":"An internal note about Anna"})").status, 201);

    const Reply json = anna->get(QStringLiteral("/account/export.json"));
    QCOMPARE(json.status, 200);
    QVERIFY(json.header("Content-Disposition").startsWith("attachment; filename=\"confidant-export-"));
    const QJsonObject exported = wire::parseObject(json.body).value_or(QJsonObject());
    QCOMPARE(exported.value(QStringLiteral("format")).toString(), QStringLiteral("confidant-export/1"));
    const QJsonObject account = exported.value(QStringLiteral("account")).toObject();
    QCOMPARE(account.value(QStringLiteral("name")).toString(), QStringLiteral("Anna Schmidt"));
    QCOMPARE(account.value(QStringLiteral("email")).toString(), QStringLiteral("anna@example.de"));
    QCOMPARE(account.value(QStringLiteral("agreements")).toArray().size(), 1);
    const QJsonArray inquiries = exported.value(QStringLiteral("inquiries")).toArray();
    QCOMPARE(inquiries.size(), 2);
    QStringList texts;
    for (const QJsonValue &inquiry : inquiries) {
        texts << inquiry.toObject().value(QStringLiteral("subject")).toString();
        for (const QJsonValue &message : inquiry.toObject().value(QStringLiteral("messages")).toArray())
            texts << message.toObject().value(QStringLiteral("text")).toString();
    }
    texts.sort();
    QCOMPARE(texts, (QStringList{QStringLiteral("<b>Rate</b> after ten years"), QStringLiteral("Anna's first message"),
                                 QStringLiteral("Anna's second message"), QStringLiteral("Maria's answer to Anna"), QStringLiteral("Second question")}));
    for (const QByteArray &foreign : {QByteArray("Ben"), QByteArray("ben@example.de"), QByteArray("internal note")})
        QVERIFY2(!json.body.contains(foreign), foreign.constData());

    const Reply html = anna->get(QStringLiteral("/account/export.html"), "de");
    QCOMPARE(html.status, 200);
    QVERIFY(html.header("Content-Type").startsWith("text/html"));
    QVERIFY(html.header("Content-Disposition").endsWith(".html\""));
    QVERIFY(html.body.contains("&lt;b&gt;Rate&lt;/b&gt; after ten years") && !html.body.contains("<b>Rate"));
    QVERIFY(html.body.contains("answer to Anna"));
    QVERIFY(html.body.contains("Alles, was Confidant \xc3\xbc" "ber Sie speichert"));
    QVERIFY(!html.body.contains("Ben") && !html.body.contains("internal note"));
    QVERIFY(anna->get(QStringLiteral("/account")).body.contains("href=\"/account/export.json\""));
    // Only for the signed-in customer: a stranger is sent to sign in, and no id in the path could name another.
    auto stranger = customer();
    QCOMPARE(stranger->get(QStringLiteral("/account/export.json")).header("Location"), QByteArray("/login"));
}

// GDPR article 17 from the customer's side: an inquiry deleted from its page is gone for the customer and from every
// advisor's feed, a legal hold keeps it, and closing the account (password asked again) deletes everything and
// signs every device out. The log keeps who and when, never what.
void tst_EndToEnd::customersDeleteTheirInquiriesAndCloseTheirAccount()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 first = writeInquiry(*anna, QStringLiteral("Delete me"), QStringLiteral("A text to delete"));
    const qint64 second = writeInquiry(*anna, QStringLiteral("Keep me"), QStringLiteral("A text the law keeps"));
    auto maria = advisor();
    const auto feed = [&](qint64 since) { return wire::changeBatchFromJson(*wire::parseObject(maria->get(QStringLiteral("/api/v1/changes?since=%1").arg(since)).body)); };
    std::optional<ChangeBatch> before;
    QTRY_VERIFY_WITH_TIMEOUT((before = feed(0)) && before->inquiries.size() == 2, 10000);
    const QString deletePath = QStringLiteral("/inquiries/%1/delete").arg(first);
    const Reply unconfirmed = anna->postForm(deletePath, {{QStringLiteral("csrf_token"), anna->csrfToken()}});
    QCOMPARE(unconfirmed.status, 422);
    QVERIFY(unconfirmed.body.contains("Tick the box to confirm that the inquiry is deleted for good."));
    const Reply deleted = anna->postForm(deletePath, {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("confirm"), QStringLiteral("yes")}});
    QCOMPARE(deleted.header("Location"), QByteArray("/inquiries?deleted=1"));
    QCOMPARE(anna->get(QStringLiteral("/inquiries/%1").arg(first)).status, 404);
    QVERIFY(!anna->get(QStringLiteral("/inquiries")).body.contains("Delete me"));
    QCOMPARE(maria->get(QStringLiteral("/api/v1/inquiries/%1").arg(first)).status, 404);
    std::optional<ChangeBatch> after;
    QTRY_VERIFY_WITH_TIMEOUT((after = feed(before->cursor)) && after->removed.contains(first), 10000);
    // Someone else's inquiry cannot be deleted by naming its id.
    auto ben = customer();
    registerCustomer(*ben, QStringLiteral("ben@example.de"), QStringLiteral("Ben Braun"));
    QCOMPARE(ben->postForm(QStringLiteral("/inquiries/%1/delete").arg(second), {{QStringLiteral("csrf_token"), ben->csrfToken()},
                                                                                {QStringLiteral("confirm"), QStringLiteral("yes")}}).status, 404);

    // A legal hold keeps an inquiry, and with it the account.
    const QString postpone = QStringLiteral("/api/v1/inquiries/%1/postpone").arg(second);
    QCOMPARE(maria->postJson(postpone, R"({"legalHold": true, "reason": "Tax audit"})").status, 200);
    const Reply held = anna->postForm(QStringLiteral("/inquiries/%1/delete").arg(second), {{QStringLiteral("csrf_token"), anna->csrfToken()},
                                                                                           {QStringLiteral("confirm"), QStringLiteral("yes")}});
    QCOMPARE(held.status, 409);
    QVERIFY(held.body.contains("We are obliged by law to keep this for now"));
    auto annaElsewhere = customer();
    QCOMPARE(signIn(*annaElsewhere, QStringLiteral("anna@example.de"), QStringLiteral("a long password 1")).status, 303);
    anna->get(QStringLiteral("/account"));
    const QList<QPair<QString, QString>> close{{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("confirm"), QStringLiteral("yes")},
                                               {QStringLiteral("password"), QStringLiteral("a long password 1")}};
    QCOMPARE(anna->postForm(QStringLiteral("/account/close"), close).status, 409);
    anna->get(QStringLiteral("/account"));
    const Reply unticked = anna->postForm(QStringLiteral("/account/close"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
                                                                            {QStringLiteral("password"), QStringLiteral("a long password 1")}});
    QCOMPARE(unticked.status, 422);
    QVERIFY(unticked.body.contains("Tick the box to confirm that your account is closed and deleted."));
    QCOMPARE(maria->postJson(postpone, R"({"until": "2099-01-01T00:00:00Z", "reason": "Audit over"})").status, 200);
    anna->get(QStringLiteral("/account"));
    const Reply wrongPassword = anna->postForm(QStringLiteral("/account/close"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
        {QStringLiteral("confirm"), QStringLiteral("yes")}, {QStringLiteral("password"), QStringLiteral("not my password")}});
    QCOMPARE(wrongPassword.status, 422);
    QVERIFY(wrongPassword.body.contains("The password is wrong."));
    anna->get(QStringLiteral("/account"));
    const Reply closed = anna->postForm(QStringLiteral("/account/close"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
        {QStringLiteral("confirm"), QStringLiteral("yes")}, {QStringLiteral("password"), QStringLiteral("a long password 1")}});
    QCOMPARE(closed.header("Location"), QByteArray("/login?closed=1"));
    QVERIFY(anna->get(QStringLiteral("/login?closed=1")).body.contains("Your account is closed."));
    QCOMPARE(annaElsewhere->get(QStringLiteral("/inquiries")).header("Location"), QByteArray("/login")); // every device
    QCOMPARE(signIn(*anna, QStringLiteral("anna@example.de"), QStringLiteral("a long password 1")).status, 422);
    QSqlQuery gone(m_db->connection());
    QVERIFY(gone.exec(QStringLiteral("SELECT (SELECT count(*) FROM customers WHERE email = 'anna@example.de'), "
                                     "(SELECT count(*) FROM inquiries WHERE id IN (%1, %2)), "
                                     "(SELECT count(*) FROM deletion_log WHERE policy = 'customer_request' AND automatic = false)").arg(first).arg(second)));
    QVERIFY(gone.next());
    QCOMPARE(gone.value(0).toInt(), 0);
    QCOMPARE(gone.value(1).toInt(), 0);
    QCOMPARE(gone.value(2).toInt(), 2); // the inquiry, then the account
    QVERIFY(!maria->get(QStringLiteral("/api/v1/deletion-log")).body.contains("Delete me"));
}

void tst_EndToEnd::topicTitlesFollowThePagesLanguage()
{
    TopicStore topics(*m_db);
    QVERIFY(topics.setTitle(topics.findByKey(QStringLiteral("mortgage")).value()->id, QStringLiteral("de"), QStringLiteral("Baufinanzierung")));
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    QVERIFY(anna->get(QStringLiteral("/inquiries/new"), "de-DE").body.contains("<option value=\"mortgage\">Baufinanzierung</option>"));
    QVERIFY(anna->get(QStringLiteral("/inquiries/new"), "en").body.contains("<option value=\"mortgage\">Mortgages</option>"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("Rate?"), QStringLiteral("Body"));
    QVERIFY(anna->get(QStringLiteral("/inquiries"), "de").body.contains("<span class=\"topic\">Baufinanzierung</span>"));
    QVERIFY(anna->get(QStringLiteral("/inquiries/%1").arg(id), "de").body.contains("Baufinanzierung \xc2\xb7"));
    QVERIFY(anna->get(QStringLiteral("/inquiries/%1").arg(id), "fr").body.contains("Mortgages \xc2\xb7"));
    // The advisors keep the default title.
    auto maria = advisor();
    const Reply inquiry = maria->get(QStringLiteral("/api/v1/inquiries/%1").arg(id));
    QVERIFY(inquiry.body.contains("\"Mortgages\""));
    QVERIFY(!inquiry.body.contains("Baufinanzierung"));
    QVERIFY(!maria->get(QStringLiteral("/api/v1/topics")).body.contains("Baufinanzierung"));
}

void tst_EndToEnd::everyFormAnnouncesErrorsAndFocusesTheFirst()
{
    const auto announced = [](const Reply &reply, const QString &field) {
        return reply.status == 422 && reply.body.count("role=\"alert\"") == 1 && reply.body.contains("<a href=\"#" + field.toUtf8() + "\">")
            && autofocused(reply.body) == QStringList{field};
    };
    auto anna = customer();
    anna->get(QStringLiteral("/register"));
    QVERIFY(autofocused(anna->get(QStringLiteral("/register")).body).isEmpty()); // a fresh form takes no focus
    QVERIFY(announced(anna->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("name"), QStringLiteral("Anna Schmidt")},
        {QStringLiteral("email"), QStringLiteral("anna@example.de")}, {QStringLiteral("password"), QStringLiteral("short")},
        {QStringLiteral("password_confirm"), QStringLiteral("short")}}), QStringLiteral("password")));
    QVERIFY(announced(anna->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("name"), QStringLiteral("Anna Schmidt")},
        {QStringLiteral("email"), QStringLiteral("no address")}, {QStringLiteral("password"), QStringLiteral("short")}}), QStringLiteral("email")));
    QVERIFY(announced(anna->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
        {QStringLiteral("email"), QStringLiteral("no address")}, {QStringLiteral("password"), QStringLiteral("short")}}), QStringLiteral("name")));
    QVERIFY(announced(anna->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("name"), QStringLiteral("Anna Schmidt")},
        {QStringLiteral("email"), QStringLiteral("anna@example.de")}, {QStringLiteral("password"), QStringLiteral("a long password 1")},
        {QStringLiteral("password_confirm"), QStringLiteral("a long password 2")}}), QStringLiteral("password_confirm")));
    registerCustomer(*anna, QStringLiteral("anna@example.de"));

    auto stranger = customer();
    stranger->get(QStringLiteral("/login"));
    QVERIFY(announced(stranger->postForm(QStringLiteral("/login"), {{QStringLiteral("csrf_token"), stranger->csrfToken()},
        {QStringLiteral("email"), QStringLiteral("anna@example.de")}, {QStringLiteral("password"), QStringLiteral("wrong one")}}), QStringLiteral("password")));

    auto bert = customer();
    QCOMPARE(bert->get(QStringLiteral("/register")).status, 200);
    bert->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), bert->csrfToken()}, {QStringLiteral("name"), QStringLiteral("Bert")},
        {QStringLiteral("email"), QStringLiteral("bert@example.de")},
        {QStringLiteral("password"), QStringLiteral("a long password 1")}, {QStringLiteral("password_confirm"), QStringLiteral("a long password 1")}});
    signIn(*bert, QStringLiteral("bert@example.de"), QStringLiteral("a long password 1"));
    bert->get(QStringLiteral("/agreement"));
    const Reply agreement = bert->postForm(QStringLiteral("/agreement"), {{QStringLiteral("csrf_token"), bert->csrfToken()}});
    QVERIFY(announced(agreement, QStringLiteral("accept")));

    anna->get(QStringLiteral("/inquiries/new"));
    const Reply inquiry = anna->postForm(QStringLiteral("/inquiries"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
        {QStringLiteral("topic"), QStringLiteral("mortgage")}, {QStringLiteral("subject"), QString()}, {QStringLiteral("body"), QString()}});
    QVERIFY(announced(inquiry, QStringLiteral("subject")));
    QVERIFY(inquiry.body.contains("<a href=\"#body\">Please write your message.</a>")); // every error is listed
    const Reply noTopic = anna->postForm(QStringLiteral("/inquiries"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
        {QStringLiteral("subject"), QStringLiteral("S")}, {QStringLiteral("body"), QStringLiteral("B")}});
    QVERIFY(announced(noTopic, QStringLiteral("topic")));

    const qint64 id = writeInquiry(*anna, QStringLiteral("S"), QStringLiteral("B"));
    QVERIFY(announced(anna->postForm(QStringLiteral("/inquiries/%1/messages").arg(id),
                                     {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("body"), QStringLiteral(" ")}}),
                      QStringLiteral("body")));
}

void tst_EndToEnd::privacyAndAgreementAreLinkedFromEveryPage()
{
    auto visitor = customer();
    const Reply login = visitor->get(QStringLiteral("/login"));
    QVERIFY(login.body.contains("<a href=\"/privacy\">Privacy</a>"));
    QVERIFY(!login.body.contains("href=\"/agreement\""));
    const Reply privacy = visitor->get(QStringLiteral("/privacy"));
    QCOMPARE(privacy.status, 200);
    QVERIFY(privacy.body.contains("There is no fixed period after which an unused account is deleted."));
    QVERIFY(privacy.body.contains("<li>Mortgages: no fixed period: kept until it is deleted</li>"));
    QVERIFY(visitor->get(QStringLiteral("/privacy"), "de").body.contains("Es gibt keine feste Frist, nach der ein unbenutztes Konto gel\xc3\xb6scht wird."));
    // The page says what is configured, never a fixed text.
    QVERIFY(RetentionPolicyStore(*m_db).setTopicRetention(QStringLiteral("mortgage"), 90));
    QVERIFY(RetentionPolicyStore(*m_db).setInactiveAccountDays(730));
    QVERIFY(RetentionPolicyStore(*m_db).setAutoDeleteGraceDays(14));
    const Reply configured = visitor->get(QStringLiteral("/privacy"));
    QVERIFY(configured.body.contains("<li>Mortgages: deleted 90 days after the inquiry is closed</li>"));
    QVERIFY(configured.body.contains("If you do not sign in for 730 days, your account is deleted with everything in it."));
    QVERIFY(configured.body.contains("deleted automatically 14 days later."));
    QVERIFY(visitor->get(QStringLiteral("/privacy"), "de").body.contains("gel\xc3\xb6scht 90 Tage nach Abschluss der Anfrage"));

    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    for (const QString &path : {QStringLiteral("/inquiries"), QStringLiteral("/inquiries/new"), QStringLiteral("/privacy"), QStringLiteral("/agreement")}) {
        const Reply page = anna->get(path);
        QVERIFY2(page.body.contains("<a href=\"/privacy\">Privacy</a>") && page.body.contains("<a href=\"/agreement\">Your agreement</a>"),
                 qPrintable(path));
    }
    const Reply agreement = anna->get(QStringLiteral("/agreement"));
    QVERIFY(agreement.body.contains("You accepted version " + currentAgreementVersion().toUtf8() + " on "));
    QVERIFY(!agreement.body.contains("name=\"accept\"")); // accepted already: nothing to sign again

    // A customer who accepted an older version reads what changed and is asked again.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE customers SET agreement_version = '2026-01'")));
    QCOMPARE(anna->get(QStringLiteral("/inquiries")).header("Location"), QByteArray("/agreement"));
    const Reply outdated = anna->get(QStringLiteral("/agreement"));
    QVERIFY(outdated.body.contains("You accepted version 2026-01 on "));
    QVERIFY(outdated.body.contains("The agreement has changed since."));
    QVERIFY(outdated.body.contains("name=\"accept\""));
}

// A known and a new address get byte-identical answers (apart from the date and the form token) after the same
// work: one password hash each.
void tst_EndToEnd::registrationDoesNotRevealWhoHasAnAccount()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const HashingQueue &hashing = m_server->customerPortal().hashingQueue();
    const auto attempt = [&](const QString &email, quint64 *hashes) {
        auto visitor = customer();
        visitor->get(QStringLiteral("/register"));
        const quint64 before = hashing.accepted();
        Reply answer = visitor->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), visitor->csrfToken()},
            {QStringLiteral("name"), QStringLiteral("Carl")}, {QStringLiteral("email"), email}, {QStringLiteral("password"), QStringLiteral("some password 3")},
            {QStringLiteral("password_confirm"), QStringLiteral("some password 3")}});
        *hashes = hashing.accepted() - before;
        const Reply next = visitor->get(QString::fromLatin1(answer.header("Location")));
        QByteArray shown = "status " + QByteArray::number(answer.status) + '\n';
        for (const auto &[name, value] : answer.headers + next.headers) {
            if (name != "Date")
                shown += name + ": " + value + '\n';
        }
        shown += next.body;
        return shown.replace(visitor->csrfToken().toLatin1(), "TOKEN");
    };
    quint64 knownHashes = 0, newHashes = 0;
    const QByteArray known = attempt(QStringLiteral("anna@example.de"), &knownHashes);
    const QByteArray fresh = attempt(QStringLiteral("carl@example.de"), &newHashes);
    QCOMPARE(known, fresh);
    QVERIFY(known.startsWith("status 303\n"));
    QVERIFY(known.contains("your account is ready"));
    QCOMPARE(knownHashes, quint64(1));
    QCOMPARE(newHashes, quint64(1));
    QCOMPARE(count(QStringLiteral("customers")), 2);
}

void tst_EndToEnd::registrationsAreLimitedPerAddress()
{
    restartOnManualClock();
    auto visitor = customer();
    const auto registerAs = [&](int n) {
        visitor->get(QStringLiteral("/register"));
        return visitor->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), visitor->csrfToken()}, {QStringLiteral("name"), QStringLiteral("Anna Schmidt")},
            {QStringLiteral("email"), QStringLiteral("flood%1@example.de").arg(n)}, {QStringLiteral("password"), QStringLiteral("a long password 1")},
            {QStringLiteral("password_confirm"), QStringLiteral("a long password 1")}});
    };
    for (int n = 0; n < 5; ++n)
        QCOMPARE(registerAs(n).status, 303);
    const Reply refused = registerAs(5);
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.body.contains("Too many attempts. Please try again after"));
    QVERIFY(refused.header("Retry-After").toInt() > 0);
    QCOMPARE(count(QStringLiteral("customers")), 5);
    m_manualClock.advance(3601);
    QCOMPARE(registerAs(6).status, 303);
}

// Ten wrong passwords in 15 minutes: the eleventh attempt is answered 429 even with the right password, until the
// window has passed. A success starts the count afresh. (Which addresses are held back: tst_signinthrottle.)
void tst_EndToEnd::signInIsThrottled()
{
    restartOnManualClock();
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    auto mallory = customer();
    for (int i = 0; i < 9; ++i)
        QCOMPARE(signIn(*mallory, QStringLiteral("anna@example.de"), QStringLiteral("guess %1").arg(i)).status, 422);
    QCOMPARE(signIn(*mallory, QStringLiteral("anna@example.de"), QStringLiteral("a long password 1")).status, 303); // resets
    for (int i = 0; i < 10; ++i)
        QCOMPARE(signIn(*mallory, QStringLiteral("anna@example.de"), QStringLiteral("guess %1").arg(i)).status, 422);
    const Reply refused = signIn(*mallory, QStringLiteral("anna@example.de"), QStringLiteral("a long password 1"));
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.body.contains("Too many attempts. Please try again after"));
    QCOMPARE(refused.header("Retry-After"), QByteArray("900"));
    QCOMPARE(signIn(*mallory, QStringLiteral("someone@example.de"), QStringLiteral("x")).status, 429); // the address, too
    m_manualClock.advance(15 * 60);
    QCOMPARE(signIn(*mallory, QStringLiteral("anna@example.de"), QStringLiteral("a long password 1")).status, 303);
}

// Visitors who are not signed in cost no database write; a session row exists only after sign-in.
void tst_EndToEnd::pageViewsWithoutASessionWriteNothing()
{
    for (int i = 0; i < 50; ++i) {
        auto visitor = customer();
        QCOMPARE(visitor->get(QStringLiteral("/login")).status, 200);
        QCOMPARE(visitor->get(QStringLiteral("/register")).status, 200);
        QCOMPARE(visitor->get(QStringLiteral("/")).status, 303);
    }
    auto visitor = customer();
    QCOMPARE(signIn(*visitor, QStringLiteral("nobody@example.de"), QStringLiteral("wrong password")).status, 422);
    QCOMPARE(count(QStringLiteral("sessions")), 0);
    registerCustomer(*visitor, QStringLiteral("anna@example.de"));
    QCOMPARE(count(QStringLiteral("sessions")), 1);
}

void tst_EndToEnd::sessionEndsAfterThirtyIdleMinutes()
{
    restartOnManualClock();
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    for (int i = 0; i < 3; ++i) { // each request within 30 minutes keeps it alive
        m_manualClock.advance(29 * 60);
        QCOMPARE(anna->get(QStringLiteral("/agreement")).status, 200);
    }
    m_manualClock.advance(30 * 60 + 1);
    const Reply ended = anna->get(QStringLiteral("/agreement"));
    QCOMPARE(ended.status, 303);
    QCOMPARE(ended.header("Location"), QByteArray("/login"));
    QVERIFY(ended.header("Set-Cookie").startsWith("__Host-confidant_session=; Max-Age=0"));
}

QTEST_GUILESS_MAIN(tst_EndToEnd)
#include "tst_endtoend.moc"
