#include "ManualClock.h"
#include "TestPostgres.h"
#include "store/AdvisorScope.h"
#include "store/AdvisorStore.h"
#include "store/CustomerStore.h"
#include "store/Database.h"
#include "store/DeletionLog.h"
#include "store/DeletionRecommendations.h"
#include "store/DeletionStore.h"
#include "service/InquiryMoves.h"
#include "store/AdvisorStore.h"
#include "store/InquiryOwnership.h"
#include "store/ChangeFeedStore.h"
#include "store/InquiryMessages.h"
#include "store/InquiryStore.h"
#include "store/RetentionPolicyStore.h"
#include "store/SessionStore.h"
#include "store/TopicStore.h"

#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace confidant;
using namespace confidant::server;

// Retention against the real PostgreSQL with a hand-moved clock: when a recommendation appears (to the second),
// postponing and legal holds, the automatic sweep's grace period, the feed carrying deletions to every reader,
// accounts of inactive customers, and a deletion log without content.
class tst_Retention : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aRecommendationAppearsExactlyAtTheDeadline();
    void onlyTheScopeSeesAndDeletes();
    void postponingMovesTheDeadlineAndALegalHoldStopsIt();
    void automaticDeletionWaitsForTheGracePeriod();
    void theFeedTellsEveryReaderAlsoOneThatWasOffline();
    void anInactiveAccountGoesWithEverythingInIt();
    void theDeletionLogHoldsNoContent();

private:
    Inquiry closedInquiry(const QString &subject, qint64 customerId = 0);
    QList<qint64> recommendedIds(const AdvisorProfile &advisor);
    ChangeBatch settledFeed(const AdvisorProfile &advisor, qint64 since);
    int count(const QString &sql, qint64 id);

    std::unique_ptr<testing::TestPostgres> m_pg;
    std::unique_ptr<Database> m_db;
    testing::ManualClock m_clock;
    qint64 m_customer = 0;
    Topic m_mortgage; // private clients' topic, closed inquiries kept 90 days
    AdvisorProfile m_maria, m_lead, m_bernd; // maria, lead: private clients; bernd: business clients
    static constexpr qint64 day = 24 * 3600;
};

void tst_Retention::init()
{
    m_pg = std::make_unique<testing::TestPostgres>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->errorString()));
    m_db = m_pg->open(QStringLiteral("retention"));
    QVERIFY(m_db);
    AdvisorStore advisors(*m_db);
    const qint64 privateClients = advisors.createTeam(QStringLiteral("Private clients"))->id;
    const qint64 business = advisors.createTeam(QStringLiteral("Business clients"))->id;
    TopicStore topics(*m_db);
    m_mortgage = topics.create(QStringLiteral("mortgage"), QStringLiteral("Mortgages")).value();
    QVERIFY(topics.setTeam(m_mortgage.id, privateClients));
    QVERIFY(RetentionPolicyStore(*m_db).setTopicRetention(QStringLiteral("mortgage"), 90));
    m_maria = advisors.createAdvisor(QStringLiteral("m.mueller"), QStringLiteral("Maria"), privateClients, false).value();
    m_lead = advisors.createAdvisor(QStringLiteral("s.wagner"), QStringLiteral("Sabine"), privateClients, true).value();
    m_bernd = advisors.createAdvisor(QStringLiteral("b.klein"), QStringLiteral("Bernd"), business, false).value();
    m_customer = CustomerStore(*m_db).create(QStringLiteral("anna@example.de"), QStringLiteral("Anna Schmidt"), "hash", m_clock.now()).value();
}

void tst_Retention::cleanup()
{
    m_db.reset();
    m_pg.reset();
}

// Written, claimed and closed by Maria now.
Inquiry tst_Retention::closedInquiry(const QString &subject, qint64 customerId)
{
    const Inquiry written = InquiryStore(*m_db).createInquiry(customerId ? customerId : m_customer, m_mortgage.id, subject,
                                                              QStringLiteral("Secret text of ") + subject, m_clock.now()).value();
    InquiryOwnership store(*m_db);
    AdvisorStore advisors(*m_db);
    InquiryMoves ownership(store, advisors, m_clock);
    [&] { QVERIFY(ownership.claim(m_maria, written.id)); }();
    return ownership.close(m_maria, written.id).value();
}

QList<qint64> tst_Retention::recommendedIds(const AdvisorProfile &advisor)
{
    QList<qint64> ids;
    const auto due = DeletionRecommendations(*m_db).forAdvisor(AdvisorScope(advisor), m_clock.now());
    for (const DeletionRecommendation &r : due.value())
        ids << (r.policy == DeletionRecommendation::Policy::ClosedInquiry ? r.inquiryId : -r.customerId);
    return ids;
}

// The feed once every transaction so far has ended (other tests share the cluster and its horizon).
ChangeBatch tst_Retention::settledFeed(const AdvisorProfile &advisor, qint64 since)
{
    InquiryStore store(*m_db);
    InquiryMessages storeMessages(*m_db);
    ChangeFeedStore storeFeed(*m_db);
    QSqlQuery number(m_db->connection());
    if (!number.exec(QStringLiteral("SELECT greatest((SELECT max(seq) FROM inquiries), (SELECT max(seq) FROM inquiry_tombstones))")) || !number.next())
        return {};
    const qint64 last = number.value(0).toLongLong();
    QDeadlineTimer deadline(10000);
    while (storeFeed.latestSequence() < last && !deadline.hasExpired())
        QThread::msleep(10);
    return storeFeed.changesSince(AdvisorScope(advisor), since, 2000).value();
}

int tst_Retention::count(const QString &sql, qint64 id)
{
    QSqlQuery query(m_db->connection());
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

void tst_Retention::aRecommendationAppearsExactlyAtTheDeadline()
{
    const QDateTime closedAt = m_clock.now();
    const Inquiry inquiry = closedInquiry(QStringLiteral("Kept 90 days"));
    m_clock.advance(90 * day - 1);
    QVERIFY(recommendedIds(m_maria).isEmpty());
    m_clock.advance(1);
    QCOMPARE(recommendedIds(m_maria), QList<qint64>{inquiry.id});
    const DeletionRecommendation r = DeletionRecommendations(*m_db).forAdvisor(AdvisorScope(m_maria), m_clock.now()).value().first();
    QCOMPARE(r.policy, DeletionRecommendation::Policy::ClosedInquiry);
    QCOMPARE(r.periodDays, 90);
    QCOMPARE(r.periodStart, closedAt);
    QCOMPARE(r.deadline, closedAt.addDays(90));
    QCOMPARE(r.customerName, QStringLiteral("Anna Schmidt"));
    QVERIFY(!r.automaticDeletionAt); // automatic deletion is off
    // A topic kept for ever recommends nothing.
    QVERIFY(RetentionPolicyStore(*m_db).setTopicRetention(QStringLiteral("mortgage"), std::nullopt));
    QVERIFY(recommendedIds(m_maria).isEmpty());
}

void tst_Retention::onlyTheScopeSeesAndDeletes()
{
    const Inquiry due = closedInquiry(QStringLiteral("Due"));
    m_clock.advance(10 * day);
    const Inquiry notYet = closedInquiry(QStringLiteral("Not yet"));
    m_clock.advance(85 * day);
    QCOMPARE(recommendedIds(m_lead), QList<qint64>{due.id});
    QVERIFY(recommendedIds(m_bernd).isEmpty());
    DeletionStore service(*m_db);
    // Another team's inquiry does not exist for Bernd; nothing is deleted of a request that names it.
    QCOMPARE(service.confirm(m_bernd, {due.id}, {}, m_clock.now()).error().kind, ServiceError::NotFound);
    QCOMPARE(service.confirm(m_maria, {due.id, 999999}, {}, m_clock.now()).error().kind, ServiceError::NotFound);
    QCOMPARE(service.confirm(m_maria, {due.id, notYet.id}, {}, m_clock.now()).error().kind, ServiceError::Invalid);
    QVERIFY(InquiryStore(*m_db).find(due.id));
    const auto deleted = service.confirm(m_lead, {due.id}, {}, m_clock.now());
    QVERIFY(deleted);
    QCOMPARE(deleted->inquiries, 1);
    QVERIFY(!InquiryStore(*m_db).find(due.id));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE inquiry_id = ?"), due.id), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM inquiry_events WHERE inquiry_id = ?"), due.id), 0);
    QVERIFY(InquiryStore(*m_db).find(notYet.id));
    // Twice is not found: it is gone.
    QCOMPARE(service.confirm(m_lead, {due.id}, {}, m_clock.now()).error().kind, ServiceError::NotFound);
}

void tst_Retention::postponingMovesTheDeadlineAndALegalHoldStopsIt()
{
    const Inquiry inquiry = closedInquiry(QStringLiteral("Disputed"));
    m_clock.advance(90 * day);
    DeletionStore service(*m_db);
    QVERIFY(RetentionPolicyStore(*m_db).setAutoDeleteGraceDays(0));
    const QDateTime until = m_clock.now().addDays(30);
    QCOMPARE(service.postpone(m_bernd, inquiry.id, {until, PostponementReason::Other, QStringLiteral("Not mine")}, m_clock.now()).error().kind, ServiceError::NotFound);
    QVERIFY(service.postpone(m_maria, inquiry.id, {until, PostponementReason::CustomerAsked, QStringLiteral("The customer asked for a copy first")}, m_clock.now()));
    QVERIFY(recommendedIds(m_maria).isEmpty());
    QCOMPARE(service.confirm(m_maria, {inquiry.id}, {}, m_clock.now()).error().kind, ServiceError::Invalid);
    m_clock.advance(30 * day - 1);
    QCOMPARE(service.sweep(m_clock.now()).inquiries, 0);
    QVERIFY(recommendedIds(m_maria).isEmpty());
    // A legal hold: never due, whatever the clock says, and the sweep leaves it.
    QVERIFY(service.postpone(m_lead, inquiry.id, {std::nullopt, PostponementReason::LegalObligation, QStringLiteral("Court case 4 O 17/26")}, m_clock.now()));
    m_clock.advance(3650 * day);
    QVERIFY(recommendedIds(m_maria).isEmpty());
    QCOMPARE(service.sweep(m_clock.now()).inquiries, 0);
    QVERIFY(InquiryStore(*m_db).find(inquiry.id));
    // Lifted by a postponement to a date; then due from that date.
    const QDateTime lifted = m_clock.now().addDays(1);
    QVERIFY(service.postpone(m_lead, inquiry.id, {lifted, PostponementReason::Other, QStringLiteral("Case closed")}, m_clock.now()));
    m_clock.set(lifted);
    QCOMPARE(recommendedIds(m_maria), QList<qint64>{inquiry.id});
    QCOMPARE(DeletionRecommendations(*m_db).forAdvisor(AdvisorScope(m_maria), m_clock.now()).value().first().postponedUntil,
             std::optional<QDateTime>(lifted));
}

void tst_Retention::automaticDeletionWaitsForTheGracePeriod()
{
    const Inquiry inquiry = closedInquiry(QStringLiteral("Swept"));
    const QDateTime deadline = m_clock.now().addDays(90);
    DeletionStore service(*m_db);
    m_clock.set(deadline.addDays(30));
    QCOMPARE(service.sweep(m_clock.now()).inquiries, 0); // off
    QVERIFY(RetentionPolicyStore(*m_db).setAutoDeleteGraceDays(14));
    m_clock.set(deadline.addDays(14).addSecs(-1));
    QCOMPARE(service.sweep(m_clock.now()).inquiries, 0);
    QCOMPARE(DeletionRecommendations(*m_db).forAdvisor(AdvisorScope(m_maria), m_clock.now()).value().first().automaticDeletionAt,
             std::optional<QDateTime>(deadline.addDays(14)));
    m_clock.advance(1);
    QCOMPARE(service.sweep(m_clock.now()).inquiries, 1);
    QVERIFY(!InquiryStore(*m_db).find(inquiry.id));
    const auto log = DeletionLog(*m_db).forAdvisor(m_maria, 10).value();
    QCOMPARE(log.size(), 1);
    QVERIFY(log.first().automatic);
    QVERIFY(!log.first().advisorId);
    QCOMPARE(log.first().at, m_clock.now());
}

void tst_Retention::theFeedTellsEveryReaderAlsoOneThatWasOffline()
{
    const Inquiry inquiry = closedInquiry(QStringLiteral("Goes"));
    const qint64 offlineCursor = settledFeed(m_maria, 0).cursor;
    const Inquiry other = closedInquiry(QStringLiteral("Stays"));
    const qint64 cursor = settledFeed(m_maria, offlineCursor).cursor;
    m_clock.advance(90 * day);
    QVERIFY(DeletionStore(*m_db).confirm(m_maria, {inquiry.id}, {}, m_clock.now()));
    QCOMPARE(settledFeed(m_maria, cursor).removed, QList<qint64>{inquiry.id});
    // Offline since before the other inquiry changed: it learns both.
    const ChangeBatch late = settledFeed(m_lead, offlineCursor);
    QCOMPARE(late.removed, QList<qint64>{inquiry.id});
    QCOMPARE(late.inquiries.size(), 1);
    QCOMPARE(late.inquiries.first().id, other.id);
    // Another team's reader is told the id too (only the id): it may have had it in the shared queue.
    QCOMPARE(settledFeed(m_bernd, cursor).removed, QList<qint64>{inquiry.id});
    // A first sync has nothing to drop; the customer's mailbox no longer lists it.
    QVERIFY(settledFeed(m_maria, 0).removed.isEmpty());
    const auto mailbox = InquiryStore(*m_db).listForCustomer(m_customer).value();
    QCOMPARE(mailbox.size(), 1);
    QCOMPARE(mailbox.first().id, other.id);
}

void tst_Retention::anInactiveAccountGoesWithEverythingInIt()
{
    QVERIFY(RetentionPolicyStore(*m_db).setInactiveAccountDays(730));
    const Inquiry inquiry = closedInquiry(QStringLiteral("Old"));
    SessionStore sessions(*m_db);
    m_clock.advance(100 * day);
    const QDateTime signIn = m_clock.now();
    QVERIFY(sessions.create({QByteArray(32, 'a'), m_customer, "csrf", signIn, signIn.addSecs(8 * 3600), signIn}));
    m_clock.set(signIn.addDays(730).addSecs(-1));
    QCOMPARE(recommendedIds(m_lead), QList<qint64>{inquiry.id}); // the inquiry's own period passed long ago
    m_clock.advance(1);
    QCOMPARE(recommendedIds(m_lead), (QList<qint64>{inquiry.id, -m_customer}));
    QCOMPARE(recommendedIds(m_bernd), QList<qint64>{}); // not a single inquiry of Anna's is Bernd's to see
    const auto deleted = DeletionStore(*m_db).confirm(m_lead, {}, {m_customer}, m_clock.now());
    QVERIFY(deleted);
    QCOMPARE(deleted->accounts, 1);
    QCOMPARE(deleted->inquiries, 1);
    QVERIFY(CustomerStore(*m_db).findById(m_customer).value() == std::nullopt);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sessions WHERE customer_id = ?"), m_customer), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM inquiry_tombstones WHERE inquiry_id = ?"), inquiry.id), 1);
}

void tst_Retention::theDeletionLogHoldsNoContent()
{
    const Inquiry inquiry = closedInquiry(QStringLiteral("Private subject"));
    m_clock.advance(90 * day);
    DeletionStore service(*m_db);
    QVERIFY(service.postpone(m_maria, inquiry.id, {m_clock.now().addDays(1), PostponementReason::CustomerAsked, QStringLiteral("One more day")}, m_clock.now()));
    m_clock.advance(day);
    QVERIFY(service.confirm(m_maria, {inquiry.id}, {}, m_clock.now()));
    const auto log = DeletionLog(*m_db).forAdvisor(m_maria, 10).value();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).kind, DeletionLogEntry::Kind::Inquiry);
    QCOMPARE(log.at(0).inquiryId, std::optional<qint64>(inquiry.id));
    QCOMPARE(log.at(0).messageCount, 1);
    QCOMPARE(log.at(0).advisorName, QStringLiteral("Maria"));
    QCOMPARE(log.at(0).policy, QStringLiteral("closed_inquiry"));
    QCOMPARE(log.at(1).kind, DeletionLogEntry::Kind::Postponement);
    QCOMPARE(log.at(1).reasonKind, std::optional(PostponementReason::CustomerAsked)); // the kind, never the words
    // Nothing of the subject, the text or the customer's name anywhere in the log or the tombstones.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT string_agg(l::text, ' ') FROM deletion_log l")) && query.next());
    const QString logText = query.value(0).toString();
    QVERIFY(!logText.contains(QStringLiteral("Private subject")) && !logText.contains(QStringLiteral("Secret text")));
    QVERIFY(!logText.contains(QStringLiteral("Anna")) && !logText.contains(QStringLiteral("One more day")));
    // Bernd's team never had it; his log shows none of it.
    QVERIFY(DeletionLog(*m_db).forAdvisor(m_bernd, 10).value().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Retention)
#include "tst_retention.moc"
