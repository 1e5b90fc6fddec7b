#include "InquiryFixture.h"
#include "store/ChangeFeedStore.h"
#include "store/InquiryMessages.h"
#include "store/InquiryStore.h"

#include <QTest>
#include <QUuid>

using namespace confidant;
using namespace confidant::server;

// The messages of a thread: replies and customer messages moving the inquiry's state, and reply idempotency keys.
class tst_InquiryMessages : public testing::InquiryFixture {
    Q_OBJECT
private slots:
    void aRepeatedReplyKeyReturnsTheFirstReply();
    void replyAndAnswerMoveTheState();
};

void tst_InquiryMessages::replyAndAnswerMoveTheState()
{
    InquiryStore store(*m_db);
    InquiryMessages storeMessages(*m_db);
    ChangeFeedStore storeFeed(*m_db);
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    const QDateTime asked = m_clock.now();
    const auto inquiry = store.createInquiry(anna, m_topic.id, QStringLiteral("Q"), QStringLiteral("first"), asked).value();
    m_clock.advance(3600);
    QVERIFY(storeMessages.addCustomerMessage(anna, inquiry.id, QStringLiteral("second"), m_clock.now()));
    QCOMPARE(store.find(inquiry.id)->waitingSince, std::optional<QDateTime>(asked)); // the oldest unanswered one counts

    m_clock.advance(3600);
    const auto reply = storeMessages.addAdvisorReply(m_advisor, inquiry.id, QStringLiteral("answer"), m_clock.now());
    QVERIFY(reply);
    QCOMPARE(reply->authorName, QStringLiteral("Maria M\u00fcller"));
    auto after = store.find(inquiry.id);
    QCOMPARE(after->state, InquiryState::AwaitingCustomer);
    QVERIFY(!after->waitingSince);
    QCOMPARE(after->assignedAdvisorId, std::optional<qint64>(m_advisor.id));
    QCOMPARE(after->seq, reply->seq);

    m_clock.advance(60);
    QVERIFY(storeMessages.addCustomerMessage(anna, inquiry.id, QStringLiteral("thanks, one more"), m_clock.now()));
    after = store.find(inquiry.id);
    QCOMPARE(after->state, InquiryState::AwaitingAdvisor);
    QCOMPARE(after->waitingSince, std::optional<QDateTime>(m_clock.now()));
    QCOMPARE(storeMessages.of(inquiry.id)->size(), 4);
}

// A reply sent again with its key (the answer got lost) is not posted twice; the key is the advisor's own, a failed
// reply keeps no key, and keys older than a day are forgotten.
void tst_InquiryMessages::aRepeatedReplyKeyReturnsTheFirstReply()
{
    InquiryStore store(*m_db);
    InquiryMessages storeMessages(*m_db);
    ChangeFeedStore storeFeed(*m_db);
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    const Inquiry inquiry = store.createInquiry(anna, m_topic.id, QStringLiteral("Q"), QStringLiteral("B"), m_clock.now()).value();
    const QUuid key = QUuid::createUuid();
    const Message first = storeMessages.addAdvisorReply(m_advisor, inquiry.id, QStringLiteral("answer"), m_clock.now(), key).value();
    const Message repeat = storeMessages.addAdvisorReply(m_advisor, inquiry.id, QStringLiteral("answer"), m_clock.now(), key).value();
    QCOMPARE(repeat.id, first.id);
    QCOMPARE(storeMessages.of(inquiry.id)->size(), 2);
    WAIT_FOR_HORIZON(storeFeed, first.seq);
    const qint64 sequence = storeFeed.latestSequence();
    QVERIFY(storeMessages.addAdvisorReply(m_advisor, inquiry.id, QStringLiteral("answer"), m_clock.now(), key));
    // A repeat takes no change number: the feed sees nothing new.
    QVERIFY(storeFeed.changesSince(sequence, 10)->inquiries.isEmpty());
    QCOMPARE(store.find(inquiry.id)->seq, first.seq);
    QVERIFY(storeMessages.addAdvisorReply(m_advisor, inquiry.id, QStringLiteral("answer"), m_clock.now(), QUuid::createUuid()).value().id != first.id);
    const QUuid failed = QUuid::createUuid();
    QVERIFY(!storeMessages.addAdvisorReply(m_advisor, 999999, QStringLiteral("x"), m_clock.now(), failed));
    QVERIFY(storeMessages.addAdvisorReply(m_advisor, inquiry.id, QStringLiteral("x"), m_clock.now(), failed)); // usable again
    QCOMPARE(storeMessages.forgetReplyKeysBefore(m_clock.now().addSecs(-1)), 0);
    QCOMPARE(storeMessages.forgetReplyKeysBefore(m_clock.now().addSecs(1)), 3);
}

QTEST_GUILESS_MAIN(tst_InquiryMessages)
#include "tst_inquirymessages.moc"
