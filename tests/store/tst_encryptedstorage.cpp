// Issue 11, "Deleted means gone, backups included": what a real pg_dump holds of the inquiries' texts, before and
// after a deletion and a key rotation.
#include "ManualClock.h"
#include "TestPostgres.h"
#include "crypto/KeyRing.h"
#include "crypto/InquiryCipher.h"
#include "domain/AdvisorProfile.h"
#include "store/AdvisorStore.h"
#include "store/CustomerStore.h"
#include "store/Database.h"
#include "store/InquiryNotes.h"
#include "store/ChangeFeedStore.h"
#include "store/InquiryMessages.h"
#include "store/InquiryStore.h"
#include "service/InquiryMoves.h"
#include "service/KeyRotation.h"
#include "store/InquiryOwnership.h"
#include "store/DeletionLog.h"
#include "store/DeletionStore.h"
#include "store/PlaintextSealing.h"
#include "store/RowBoundSealing.h"
#include "store/InquiryKeys.h"
#include "store/PostgresCluster.h"
#include "store/StoreLog.h"
#include "store/TopicStore.h"
#include "store/TwoFactorStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace confidant;
using namespace confidant::server;

class tst_EncryptedStorage : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void noTextAppearsInADump();
    void aDeletedInquiryCannotBeReadFromAnOlderDump();
    void deletingAnInquiryDeletesItsKey();
    void aDeletionMakesTheRotationDueWithinTheHour();
    void textsFromBeforeEncryptionAreEncryptedAtStart();
    void messagesSwappedInTheDatabaseDoNotRead();
    void messagesSealedBeforeAreBoundToTheirRowsAtStart();
    void transferNotesAndPostponementReasonsAreSealedAndTheLogKeepsNone();
    void notesAndReasonsFromBeforeAreSealedAtStart();
    void aSecondFactorSecretIsWrappedRotatedAndBoundToItsCustomer();

private:

private:
    void addPeople(); // a customer, a topic, a team and an advisor
    Inquiry write(const QString &subject, const QString &body);
    // `pg_dump` of the test database, plain SQL; with `inserts`, one INSERT per row (easy to pick a row from).
    QByteArray dump(bool inserts = false) const;
    static std::optional<WrappedKey> wrappedKeyIn(const QByteArray &dump, qint64 inquiryId);
    QByteArray sealedSubject(qint64 inquiryId) const;
    // An empty database with the migrations before `number` only, and the people of addPeople in it.
    bool migrateBefore(const QString &number);

    std::unique_ptr<testing::TestPostgres> m_pg;
    std::unique_ptr<Database> m_db;
    testing::ManualClock m_clock{QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC)};
    qint64 m_customer = 0;
    qint64 m_topic = 0;
    AdvisorProfile m_advisor;
};

void tst_EncryptedStorage::init()
{
    m_pg = std::make_unique<testing::TestPostgres>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->errorString()));
    m_db = m_pg->open(QStringLiteral("encrypted"));
    QVERIFY(m_db);
    addPeople();
}

void tst_EncryptedStorage::addPeople()
{
    // In SQL: some tests hold a schema from before migrations that today's CustomerStore writes to (verified_at).
    QSqlQuery customer(m_db->connection());
    QVERIFY(customer.exec(QStringLiteral("INSERT INTO customers (email, display_name, password_hash, created_at) "
                                         "VALUES ('anna@example.de', 'Anna Schmidt', 'h', now()) RETURNING id")) && customer.next());
    m_customer = customer.value(0).toLongLong();
    m_topic = TopicStore(*m_db).create(QStringLiteral("mortgage"), QStringLiteral("Mortgages")).value().id;
    AdvisorStore advisors(*m_db);
    const qint64 team = advisors.createTeam(QStringLiteral("Private clients")).value().id;
    m_advisor = advisors.createAdvisor(QStringLiteral("m.mueller"), QStringLiteral("Maria Müller"), team, false).value();
}

void tst_EncryptedStorage::cleanup()
{
    m_db.reset();
    m_pg.reset();
}

Inquiry tst_EncryptedStorage::write(const QString &subject, const QString &body)
{
    return InquiryStore(*m_db).createInquiry(m_customer, m_topic, subject, body, m_clock.now()).value();
}

QByteArray tst_EncryptedStorage::dump(bool inserts) const
{
    const DatabaseConfig config = m_pg->config();
    QStringList arguments{QStringLiteral("--host"), config.host, QStringLiteral("--port"), QString::number(config.port),
                          QStringLiteral("--username"), config.userName, QStringLiteral("--no-password")};
    if (inserts)
        arguments << QStringLiteral("--inserts");
    QProcess pgDump;
    pgDump.start(PostgresCluster::toolPath(QStringLiteral("pg_dump")), arguments << config.databaseName);
    if (!pgDump.waitForFinished(60000) || pgDump.exitCode() != 0) {
        qWarning("pg_dump failed: %s", pgDump.readAllStandardError().constData());
        return {};
    }
    return pgDump.readAllStandardOutput();
}

// The row of inquiry_keys as the dump has it: INSERT INTO public.inquiry_keys VALUES (ID, EPOCH, '\x…');
std::optional<WrappedKey> tst_EncryptedStorage::wrappedKeyIn(const QByteArray &dump, qint64 inquiryId)
{
    const QRegularExpression row(QStringLiteral(R"(INSERT INTO public\.inquiry_keys VALUES \(%1, (\d+), '\\x([0-9a-f]+)'\);)").arg(inquiryId));
    const auto match = row.match(QString::fromUtf8(dump));
    if (!match.hasMatch())
        return std::nullopt;
    return WrappedKey{match.captured(1).toInt(), QByteArray::fromHex(match.captured(2).toLatin1())};
}

QByteArray tst_EncryptedStorage::sealedSubject(qint64 inquiryId) const
{
    QSqlQuery query(m_db->connection());
    if (!runQuery(query, QStringLiteral("SELECT subject_sealed FROM inquiries WHERE id = ?"), {inquiryId}) || !query.next())
        return {};
    return query.value(0).toByteArray();
}

// Subjects, message texts (the customer's and the advisor's) and internal notes: none of them is in a dump, while
// the store still reads every one of them.
void tst_EncryptedStorage::noTextAppearsInADump()
{
    const QStringList texts{QStringLiteral("Umschuldung Baufinanzierung Müller"), QStringLiteral("Mein Kredit läuft 2027 aus, Kontonummer 4711"),
                            QStringLiteral("Wir bieten Ihnen 3,1 % an"), QStringLiteral("Kundin wirkt unsicher, Rückruf Freitag")};
    const Inquiry inquiry = write(texts.at(0), texts.at(1));
    InquiryStore store(*m_db);
    InquiryMessages storeMessages(*m_db);
    ChangeFeedStore storeFeed(*m_db);
    QVERIFY(storeMessages.addAdvisorReply(m_advisor, inquiry.id, texts.at(2), m_clock.now()));
    QVERIFY(InquiryNotes(*m_db).add(m_advisor, inquiry.id, texts.at(3), m_clock.now()));

    for (bool inserts : {false, true}) {
        const QByteArray dumped = dump(inserts);
        QVERIFY(dumped.contains("inquiry_keys"));
        for (const QString &text : texts)
            QVERIFY2(!dumped.contains(text.toUtf8()), qPrintable(text));
        QVERIFY(!dumped.contains("Umschuldung"));
    }
    QCOMPARE(store.find(inquiry.id)->subject, texts.at(0));
    const auto messages = storeMessages.of(inquiry.id).value();
    QCOMPARE(messages.at(0).body, texts.at(1));
    QCOMPARE(messages.at(1).body, texts.at(2));
    QCOMPARE(InquiryNotes(*m_db).of(inquiry.id).value().at(0).text, texts.at(3));
}

// The dump taken before the deletion holds the deleted inquiry's sealed subject and wrapped data key. With the key
// ring of that time they still open (which is why its copies go with the backups); after the rotation the current
// key ring opens neither, while the inquiry that was kept reads as before.
void tst_EncryptedStorage::aDeletedInquiryCannotBeReadFromAnOlderDump()
{
    const Inquiry kept = write(QStringLiteral("Keep this one"), QStringLiteral("Still needed"));
    const Inquiry deleted = write(QStringLiteral("Delete this one"), QStringLiteral("Private text to be deleted"));
    const QByteArray ciphertext = sealedSubject(deleted.id);
    const QString keyRingCopy = m_pg->keyRingFile() + QStringLiteral(".backup");
    QVERIFY(QFile::copy(m_pg->keyRingFile(), keyRingCopy));
    const QByteArray before = dump(true);
    const auto dumpedKey = wrappedKeyIn(before, deleted.id);
    QVERIFY(dumpedKey);
    QVERIFY(before.contains(ciphertext.toHex()));

    QSqlQuery query(m_db->connection());
    QVERIFY(runQuery(query, QStringLiteral("DELETE FROM inquiries WHERE id = ?"), {deleted.id}));
    QString error;
    const auto rotated = KeyRotation(*m_db).rotate(m_clock.now(), &error);
    QVERIFY2(rotated, qPrintable(error));
    QCOMPARE(rotated->retired, QList<int>{dumpedKey->epoch});
    QCOMPARE(rotated->rewrapped, qint64(1)); // the kept inquiry's key

    // The backup's own key ring still reads the old dump: the test would show nothing without this.
    const auto oldRing = KeyRing::load(keyRingCopy, &error);
    const auto oldKey = oldRing->unwrap(deleted.id, *dumpedKey);
    QVERIFY(oldKey);
    QCOMPARE(InquiryCipher(deleted.id, *oldKey).open(InquiryCipher::Field::Subject, ciphertext), QStringLiteral("Delete this one"));

    // The current key ring has no key of the dump's epoch, and its own key does not open the dumped one either.
    const auto current = KeyRing::load(m_pg->keyRingFile(), &error);
    QVERIFY(!current->epochs().contains(dumpedKey->epoch));
    QVERIFY(!current->unwrap(deleted.id, *dumpedKey));
    QVERIFY(!current->unwrap(deleted.id, WrappedKey{current->currentEpoch(), dumpedKey->bytes}));
    QVERIFY(!m_pg->keyRing()->unwrap(deleted.id, *dumpedKey)); // nor does the one the store uses

    InquiryStore store(*m_db);
    InquiryMessages storeMessages(*m_db);
    ChangeFeedStore storeFeed(*m_db);
    QCOMPARE(store.find(kept.id)->subject, QStringLiteral("Keep this one"));
    QCOMPARE(storeMessages.of(kept.id).value().at(0).body, QStringLiteral("Still needed"));
    QVERIFY(!store.find(deleted.id));
    // A dump taken now holds no key of the deleted inquiry at all.
    QVERIFY(!wrappedKeyIn(dump(true), deleted.id));
}

void tst_EncryptedStorage::deletingAnInquiryDeletesItsKey()
{
    const Inquiry inquiry = write(QStringLiteral("Short-lived"), QStringLiteral("Text"));
    QSqlQuery query(m_db->connection());
    QVERIFY(runQuery(query, QStringLiteral("DELETE FROM inquiries WHERE id = ?"), {inquiry.id}));
    QVERIFY(runQuery(query, QStringLiteral("SELECT count(*) FROM inquiry_keys WHERE inquiry_id = ?"), {inquiry.id}) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

// The daily rotation is due after a day; after a deletion, an hour after the current epoch began is enough, so a
// deleted text leaves the older dumps within the hour. Without a deletion the hour changes nothing.
void tst_EncryptedStorage::aDeletionMakesTheRotationDueWithinTheHour()
{
    QString error;
    QVERIFY2(KeyRotation(*m_db).rotate(m_clock.now(), &error), qPrintable(error)); // a fresh epoch, begun now
    KeyRotation rotation(*m_db);
    const auto day = std::chrono::hours(24);
    const auto hour = std::chrono::minutes(60);
    m_clock.advance(2 * 3600);
    QVERIFY(!rotation.isDue(m_clock.now(), day, hour)); // nothing deleted
    const Inquiry inquiry = write(QStringLiteral("Deleted soon"), QStringLiteral("Text"));
    QVERIFY(DeletionStore(*m_db).deleteOwnInquiry(m_customer, inquiry.id, m_clock.now()));
    QVERIFY(rotation.isDue(m_clock.now(), day, hour));
    QVERIFY2(rotation.rotate(m_clock.now(), &error), qPrintable(error));
    QVERIFY(!rotation.isDue(m_clock.now(), day, hour)); // the deletion is before the new epoch
    m_clock.advance(30 * 60);
    const Inquiry another = write(QStringLiteral("Deleted next"), QStringLiteral("Text"));
    QVERIFY(DeletionStore(*m_db).deleteOwnInquiry(m_customer, another.id, m_clock.now()));
    QVERIFY(!rotation.isDue(m_clock.now(), day, hour)); // the epoch is half an hour old: one rotation per hour at most
    m_clock.advance(31 * 60);
    QVERIFY(rotation.isDue(m_clock.now(), day, hour));
    m_clock.advance(24 * 3600);
    QVERIFY(rotation.isDue(m_clock.now(), day, std::chrono::minutes(0)) && rotation.isDue(m_clock.now(), day));
}

// A database as version 0012 left it, with texts in plaintext: after migration 0013 and the pass at start every text
// reads as before, the plaintext columns are gone and no dump shows the texts.
bool tst_EncryptedStorage::migrateBefore(const QString &number)
{
    QTemporaryDir before;
    for (const QString &name : QDir(QStringLiteral(":/migrations")).entryList(QDir::Files))
        if (name < number && !QFile::copy(QStringLiteral(":/migrations/") + name, before.filePath(name)))
            return false;
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("DROP SCHEMA public CASCADE")) || !query.exec(QStringLiteral("CREATE SCHEMA public")))
        return false;
    QString error;
    if (!m_db->migrateFrom(before.path(), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    addPeople(); // again, in the old schema
    return true;
}

void tst_EncryptedStorage::textsFromBeforeEncryptionAreEncryptedAtStart()
{
    QVERIFY(migrateBefore(QStringLiteral("0013")));
    QSqlQuery query(m_db->connection());
    QString error;
    QVERIFY(query.exec(QStringLiteral(
        "WITH i AS (INSERT INTO inquiries (customer_id, topic_id, subject, state, created_at, last_activity_at, seq) "
        "  SELECT c.id, t.id, 'Altes Thema Umschuldung', 'awaiting_advisor', now(), now(), 1 FROM customers c, topics t RETURNING id), "
        "m AS (INSERT INTO messages (inquiry_id, author, body, created_at, seq) SELECT id, 'customer', 'Alter Text 4711', now(), 1 FROM i) "
        "INSERT INTO inquiry_notes (inquiry_id, text, at, seq) SELECT id, 'Alte Notiz Rueckruf', now(), 1 FROM i RETURNING inquiry_id")));
    QVERIFY(query.next());
    const qint64 id = query.value(0).toLongLong();

    QVERIFY2(m_db->migrate(&error), qPrintable(error));
    QVERIFY(dump().contains("Altes Thema Umschuldung")); // still there until the server's first start
    QVERIFY2(PlaintextSealing(*m_db).run(&error), qPrintable(error));
    QVERIFY2(PlaintextSealing(*m_db).run(&error), qPrintable(error)); // once done, nothing to do

    InquiryStore store(*m_db);
    InquiryMessages storeMessages(*m_db);
    ChangeFeedStore storeFeed(*m_db);
    QCOMPARE(store.find(id)->subject, QStringLiteral("Altes Thema Umschuldung"));
    QCOMPARE(storeMessages.of(id).value().at(0).body, QStringLiteral("Alter Text 4711"));
    QCOMPARE(InquiryNotes(*m_db).of(id).value().at(0).text, QStringLiteral("Alte Notiz Rueckruf"));
    const QByteArray after = dump();
    for (const char *text : {"Altes Thema", "Alter Text 4711", "Alte Notiz"})
        QVERIFY2(!after.contains(text), text);
    QVERIFY(!query.exec(QStringLiteral("SELECT subject FROM inquiries"))); // the plaintext column is gone
}

// Audit 10: someone who can write to the database swaps the sealed bodies of two messages of one inquiry (two of the
// customer's, or the customer's and the advisor's). The thread does not read: "unavailable", never the other
// message's text in this one's place. Put back, it reads again.
void tst_EncryptedStorage::messagesSwappedInTheDatabaseDoNotRead()
{
    const Inquiry inquiry = write(QStringLiteral("Swap"), QStringLiteral("First, from the customer"));
    InquiryMessages messages(*m_db);
    QVERIFY(messages.addCustomerMessage(m_customer, inquiry.id, QStringLiteral("Second, from the customer"), m_clock.now()));
    QVERIFY(messages.addAdvisorReply(m_advisor, inquiry.id, QStringLiteral("Third, from the advisor"), m_clock.now()));
    const auto before = messages.of(inquiry.id).value();
    QCOMPARE(before.size(), 3);
    const auto swap = [&](qint64 a, qint64 b) {
        QSqlQuery query(m_db->connection());
        return runQuery(query, QStringLiteral("UPDATE messages m SET body_sealed = o.body_sealed FROM messages o "
                                              "WHERE (m.id, o.id) IN ((?, ?), (?, ?))"), {a, b, b, a});
    };
    for (const auto &[a, b] : {std::pair{before.at(0).id, before.at(1).id}, std::pair{before.at(1).id, before.at(2).id}}) {
        QVERIFY(swap(a, b));
        const auto swapped = messages.of(inquiry.id);
        QVERIFY2(!swapped, swapped ? qPrintable(swapped.value().at(0).body + QLatin1Char('|') + swapped.value().at(1).body) : "");
        QCOMPARE(swapped.error().kind, ServiceError::Unavailable);
        QVERIFY(swap(a, b));
        QCOMPARE(messages.of(inquiry.id).value(), before);
    }
}

// A database as version 0015 left it: its message bodies sealed bound to the inquiry only (v1). After migration 0016
// and the pass at start every one reads as before, now bound to its row and author, so a swap no longer reads; the
// marker column is gone, and a second start has nothing to do.
void tst_EncryptedStorage::messagesSealedBeforeAreBoundToTheirRowsAtStart()
{
    QVERIFY(migrateBefore(QStringLiteral("0016")));
    const Inquiry inquiry = write(QStringLiteral("Old thread"), QStringLiteral("Old question"));
    QSqlQuery query(m_db->connection());
    QVERIFY(runQuery(query, QStringLiteral("INSERT INTO messages (inquiry_id, author, advisor_id, body_sealed, created_at, seq) "
                                           "VALUES (?, 'advisor', ?, '\\x00', now(), 1)"), {inquiry.id, m_advisor.id}));
    const auto cipher = InquiryKeys(*m_db).load(inquiry.id).value();
    QVERIFY(runQuery(query, QStringLiteral("SELECT id, author FROM messages ORDER BY id")));
    QList<std::pair<qint64, QString>> rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toString()});
    QCOMPARE(rows.size(), 2);
    for (const auto &[id, author] : rows) { // sealed as before 0016
        QSqlQuery update(m_db->connection());
        QVERIFY(runQuery(update, QStringLiteral("UPDATE messages SET body_sealed = ? WHERE id = ?"),
                         {*cipher->seal(InquiryCipher::Field::Body, QStringLiteral("Old ") + author), id}));
    }

    QString error;
    QVERIFY2(m_db->migrate(&error), qPrintable(error));
    InquiryMessages messages(*m_db);
    QVERIFY(!messages.of(inquiry.id)); // not the old way any more, before the pass
    QVERIFY2(PlaintextSealing(*m_db).run(&error) && RowBoundSealing(*m_db).run(&error), qPrintable(error));
    QVERIFY2(RowBoundSealing(*m_db).run(&error), qPrintable(error)); // once done, nothing to do
    const auto read = messages.of(inquiry.id).value();
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).body, QStringLiteral("Old customer"));
    QCOMPARE(read.at(1).body, QStringLiteral("Old advisor"));
    QVERIFY(!query.exec(QStringLiteral("SELECT body_v1 FROM messages")));
    QVERIFY(runQuery(query, QStringLiteral("UPDATE messages m SET body_sealed = o.body_sealed FROM messages o WHERE m.id <> o.id")));
    QVERIFY(!messages.of(inquiry.id));
}

// Audit 8: the free text advisors type besides messages and notes (a transfer's note, a postponement's reason) is in
// no dump, while the thread and the postponement still read it; the deletion log, which outlives the inquiry, holds
// the kind of reason, not the text, and after the deletion nothing of either text is left anywhere.
void tst_EncryptedStorage::transferNotesAndPostponementReasonsAreSealedAndTheLogKeepsNone()
{
    const QString note = QStringLiteral("Kundin Rückruf 0171 555 0199, Erbschaft");
    const QString reason = QStringLiteral("Gerichtsverfahren 4 O 17/26 gegen Schmidt");
    const Inquiry inquiry = write(QStringLiteral("Erbschaft"), QStringLiteral("Text"));
    AdvisorStore advisors(*m_db);
    const qint64 business = advisors.createTeam(QStringLiteral("Business clients")).value().id;
    InquiryOwnership ownership(*m_db);
    InquiryMoves moves(ownership, advisors, m_clock);
    QVERIFY(moves.claim(m_advisor, inquiry.id));
    QVERIFY(moves.transfer(m_advisor, inquiry.id, std::nullopt, business, note));
    const AdvisorProfile lead = advisors.createAdvisor(QStringLiteral("s.wagner"), QStringLiteral("Sabine Wagner"), business, true).value();
    QVERIFY(DeletionStore(*m_db).postpone(lead, inquiry.id, {std::nullopt, PostponementReason::LegalObligation, reason}, m_clock.now()));

    for (bool inserts : {false, true}) {
        const QByteArray dumped = dump(inserts);
        QVERIFY2(!dumped.contains(note.toUtf8()), "the transfer note");
        QVERIFY2(!dumped.contains("Gerichtsverfahren"), "the postponement's reason");
    }
    const auto events = InquiryStore(*m_db).events(inquiry.id).value();
    QCOMPARE(events.last().note, note);

    QSqlQuery query(m_db->connection());
    QVERIFY(runQuery(query, QStringLiteral("DELETE FROM deletion_postponements WHERE inquiry_id = ?"), {inquiry.id}));
    QVERIFY(DeletionStore(*m_db).deleteOwnInquiry(m_customer, inquiry.id, m_clock.now()));
    const QByteArray after = dump(true);
    QVERIFY(after.contains("deletion_log"));
    QVERIFY2(!after.contains("Gerichtsverfahren") && !after.contains("Rückruf"), "a text the deletion left behind");
}

// A database as version 0015 left it, with a transfer note, a postponement and its log line in plaintext: after
// migration 0016 and the pass at start the note and the reason are sealed (and still read), the log line has the
// kind 'other' and no text, the plaintext columns are gone, and no dump shows either text.
void tst_EncryptedStorage::notesAndReasonsFromBeforeAreSealedAtStart()
{
    QVERIFY(migrateBefore(QStringLiteral("0016")));
    const Inquiry inquiry = write(QStringLiteral("Old thread"), QStringLiteral("Old question"));
    QSqlQuery query(m_db->connection());
    const auto cipher = InquiryKeys(*m_db).load(inquiry.id).value();
    QVERIFY(runQuery(query, QStringLiteral("UPDATE messages SET body_sealed = ? WHERE inquiry_id = ?"), // as sealed before 0016
                     {*cipher->seal(InquiryCipher::Field::Body, QStringLiteral("Old question")), inquiry.id}));
    QVERIFY(runQuery(query, QStringLiteral("INSERT INTO inquiry_events (inquiry_id, kind, actor_advisor_id, note, at, seq) "
                                           "VALUES (?, 'transferred', ?, 'Alte Notiz Rückruf', now(), 1)"), {inquiry.id, m_advisor.id}));
    QVERIFY(runQuery(query, QStringLiteral("INSERT INTO deletion_postponements (inquiry_id, legal_hold, reason, advisor_id, at) "
                                           "VALUES (?, true, 'Alter Grund Gerichtsverfahren', ?, now())"), {inquiry.id, m_advisor.id}));
    QVERIFY(runQuery(query, QStringLiteral("INSERT INTO deletion_log (kind, inquiry_id, customer_id, advisor_id, automatic, reason, at) "
                                           "VALUES ('legal_hold', ?, ?, ?, false, 'Alter Grund Gerichtsverfahren', now())"),
                     {inquiry.id, m_customer, m_advisor.id}));

    QString error;
    QVERIFY2(m_db->migrate(&error), qPrintable(error));
    QVERIFY(dump().contains("Alte Notiz")); // until the server's first start
    QVERIFY(!query.exec(QStringLiteral("SELECT reason FROM deletion_log"))); // the log's copy went with the migration
    QVERIFY2(PlaintextSealing(*m_db).run(&error) && RowBoundSealing(*m_db).run(&error), qPrintable(error));

    QCOMPARE(InquiryStore(*m_db).events(inquiry.id).value().last().note, QStringLiteral("Alte Notiz Rückruf"));
    QVERIFY(runQuery(query, QStringLiteral("SELECT reason_sealed, reason_kind FROM deletion_postponements WHERE inquiry_id = ?"), {inquiry.id})
            && query.next());
    QCOMPARE(cipher->open(InquiryCipher::Field::PostponementReason, query.value(0).toByteArray()), QStringLiteral("Alter Grund Gerichtsverfahren"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("other"));
    const auto log = DeletionLog(*m_db).forAdvisor(m_advisor, 10).value();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).reasonKind, std::optional(PostponementReason::Other));
    const QByteArray after = dump();
    QVERIFY(!after.contains("Alte Notiz") && !after.contains("Alter Grund"));
    QVERIFY(!query.exec(QStringLiteral("SELECT note FROM inquiry_events")));
    QVERIFY(!query.exec(QStringLiteral("SELECT reason FROM deletion_postponements")));
}

// A customer's TOTP secret is kept like an inquiry's data key: wrapped under the key ring (never in a dump), wrapped
// again by a rotation, and bound to its customer, so a secret copied to another customer's row opens for nobody.
void tst_EncryptedStorage::aSecondFactorSecretIsWrappedRotatedAndBoundToItsCustomer()
{
    TwoFactorStore store(*m_db);
    QVERIFY(store.startEnrolment(m_customer, m_clock.now()));
    const QByteArray secret = store.find(m_customer).value()->secret;
    QCOMPARE(secret.size(), 20);
    QVERIFY(!dump(true).contains(secret.toHex()));

    QString error;
    write(QStringLiteral("An inquiry too"), QStringLiteral("So both kinds of key are wrapped again"));
    const auto rotated = KeyRotation(*m_db).rotate(m_clock.now(), &error);
    QVERIFY2(rotated, qPrintable(error));
    QCOMPARE(rotated->rewrapped, qint64(2));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT epoch FROM customer_totp")) && query.next());
    QCOMPARE(query.value(0).toInt(), m_pg->keyRing()->currentEpoch());
    QCOMPARE(store.find(m_customer).value()->secret, secret);

    QVERIFY(query.exec(QStringLiteral("INSERT INTO customers (email, display_name, password_hash, created_at) "
                                      "VALUES ('mallory@example.de', 'Mallory', 'h', now()) RETURNING id")) && query.next());
    const qint64 mallory = query.value(0).toLongLong();
    QVERIFY(runQuery(query, QStringLiteral("INSERT INTO customer_totp (customer_id, epoch, wrapped_secret, created_at) "
                                           "SELECT ?, epoch, wrapped_secret, created_at FROM customer_totp WHERE customer_id = ?"), {mallory, m_customer}));
    const auto copied = store.find(mallory);
    QVERIFY(!copied);
    QCOMPARE(copied.error().kind, ServiceError::Unavailable);
}

QTEST_GUILESS_MAIN(tst_EncryptedStorage)
#include "tst_encryptedstorage.moc"
