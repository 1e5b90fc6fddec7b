#include "ManualClock.h"
#include "TestPostgres.h"
#include "store/AbsenceStore.h"
#include "store/AdvisorScope.h"
#include "store/AdvisorStore.h"
#include "store/CalendarStore.h"
#include "store/CustomerStore.h"
#include "store/Database.h"
#include "service/AbsencePlanning.h"
#include "service/InquiryMoves.h"
#include "store/ChangeFeedStore.h"
#include "store/InquiryMessages.h"
#include "store/InquiryOwnership.h"
#include "store/InquiryStore.h"
#include "store/Stores.h"
#include "store/TopicStore.h"

#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

using namespace confidant;
using namespace confidant::server;

// Routing, ownership and need to know against the real PostgreSQL: where a new inquiry lands, who may move it,
// that of many advisors claiming at once exactly one wins, and what each advisor's feed shows.
class tst_InquiryMoves : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void routesToTheTopicsTeamOrTheFixedAdvisor();
    void claimReleaseTransferAssignClose();
    void onlyTheResponsibleMayMoveIt();
    void writingAgainReopensAClosedInquiry();
    void manyClaimersOneWinner();
    void anotherTeamsInquiryIsOutOfScope();
    void theFeedSaysWhenAnInquiryLeavesTheScope();
    void aFixedAdvisorSeesTheirCustomersWholeHistory();
    void aNewFixedAdvisorTakesTheCustomersInquiriesAlong();
    void aNewResponseTargetReachesTheOpenInquiries();
    void absentFixedAdvisorsInquiriesWaitInTheirTeamQueue();
    void heldInquiriesReturnWhenTheAbsenceEnds();
    void endingAnAbsenceReturnsAtOnce();
    void whoMaySetAnAbsence();

private:
    qint64 customerOf(const AdvisorProfile &fixedAdvisor);
    AdvisorProfile advisor(const QString &login, qint64 teamId, bool lead = false);
    Inquiry write(const QString &subject, qint64 customerId = 0);
    ChangeBatch feedOf(const AdvisorProfile &advisor, qint64 since = 0);
    QStringList eventKinds(qint64 inquiryId);

    std::unique_ptr<testing::TestPostgres> m_pg;
    std::unique_ptr<Database> m_db;
    testing::ManualClock m_clock;
    std::unique_ptr<Stores> m_stores;
    std::unique_ptr<InquiryMoves> m_moves;
    qint64 m_private = 0;  // team
    qint64 m_business = 0; // team
    qint64 m_customer = 0;
    Topic m_mortgage;      // routed to m_private
    AdvisorProfile m_maria, m_jonas, m_lead, m_bernd; // maria, jonas, lead: private clients; bernd: business
};

void tst_InquiryMoves::init()
{
    m_pg = std::make_unique<testing::TestPostgres>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->errorString()));
    m_db = m_pg->open(QStringLiteral("ownership"));
    QVERIFY(m_db);
    m_stores = std::make_unique<Stores>(*m_db);
    m_moves = std::make_unique<InquiryMoves>(m_stores->ownership, m_stores->advisors, m_clock);
    AdvisorStore advisors(*m_db);
    m_private = advisors.createTeam(QStringLiteral("Private clients"))->id;
    m_business = advisors.createTeam(QStringLiteral("Business clients"))->id;
    TopicStore topics(*m_db);
    m_mortgage = topics.create(QStringLiteral("mortgage"), QStringLiteral("Mortgages")).value();
    QVERIFY(topics.setTeam(m_mortgage.id, m_private));
    m_maria = advisor(QStringLiteral("m.mueller"), m_private);
    m_jonas = advisor(QStringLiteral("j.weber"), m_private);
    m_lead = advisor(QStringLiteral("s.wagner"), m_private, true);
    m_bernd = advisor(QStringLiteral("b.klein"), m_business);
    m_customer = CustomerStore(*m_db).create(QStringLiteral("anna@example.de"), QStringLiteral("Anna Schmidt"), "hash", m_clock.now()).value();
}

void tst_InquiryMoves::cleanup()
{
    m_moves.reset();
    m_stores.reset();
    m_db.reset();
    m_pg.reset();
}

AdvisorProfile tst_InquiryMoves::advisor(const QString &login, qint64 teamId, bool lead)
{
    return AdvisorStore(*m_db).createAdvisor(login, login, teamId, lead).value();
}

Inquiry tst_InquiryMoves::write(const QString &subject, qint64 customerId)
{
    return InquiryStore(*m_db).createInquiry(customerId ? customerId : m_customer, m_mortgage.id, subject, QStringLiteral("Text of ") + subject,
                                             m_clock.now()).value();
}

// Every change up to what has committed: waits for the horizon (other tests' transactions share the cluster).
ChangeBatch tst_InquiryMoves::feedOf(const AdvisorProfile &advisor, qint64 since)
{
    ChangeFeedStore store(*m_db);
    QSqlQuery newest(m_db->connection());
    if (!newest.exec(QStringLiteral("SELECT max(seq) FROM inquiries")) || !newest.next())
        return {};
    const qint64 last = newest.value(0).toLongLong();
    QDeadlineTimer deadline(10000);
    while (store.latestSequence() < last && !deadline.hasExpired())
        QThread::msleep(10);
    return store.changesSince(AdvisorScope(advisor), since, 2000).value();
}

QStringList tst_InquiryMoves::eventKinds(qint64 inquiryId)
{
    QStringList kinds;
    const auto events = InquiryStore(*m_db).events(inquiryId);
    for (const InquiryEvent &event : events.value())
        kinds << event.kind;
    return kinds;
}

void tst_InquiryMoves::routesToTheTopicsTeamOrTheFixedAdvisor()
{
    const Inquiry routed = write(QStringLiteral("To the team"));
    QCOMPARE(routed.teamId, std::optional<qint64>(m_private));
    QVERIFY(!routed.assignedAdvisorId);
    const qint64 ben = CustomerStore(*m_db).create(QStringLiteral("ben@example.de"), QStringLiteral("Ben Braun"), "hash", m_clock.now()).value();
    QVERIFY(CustomerStore(*m_db).setFixedAdvisor(ben, m_maria.id, m_clock.now()));
    const Inquiry fixed = write(QStringLiteral("To Maria"), ben);
    QCOMPARE(fixed.assignedAdvisorId, std::optional<qint64>(m_maria.id));
    QCOMPARE(eventKinds(fixed.id), QStringList{QStringLiteral("routed")});
    const auto events = InquiryStore(*m_db).events(fixed.id).value();
    QCOMPARE(events.first().toAdvisorName, m_maria.displayName);
    QCOMPARE(events.first().toTeamName, QStringLiteral("Private clients"));
    // The team queue holds the first, not Maria's.
    const auto queue = InquiryStore(*m_db).teamQueue(m_private, 10).value();
    QCOMPARE(queue.size(), 1);
    QCOMPARE(queue.first().id, routed.id);
}

void tst_InquiryMoves::claimReleaseTransferAssignClose()
{
    InquiryMoves &ownership = *m_moves;
    const Inquiry inquiry = write(QStringLiteral("Moves"));
    QCOMPARE(ownership.claim(m_maria, inquiry.id)->assignedAdvisorId, std::optional<qint64>(m_maria.id));
    QVERIFY(ownership.claim(m_maria, inquiry.id)); // a second click changes nothing
    QVERIFY(!ownership.release(m_maria, inquiry.id)->assignedAdvisorId);
    const auto toTeam = ownership.transfer(m_jonas, inquiry.id, std::nullopt, m_business, QStringLiteral("A business account"));
    QVERIFY(toTeam);
    QCOMPARE(toTeam->teamId, std::optional<qint64>(m_business));
    QVERIFY(!toTeam->assignedAdvisorId);
    const auto back = ownership.transfer(m_bernd, inquiry.id, m_jonas.id, std::nullopt, QStringLiteral("Private after all"));
    QVERIFY(back);
    QCOMPARE(back->teamId, std::optional<qint64>(m_private));
    QCOMPARE(back->assignedAdvisorId, std::optional<qint64>(m_jonas.id));
    QCOMPARE(ownership.assign(m_lead, inquiry.id, m_maria.id)->assignedAdvisorId, std::optional<qint64>(m_maria.id));
    const auto closed = ownership.close(m_maria, inquiry.id);
    QVERIFY(closed);
    QCOMPARE(closed->state, InquiryState::Closed);
    QVERIFY(closed->closedAt);
    QCOMPARE(ownership.close(m_maria, inquiry.id).error().kind, ServiceError::Conflict);
    QCOMPARE(eventKinds(inquiry.id), (QStringList{QStringLiteral("routed"), QStringLiteral("claimed"), QStringLiteral("released"),
                                                  QStringLiteral("transferred"), QStringLiteral("transferred"),
                                                  QStringLiteral("assigned"), QStringLiteral("closed")}));
    const auto events = InquiryStore(*m_db).events(inquiry.id).value();
    QCOMPARE(events.at(3).note, QStringLiteral("A business account"));
    QCOMPARE(events.at(3).fromTeamName, QStringLiteral("Private clients"));
    QCOMPARE(events.at(3).toTeamName, QStringLiteral("Business clients"));
    QCOMPARE(events.at(4).actorName, m_bernd.displayName);
    QCOMPARE(events.at(4).toAdvisorName, m_jonas.displayName);
    // Every move took a change number: the inquiry's number grew with each.
    QVERIFY(closed->seq > back->seq && back->seq > toTeam->seq && toTeam->seq > inquiry.seq);
}

void tst_InquiryMoves::onlyTheResponsibleMayMoveIt()
{
    InquiryMoves &ownership = *m_moves;
    const Inquiry inquiry = write(QStringLiteral("Maria's"));
    QVERIFY(ownership.claim(m_maria, inquiry.id));
    // Jonas (same team, not lead) no longer sees it: it is Maria's now. He is told a colleague was quicker, which he
    // knew (it was in his team's queue); Bernd of another team is told nothing, not even that it exists.
    const auto lost = ownership.claim(m_jonas, inquiry.id);
    QCOMPARE(lost.error().kind, ServiceError::Conflict);
    QCOMPARE(lost.error().message, QStringLiteral("A colleague has taken this inquiry already."));
    QCOMPARE(ownership.release(m_jonas, inquiry.id).error().kind, ServiceError::Conflict);
    QCOMPARE(ownership.claim(m_bernd, inquiry.id).error().kind, ServiceError::NotFound);
    QCOMPARE(ownership.claim(m_jonas, 999999).error().kind, ServiceError::NotFound);
    // The lead sees the whole team: may release, may not claim what is taken.
    QCOMPARE(ownership.claim(m_lead, inquiry.id).error().kind, ServiceError::Conflict);
    QVERIFY(ownership.release(m_lead, inquiry.id));
    // Only a lead assigns, and only within the team.
    QCOMPARE(ownership.assign(m_maria, inquiry.id, m_jonas.id).error().kind, ServiceError::Forbidden);
    QCOMPARE(ownership.assign(m_lead, inquiry.id, m_bernd.id).error().kind, ServiceError::Invalid);
    // A transfer says why, and goes to someone or some team that exists.
    QCOMPARE(ownership.transfer(m_maria, inquiry.id, std::nullopt, m_business, QStringLiteral("  ")).error().kind,
             ServiceError::Invalid);
    QCOMPARE(ownership.transfer(m_maria, inquiry.id, std::nullopt, 999999, QStringLiteral("why")).error().kind,
             ServiceError::Invalid);
    QCOMPARE(ownership.transfer(m_maria, inquiry.id, m_jonas.id, m_business, QStringLiteral("why")).error().kind,
             ServiceError::Invalid);
    // Refusals changed nothing.
    QCOMPARE(eventKinds(inquiry.id), (QStringList{QStringLiteral("routed"), QStringLiteral("claimed"), QStringLiteral("released")}));
}

void tst_InquiryMoves::writingAgainReopensAClosedInquiry()
{
    InquiryMoves &ownership = *m_moves;
    InquiryStore store(*m_db);
    const Inquiry inquiry = write(QStringLiteral("Settled?"));
    QVERIFY(InquiryMessages(*m_db).addAdvisorReply(m_maria, inquiry.id, QStringLiteral("Done."), m_clock.now())); // a reply claims it
    QVERIFY(ownership.close(m_maria, inquiry.id));
    QVERIFY(InquiryMessages(*m_db).addCustomerMessage(m_customer, inquiry.id, QStringLiteral("One more question"), m_clock.now()));
    const auto reopened = store.find(inquiry.id);
    QCOMPARE(reopened->state, InquiryState::AwaitingAdvisor);
    QVERIFY(!reopened->closedAt);
    QCOMPARE(reopened->assignedAdvisorId, std::optional<qint64>(m_maria.id)); // still hers
    QCOMPARE(eventKinds(inquiry.id), (QStringList{QStringLiteral("routed"), QStringLiteral("claimed"), QStringLiteral("closed"),
                                                  QStringLiteral("reopened")}));
}

// Sixteen advisors of one team, each on a connection and thread of their own, claim the same inquiries at once:
// each inquiry has exactly one owner and one "claimed" event, and every loser was told it is taken.
void tst_InquiryMoves::manyClaimersOneWinner()
{
    QList<AdvisorProfile> claimers;
    for (int i = 0; i < 16; ++i)
        claimers << advisor(QStringLiteral("claimer%1").arg(i), m_private);
    QList<qint64> inquiries;
    for (int i = 0; i < 20; ++i)
        inquiries << write(QStringLiteral("Contested %1").arg(i)).id;
    const auto config = m_pg->config();
    const auto keyRing = m_pg->keyRing();
    QThreadPool pool;
    pool.setMaxThreadCount(16);
    const auto claimAll = [this, config, keyRing, inquiries](const AdvisorProfile &claimer) {
        Database db(QStringLiteral("claimer-%1").arg(claimer.id));
        db.setKeyRing(keyRing);
        QString error;
        QList<int> outcomes; // 1 won, 0 told a colleague has taken it, -1 anything else
        if (!db.open(config, &error))
            return QList<int>{-1};
        InquiryOwnership store(db);
        AdvisorStore advisors(db);
        InquiryMoves ownership(store, advisors, m_clock);
        for (qint64 id : inquiries) {
            const auto claimed = ownership.claim(claimer, id);
            outcomes << (claimed ? (claimed->assignedAdvisorId == claimer.id ? 1 : -1)
                                 : (claimed.error().kind == ServiceError::Conflict
                                    && claimed.error().message == QLatin1String("A colleague has taken this inquiry already.") ? 0 : -1));
        }
        return outcomes;
    };
    const QList<QList<int>> results = QtConcurrent::blockingMapped(&pool, claimers, claimAll);
    int wins = 0;
    for (const QList<int> &outcomes : results) {
        QVERIFY(!outcomes.contains(-1));
        wins += int(outcomes.count(1));
    }
    QCOMPARE(wins, inquiries.size());
    QSqlQuery check(m_db->connection());
    QVERIFY(check.exec(QStringLiteral("SELECT count(*) FILTER (WHERE assigned_advisor_id IS NULL), "
                                      "(SELECT count(*) FROM inquiry_events WHERE kind = 'claimed') FROM inquiries")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toInt(), 0);
    QCOMPARE(check.value(1).toInt(), inquiries.size());
}

void tst_InquiryMoves::anotherTeamsInquiryIsOutOfScope()
{
    const Inquiry inquiry = write(QStringLiteral("Private matter"));
    InquiryStore store(*m_db);
    QVERIFY(!store.findForAdvisor(AdvisorScope(m_bernd), inquiry.id).value());
    QVERIFY(store.findForAdvisor(AdvisorScope(m_maria), inquiry.id).value());
    QCOMPARE(InquiryMessages(*m_db).addAdvisorReply(m_bernd, inquiry.id, QStringLiteral("Not mine"), m_clock.now()).error().kind, ServiceError::NotFound);
    QCOMPARE(m_moves->claim(m_bernd, inquiry.id).error().kind, ServiceError::NotFound);
    const ChangeBatch bernds = feedOf(m_bernd);
    QVERIFY(bernds.inquiries.isEmpty());
    QVERIFY(bernds.removed.isEmpty()); // not even its id: it never concerned his team
    QCOMPARE(feedOf(m_maria).inquiries.size(), 1);
}

void tst_InquiryMoves::theFeedSaysWhenAnInquiryLeavesTheScope()
{
    InquiryMoves &ownership = *m_moves;
    const Inquiry inquiry = write(QStringLiteral("Moving on"));
    const qint64 jonasCursor = feedOf(m_jonas).cursor;
    QCOMPARE(feedOf(m_jonas).inquiries.size(), 1);
    // Maria claims it: for Jonas it leaves the team queue, the lead still sees it.
    QVERIFY(ownership.claim(m_maria, inquiry.id));
    const ChangeBatch jonas = feedOf(m_jonas, jonasCursor);
    QVERIFY(jonas.inquiries.isEmpty());
    QCOMPARE(jonas.removed, QList<qint64>{inquiry.id});
    QCOMPARE(feedOf(m_lead, jonasCursor).inquiries.size(), 1);
    // Sent to the business team: Maria and the lead are told, Bernd gets it whole.
    const qint64 cursor = feedOf(m_maria).cursor;
    QVERIFY(ownership.transfer(m_maria, inquiry.id, std::nullopt, m_business, QStringLiteral("Business")));
    QCOMPARE(feedOf(m_maria, cursor).removed, QList<qint64>{inquiry.id});
    QCOMPARE(feedOf(m_lead, cursor).removed, QList<qint64>{inquiry.id});
    const ChangeBatch bernd = feedOf(m_bernd, cursor);
    QCOMPARE(bernd.inquiries.size(), 1);
    QCOMPARE(bernd.inquiries.first().subject, QStringLiteral("Moving on"));
}


// Bernd (another team) is Ben's fixed advisor: he sees Ben's inquiries wherever they are, also closed and owned by
// someone else, and may not move another team's inquiry for that.
void tst_InquiryMoves::aFixedAdvisorSeesTheirCustomersWholeHistory()
{
    const qint64 ben = CustomerStore(*m_db).create(QStringLiteral("ben@example.de"), QStringLiteral("Ben Braun"), "hash", m_clock.now()).value();
    const Inquiry before = write(QStringLiteral("Before Bernd"), ben);
    QVERIFY(CustomerStore(*m_db).setFixedAdvisor(ben, m_bernd.id, m_clock.now()));
    InquiryMoves &ownership = *m_moves;
    QVERIFY(ownership.claim(m_maria, before.id));
    QVERIFY(ownership.close(m_maria, before.id));
    const Inquiry annas = write(QStringLiteral("Anna's, not Ben's"));
    const ChangeBatch bernds = feedOf(m_bernd);
    QCOMPARE(bernds.inquiries.size(), 1);
    QCOMPARE(bernds.inquiries.first().id, before.id);
    QCOMPARE(bernds.inquiries.first().customerFixedAdvisorId, std::optional<qint64>(m_bernd.id));
    QCOMPARE(bernds.inquiries.first().state, InquiryState::Closed);
    QVERIFY(InquiryStore(*m_db).findForAdvisor(AdvisorScope(m_bernd), before.id).value());
    QVERIFY(!InquiryStore(*m_db).findForAdvisor(AdvisorScope(m_bernd), annas.id).value());
    QCOMPARE(ownership.release(m_bernd, before.id).error().kind, ServiceError::Forbidden);
}

// Ben moves from Bernd to Jonas: Bernd's client is told his inquiries left its scope, each inquiry records it, and
// a customer or advisor that does not exist changes nothing.
void tst_InquiryMoves::aNewFixedAdvisorTakesTheCustomersInquiriesAlong()
{
    CustomerStore customers(*m_db);
    const qint64 ben = customers.create(QStringLiteral("ben@example.de"), QStringLiteral("Ben Braun"), "hash", m_clock.now()).value();
    QVERIFY(customers.setFixedAdvisor(ben, m_bernd.id, m_clock.now()));
    const Inquiry inquiry = write(QStringLiteral("Ben's"), ben);
    QVERIFY(m_moves->transfer(m_bernd, inquiry.id, std::nullopt, m_private, QStringLiteral("Private")));
    const qint64 cursor = feedOf(m_bernd).cursor;
    QCOMPARE(feedOf(m_bernd).inquiries.size(), 1);
    QVERIFY(customers.setFixedAdvisor(ben, m_jonas.id, m_clock.now()));
    const ChangeBatch bernds = feedOf(m_bernd, cursor);
    QVERIFY(bernds.inquiries.isEmpty());
    QCOMPARE(bernds.removed, QList<qint64>{inquiry.id});
    const ChangeBatch jonas = feedOf(m_jonas, cursor);
    QCOMPARE(jonas.inquiries.size(), 1);
    QCOMPARE(jonas.inquiries.first().customerFixedAdvisorId, std::optional<qint64>(m_jonas.id));
    QCOMPARE(eventKinds(inquiry.id).last(), QStringLiteral("fixed_advisor"));
    const InquiryEvent event = InquiryStore(*m_db).events(inquiry.id).value().last();
    QCOMPARE(event.fromAdvisorName, m_bernd.displayName);
    QCOMPARE(event.toAdvisorName, m_jonas.displayName);
    QCOMPARE(customers.setFixedAdvisor(ben, 999999, m_clock.now()).error().kind, ServiceError::NotFound);
    QCOMPARE(customers.setFixedAdvisor(999999, m_jonas.id, m_clock.now()).error().kind, ServiceError::NotFound);
    QCOMPARE(eventKinds(inquiry.id).size(), 3); // routed, transferred, fixed_advisor: the refusals wrote nothing
}

// Clients count the due time from the target each inquiry carries: a new target reaches the open ones through the
// feed, and not the closed ones (their target no longer matters). So does a new calendar.
void tst_InquiryMoves::aNewResponseTargetReachesTheOpenInquiries()
{
    const Inquiry open = write(QStringLiteral("Open"));
    const Inquiry closed = write(QStringLiteral("Closed"));
    QVERIFY(m_moves->close(m_lead, closed.id));
    QCOMPARE(open.responseTargetMinutes, Inquiry::defaultResponseTargetMinutes);
    const qint64 cursor = feedOf(m_lead).cursor;
    QVERIFY(TopicStore(*m_db).setResponseTarget(m_mortgage.id, 120));
    const ChangeBatch lead = feedOf(m_lead, cursor);
    QCOMPARE(lead.inquiries.size(), 1);
    QCOMPARE(lead.inquiries.first().id, open.id);
    QCOMPARE(lead.inquiries.first().responseTargetMinutes, 120);
    QCOMPARE(TopicStore(*m_db).setResponseTarget(m_mortgage.id, 0).error().kind, ServiceError::Invalid);

    CalendarStore calendars(*m_db);
    WorkingCalendar calendar = calendars.load().value();
    QCOMPARE(calendar.timeZone().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(calendar.hours(Qt::Monday), std::optional<WorkingCalendar::Hours>({QTime(8, 0), QTime(17, 0)}));
    QVERIFY(!calendar.hours(Qt::Saturday));
    calendar.setHolidays({QDate(2026, 12, 24), QDate(2026, 12, 25)});
    const qint64 beforeCalendar = feedOf(m_lead).cursor;
    QVERIFY(calendars.save(calendar, m_clock.now()));
    QCOMPARE(calendars.load().value(), calendar);
    QCOMPARE(feedOf(m_lead, beforeCalendar).inquiries.size(), 1);
}

qint64 tst_InquiryMoves::customerOf(const AdvisorProfile &fixedAdvisor)
{
    CustomerStore customers(*m_db);
    const qint64 id = customers.create(QStringLiteral("ben@example.de"), QStringLiteral("Ben Braun"), "hash", m_clock.now()).value();
    if (!customers.setFixedAdvisor(id, fixedAdvisor.id, m_clock.now()))
        QTest::qFail("the fixed advisor cannot be set", __FILE__, __LINE__);
    return id;
}

// While Maria is away her customer's new inquiries wait unowned in her team's queue (even for a topic routed to
// another team: her colleagues stand in for her), held for her, and the routing event says until when.
void tst_InquiryMoves::absentFixedAdvisorsInquiriesWaitInTheirTeamQueue()
{
    const qint64 ben = customerOf(m_maria);
    TopicStore topics(*m_db);
    const Topic business = topics.create(QStringLiteral("business"), QStringLiteral("Business accounts")).value();
    QVERIFY(topics.setTeam(business.id, m_business));
    const auto present = InquiryStore(*m_db).createInquiry(ben, business.id, QStringLiteral("While present"), QStringLiteral("Text"), m_clock.now());
    QCOMPARE(present->assignedAdvisorId, std::optional<qint64>(m_maria.id));
    QVERIFY(!present->heldForAdvisorId);
    QVERIFY(AbsenceStore(*m_db).set(m_maria.id, m_maria.id, m_clock.now(), m_clock.now().addDays(3), m_clock.now()));
    m_clock.advance(60);
    const auto held = InquiryStore(*m_db).createInquiry(ben, business.id, QStringLiteral("While away"), QStringLiteral("Text"), m_clock.now());
    QVERIFY(!held->assignedAdvisorId);
    QCOMPARE(held->teamId, std::optional<qint64>(m_private));
    QCOMPARE(held->heldForAdvisorId, std::optional<qint64>(m_maria.id));
    QCOMPARE(held->heldForAdvisorName, m_maria.displayName);
    const auto events = InquiryStore(*m_db).events(held->id).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, QStringLiteral("routed"));
    // Who and until when, as values: each client says it in its own language and time zone.
    QCOMPARE(events.first().fromAdvisorName, m_maria.displayName);
    QCOMPARE(events.first().absentUntil, std::optional<QDateTime>(QDateTime(QDate(2026, 1, 8), QTime(9, 0), Qt::UTC)));
    QVERIFY(events.first().note.isEmpty());
    const auto queue = InquiryStore(*m_db).teamQueue(m_private, 10).value();
    QCOMPARE(queue.size(), 1);
    QCOMPARE(queue.first().heldForAdvisorId, std::optional<qint64>(m_maria.id));
    QVERIFY(InquiryStore(*m_db).findForAdvisor(AdvisorScope(m_jonas), held->id).value()); // her colleagues see it
}

// After the absence, what nobody took meanwhile goes back to Maria; what a colleague took or closed stays.
void tst_InquiryMoves::heldInquiriesReturnWhenTheAbsenceEnds()
{
    const qint64 ben = customerOf(m_maria);
    AbsenceStore absences(*m_db);
    QVERIFY(absences.set(m_maria.id, m_maria.id, m_clock.now(), m_clock.now().addDays(3), m_clock.now()));
    const Inquiry waiting = write(QStringLiteral("Waits for Maria"), ben);
    const Inquiry taken = write(QStringLiteral("Jonas takes it"), ben);
    const Inquiry closed = write(QStringLiteral("Settled meanwhile"), ben);
    const Inquiry other = write(QStringLiteral("Not Maria's"));
    InquiryMoves &ownership = *m_moves;
    QVERIFY(ownership.claim(m_jonas, taken.id));
    QVERIFY(!InquiryStore(*m_db).find(taken.id)->heldForAdvisorId);
    QVERIFY(ownership.close(m_lead, closed.id));
    m_clock.advance(24 * 3600);
    QCOMPARE(absences.returnHeldInquiries(m_clock.now()), 0); // still away
    const qint64 cursor = feedOf(m_jonas).cursor;
    m_clock.advance(2 * 24 * 3600);
    QCOMPARE(absences.returnHeldInquiries(m_clock.now()), 1);
    InquiryStore store(*m_db);
    const auto back = store.find(waiting.id);
    QCOMPARE(back->assignedAdvisorId, std::optional<qint64>(m_maria.id));
    QVERIFY(!back->heldForAdvisorId);
    QVERIFY(back->seq > waiting.seq);
    QCOMPARE(eventKinds(waiting.id), (QStringList{QStringLiteral("routed"), QStringLiteral("returned")}));
    QCOMPARE(store.events(waiting.id)->last().toAdvisorName, m_maria.displayName);
    QCOMPARE(store.find(taken.id)->assignedAdvisorId, std::optional<qint64>(m_jonas.id));
    QCOMPARE(store.find(closed.id)->state, InquiryState::Closed);
    QVERIFY(!store.find(other.id)->assignedAdvisorId);
    // Jonas's client drops it, Maria's gets it.
    QCOMPARE(feedOf(m_jonas, cursor).removed, QList<qint64>{waiting.id});
    QCOMPARE(feedOf(m_maria, cursor).inquiries.size(), 1);
    QCOMPARE(absences.returnHeldInquiries(m_clock.now()), 0); // once
}

void tst_InquiryMoves::endingAnAbsenceReturnsAtOnce()
{
    const qint64 ben = customerOf(m_maria);
    AbsenceStore absences(*m_db);
    QVERIFY(absences.set(m_lead.id, m_maria.id, m_clock.now(), m_clock.now().addDays(14), m_clock.now()));
    QVERIFY(absences.set(m_maria.id, m_maria.id, m_clock.now().addDays(30), m_clock.now().addDays(35), m_clock.now()));
    QCOMPARE(absences.ofTeam(m_private, m_clock.now())->size(), 2);
    QCOMPARE(absences.absentUntil(m_clock.now())->value(m_maria.id), m_clock.now().addDays(14));
    const Inquiry held = write(QStringLiteral("Held"), ben);
    QVERIFY(held.heldForAdvisorId);
    m_clock.advance(3600);
    QVERIFY(absences.end(m_maria.id, m_clock.now()));
    QVERIFY(absences.ofTeam(m_private, m_clock.now())->isEmpty()); // the planned one is cancelled too
    QVERIFY(!absences.absentUntil(m_clock.now())->contains(m_maria.id));
    QCOMPARE(absences.returnHeldInquiries(m_clock.now()), 1);
    QCOMPARE(write(QStringLiteral("After"), ben).assignedAdvisorId, std::optional<qint64>(m_maria.id));
}

void tst_InquiryMoves::whoMaySetAnAbsence()
{
    AbsenceStore absences(*m_db);
    AbsencePlanning planning(absences, m_clock);
    const QDateTime from = m_clock.now();
    const QDateTime to = from.addDays(2);
    QCOMPARE(planning.set(m_jonas, m_maria.id, from, to).error().kind, ServiceError::Forbidden);
    QCOMPARE(planning.set(m_bernd, m_maria.id, from, to).error().kind, ServiceError::NotFound);
    QCOMPARE(planning.set(m_maria, 999999, from, to).error().kind, ServiceError::NotFound);
    QCOMPARE(planning.end(m_jonas, m_maria.id).error().kind, ServiceError::Forbidden);
    QVERIFY(absences.set(std::nullopt, m_maria.id, from, to, from)); // the administrator
    // A new absence replaces the one it overlaps: never two at once.
    QVERIFY(planning.set(m_lead, m_maria.id, from.addDays(1), from.addDays(4)));
    const auto team = absences.ofTeam(m_private, from).value();
    QCOMPARE(team.size(), 1);
    QCOMPARE(team.first().from, from.addDays(1));
    QCOMPARE(team.first().advisorName, m_maria.displayName);
}

QTEST_GUILESS_MAIN(tst_InquiryMoves)
#include "tst_inquirymoves.moc"
