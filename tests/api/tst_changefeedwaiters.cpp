#include "api/ChangeFeedWaiters.h"

#include <QSignalSpy>
#include <QTest>

using namespace confidant::server;

// The parked long-polls of the change feed without a database or sockets: a scripted look-up says what each
// waiter would find, the "workers" run the work at once, and the answers are collected as they are sent.
class tst_ChangeFeedWaiters : public QObject {
    Q_OBJECT
private slots:
    void init();
    void aWaiterIsAnsweredWhenAChangeIsAnnounced();
    void aWaiterWithNothingNewKeepsWaiting();
    void aWaiterThatHasSeenTheChangeIsNotAskedAgain();
    void theTimeOutSendsTheEmptyAnswer();
    void aForgottenWaiterIsNeverAnswered();
    void waitersAskingTheSameAreLookedUpOnce();
    void aChangeAnnouncedWhileReadingIsNotMissed();
    void aHeldBackChangeIsLookedForAgainSoon();
    void catchingUpAsksEveryWaiter();
    void everyAnnouncementEmptiesCaches();

private:
    struct Sent {
        QString who;
        int status = 0;
        QByteArray body;
    };
    quint64 park(const QString &who, qint64 since, std::chrono::milliseconds wait = std::chrono::seconds(30), quint64 wakes = 0,
                 bool heldBack = false);

    std::unique_ptr<ChangeFeedWaiters> m_waiters;
    // What the look-up finds for a reader who asks from `since`: the body of the answer, or nothing yet.
    QHash<qint64, QByteArray> m_news;
    bool m_heldBack = false;
    QList<ChangeFeedWaiters::Request> m_lookedUp;
    QList<Sent> m_sent;
};

void tst_ChangeFeedWaiters::init()
{
    m_news.clear();
    m_heldBack = false;
    m_lookedUp.clear();
    m_sent.clear();
    const auto atOnce = [](std::function<void()> work) { work(); };
    m_waiters = std::make_unique<ChangeFeedWaiters>(
        atOnce,
        [this](const ChangeFeedWaiters::Request &request) -> ChangeFeedWaiters::Look {
            m_lookedUp << request;
            if (!m_news.contains(request.since))
                return {std::nullopt, m_heldBack};
            return {HttpResponse{200, {}, m_news.value(request.since)}, false};
        },
        [](const ChangeFeedWaiters::Request &) { return HttpResponse{200, {}, "empty"}; });
}

quint64 tst_ChangeFeedWaiters::park(const QString &who, qint64 since, std::chrono::milliseconds wait, quint64 wakes, bool heldBack)
{
    return m_waiters->park({who, since, 50}, wait, [this, who](const HttpResponse &response) { m_sent.append({who, response.status, response.body}); },
                           wakes, heldBack);
}

void tst_ChangeFeedWaiters::aWaiterIsAnsweredWhenAChangeIsAnnounced()
{
    park(QStringLiteral("maria"), 10);
    QCOMPARE(m_waiters->waiting(), 1);
    m_news.insert(10, "page after 10");
    m_waiters->wake(11);
    QTRY_COMPARE(m_sent.size(), 1);
    QCOMPARE(m_sent.first().who, QStringLiteral("maria"));
    QCOMPARE(m_sent.first().body, QByteArray("page after 10"));
    QTRY_COMPARE(m_waiters->waiting(), 0);
}

void tst_ChangeFeedWaiters::aWaiterWithNothingNewKeepsWaiting()
{
    park(QStringLiteral("maria"), 10);
    m_waiters->wake(11); // a change outside Maria's scope: nothing new for her
    QTRY_COMPARE(m_lookedUp.size(), 1);
    QVERIFY(m_sent.isEmpty());
    QCOMPARE(m_waiters->waiting(), 1);
    m_news.insert(10, "hers");
    m_waiters->wake(12);
    QTRY_COMPARE(m_sent.size(), 1);
}

void tst_ChangeFeedWaiters::aWaiterThatHasSeenTheChangeIsNotAskedAgain()
{
    park(QStringLiteral("maria"), 20);
    m_waiters->wake(15); // older than what she has
    QCOMPARE(m_lookedUp.size(), 0);
    m_waiters->wake(21);
    QTRY_COMPARE(m_lookedUp.size(), 1);
}

void tst_ChangeFeedWaiters::theTimeOutSendsTheEmptyAnswer()
{
    park(QStringLiteral("maria"), 10, std::chrono::milliseconds(30));
    QTRY_COMPARE(m_sent.size(), 1);
    QCOMPARE(m_sent.first().body, QByteArray("empty"));
    QCOMPARE(m_waiters->waiting(), 0);
}

void tst_ChangeFeedWaiters::aForgottenWaiterIsNeverAnswered()
{
    const quint64 id = park(QStringLiteral("maria"), 10, std::chrono::milliseconds(30));
    park(QStringLiteral("jonas"), 10, std::chrono::milliseconds(60));
    m_waiters->forget(id); // her connection closed
    QCOMPARE(m_waiters->waiting(), 1);
    QTRY_COMPARE(m_sent.size(), 1); // Jonas's time-out: by then hers would long have come
    QCOMPARE(m_sent.first().who, QStringLiteral("jonas"));
    m_news.insert(10, "page");
    m_waiters->wake(11);
    QCOMPARE(m_sent.size(), 1);
}

// Two windows of one advisor (one certificate), asking from the same cursor, cost one read.
void tst_ChangeFeedWaiters::waitersAskingTheSameAreLookedUpOnce()
{
    park(QStringLiteral("maria"), 10);
    park(QStringLiteral("maria"), 10);
    park(QStringLiteral("jonas"), 10);
    m_news.insert(10, "page");
    m_waiters->wake(11);
    QTRY_COMPARE(m_sent.size(), 3);
    QCOMPARE(m_lookedUp.size(), 2);
}

// The request read nothing new, and a change was announced before it parked: it must look again at once rather
// than wait for the next announcement.
void tst_ChangeFeedWaiters::aChangeAnnouncedWhileReadingIsNotMissed()
{
    const quint64 before = m_waiters->wakes();
    m_waiters->wake(11); // nobody parked yet
    m_news.insert(10, "page");
    park(QStringLiteral("maria"), 10, std::chrono::seconds(30), before);
    QTRY_COMPARE(m_sent.size(), 1);
    QCOMPARE(m_sent.first().body, QByteArray("page"));
}

// A commit above the horizon (an older transaction still runs) is not in the feed yet: the waiter looks again
// within moments, without another announcement.
void tst_ChangeFeedWaiters::aHeldBackChangeIsLookedForAgainSoon()
{
    m_heldBack = true;
    park(QStringLiteral("maria"), 10, std::chrono::seconds(30), m_waiters->wakes(), true);
    QTRY_VERIFY(m_lookedUp.size() >= 1);
    m_heldBack = false;
    m_news.insert(10, "now settled");
    QTRY_COMPARE(m_sent.size(), 1);
    QCOMPARE(m_sent.first().body, QByteArray("now settled"));
}

void tst_ChangeFeedWaiters::catchingUpAsksEveryWaiter()
{
    park(QStringLiteral("maria"), 10);
    park(QStringLiteral("jonas"), 500);
    m_news.insert(500, "missed while the notifier was away");
    m_waiters->catchUp();
    QTRY_COMPARE(m_sent.size(), 1);
    QCOMPARE(m_sent.first().who, QStringLiteral("jonas"));
    QCOMPARE(m_waiters->waiting(), 1);
}

void tst_ChangeFeedWaiters::everyAnnouncementEmptiesCaches()
{
    QSignalSpy woken(m_waiters.get(), &ChangeFeedWaiters::woken);
    m_waiters->wake(1);
    m_waiters->catchUp();
    QCOMPARE(woken.size(), 2);
}

QTEST_GUILESS_MAIN(tst_ChangeFeedWaiters)
#include "tst_changefeedwaiters.moc"
