#pragma once

#include "domain/Absence.h"
#include "domain/AdvisorProfile.h"
#include "store/StoreError.h"
#include "time/Clock.h"

#include <QHash>

namespace confidant::server {

class AbsenceStore;

// Absences as advisors plan them: their own, and a team lead's for anyone of the team. The rule is here, asked
// under the advisor's row lock (AbsenceStore): an advisor of another team does not exist for the setter (404, as
// another team's inquiry does not), and only the advisor or their lead may change theirs (403). Once an absence
// changed, the inquiries held for an advisor who is back go to them at once.
class AbsencePlanning {
public:
    AbsencePlanning(AbsenceStore &absences, const Clock &clock);

    // The setter's team's current and planned absences, the soonest first.
    Result<QList<Absence>> ofTeam(const AdvisorProfile &reader) const;
    Result<QList<Absence>> set(const AdvisorProfile &setter, qint64 advisorId, const QDateTime &from, const QDateTime &to);
    // Ends the current absence now and cancels the planned ones.
    Result<QList<Absence>> end(const AdvisorProfile &setter, qint64 advisorId);
    // Until when each advisor who is absent right now is away.
    Result<QHash<qint64, QDateTime>> absentNow() const;
    // Gives inquiries held for advisors who are back to them; the server calls it every minute.
    int returnHeldInquiries();

private:
    Result<QList<Absence>> afterChange(const AdvisorProfile &setter, const ServiceError *failure);

    AbsenceStore &m_absences;
    const Clock &m_clock;
};

} // namespace confidant::server
