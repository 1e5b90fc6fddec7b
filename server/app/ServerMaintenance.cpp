#include "app/ServerMaintenance.h"

#include "service/AbsencePlanning.h"
#include "service/CustomerAccounts.h"
#include "service/Deletions.h"
#include "service/KeyRotation.h"
#include "service/ServiceLog.h"
#include "store/InquiryMessages.h"
#include "web/CustomerPortal.h"

namespace confidant::server {

ServerMaintenance::ServerMaintenance(Jobs jobs, const Clock &clock, Executor workers, int keyRotationHours, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_clock(clock), m_workers(std::move(workers)), m_keyRotationHours(keyRotationHours)
{
    connect(&m_sessionPurge, &QTimer::timeout, this, &ServerMaintenance::purgeSessionsAndReplyKeys);
    connect(&m_absenceSweep, &QTimer::timeout, this, &ServerMaintenance::returnHeldInquiries);
    connect(&m_keyRotation, &QTimer::timeout, this, &ServerMaintenance::rotateKeysWhenDue);
    connect(&m_deletionSweep, &QTimer::timeout, this, &ServerMaintenance::sweepDeletions);
}

void ServerMaintenance::start()
{
    // Ended sessions are useless but still name a customer: delete them rather than let them pile up.
    m_sessionPurge.start(std::chrono::minutes(15));
    // Absences end at any minute; inquiries held for the advisor go back to them within one.
    m_absenceSweep.start(std::chrono::minutes(1));
    // Rotation is what makes a deleted inquiry unreadable in older backups; the clock decides when it is due.
    if (m_keyRotationHours > 0)
        m_keyRotation.start(std::chrono::minutes(10));
    // Deadlines are days long; five minutes late is within any grace period.
    m_deletionSweep.start(std::chrono::minutes(5));
}

// Reply keys are kept a day: long enough for any client to send a reply again whose answer it lost. Registrations
// never confirmed go when their link expires: the address is free again, and nothing of them stays.
void ServerMaintenance::purgeSessionsAndReplyKeys()
{
    m_workers([this] {
        m_jobs.portal.purgeEndedSessions();
        m_jobs.accounts.removeUnconfirmed();
        m_jobs.messages.forgetReplyKeysBefore(m_clock.now().addDays(-1));
    });
}

void ServerMaintenance::returnHeldInquiries()
{
    m_workers([this] { m_jobs.absences.returnHeldInquiries(); });
}

// After a deletion within the hour, so deleted texts leave older dumps soon; otherwise at the configured age.
void ServerMaintenance::rotateKeysWhenDue()
{
    m_workers([this] {
        KeyRotation rotation(m_jobs.database);
        if (!rotation.isDue(m_clock.now(), std::chrono::hours(m_keyRotationHours), std::chrono::minutes(60)))
            return;
        QString error;
        if (!rotation.rotate(m_clock.now(), &error))
            qCWarning(lcService) << "the periodic key rotation did not finish:" << error;
    });
}

void ServerMaintenance::sweepDeletions()
{
    m_workers([this] { m_jobs.deletions.sweep(); });
}

} // namespace confidant::server
