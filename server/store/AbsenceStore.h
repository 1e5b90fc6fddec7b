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
// them). An absence is set by the advisor, by a lead of their team, or by the administrator (no setter); a new
// one replaces those of the same advisor it overlaps, so one advisor's absences never overlap.
// Times are expected validated (validation::checkAbsence).
class AbsenceStore {
public:
    explicit AbsenceStore(Database &database);

    // NotFound when the advisor does not exist or is outside the setter's team (one answer); Forbidden when the
    // setter is neither the advisor nor a lead of their team.
    Result<Absence> set(const std::optional<AdvisorProfile> &setter, qint64 advisorId, const QDateTime &from, const QDateTime &to,
                        const QDateTime &now);
    // Ends the current absence now and cancels the planned ones; the same permissions.
    Result<Done> end(const std::optional<AdvisorProfile> &setter, qint64 advisorId, const QDateTime &now);

    // The team's current and future absences, the soonest first.
    Result<QList<Absence>> ofTeam(qint64 teamId, const QDateTime &now) const;
    // Until when each advisor who is absent right now is away.
    Result<QHash<qint64, QDateTime>> absentUntil(const QDateTime &now) const;

    // Gives each inquiry held for an advisor who is no longer absent back to them (an event 'returned' and a
    // change number, so the feed moves it), in short transactions, once across server instances. Returns how many.
    int returnHeldInquiries(const QDateTime &now);

private:
    Result<Done> changeAbsences(const std::optional<AdvisorProfile> &setter, qint64 advisorId, const std::function<bool()> &write);
    ServiceError lockAdvisor(const std::optional<AdvisorProfile> &setter, qint64 advisorId, bool *allowed);
    bool returnBatch(const QDateTime &now, int *returned);

    Database &m_database;
};

} // namespace confidant::server
