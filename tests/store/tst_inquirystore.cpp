#include "ManualClock.h"
#include "TestPostgres.h"
#include "store/AdvisorStore.h"
#include "store/ChangeNotifier.h"
#include "store/CustomerReadStore.h"
#include "store/CustomerStore.h"
#include "store/Database.h"
#include "store/InquiryStore.h"
#include "store/StoreLog.h"
#include "store/TopicStore.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <QTest>
#include <QtConcurrent>

#include <algorithm>

using namespace confidant;
using namespace confidant::server;

// The horizon spans the whole test cluster: a writing transaction in another test's database (CTest runs two at
// once) can hold it back for a moment after a commit here.
#define WAIT_FOR_HORIZON(store, seq) QTRY_VERIFY_WITH_TIMEOUT((store).latestSequence() >= (seq), 10000)

namespace {
// Straight from the table, not through the feed under test.
qint64 newestNumber(Database &db)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM inquiries")) && query.next() ? query.value(0).toLongLong() : -1;
}

// Rolled-back writes carry this subject, which no committed write ever has: a reader that sees it saw a rollback.
const QString rolledBackSubject = QStringLiteral("rolled back");

struct WriterLog {
    QString error;
    int committed = 0;
    int rolledBack = 0;
    QSet<qint64> rolledBackIds; // inquiries whose creation was rolled back
};

struct ReaderLog {
    QString error;
    QHash<qint64, qint64> latest; // id -> the newest seq handed out
    int pages = 0;
    int rows = 0;
};

// The inquiries written so far, shared by the writers. Replies go to recent ones, so writers meet on the same rows.
class InquiryPool {
public:
    void add(qint64 id, qint64 customerId)
    {
        QMutexLocker lock(&m_mutex);
        m_inquiries.append({id, customerId});
    }
    std::optional<std::pair<qint64, qint64>> pickRecent(QRandomGenerator &random) const
    {
        QMutexLocker lock(&m_mutex);
        if (m_inquiries.isEmpty())
            return std::nullopt;
        const qsizetype window = std::min<qsizetype>(m_inquiries.size(), 12);
        return m_inquiries.at(m_inquiries.size() - 1 - random.bounded(int(window)));
    }

private:
    mutable QMutex m_mutex;
    QList<std::pair<qint64, qint64>> m_inquiries;
};

// What the store would write, in a transaction that is then rolled back: it takes a number (and, for the update,
// the inquiry's row lock) like a real write.
std::optional<qint64> writeAndRollBack(Database &db, qint64 customerId, qint64 topicId, std::optional<qint64> inquiryId, const QDateTime &now)
{
    std::optional<qint64> created;
    db.inTransaction([&] {
        QSqlQuery query(db.connection());
        if (inquiryId) {
            runQuery(query, QStringLiteral("UPDATE inquiries SET subject_sealed = ?, seq = confidant_change_number() WHERE id = ?"),
                     {rolledBackSubject.toUtf8(), *inquiryId});
            return false;
        }
        if (runQuery(query, QStringLiteral("INSERT INTO inquiries (customer_id, topic_id, subject_sealed, state, created_at, waiting_since, "
                                           "last_activity_at, seq) VALUES (?, ?, ?, 'awaiting_advisor', ?, ?, ?, confidant_change_number()) "
                                           "RETURNING id"),
                     {customerId, topicId, rolledBackSubject.toUtf8(), now, now, now})
            && query.next())
            created = query.value(0).toLongLong();
        QThread::usleep(300); // holds its number a moment, as a slow writer would
        return false;
    });
    return created;
}

WriterLog writeMany(const testing::TestPostgres &pg, int writer, int changes, const QList<qint64> &customers, qint64 topicId,
                    const AdvisorProfile &advisor, InquiryPool &pool)
{
    WriterLog log;
    Database db(QStringLiteral("writer-%1").arg(writer));
    db.setKeyRing(pg.keyRing());
    if (!db.open(pg.config(), &log.error))
        return log;
    InquiryStore store(db);
    QRandomGenerator random(quint32(writer) * 7919u + 1u);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QUuid lastKey;
    for (int i = 0; i < changes; ++i) {
        const int kind = random.bounded(100);
        const auto target = pool.pickRecent(random);
        const qint64 someone = customers.at(random.bounded(int(customers.size())));
        if (kind < 25 || !target) {
            const auto inquiry = store.createInquiry(someone, topicId, QStringLiteral("w%1-%2").arg(writer).arg(i), QStringLiteral("b"), now);
            if (!inquiry)
                return log.error = QStringLiteral("create failed"), log;
            pool.add(inquiry->id, someone);
            ++log.committed;
        } else if (kind < 45) {
            if (!store.addCustomerMessage(target->second, target->first, QStringLiteral("more"), now))
                return log.error = QStringLiteral("customer message failed"), log;
            ++log.committed;
        } else if (kind < 80) {
            // Now and then the same key again: a repeat must take no number.
            const QUuid key = kind < 50 && !lastKey.isNull() ? lastKey : QUuid::createUuid();
            if (!store.addAdvisorReply(advisor, target->first, QStringLiteral("answer"), now, key))
                return log.error = QStringLiteral("reply failed"), log;
            lastKey = key;
            ++log.committed;
        } else if (kind < 85) {
            if (store.createInquiry(someone, 987654321, QStringLiteral("no topic"), QStringLiteral("b"), now)) // takes a number, rolls back
                return log.error = QStringLiteral("unknown topic accepted"), log;
            ++log.rolledBack;
        } else {
            const auto created = writeAndRollBack(db, someone, topicId, kind < 92 ? std::nullopt : std::optional(target->first), now);
            if (created)
                log.rolledBackIds << *created;
            ++log.rolledBack;
        }
    }
    return log;
}

// Follows the feed in small pages until it has passed `last` (set once the writers are done), checking each page.
ReaderLog follow(const testing::TestPostgres &pg, int reader, const std::atomic<qint64> &last)
{
    ReaderLog log;
    Database db(QStringLiteral("reader-%1").arg(reader));
    db.setKeyRing(pg.keyRing());
    if (!db.open(pg.config(), &log.error))
        return log;
    InquiryStore store(db);
    QSet<std::pair<qint64, qint64>> handedOut;
    qint64 cursor = 0;
    QElapsedTimer timer;
    timer.start();
    for (bool more = true; more || cursor < last.load(); ++log.pages) {
        if (timer.elapsed() > 90'000)
            return log.error = QStringLiteral("did not reach %1, cursor %2").arg(last.load()).arg(cursor), log;
        const auto batch = store.changesSince(cursor, 7);
        if (!batch)
            return log.error = QStringLiteral("read failed"), log;
        if (batch->since != cursor || batch->cursor < cursor)
            return log.error = QStringLiteral("cursor went from %1 to %2").arg(cursor).arg(batch->cursor), log;
        qint64 previous = cursor;
        for (const Inquiry &inquiry : batch->inquiries) {
            if (inquiry.seq <= cursor || inquiry.seq < previous) // one number's rows may share a page, in order
                return log.error = QStringLiteral("%1 after %2 on one page").arg(inquiry.seq).arg(previous), log;
            if (inquiry.seq > batch->cursor)
                return log.error = QStringLiteral("%1 beyond the cursor %2").arg(inquiry.seq).arg(batch->cursor), log;
            if (inquiry.subject == rolledBackSubject)
                return log.error = QStringLiteral("rolled-back state of %1 handed out").arg(inquiry.id), log;
            if (handedOut.contains({inquiry.id, inquiry.seq}))
                return log.error = QStringLiteral("(%1, %2) twice").arg(inquiry.id).arg(inquiry.seq), log;
            if (inquiry.seq < log.latest.value(inquiry.id, 0))
                return log.error = QStringLiteral("%1 went back from %2 to %3").arg(inquiry.id).arg(log.latest.value(inquiry.id)).arg(inquiry.seq), log;
            handedOut.insert({inquiry.id, inquiry.seq});
            log.latest.insert(inquiry.id, inquiry.seq);
            previous = inquiry.seq;
            ++log.rows;
        }
        cursor = batch->cursor;
        more = batch->hasMore;
        if (batch->inquiries.isEmpty())
            QThread::usleep(500); // nothing new yet: let the writers write
    }
    return log;
}
} // namespace

class tst_InquiryStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createInquiryStoresFirstMessage();
    void readsSayUnavailableInsteadOfNothing();
    void aRepeatedReplyKeyReturnsTheFirstReply();
    void replyAndAnswerMoveTheState();
    void anotherCustomersInquiryIsNotFound();
    void unknownTopicIsNotFound();
    void hostileTextRoundTrips();
    void changeFeedPagesWithoutSkipping();
    void concurrentWritersNeverLeaveAGap();
    void theFeedWaitsForAnOlderTransaction();
    void aPageNeverSplitsOneChangeNumber();
    void concurrentWritersAndReadersSeeExactlyTheCommittedSet();
    void notifierWakesOnWrite();
    void teamQueueIsLongestWaitingFirst();
    void customerSeesTopicTitleInTheirLanguage();
    void newAnswersUntilReadWithoutAChange();

private:
    qint64 customer(const QString &email, const QString &name = QStringLiteral("Anna Schmidt"));

    std::unique_ptr<testing::TestPostgres> m_pg;
    std::unique_ptr<Database> m_db;
    testing::ManualClock m_clock;
    Topic m_topic;
    AdvisorProfile m_advisor;
};

void tst_InquiryStore::init()
{
    m_pg = std::make_unique<testing::TestPostgres>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->errorString()));
    m_db = m_pg->open(QStringLiteral("inquiries"));
    QVERIFY(m_db);
    m_topic = TopicStore(*m_db).create(QStringLiteral("mortgage"), QStringLiteral("Mortgages")).value();
    AdvisorStore advisors(*m_db);
    const auto team = advisors.createTeam(QStringLiteral("Private clients"));
    QVERIFY(team);
    m_advisor = advisors.createAdvisor(QStringLiteral("m.mueller"), QStringLiteral("Maria M\u00fcller"), team->id, false).value();
}

void tst_InquiryStore::cleanup()
{
    m_db.reset();
    m_pg.reset();
}

qint64 tst_InquiryStore::customer(const QString &email, const QString &name)
{
    return CustomerStore(*m_db).create(email, name, "$argon2id$placeholder-hash-for-store-tests", m_clock.now()).value();
}

void tst_InquiryStore::createInquiryStoresFirstMessage()
{
    InquiryStore store(*m_db);
    const QString name = QStringLiteral("Zo\u00eb \u00dcnal-\u00d8ster");
    const qint64 anna = customer(QStringLiteral("anna@example.de"), name);
    const auto inquiry = store.createInquiry(anna, m_topic.id, QStringLiteral("Fixed rate?"), QStringLiteral("How long?"), m_clock.now());
    QVERIFY(inquiry);
    QCOMPARE(inquiry->state, InquiryState::AwaitingAdvisor);
    QCOMPARE(inquiry->waitingSince, std::optional<QDateTime>(m_clock.now()));
    QCOMPARE(inquiry->topicKey, QStringLiteral("mortgage"));
    // Advisors see the customer's name, never the address.
    QCOMPARE(inquiry->customerName, name);
    QCOMPARE(store.find(inquiry->id)->customerName, name);
    const QList<Message> messages = store.messages(inquiry->id).value();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().authorName, name);
    QCOMPARE(messages.first().body, QStringLiteral("How long?"));
    QCOMPARE(messages.first().author, MessageAuthor::Customer);
    QCOMPARE(messages.first().seq, inquiry->seq);
    WAIT_FOR_HORIZON(store, inquiry->seq); // committed, so the horizon passes it
}

void tst_InquiryStore::replyAndAnswerMoveTheState()
{
    InquiryStore store(*m_db);
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    const QDateTime asked = m_clock.now();
    const auto inquiry = store.createInquiry(anna, m_topic.id, QStringLiteral("Q"), QStringLiteral("first"), asked).value();
    m_clock.advance(3600);
    QVERIFY(store.addCustomerMessage(anna, inquiry.id, QStringLiteral("second"), m_clock.now()));
    QCOMPARE(store.find(inquiry.id)->waitingSince, std::optional<QDateTime>(asked)); // the oldest unanswered one counts

    m_clock.advance(3600);
    const auto reply = store.addAdvisorReply(m_advisor, inquiry.id, QStringLiteral("answer"), m_clock.now());
    QVERIFY(reply);
    QCOMPARE(reply->authorName, QStringLiteral("Maria M\u00fcller"));
    auto after = store.find(inquiry.id);
    QCOMPARE(after->state, InquiryState::AwaitingCustomer);
    QVERIFY(!after->waitingSince);
    QCOMPARE(after->assignedAdvisorId, std::optional<qint64>(m_advisor.id));
    QCOMPARE(after->seq, reply->seq);

    m_clock.advance(60);
    QVERIFY(store.addCustomerMessage(anna, inquiry.id, QStringLiteral("thanks, one more"), m_clock.now()));
    after = store.find(inquiry.id);
    QCOMPARE(after->state, InquiryState::AwaitingAdvisor);
    QCOMPARE(after->waitingSince, std::optional<QDateTime>(m_clock.now()));
    QCOMPARE(store.messages(inquiry.id)->size(), 4);
}

void tst_InquiryStore::anotherCustomersInquiryIsNotFound()
{
    InquiryStore store(*m_db);
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    const qint64 bert = customer(QStringLiteral("bert@example.de"));
    const auto inquiry = store.createInquiry(anna, m_topic.id, QStringLiteral("private"), QStringLiteral("secret"), m_clock.now()).value();
    const auto attempt = store.addCustomerMessage(bert, inquiry.id, QStringLiteral("let me in"), m_clock.now());
    QVERIFY(!attempt);
    QCOMPARE(attempt.error().kind, ServiceError::NotFound);
    QVERIFY(store.findForCustomer(bert, inquiry.id) && !store.findForCustomer(bert, inquiry.id).value());
    QVERIFY(store.listForCustomer(bert)->isEmpty());
    QCOMPARE(store.messages(inquiry.id)->size(), 1);
    QVERIFY(!store.addAdvisorReply(m_advisor, 999999, QStringLiteral("x"), m_clock.now()));
}

void tst_InquiryStore::unknownTopicIsNotFound()
{
    InquiryStore store(*m_db);
    const auto result = store.createInquiry(customer(QStringLiteral("a@example.de")), 424242, QStringLiteral("s"), QStringLiteral("b"), m_clock.now());
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ServiceError::NotFound);
    // The failed write took a number and rolled back: the feed never shows it and moves past it.
    const auto feed = store.changesSince(0, 10);
    QVERIFY(feed && feed->inquiries.isEmpty() && !feed->hasMore);
    const Inquiry later = store.createInquiry(customer(QStringLiteral("b@example.de")), m_topic.id, QStringLiteral("s"), QStringLiteral("b"),
                                              m_clock.now()).value();
    WAIT_FOR_HORIZON(store, later.seq);
    const auto next = store.changesSince(feed->cursor, 10);
    QCOMPARE(next->inquiries.size(), 1);
    QCOMPARE(next->inquiries.first().id, later.id);
}

void tst_InquiryStore::hostileTextRoundTrips()
{
    InquiryStore store(*m_db);
    const QString subject = QStringLiteral("'); DROP TABLE inquiries; --");
    const QString body = QStringLiteral("<script>alert('x')</script> \\ $1 %s \u00e4\u00f6\u00fc \U0001F600");
    const auto inquiry = store.createInquiry(customer(QStringLiteral("a@example.de")), m_topic.id, subject, body, m_clock.now());
    QVERIFY(inquiry);
    QCOMPARE(store.find(inquiry->id)->subject, subject);
    QCOMPARE(store.messages(inquiry->id)->first().body, body);
}

void tst_InquiryStore::changeFeedPagesWithoutSkipping()
{
    InquiryStore store(*m_db);
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    QSet<qint64> written;
    for (int i = 0; i < 7; ++i) {
        const auto inquiry = store.createInquiry(anna, m_topic.id, QStringLiteral("S%1").arg(i), QStringLiteral("B"), m_clock.now()).value();
        const auto reply = store.addAdvisorReply(m_advisor, inquiry.id, QStringLiteral("R"), m_clock.now()).value();
        written << reply.seq << inquiry.seq;
    }
    WAIT_FOR_HORIZON(store, *std::max_element(written.cbegin(), written.cend()));
    QSet<qint64> inquiryIds;
    qint64 cursor = 0;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const auto batch = store.changesSince(cursor, 3);
        QVERIFY(batch);
        QCOMPARE(batch->since, cursor);
        QVERIFY(batch->cursor > cursor);
        for (const Inquiry &inquiry : batch->inquiries) {
            QVERIFY(inquiry.seq > cursor && inquiry.seq <= batch->cursor);
            QCOMPARE(inquiry.state, InquiryState::AwaitingCustomer); // only the newest state of each inquiry
            QVERIFY(!inquiryIds.contains(inquiry.id));
            inquiryIds << inquiry.id;
        }
        cursor = batch->cursor;
        more = batch->hasMore;
        QVERIFY(pages < 20);
    }
    QCOMPARE(inquiryIds.size(), 7);
    QVERIFY(cursor <= store.latestSequence());
    const auto empty = store.changesSince(cursor, 3);
    QVERIFY(empty->inquiries.isEmpty() && !empty->hasMore);
    QVERIFY(empty->cursor >= cursor); // transactions elsewhere in the cluster may have moved the horizon on
}

void tst_InquiryStore::concurrentWritersNeverLeaveAGap()
{
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    const auto config = m_pg->config();
    const auto keyRing = m_pg->keyRing();
    const qint64 topicId = m_topic.id;
    const QDateTime now = m_clock.now();
    // Two writers on their own connections and threads, and a reader that follows the feed while they write.
    auto writer = [config, keyRing, anna, topicId, now](int id) {
        Database db(QStringLiteral("writer-%1").arg(id));
        db.setKeyRing(keyRing);
        QString error;
        if (!db.open(config, &error))
            return 0;
        InquiryStore store(db);
        int written = 0;
        for (int i = 0; i < 40; ++i)
            written += store.createInquiry(anna, topicId, QStringLiteral("w%1-%2").arg(id).arg(i), QStringLiteral("b"), now).ok();
        return written;
    };
    QFuture<int> first = QtConcurrent::run(writer, 1);
    QFuture<int> second = QtConcurrent::run(writer, 2);
    InquiryStore reader(*m_db);
    QSet<qint64> seen;
    qint64 cursor = 0;
    std::optional<qint64> last; // the newest number written, once both writers are done
    while (!last || cursor < *last) {
        if (!last && first.isFinished() && second.isFinished())
            last = newestNumber(*m_db);
        const auto batch = reader.changesSince(cursor, 5);
        QVERIFY(batch);
        for (const Inquiry &inquiry : batch->inquiries)
            seen << inquiry.id;
        cursor = batch->cursor;
    }
    QCOMPARE(first.result() + second.result(), 80);
    QCOMPARE(seen.size(), 80);
}

// A transaction that took its number first and commits last: the newer change, committed meanwhile, is held back
// until the older one ends, then both come together. Handing out the newer one alone would move the reader's
// cursor past the older one's number for ever.
void tst_InquiryStore::theFeedWaitsForAnOlderTransaction()
{
    InquiryStore store(*m_db);
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    const Inquiry first = store.createInquiry(anna, m_topic.id, QStringLiteral("first"), QStringLiteral("b"), m_clock.now()).value();
    WAIT_FOR_HORIZON(store, first.seq);
    const qint64 cursor = store.changesSince(0, 10)->cursor;

    auto older = m_pg->open(QStringLiteral("older"));
    QVERIFY(older && older->connection().transaction());
    QSqlQuery write(older->connection());
    QVERIFY(write.exec(QStringLiteral("UPDATE inquiries SET state = 'awaiting_customer', seq = confidant_change_number() WHERE id = %1 "
                                      "RETURNING seq").arg(first.id)) && write.next());
    const qint64 olderNumber = write.value(0).toLongLong();
    const Inquiry newer = store.createInquiry(anna, m_topic.id, QStringLiteral("newer"), QStringLiteral("b"), m_clock.now()).value();
    QVERIFY(newer.seq > olderNumber);

    const auto held = store.changesSince(cursor, 10);
    QVERIFY(held && held->inquiries.isEmpty() && !held->hasMore);
    QVERIFY(held->cursor >= cursor && held->cursor < olderNumber);
    QVERIFY(store.latestSequence() < olderNumber);

    QVERIFY(older->connection().commit());
    WAIT_FOR_HORIZON(store, newer.seq);
    const auto both = store.changesSince(held->cursor, 10);
    QVERIFY(both);
    QCOMPARE(both->inquiries.size(), 2);
    QCOMPARE(both->inquiries.at(0).id, first.id);
    QCOMPARE(both->inquiries.at(0).seq, olderNumber);
    QCOMPARE(both->inquiries.at(0).state, InquiryState::AwaitingCustomer);
    QCOMPARE(both->inquiries.at(1).id, newer.id);
    QVERIFY(both->cursor >= newer.seq);
}

// Inquiries changed in one transaction share its number. A page ends before that number rather than inside it,
// and when the number alone has more rows than the page allows, the page carries all of them.
void tst_InquiryStore::aPageNeverSplitsOneChangeNumber()
{
    InquiryStore store(*m_db);
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << store.createInquiry(anna, m_topic.id, QStringLiteral("S%1").arg(i), QStringLiteral("B"), m_clock.now())->id;
    qint64 shared = 0;
    QVERIFY(m_db->inTransaction([&] {
        QSqlQuery query(m_db->connection());
        if (!query.exec(QStringLiteral("UPDATE inquiries SET seq = confidant_change_number() WHERE id <> %1 RETURNING seq").arg(ids.first())))
            return false;
        query.next();
        shared = query.value(0).toLongLong();
        return true;
    }));

    WAIT_FOR_HORIZON(store, shared);
    const auto alone = store.changesSince(0, 3);
    QVERIFY(alone && alone->hasMore);
    QCOMPARE(alone->inquiries.size(), 1);
    QCOMPARE(alone->inquiries.first().id, ids.first());
    QCOMPARE(alone->cursor, alone->inquiries.first().seq);

    const auto together = store.changesSince(alone->cursor, 3);
    QVERIFY(together && together->hasMore);
    QCOMPARE(together->cursor, shared);
    QList<qint64> rest;
    for (const Inquiry &inquiry : together->inquiries) {
        QCOMPARE(inquiry.seq, shared);
        rest << inquiry.id;
    }
    QCOMPARE(rest, ids.mid(1));

    const auto none = store.changesSince(together->cursor, 3);
    QVERIFY(none && none->inquiries.isEmpty() && !none->hasMore);
}

// Eight writers (new inquiries, customer messages, replies to each other's inquiries, repeats of reply keys and
// rolled-back writes) and four readers following the feed in pages of 7 while they write: each reader ends with
// exactly the committed state, never sees a rolled-back one, is handed every (inquiry, number) once, and never
// sees an inquiry go back to an older number.
void tst_InquiryStore::concurrentWritersAndReadersSeeExactlyTheCommittedSet()
{
    constexpr int writers = 8;
    constexpr int readers = 4;
    constexpr int changesPerWriter = 3000;
    QList<qint64> customers;
    for (int i = 0; i < 6; ++i)
        customers << customer(QStringLiteral("c%1@example.de").arg(i));
    QThreadPool threads;
    threads.setMaxThreadCount(writers + readers);
    InquiryPool pool;
    std::atomic<qint64> last = std::numeric_limits<qint64>::max();
    QList<QFuture<ReaderLog>> following;
    for (int r = 0; r < readers; ++r)
        following << QtConcurrent::run(&threads, follow, std::cref(*m_pg), r, std::cref(last));
    QList<QFuture<WriterLog>> writing;
    for (int w = 0; w < writers; ++w)
        writing << QtConcurrent::run(&threads, writeMany, std::cref(*m_pg), w, changesPerWriter, customers, m_topic.id, m_advisor, std::ref(pool));

    QList<WriterLog> written;
    for (QFuture<WriterLog> &future : writing)
        written << future.result();
    last = newestNumber(*m_db); // before any check can return: the readers stop only once they know it
    threads.waitForDone();
    QSet<qint64> rolledBackIds;
    int committed = 0;
    int rolledBack = 0;
    for (const WriterLog &log : written) {
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        committed += log.committed;
        rolledBack += log.rolledBack;
        rolledBackIds += log.rolledBackIds;
    }
    QHash<qint64, qint64> stored;
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, seq FROM inquiries")));
    while (query.next())
        stored.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    for (QFuture<ReaderLog> &future : following) {
        const ReaderLog log = future.result();
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        QCOMPARE(log.latest.size(), stored.size());
        QVERIFY(log.latest == stored);
        for (qint64 id : rolledBackIds)
            QVERIFY(!log.latest.contains(id));
        qDebug() << "reader:" << log.pages << "pages," << log.rows << "rows";
    }
    qDebug() << committed << "committed and" << rolledBack << "rolled-back writes," << stored.size() << "inquiries";
    QCOMPARE(committed + rolledBack, writers * changesPerWriter);
    QVERIFY(rolledBack > 0 && !rolledBackIds.isEmpty());
    // An inquiry's number only grows, in the order its writers held its row lock (the order of its message ids),
    // and it is the number of its newest message.
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM (SELECT seq, lag(seq) OVER (PARTITION BY inquiry_id ORDER BY id) AS before "
                                      "FROM messages) m WHERE seq <= before")) && query.next());
    QCOMPARE(query.value(0).toLongLong(), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM inquiries i WHERE seq <> (SELECT max(seq) FROM messages m WHERE m.inquiry_id = i.id)"))
            && query.next());
    QCOMPARE(query.value(0).toLongLong(), 0);
}

void tst_InquiryStore::notifierWakesOnWrite()
{
    ChangeNotifier notifier(QStringLiteral("listener"));
    QString error;
    QVERIFY2(notifier.start(m_pg->config(), &error), qPrintable(error));
    QSignalSpy changed(&notifier, &ChangeNotifier::changed);
    InquiryStore store(*m_db);
    const auto inquiry = store.createInquiry(customer(QStringLiteral("a@example.de")), m_topic.id, QStringLiteral("s"), QStringLiteral("b"), m_clock.now());
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.first().first().toLongLong(), inquiry->seq);
}

void tst_InquiryStore::teamQueueIsLongestWaitingFirst()
{
    InquiryStore store(*m_db);
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    const auto newer = store.createInquiry(anna, m_topic.id, QStringLiteral("newer"), QStringLiteral("b"), m_clock.now().addSecs(-60)).value();
    const auto older = store.createInquiry(anna, m_topic.id, QStringLiteral("older"), QStringLiteral("b"), m_clock.now().addSecs(-7200)).value();
    const auto answered = store.createInquiry(anna, m_topic.id, QStringLiteral("answered"), QStringLiteral("b"), m_clock.now().addSecs(-9000)).value();
    QVERIFY(store.addAdvisorReply(m_advisor, answered.id, QStringLiteral("done"), m_clock.now()));
    // The topic has no team: its inquiries wait in the queue every team's queue includes.
    const QList<Inquiry> queue = store.teamQueue(m_advisor.teamId, 10).value();
    QCOMPARE(queue.size(), 2);
    QCOMPARE(queue.at(0).id, older.id);
    QCOMPARE(queue.at(1).id, newer.id);
}

void tst_InquiryStore::customerSeesTopicTitleInTheirLanguage()
{
    InquiryStore store(*m_db);
    QVERIFY(TopicStore(*m_db).setTitle(m_topic.id, QStringLiteral("de"), QStringLiteral("Baufinanzierung")));
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    const auto inquiry = store.createInquiry(anna, m_topic.id, QStringLiteral("Q"), QStringLiteral("B"), m_clock.now()).value();
    QCOMPARE(store.listForCustomer(anna, QStringLiteral("de"))->first().topicTitle, QStringLiteral("Baufinanzierung"));
    QCOMPARE(store.findForCustomer(anna, inquiry.id, QStringLiteral("de")).value()->topicTitle, QStringLiteral("Baufinanzierung"));
    QCOMPARE(store.listForCustomer(anna, QStringLiteral("en"))->first().topicTitle, QStringLiteral("Mortgages"));
    // What advisors read keeps the default title.
    QCOMPARE(store.find(inquiry.id)->topicTitle, QStringLiteral("Mortgages"));
    QCOMPARE(store.teamQueue(m_advisor.teamId, 10)->first().topicTitle, QStringLiteral("Mortgages"));
    WAIT_FOR_HORIZON(store, inquiry.seq);
    QCOMPARE(store.changesSince(0, 10)->inquiries.first().topicTitle, QStringLiteral("Mortgages"));
}

void tst_InquiryStore::newAnswersUntilReadWithoutAChange()
{
    InquiryStore store(*m_db);
    CustomerReadStore reads(*m_db);
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    const qint64 bert = customer(QStringLiteral("bert@example.de"));
    const auto inquiry = store.createInquiry(anna, m_topic.id, QStringLiteral("Q"), QStringLiteral("B"), m_clock.now()).value();
    const auto other = store.createInquiry(anna, m_topic.id, QStringLiteral("Q2"), QStringLiteral("B"), m_clock.now()).value();
    QVERIFY(reads.withNewAnswers(anna).isEmpty()); // the customer's own messages are not news
    const Message reply = store.addAdvisorReply(m_advisor, inquiry.id, QStringLiteral("answer"), m_clock.now()).value();
    QCOMPARE(reads.withNewAnswers(anna), QSet<qint64>{inquiry.id});
    QVERIFY(reads.withNewAnswers(bert).isEmpty());

    WAIT_FOR_HORIZON(store, reply.seq);
    const qint64 sequence = store.latestSequence();
    QCOMPARE(reads.markRead(bert, inquiry.id, reply.id, m_clock.now()).error().kind, ServiceError::NotFound);
    QCOMPARE(reads.withNewAnswers(anna), QSet<qint64>{inquiry.id});
    QVERIFY(reads.markRead(anna, inquiry.id, reply.id, m_clock.now()));
    QVERIFY(reads.withNewAnswers(anna).isEmpty());
    QVERIFY(reads.markRead(anna, inquiry.id, reply.id - 1, m_clock.now())); // an older page never unreads
    QVERIFY(reads.withNewAnswers(anna).isEmpty());
    // Reading is invisible to the advisors' change feed (it takes transaction ids, so the horizon moves on).
    QCOMPARE(store.find(inquiry.id)->seq, reply.seq);
    QVERIFY(store.changesSince(sequence, 10)->inquiries.isEmpty());

    const Message second = store.addAdvisorReply(m_advisor, inquiry.id, QStringLiteral("one more"), m_clock.now()).value();
    QVERIFY(store.addAdvisorReply(m_advisor, other.id, QStringLiteral("also"), m_clock.now()));
    QCOMPARE(reads.withNewAnswers(anna), (QSet<qint64>{inquiry.id, other.id}));
    QVERIFY(reads.markRead(anna, inquiry.id, second.id, m_clock.now()));
    QCOMPARE(reads.withNewAnswers(anna), QSet<qint64>{other.id});
}

// A reply sent again with its key (the answer got lost) is not posted twice; the key is the advisor's own, a failed
// reply keeps no key, and keys older than a day are forgotten.
void tst_InquiryStore::aRepeatedReplyKeyReturnsTheFirstReply()
{
    InquiryStore store(*m_db);
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    const Inquiry inquiry = store.createInquiry(anna, m_topic.id, QStringLiteral("Q"), QStringLiteral("B"), m_clock.now()).value();
    const QUuid key = QUuid::createUuid();
    const Message first = store.addAdvisorReply(m_advisor, inquiry.id, QStringLiteral("answer"), m_clock.now(), key).value();
    const Message repeat = store.addAdvisorReply(m_advisor, inquiry.id, QStringLiteral("answer"), m_clock.now(), key).value();
    QCOMPARE(repeat.id, first.id);
    QCOMPARE(store.messages(inquiry.id)->size(), 2);
    WAIT_FOR_HORIZON(store, first.seq);
    const qint64 sequence = store.latestSequence();
    QVERIFY(store.addAdvisorReply(m_advisor, inquiry.id, QStringLiteral("answer"), m_clock.now(), key));
    // A repeat takes no change number: the feed sees nothing new.
    QVERIFY(store.changesSince(sequence, 10)->inquiries.isEmpty());
    QCOMPARE(store.find(inquiry.id)->seq, first.seq);
    QVERIFY(store.addAdvisorReply(m_advisor, inquiry.id, QStringLiteral("answer"), m_clock.now(), QUuid::createUuid()).value().id != first.id);
    const QUuid failed = QUuid::createUuid();
    QVERIFY(!store.addAdvisorReply(m_advisor, 999999, QStringLiteral("x"), m_clock.now(), failed));
    QVERIFY(store.addAdvisorReply(m_advisor, inquiry.id, QStringLiteral("x"), m_clock.now(), failed)); // usable again
    QCOMPARE(store.forgetReplyKeysBefore(m_clock.now().addSecs(-1)), 0);
    QCOMPARE(store.forgetReplyKeysBefore(m_clock.now().addSecs(1)), 3);
}

// Without a database a read is an error, never an empty list or "no such inquiry": the customer's pages then say
// "briefly unavailable" instead of "you have not written an inquiry yet" or 404.
void tst_InquiryStore::readsSayUnavailableInsteadOfNothing()
{
    Database unreachable(QStringLiteral("never-opened"));
    InquiryStore store(unreachable);
    QCOMPARE(store.listForCustomer(1).error().kind, ServiceError::Unavailable);
    QCOMPARE(store.findForCustomer(1, 1).error().kind, ServiceError::Unavailable);
    QCOMPARE(store.messages(1).error().kind, ServiceError::Unavailable);
}

QTEST_GUILESS_MAIN(tst_InquiryStore)
#include "tst_inquirystore.moc"
