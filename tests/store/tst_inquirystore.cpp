#include "InquiryFixture.h"
#include "store/ChangeFeedStore.h"
#include "store/CustomerReadStore.h"
#include "store/InquiryMessages.h"
#include "store/InquiryStore.h"
#include "store/TopicStore.h"

#include <QTest>

using namespace confidant;
using namespace confidant::server;

// Inquiries as each audience reads them: creating one, the customer's own (and nobody else's), the team queue,
// topic titles in the customer's language, the marks of new answers, and "unavailable" rather than nothing.
class tst_InquiryStore : public testing::InquiryFixture {
    Q_OBJECT
private slots:
    void createInquiryStoresFirstMessage();
    void readsSayUnavailableInsteadOfNothing();
    void anotherCustomersInquiryIsNotFound();
    void unknownTopicIsNotFound();
    void hostileTextRoundTrips();
    void teamQueueIsLongestWaitingFirst();
    void customerSeesTopicTitleInTheirLanguage();
    void newAnswersUntilReadWithoutAChange();
};

void tst_InquiryStore::createInquiryStoresFirstMessage()
{
    InquiryStore store(*m_db);
    InquiryMessages storeMessages(*m_db);
    ChangeFeedStore storeFeed(*m_db);
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
    const QList<Message> messages = storeMessages.of(inquiry->id).value();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().authorName, name);
    QCOMPARE(messages.first().body, QStringLiteral("How long?"));
    QCOMPARE(messages.first().author, MessageAuthor::Customer);
    QCOMPARE(messages.first().seq, inquiry->seq);
    WAIT_FOR_HORIZON(storeFeed, inquiry->seq); // committed, so the horizon passes it
}

void tst_InquiryStore::anotherCustomersInquiryIsNotFound()
{
    InquiryStore store(*m_db);
    InquiryMessages storeMessages(*m_db);
    ChangeFeedStore storeFeed(*m_db);
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    const qint64 bert = customer(QStringLiteral("bert@example.de"));
    const auto inquiry = store.createInquiry(anna, m_topic.id, QStringLiteral("private"), QStringLiteral("secret"), m_clock.now()).value();
    const auto attempt = storeMessages.addCustomerMessage(bert, inquiry.id, QStringLiteral("let me in"), m_clock.now());
    QVERIFY(!attempt);
    QCOMPARE(attempt.error().kind, ServiceError::NotFound);
    QVERIFY(store.findForCustomer(bert, inquiry.id) && !store.findForCustomer(bert, inquiry.id).value());
    QVERIFY(store.listForCustomer(bert)->isEmpty());
    QCOMPARE(storeMessages.of(inquiry.id)->size(), 1);
    QVERIFY(!storeMessages.addAdvisorReply(m_advisor, 999999, QStringLiteral("x"), m_clock.now()));
}

void tst_InquiryStore::unknownTopicIsNotFound()
{
    InquiryStore store(*m_db);
    InquiryMessages storeMessages(*m_db);
    ChangeFeedStore storeFeed(*m_db);
    const auto result = store.createInquiry(customer(QStringLiteral("a@example.de")), 424242, QStringLiteral("s"), QStringLiteral("b"), m_clock.now());
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ServiceError::NotFound);
    // The failed write took a number and rolled back: the feed never shows it and moves past it.
    const auto feed = storeFeed.changesSince(0, 10);
    QVERIFY(feed && feed->inquiries.isEmpty() && !feed->hasMore);
    const Inquiry later = store.createInquiry(customer(QStringLiteral("b@example.de")), m_topic.id, QStringLiteral("s"), QStringLiteral("b"),
                                              m_clock.now()).value();
    WAIT_FOR_HORIZON(storeFeed, later.seq);
    const auto next = storeFeed.changesSince(feed->cursor, 10);
    QCOMPARE(next->inquiries.size(), 1);
    QCOMPARE(next->inquiries.first().id, later.id);
}

void tst_InquiryStore::hostileTextRoundTrips()
{
    InquiryStore store(*m_db);
    InquiryMessages storeMessages(*m_db);
    ChangeFeedStore storeFeed(*m_db);
    const QString subject = QStringLiteral("'); DROP TABLE inquiries; --");
    const QString body = QStringLiteral("<script>alert('x')</script> \\ $1 %s \u00e4\u00f6\u00fc \U0001F600");
    const auto inquiry = store.createInquiry(customer(QStringLiteral("a@example.de")), m_topic.id, subject, body, m_clock.now());
    QVERIFY(inquiry);
    QCOMPARE(store.find(inquiry->id)->subject, subject);
    QCOMPARE(storeMessages.of(inquiry->id)->first().body, body);
}

void tst_InquiryStore::teamQueueIsLongestWaitingFirst()
{
    InquiryStore store(*m_db);
    InquiryMessages storeMessages(*m_db);
    ChangeFeedStore storeFeed(*m_db);
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    const auto newer = store.createInquiry(anna, m_topic.id, QStringLiteral("newer"), QStringLiteral("b"), m_clock.now().addSecs(-60)).value();
    const auto older = store.createInquiry(anna, m_topic.id, QStringLiteral("older"), QStringLiteral("b"), m_clock.now().addSecs(-7200)).value();
    const auto answered = store.createInquiry(anna, m_topic.id, QStringLiteral("answered"), QStringLiteral("b"), m_clock.now().addSecs(-9000)).value();
    QVERIFY(storeMessages.addAdvisorReply(m_advisor, answered.id, QStringLiteral("done"), m_clock.now()));
    // The topic has no team: its inquiries wait in the queue every team's queue includes.
    const QList<Inquiry> queue = store.teamQueue(m_advisor.teamId, 10).value();
    QCOMPARE(queue.size(), 2);
    QCOMPARE(queue.at(0).id, older.id);
    QCOMPARE(queue.at(1).id, newer.id);
}

void tst_InquiryStore::customerSeesTopicTitleInTheirLanguage()
{
    InquiryStore store(*m_db);
    InquiryMessages storeMessages(*m_db);
    ChangeFeedStore storeFeed(*m_db);
    QVERIFY(TopicStore(*m_db).setTitle(m_topic.id, QStringLiteral("de"), QStringLiteral("Baufinanzierung")));
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    const auto inquiry = store.createInquiry(anna, m_topic.id, QStringLiteral("Q"), QStringLiteral("B"), m_clock.now()).value();
    QCOMPARE(store.listForCustomer(anna, QStringLiteral("de"))->first().topicTitle, QStringLiteral("Baufinanzierung"));
    QCOMPARE(store.findForCustomer(anna, inquiry.id, QStringLiteral("de")).value()->topicTitle, QStringLiteral("Baufinanzierung"));
    QCOMPARE(store.listForCustomer(anna, QStringLiteral("en"))->first().topicTitle, QStringLiteral("Mortgages"));
    // What advisors read keeps the default title.
    QCOMPARE(store.find(inquiry.id)->topicTitle, QStringLiteral("Mortgages"));
    QCOMPARE(store.teamQueue(m_advisor.teamId, 10)->first().topicTitle, QStringLiteral("Mortgages"));
    WAIT_FOR_HORIZON(storeFeed, inquiry.seq);
    QCOMPARE(storeFeed.changesSince(0, 10)->inquiries.first().topicTitle, QStringLiteral("Mortgages"));
}

void tst_InquiryStore::newAnswersUntilReadWithoutAChange()
{
    InquiryStore store(*m_db);
    InquiryMessages storeMessages(*m_db);
    ChangeFeedStore storeFeed(*m_db);
    CustomerReadStore reads(*m_db);
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    const qint64 bert = customer(QStringLiteral("bert@example.de"));
    const auto inquiry = store.createInquiry(anna, m_topic.id, QStringLiteral("Q"), QStringLiteral("B"), m_clock.now()).value();
    const auto other = store.createInquiry(anna, m_topic.id, QStringLiteral("Q2"), QStringLiteral("B"), m_clock.now()).value();
    QVERIFY(reads.withNewAnswers(anna).isEmpty()); // the customer's own messages are not news
    const Message reply = storeMessages.addAdvisorReply(m_advisor, inquiry.id, QStringLiteral("answer"), m_clock.now()).value();
    QCOMPARE(reads.withNewAnswers(anna), QSet<qint64>{inquiry.id});
    QVERIFY(reads.withNewAnswers(bert).isEmpty());

    WAIT_FOR_HORIZON(storeFeed, reply.seq);
    const qint64 sequence = storeFeed.latestSequence();
    QCOMPARE(reads.markRead(bert, inquiry.id, reply.id, m_clock.now()).error().kind, ServiceError::NotFound);
    QCOMPARE(reads.withNewAnswers(anna), QSet<qint64>{inquiry.id});
    QVERIFY(reads.markRead(anna, inquiry.id, reply.id, m_clock.now()));
    QVERIFY(reads.withNewAnswers(anna).isEmpty());
    QVERIFY(reads.markRead(anna, inquiry.id, reply.id - 1, m_clock.now())); // an older page never unreads
    QVERIFY(reads.withNewAnswers(anna).isEmpty());
    // Reading is invisible to the advisors' change feed (it takes transaction ids, so the horizon moves on).
    QCOMPARE(store.find(inquiry.id)->seq, reply.seq);
    QVERIFY(storeFeed.changesSince(sequence, 10)->inquiries.isEmpty());

    const Message second = storeMessages.addAdvisorReply(m_advisor, inquiry.id, QStringLiteral("one more"), m_clock.now()).value();
    QVERIFY(storeMessages.addAdvisorReply(m_advisor, other.id, QStringLiteral("also"), m_clock.now()));
    QCOMPARE(reads.withNewAnswers(anna), (QSet<qint64>{inquiry.id, other.id}));
    QVERIFY(reads.markRead(anna, inquiry.id, second.id, m_clock.now()));
    QCOMPARE(reads.withNewAnswers(anna), QSet<qint64>{other.id});
}

// Without a database a read is an error, never an empty list or "no such inquiry": the customer's pages then say
// "briefly unavailable" instead of "you have not written an inquiry yet" or 404.
void tst_InquiryStore::readsSayUnavailableInsteadOfNothing()
{
    Database unreachable(QStringLiteral("never-opened"));
    InquiryStore store(unreachable);
    InquiryMessages storeMessages(unreachable);
    ChangeFeedStore storeFeed(unreachable);
    QCOMPARE(store.listForCustomer(1).error().kind, ServiceError::Unavailable);
    QCOMPARE(store.findForCustomer(1, 1).error().kind, ServiceError::Unavailable);
    QCOMPARE(storeMessages.of(1).error().kind, ServiceError::Unavailable);
}

QTEST_GUILESS_MAIN(tst_InquiryStore)
#include "tst_inquirystore.moc"
