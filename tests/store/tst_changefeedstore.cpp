#include "InquiryFixture.h"
#include "store/ChangeFeedStore.h"
#include "store/ChangeNotifier.h"
#include "store/InquiryMessages.h"
#include "store/InquiryStore.h"
#include "store/StoreLog.h"

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
    InquiryMessages storeMessages(db);
    ChangeFeedStore storeFeed(db);
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
            if (!storeMessages.addCustomerMessage(target->second, target->first, QStringLiteral("more"), now))
                return log.error = QStringLiteral("customer message failed"), log;
            ++log.committed;
        } else if (kind < 80) {
            // Now and then the same key again: a repeat must take no number.
            const QUuid key = kind < 50 && !lastKey.isNull() ? lastKey : QUuid::createUuid();
            if (!storeMessages.addAdvisorReply(advisor, target->first, QStringLiteral("answer"), now, key))
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
    InquiryMessages storeMessages(db);
    ChangeFeedStore storeFeed(db);
    QSet<std::pair<qint64, qint64>> handedOut;
    qint64 cursor = 0;
    QElapsedTimer timer;
    timer.start();
    for (bool more = true; more || cursor < last.load(); ++log.pages) {
        if (timer.elapsed() > 90'000)
            return log.error = QStringLiteral("did not reach %1, cursor %2").arg(last.load()).arg(cursor), log;
        const auto batch = storeFeed.changesSince(cursor, 7);
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

// The advisors' change feed: pages that never skip or split a change number, the horizon that waits for older
// transactions, many concurrent writers and readers, and the notifier that wakes on a write.
class tst_ChangeFeedStore : public testing::InquiryFixture {
    Q_OBJECT
private slots:
    void changeFeedPagesWithoutSkipping();
    void concurrentWritersNeverLeaveAGap();
    void theFeedWaitsForAnOlderTransaction();
    void aPageNeverSplitsOneChangeNumber();
    void concurrentWritersAndReadersSeeExactlyTheCommittedSet();
    void notifierWakesOnWrite();
};

void tst_ChangeFeedStore::changeFeedPagesWithoutSkipping()
{
    InquiryStore store(*m_db);
    InquiryMessages storeMessages(*m_db);
    ChangeFeedStore storeFeed(*m_db);
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    QSet<qint64> written;
    for (int i = 0; i < 7; ++i) {
        const auto inquiry = store.createInquiry(anna, m_topic.id, QStringLiteral("S%1").arg(i), QStringLiteral("B"), m_clock.now()).value();
        const auto reply = storeMessages.addAdvisorReply(m_advisor, inquiry.id, QStringLiteral("R"), m_clock.now()).value();
        written << reply.seq << inquiry.seq;
    }
    WAIT_FOR_HORIZON(storeFeed, *std::max_element(written.cbegin(), written.cend()));
    QSet<qint64> inquiryIds;
    qint64 cursor = 0;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const auto batch = storeFeed.changesSince(cursor, 3);
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
    QVERIFY(cursor <= storeFeed.latestSequence());
    const auto empty = storeFeed.changesSince(cursor, 3);
    QVERIFY(empty->inquiries.isEmpty() && !empty->hasMore);
    QVERIFY(empty->cursor >= cursor); // transactions elsewhere in the cluster may have moved the horizon on
}

void tst_ChangeFeedStore::concurrentWritersNeverLeaveAGap()
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
        InquiryMessages storeMessages(db);
        ChangeFeedStore storeFeed(db);
        int written = 0;
        for (int i = 0; i < 40; ++i)
            written += store.createInquiry(anna, topicId, QStringLiteral("w%1-%2").arg(id).arg(i), QStringLiteral("b"), now).ok();
        return written;
    };
    QFuture<int> first = QtConcurrent::run(writer, 1);
    QFuture<int> second = QtConcurrent::run(writer, 2);
    InquiryStore reader(*m_db);
    InquiryMessages readerMessages(*m_db);
    ChangeFeedStore readerFeed(*m_db);
    QSet<qint64> seen;
    qint64 cursor = 0;
    std::optional<qint64> last; // the newest number written, once both writers are done
    while (!last || cursor < *last) {
        if (!last && first.isFinished() && second.isFinished())
            last = newestNumber(*m_db);
        const auto batch = readerFeed.changesSince(cursor, 5);
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
void tst_ChangeFeedStore::theFeedWaitsForAnOlderTransaction()
{
    InquiryStore store(*m_db);
    InquiryMessages storeMessages(*m_db);
    ChangeFeedStore storeFeed(*m_db);
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    const Inquiry first = store.createInquiry(anna, m_topic.id, QStringLiteral("first"), QStringLiteral("b"), m_clock.now()).value();
    WAIT_FOR_HORIZON(storeFeed, first.seq);
    const qint64 cursor = storeFeed.changesSince(0, 10)->cursor;

    auto older = m_pg->open(QStringLiteral("older"));
    QVERIFY(older && older->connection().transaction());
    QSqlQuery write(older->connection());
    QVERIFY(write.exec(QStringLiteral("UPDATE inquiries SET state = 'awaiting_customer', seq = confidant_change_number() WHERE id = %1 "
                                      "RETURNING seq").arg(first.id)) && write.next());
    const qint64 olderNumber = write.value(0).toLongLong();
    const Inquiry newer = store.createInquiry(anna, m_topic.id, QStringLiteral("newer"), QStringLiteral("b"), m_clock.now()).value();
    QVERIFY(newer.seq > olderNumber);

    const auto held = storeFeed.changesSince(cursor, 10);
    QVERIFY(held && held->inquiries.isEmpty() && !held->hasMore);
    QVERIFY(held->cursor >= cursor && held->cursor < olderNumber);
    QVERIFY(storeFeed.latestSequence() < olderNumber);

    QVERIFY(older->connection().commit());
    WAIT_FOR_HORIZON(storeFeed, newer.seq);
    const auto both = storeFeed.changesSince(held->cursor, 10);
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
void tst_ChangeFeedStore::aPageNeverSplitsOneChangeNumber()
{
    InquiryStore store(*m_db);
    InquiryMessages storeMessages(*m_db);
    ChangeFeedStore storeFeed(*m_db);
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

    WAIT_FOR_HORIZON(storeFeed, shared);
    const auto alone = storeFeed.changesSince(0, 3);
    QVERIFY(alone && alone->hasMore);
    QCOMPARE(alone->inquiries.size(), 1);
    QCOMPARE(alone->inquiries.first().id, ids.first());
    QCOMPARE(alone->cursor, alone->inquiries.first().seq);

    const auto together = storeFeed.changesSince(alone->cursor, 3);
    QVERIFY(together && together->hasMore);
    QCOMPARE(together->cursor, shared);
    QList<qint64> rest;
    for (const Inquiry &inquiry : together->inquiries) {
        QCOMPARE(inquiry.seq, shared);
        rest << inquiry.id;
    }
    QCOMPARE(rest, ids.mid(1));

    const auto none = storeFeed.changesSince(together->cursor, 3);
    QVERIFY(none && none->inquiries.isEmpty() && !none->hasMore);
}

// Eight writers (new inquiries, customer messages, replies to each other's inquiries, repeats of reply keys and
// rolled-back writes) and four readers following the feed in pages of 7 while they write: each reader ends with
// exactly the committed state, never sees a rolled-back one, is handed every (inquiry, number) once, and never
// sees an inquiry go back to an older number.
void tst_ChangeFeedStore::concurrentWritersAndReadersSeeExactlyTheCommittedSet()
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

void tst_ChangeFeedStore::notifierWakesOnWrite()
{
    ChangeNotifier notifier(QStringLiteral("listener"));
    QString error;
    QVERIFY2(notifier.start(m_pg->config(), &error), qPrintable(error));
    QSignalSpy changed(&notifier, &ChangeNotifier::changed);
    InquiryStore store(*m_db);
    InquiryMessages storeMessages(*m_db);
    ChangeFeedStore storeFeed(*m_db);
    const auto inquiry = store.createInquiry(customer(QStringLiteral("a@example.de")), m_topic.id, QStringLiteral("s"), QStringLiteral("b"), m_clock.now());
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.first().first().toLongLong(), inquiry->seq);
}

QTEST_GUILESS_MAIN(tst_ChangeFeedStore)
#include "tst_changefeedstore.moc"
