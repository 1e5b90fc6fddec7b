#pragma once

#include "mail/MailComposer.h"
#include "mail/SmtpClient.h"
#include "store/MailOutboxStore.h"
#include "time/Clock.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <chrono>

namespace confidant::server {

class Database;

// Sends the outbox on a thread of its own, so no request ever waits for a relay. Each round claims one due mail
// at a time, notes "committing" just before the message's end (MailOutboxStore), and removes it when the relay has
// it. A relay that is away ends the round; the mail waits with a growing pause (one minute, doubling, at most an
// hour) and is never given up, so an outage delays notices and loses none.
class MailDispatcher : public QObject {
    Q_OBJECT
public:
    struct Timing {
        std::chrono::milliseconds interval{std::chrono::seconds(5)};   // between rounds
        std::chrono::seconds staleClaim{std::chrono::minutes(10)};     // a claim older than this was abandoned
        std::chrono::seconds firstRetry{std::chrono::minutes(1)};
        std::chrono::seconds longestRetry{std::chrono::hours(1)};
    };
    MailDispatcher(Database &database, SmtpSettings smtp, MailComposer &composer, const Clock &clock, Timing timing);
    MailDispatcher(Database &database, SmtpSettings smtp, MailComposer &composer, const Clock &clock)
        : MailDispatcher(database, std::move(smtp), composer, clock, Timing{})
    {
    }
    ~MailDispatcher() override;

    // Starts the thread and its rounds.
    void start();
    // One round now, on the calling thread: how many mails the relay took.
    int deliverDue();
    // A mail someone is waiting for (a link) was queued: a round on the mail thread now, not at the next tick.
    // From any thread; wakes that come while one is pending are one round.
    void wake();

private:
    enum class Next { Continue, StopRound };
    Next deliver(const OutboxMail &mail);
    Next settle(const OutboxMail &mail, const SmtpOutcome &outcome);
    QDateTime retryTime(int attempts) const;

    Database &m_database;
    MailOutboxStore m_outbox;
    SmtpClient m_smtp;
    MailComposer &m_composer;
    const Clock &m_clock;
    Timing m_timing;
    QThread m_thread;
    QMutex m_timerLock;        // wake() posts to the timer while the thread may be ending
    QTimer *m_timer = nullptr; // lives in m_thread
    std::atomic_bool m_wakePending{false};
};

} // namespace confidant::server
