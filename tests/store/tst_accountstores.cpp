#include "ManualClock.h"
#include "TestPostgres.h"
#include "store/AdvisorStore.h"
#include "store/CustomerStore.h"
#include "store/Database.h"
#include "store/SessionStore.h"
#include "store/TopicStore.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace confidant;
using namespace confidant::server;

// Customers, sessions, topics and advisors: the stores behind registration, login and advisor identity.
class tst_AccountStores : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void customerEmailIsUniqueCaseInsensitive();
    void databaseRefusesNamesValidationRefuses();
    void agreementIsRecordedWithVersionAndTime();
    void sessionsExpireAndCanBeRemoved();
    void topicKeysAreUnique();
    void topicTitlesPerLanguageFallBackToTheDefault();
    void advisorCertificateLookup();
    void deletingACustomerDeletesEverything();

private:
    std::unique_ptr<testing::TestPostgres> m_pg;
    std::unique_ptr<Database> m_db;
    testing::ManualClock m_clock;
};

void tst_AccountStores::init()
{
    m_pg = std::make_unique<testing::TestPostgres>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->errorString()));
    m_db = m_pg->open(QStringLiteral("accounts"));
    QVERIFY(m_db);
}

void tst_AccountStores::cleanup()
{
    m_db.reset();
    m_pg.reset();
}

void tst_AccountStores::customerEmailIsUniqueCaseInsensitive()
{
    CustomerStore store(*m_db);
    const auto id = store.create(QStringLiteral("Anna@Example.de"), QStringLiteral(" Zo\u00eb \t \u00dcnal-\u00d8ster "), "hash",
                                 m_clock.now());
    QVERIFY(id);
    // Whoever registers a known address must not rename its account.
    const auto again = store.create(QStringLiteral("anna@example.DE "), QStringLiteral("Mallory"), "hash2", m_clock.now());
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ServiceError::Conflict);
    QVERIFY(!again.error().message.contains(QLatin1String("SQL"), Qt::CaseInsensitive));
    const auto lookup = store.findByEmail(QStringLiteral("ANNA@example.de"));
    QVERIFY(lookup && lookup.value());
    const CustomerRecord &found = *lookup.value();
    QCOMPARE(found.id, id.value());
    QCOMPARE(found.passwordHash, QByteArray("hash"));
    QCOMPARE(found.displayName, QStringLiteral("Zo\u00eb \u00dcnal-\u00d8ster"));
    QVERIFY(found.agreementVersion.isEmpty());
    const auto nobody = store.findByEmail(QStringLiteral("nobody@example.de"));
    QVERIFY(nobody && !nobody.value());
}

// The CHECK behind validation::checkDisplayName, for names written by any other path (confidant-admin, SQL by hand).
void tst_AccountStores::databaseRefusesNamesValidationRefuses()
{
    // The refusal is logged, but not the row it refused: neither the address nor the name.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("example\\.de|Anna|nnnn")));
    CustomerStore store(*m_db);
    QVERIFY(!store.create(QStringLiteral("a@example.de"), QStringLiteral(" \t "), "h", m_clock.now()));
    QVERIFY(!store.create(QStringLiteral("b@example.de"), QStringLiteral("Anna\x1b[2J"), "h", m_clock.now()));
    QVERIFY(!store.create(QStringLiteral("c@example.de"), QString(121, QLatin1Char('n')), "h", m_clock.now()));
    QVERIFY(store.create(QStringLiteral("d@example.de"), QString(120, QLatin1Char('n')), "h", m_clock.now()));
}

void tst_AccountStores::agreementIsRecordedWithVersionAndTime()
{
    CustomerStore store(*m_db);
    const qint64 id = store.create(QStringLiteral("a@example.de"), QStringLiteral("Anna"), "h", m_clock.now()).value();
    m_clock.advance(30);
    QVERIFY(store.recordAgreement(id, QStringLiteral("2026-01"), m_clock.now()));
    const auto record = store.findById(id).value();
    QCOMPARE(record->agreementVersion, QStringLiteral("2026-01"));
    QCOMPARE(record->agreementAcceptedAt, m_clock.now());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM agreement_acceptances")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(store.recordAgreement(4242, QStringLiteral("2026-01"), m_clock.now()).error().kind, ServiceError::NotFound);
}

void tst_AccountStores::sessionsExpireAndCanBeRemoved()
{
    SessionStore sessions(*m_db);
    const qint64 customer = CustomerStore(*m_db).create(QStringLiteral("a@example.de"), QStringLiteral("Anna"), "h", m_clock.now()).value();
    const QDateTime now = m_clock.now();
    const SessionRecord record{QByteArray(32, 'a'), customer, "csrf-token", now, now.addSecs(3600), now};
    QVERIFY(sessions.create(record));
    const auto found = sessions.find(record.tokenHash, now, now.addSecs(-1800)).value();
    QVERIFY(found);
    QCOMPARE(found->customerId, customer);
    QCOMPARE(found->csrfToken, QByteArray("csrf-token"));
    QVERIFY(!sessions.find(record.tokenHash, now.addSecs(3601), now).value()); // past its absolute end
    // Idle: not seen since the cutoff. A request moves the last sighting on.
    QVERIFY(!sessions.find(record.tokenHash, now.addSecs(1801), now.addSecs(1)).value());
    QVERIFY(sessions.touch(record.tokenHash, now.addSecs(1000)));
    QVERIFY(sessions.find(record.tokenHash, now.addSecs(1801), now.addSecs(1)).value());
    const SessionRecord idle{QByteArray(32, 'b'), customer, "other", now, now.addSecs(3600), now};
    QVERIFY(sessions.create(idle));
    {
        // Another instance is sweeping (holds the sweep's lock): this one leaves it to that one.
        auto other = m_pg->open(QStringLiteral("other-instance"));
        QSqlQuery hold(other->connection());
        QVERIFY(hold.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(qint64(Database::Job::SessionSweep))));
        QCOMPARE(sessions.removeExpired(now.addSecs(1801), now.addSecs(1)), 0);
        QVERIFY(sessions.find(idle.tokenHash, now, now.addSecs(-1800)).value());
        // Let go before closing: a closed connection's backend releases its locks a moment later, not at once.
        QVERIFY(hold.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(qint64(Database::Job::SessionSweep))));
    }
    QCOMPARE(sessions.removeExpired(now.addSecs(1801), now.addSecs(1)), 1); // the idle one, not the touched one
    QVERIFY(sessions.removeAllForCustomer(customer));
    QVERIFY(!sessions.find(record.tokenHash, now, now.addSecs(-1800)).value());
    QVERIFY(!sessions.create(SessionRecord{QByteArray(5, 'x'), customer, "t", now, now, now}));
}

void tst_AccountStores::topicKeysAreUnique()
{
    TopicStore topics(*m_db);
    QVERIFY(topics.create(QStringLiteral("pension"), QStringLiteral("Pension plans")));
    QVERIFY(topics.create(QStringLiteral("accounts"), QStringLiteral("Accounts and cards")));
    QCOMPARE(topics.create(QStringLiteral("pension"), QStringLiteral("Again")).error().kind, ServiceError::Conflict);
    QVERIFY(!topics.create(QStringLiteral("Bad Key"), QStringLiteral("x")));
    const QList<Topic> all = topics.list().value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().key, QStringLiteral("accounts"));
    QCOMPARE(topics.findByKey(QStringLiteral("pension")).value()->title, QStringLiteral("Pension plans"));
    QVERIFY(!topics.findByKey(QStringLiteral("nope")).value());
}

void tst_AccountStores::topicTitlesPerLanguageFallBackToTheDefault()
{
    TopicStore topics(*m_db);
    const Topic pension = topics.create(QStringLiteral("pension"), QStringLiteral("Pension plans")).value();
    const Topic accounts = topics.create(QStringLiteral("accounts"), QStringLiteral("Accounts and cards")).value();
    QVERIFY(topics.setTitle(pension.id, QStringLiteral("de"), QStringLiteral("Altersvorsorge")));
    QVERIFY(topics.setTitle(pension.id, QStringLiteral("de"), QStringLiteral("Vorsorge und Rente"))); // replaces
    QVERIFY(!topics.setTitle(pension.id, QStringLiteral("german"), QStringLiteral("x")));
    QVERIFY(!topics.setTitle(424242, QStringLiteral("de"), QStringLiteral("x")));
    const QList<Topic> german = topics.list(QStringLiteral("de")).value();
    QCOMPARE(german.size(), 2);
    QCOMPARE(german.at(0).title, QStringLiteral("Accounts and cards")); // no German title: the default
    QCOMPARE(german.at(1).title, QStringLiteral("Vorsorge und Rente"));
    QCOMPARE(topics.list().value(), (QList<Topic>{accounts, pension}));
    QCOMPARE(topics.list(QStringLiteral("en")).value(), (QList<Topic>{accounts, pension}));
}

void tst_AccountStores::advisorCertificateLookup()
{
    AdvisorStore advisors(*m_db);
    const auto team = advisors.createTeam(QStringLiteral("Private clients")).value();
    QCOMPARE(advisors.createTeam(QStringLiteral("Private clients")).error().kind, ServiceError::Conflict);
    const auto lead = advisors.createAdvisor(QStringLiteral("s.wagner"), QStringLiteral("Sabine Wagner"), team.id, true);
    QVERIFY(lead);
    QVERIFY(lead->teamLead);
    QCOMPARE(lead->teamName, QStringLiteral("Private clients"));
    QCOMPARE(advisors.createAdvisor(QStringLiteral("s.wagner"), QStringLiteral("X"), team.id, false).error().kind, ServiceError::Conflict);
    QCOMPARE(advisors.createAdvisor(QStringLiteral("x.y"), QStringLiteral("X"), 999, false).error().kind, ServiceError::NotFound);

    const QString valid = QString(64, QLatin1Char('a'));
    const QString expired = QString(64, QLatin1Char('b'));
    QVERIFY(advisors.registerCertificate(lead->id, valid, QStringLiteral("01"), m_clock.now().addDays(365)));
    QVERIFY(advisors.registerCertificate(lead->id, expired, QStringLiteral("02"), m_clock.now().addDays(-1)));
    QVERIFY(!advisors.registerCertificate(lead->id, QStringLiteral("not-hex"), QStringLiteral("03"), m_clock.now()));
    QCOMPARE(advisors.findByCertificate(valid.toUpper(), m_clock.now())->login, QStringLiteral("s.wagner"));
    QCOMPARE(advisors.findByCertificate(expired, m_clock.now()).error().kind, ServiceError::NotFound);
    QCOMPARE(advisors.findByCertificate(QString(64, QLatin1Char('c')), m_clock.now()).error().kind, ServiceError::NotFound);
    QVERIFY(advisors.revokeCertificate(valid, m_clock.now()));
    QCOMPARE(advisors.findByCertificate(valid, m_clock.now()).error().kind, ServiceError::NotFound);
    QCOMPARE(advisors.revokeCertificate(valid, m_clock.now()).error().kind, ServiceError::NotFound);
    QCOMPARE(advisors.list()->size(), 1);
}

void tst_AccountStores::deletingACustomerDeletesEverything()
{
    CustomerStore customers(*m_db);
    const qint64 id = customers.create(QStringLiteral("a@example.de"), QStringLiteral("Anna"), "h", m_clock.now()).value();
    QVERIFY(customers.recordAgreement(id, QStringLiteral("v1"), m_clock.now()));
    QVERIFY(SessionStore(*m_db).create({QByteArray(32, 'z'), id, "t", m_clock.now(), m_clock.now().addSecs(60), m_clock.now()}));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO topics (key, title) VALUES ('t', 'T')")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO inquiries (customer_id, topic_id, subject_sealed, state, created_at, last_activity_at, seq) "
                                      "SELECT %1, id, '\\x01', 'awaiting_advisor', now(), now(), 1 FROM topics").arg(id)));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO messages (inquiry_id, author, body_sealed, created_at, seq) SELECT id, 'customer', '\\x01', now(), 1 FROM inquiries")));
    // The inquiry's data key goes with it: without its key, no copy of its texts can be read (docs/operations.md).
    QVERIFY(query.exec(QStringLiteral("INSERT INTO key_epochs (epoch) VALUES (1)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO inquiry_keys (inquiry_id, epoch, wrapped_key) SELECT id, 1, decode(repeat('00', 61), 'hex') FROM inquiries")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO customer_reads (inquiry_id, read_up_to_message_id, read_at) SELECT id, 1, now() FROM inquiries")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM customers WHERE id = %1").arg(id)));
    for (const char *table : {"agreement_acceptances", "sessions", "inquiries", "messages", "customer_reads", "inquiry_keys"}) {
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
}

QTEST_GUILESS_MAIN(tst_AccountStores)
#include "tst_accountstores.moc"
