#include "ManualClock.h"
#include "TestPostgres.h"
#include "store/AdvisorStore.h"
#include "store/ChangeNotifier.h"
#include "store/CustomerReadStore.h"
#include "store/CustomerStore.h"
#include "store/Database.h"
#include "store/InquiryStore.h"
#include "store/TopicStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

using namespace confidant;
using namespace confidant::server;

namespace {
// Straight from the table, not through the feed under test.
qint64 newestNumber(Database &db)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM inquiries")) && query.next() ? query.value(0).toLongLong() : -1;
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
    void notifierWakesOnWrite();
    void openQueueIsLongestWaitingFirst();
    void customerSeesTopicTitleInTheirLanguage();
    void newAnswersUntilReadWithoutAChange();

private:
    qint64 customer(const QString &email);

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

qint64 tst_InquiryStore::customer(const QString &email)
{
    return CustomerStore(*m_db).create(email, "$argon2id$placeholder-hash-for-store-tests", m_clock.now()).value();
}

void tst_InquiryStore::createInquiryStoresFirstMessage()
{
    InquiryStore store(*m_db);
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    const auto inquiry = store.createInquiry(anna, m_topic.id, QStringLiteral("Fixed rate?"), QStringLiteral("How long?"), m_clock.now());
    QVERIFY(inquiry);
    QCOMPARE(inquiry->state, InquiryState::AwaitingAdvisor);
    QCOMPARE(inquiry->waitingSince, std::optional<QDateTime>(m_clock.now()));
    QCOMPARE(inquiry->topicKey, QStringLiteral("mortgage"));
    QCOMPARE(inquiry->customerName, QStringLiteral("anna@example.de"));
    const QList<Message> messages = store.messages(inquiry->id).value();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().body, QStringLiteral("How long?"));
    QCOMPARE(messages.first().author, MessageAuthor::Customer);
    QCOMPARE(messages.first().seq, inquiry->seq);
    QVERIFY(store.latestSequence() >= inquiry->seq); // committed, so the horizon has passed it
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
    const qint64 topicId = m_topic.id;
    const QDateTime now = m_clock.now();
    // Two writers on their own connections and threads, and a reader that follows the feed while they write.
    auto writer = [config, anna, topicId, now](int id) {
        Database db(QStringLiteral("writer-%1").arg(id));
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

void tst_InquiryStore::openQueueIsLongestWaitingFirst()
{
    InquiryStore store(*m_db);
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    const auto newer = store.createInquiry(anna, m_topic.id, QStringLiteral("newer"), QStringLiteral("b"), m_clock.now().addSecs(-60)).value();
    const auto older = store.createInquiry(anna, m_topic.id, QStringLiteral("older"), QStringLiteral("b"), m_clock.now().addSecs(-7200)).value();
    const auto answered = store.createInquiry(anna, m_topic.id, QStringLiteral("answered"), QStringLiteral("b"), m_clock.now().addSecs(-9000)).value();
    QVERIFY(store.addAdvisorReply(m_advisor, answered.id, QStringLiteral("done"), m_clock.now()));
    const QList<Inquiry> queue = store.openQueue(10);
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
    QCOMPARE(store.openQueue(10).first().topicTitle, QStringLiteral("Mortgages"));
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
