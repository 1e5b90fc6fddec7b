#pragma once

#include "domain/Absence.h"
#include "domain/AdvisorProfile.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <functional>
#include <optional>

namespace confidant::server {

class Database;

// Advisors' absences, and the return of the inquiries held for them meanwhile (InquiryStore::createInquiry holds
// them). A new absence replaces those of the same advisor it overlaps, so one advisor's absences never overlap.
// Who may set whose absence is the caller's rule (server/service/AbsencePlanning), asked under the advisor's row
// lock; the administrator sets them without one. Times are expected validated (validation::checkAbsence).
class AbsenceStore {
public:
    explicit AbsenceStore(Database &database);
    static ServiceError advisorNotFound();

    // Whether the change may go ahead, given the team the advisor is in: none, or the refusal. Empty: anyone may.
    using Permit = std::function<std::optional<ServiceError>(qint64 advisorTeamId)>;
    // NotFound when the advisor does not exist, else what `permit` says. `setterId`: who set it (none: the admin).
    Result<Absence> set(std::optional<qint64> setterId, qint64 advisorId, const QDateTime &from, const QDateTime &to, const QDateTime &now,
                        const Permit &permit = {});
    // Ends the current absence now and cancels the planned ones; the same permission.
    Result<Done> end(qint64 advisorId, const QDateTime &now, const Permit &permit = {});

    // The team's current and future absences, the soonest first.
    Result<QList<Absence>> ofTeam(qint64 teamId, const QDateTime &now) const;
    // Until when each advisor who is absent right now is away.
    Result<QHash<qint64, QDateTime>> absentUntil(const QDateTime &now) const;

    // Gives each inquiry held for an advisor who is no longer absent back to them (an event 'returned' and a
    // change number, so the feed moves it), in short transactions, once across server instances. Returns how many.
    int returnHeldInquiries(const QDateTime &now);

private:
    Result<Done> changeAbsences(qint64 advisorId, const Permit &permit, const std::function<bool()> &write);
    ServiceError lockAdvisor(qint64 advisorId, const Permit &permit, bool *allowed);
    bool returnBatch(const QDateTime &now, int *returned);

    Database &m_database;
};

} // namespace confidant::server
