#include "mail/MailDispatcher.h"

#include "mail/MailLog.h"
#include "store/Database.h"

#include <algorithm>

namespace confidant::server {

MailDispatcher::MailDispatcher(Database &database, SmtpSettings smtp, MailComposer &composer, const Clock &clock, Timing timing)
    : m_database(database), m_outbox(database), m_smtp(std::move(smtp)), m_composer(composer), m_clock(clock), m_timing(timing)
{
    m_thread.setObjectName(QStringLiteral("confidant-mail"));
}

MailDispatcher::~MailDispatcher()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
}

void MailDispatcher::start()
{
    m_timer = new QTimer;
    m_timer->setInterval(m_timing.interval);
    m_timer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, m_timer, [this] { deliverDue(); });
    // The thread's database connection and the timer end with the thread.
    connect(&m_thread, &QThread::finished, m_timer, [this] {
        m_database.releaseThreadConnection();
        const QMutexLocker locked(&m_timerLock);
        delete m_timer;
        m_timer = nullptr;
    }, Qt::DirectConnection);
    m_thread.start();
}

void MailDispatcher::wake()
{
    const QMutexLocker locked(&m_timerLock);
    if (!m_timer || m_wakePending.exchange(true))
        return;
    QMetaObject::invokeMethod(m_timer, [this] {
        m_wakePending = false;
        deliverDue();
    }, Qt::QueuedConnection);
}

int MailDispatcher::deliverDue()
{
    const QDateTime now = m_clock.now();
    if (const auto dropped = m_outbox.dropInterrupted(now, m_timing.staleClaim); dropped && dropped.value() > 0)
        qCWarning(lcMail) << dropped.value() << "mail(s) whose end had gone out when their sender stopped were dropped: they may have arrived, and are never sent twice";
    if (const auto digests = m_outbox.queueDigests(now); digests && digests.value() > 0)
        qCInfo(lcMail) << digests.value() << "daily digest(s) queued";
    int sent = 0;
    for (;;) {
        const auto claimed = m_outbox.claimNext(m_clock.now(), m_timing.staleClaim);
        if (!claimed || !claimed.value())
            return sent;
        const OutboxMail &mail = *claimed.value();
        if (deliver(mail) == Next::StopRound)
            return sent;
        ++sent;
    }
}

MailDispatcher::Next MailDispatcher::deliver(const OutboxMail &mail)
{
    const QByteArray message = m_composer.compose(mail);
    const SmtpOutcome outcome = m_smtp.send(mail.recipient, message, [this, &mail] { return bool(m_outbox.markCommitting(mail.id)); });
    return settle(mail, outcome);
}

MailDispatcher::Next MailDispatcher::settle(const OutboxMail &mail, const SmtpOutcome &outcome)
{
    switch (outcome.kind) {
    case SmtpOutcome::Sent:
        qCInfo(lcMail) << "mail" << mail.id << "(" << mail.kind << ") handed to the relay";
        m_outbox.remove(mail.id);
        return Next::Continue;
    case SmtpOutcome::Rejected:
        qCWarning(lcMail) << "the relay refused mail" << mail.id << "for good, it is dropped:" << outcome.detail;
        m_outbox.remove(mail.id);
        return Next::Continue;
    case SmtpOutcome::Uncertain:
        qCWarning(lcMail) << "mail" << mail.id << "may or may not have reached the relay (" << outcome.detail << "); it is not sent again";
        m_outbox.remove(mail.id);
        return Next::Continue;
    case SmtpOutcome::RetryLater:
        break;
    }
    const QDateTime next = retryTime(mail.attempts);
    qCWarning(lcMail) << "mail" << mail.id << "waits until" << next.toString(Qt::ISODate) << ":" << outcome.detail;
    m_outbox.retryAt(mail.id, next);
    return Next::StopRound;
}

QDateTime MailDispatcher::retryTime(int attempts) const
{
    const qint64 pause = std::min<qint64>(m_timing.longestRetry.count(), m_timing.firstRetry.count() << std::min(attempts, 20));
    return m_clock.now().addSecs(pause);
}

} // namespace confidant::server
