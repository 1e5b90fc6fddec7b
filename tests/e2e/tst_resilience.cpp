#include "EndToEndFixture.h"
#include "TestPostgres.h"
#include "app/ServerApplication.h"
#include "store/Database.h"
#include "store/DatabaseWorkers.h"
#include "store/InquiryStore.h"
#include "wire/ApiErrorWire.h"
#include "wire/InquiryWire.h"
#include "wire/JsonReader.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace confidant;
using namespace confidant::server;
using confidant::testing::HttpsClient;
using confidant::testing::Reply;

// The server over real TLS while the database is slow, away or ends its connections, and as one of two instances:
// requests are answered meanwhile, nothing written is lost, and it finds its way back by itself.
class tst_Resilience : public testing::EndToEndFixture {
    Q_OBJECT
private slots:
    void aSlowQueryDoesNotStallOtherRequests();
    void databaseOutageIsNotARefusal();
    void serverReconnectsAfterTheDatabaseEndedItsConnections();
    void customersTextSurvivesAnOutage();
    void twoInstancesOnOneDatabase();

private:
    // Makes the test database refuse connections and ends the server's (as while PostgreSQL is down), or ends that.
    void setDatabaseAvailable(bool available);
};

// A slow query (a report, a sweep) holds one database worker and its connection; the others go on: sign-in, pages,
// the API and a long-poll's wake-up answer as usual meanwhile. The slow query waits for an advisory lock this test
// holds, so it lasts exactly as long as the test needs, without sleeping.
void tst_Resilience::aSlowQueryDoesNotStallOtherRequests()
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

// PostgreSQL restarting ends every connection. The server connects again by itself: pages and the API answer again
// within a moment, and a long-poll that waited through it still learns of an inquiry written while its
// notifications were down (nothing announced it; the notifier's reconnection makes the waiters look again).
void tst_Resilience::serverReconnectsAfterTheDatabaseEndedItsConnections()
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

void tst_Resilience::setDatabaseAvailable(bool available)
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
void tst_Resilience::customersTextSurvivesAnOutage()
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
void tst_Resilience::twoInstancesOnOneDatabase()
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

void tst_Resilience::databaseOutageIsNotARefusal()
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

QTEST_GUILESS_MAIN(tst_Resilience)
#include "tst_resilience.moc"
