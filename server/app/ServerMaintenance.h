#pragma once

#include "store/DatabaseWorkers.h"
#include "time/Clock.h"

#include <QObject>
#include <QTimer>
#include <chrono>

namespace confidant::server {

class AbsencePlanning;
class CustomerAccounts;
class CustomerPortal;
class Database;
class Deletions;
class InquiryMessages;

// The server's periodic work, on the database workers: ended sessions and old reply keys go, inquiries held for an
// advisor who is back return to them, keys are rotated when due, and what is overdue for deletion is deleted. Each
// job reads the injected clock, and the ones that must run once across instances take their advisory lock
// (Database::runExclusively); the timers only say when to look.
class ServerMaintenance : public QObject {
    Q_OBJECT
public:
    struct Jobs {
        CustomerPortal &portal;
        InquiryMessages &messages;
        AbsencePlanning &absences;
        Deletions &deletions;
        Database &database;
        CustomerAccounts &accounts;
    };
    // `keyRotationHours` 0: no periodic rotation.
    ServerMaintenance(Jobs jobs, const Clock &clock, Executor workers, int keyRotationHours, QObject *parent = nullptr);
    void start();

    // One round of each job now, as the timers run them (for tests and for `server_bench`'s commands).
    void purgeSessionsAndReplyKeys();
    void returnHeldInquiries();
    void rotateKeysWhenDue();
    void sweepDeletions();

private:
    Jobs m_jobs;
    const Clock &m_clock;
    Executor m_workers;
    int m_keyRotationHours;
    QTimer m_sessionPurge;
    QTimer m_absenceSweep;
    QTimer m_keyRotation;
    QTimer m_deletionSweep;
};

} // namespace confidant::server
