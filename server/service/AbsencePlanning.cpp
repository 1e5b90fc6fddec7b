#include "service/AbsencePlanning.h"

#include "store/AbsenceStore.h"
#include "validation/Validation.h"

namespace confidant::server {
namespace {

AbsenceStore::Permit permitFor(const AdvisorProfile &setter, qint64 advisorId)
{
    return [setter, advisorId](qint64 advisorTeamId) -> std::optional<ServiceError> {
        if (advisorTeamId != setter.teamId)
            return AbsenceStore::advisorNotFound();
        if (setter.id != advisorId && !setter.teamLead)
            return ServiceError{ServiceError::Forbidden,
                                QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "Only the advisor themselves or their team lead can set their absence."))};
        return std::nullopt;
    };
}

} // namespace

AbsencePlanning::AbsencePlanning(AbsenceStore &absences, const Clock &clock) : m_absences(absences), m_clock(clock) {}

Result<QList<Absence>> AbsencePlanning::ofTeam(const AdvisorProfile &reader) const
{
    return m_absences.ofTeam(reader.teamId, m_clock.now());
}

Result<QList<Absence>> AbsencePlanning::set(const AdvisorProfile &setter, qint64 advisorId, const QDateTime &from, const QDateTime &to)
{
    const QDateTime now = m_clock.now();
    if (const FieldErrors errors = validation::checkAbsence(from, to, now); !errors.isEmpty())
        return ServiceError{ServiceError::Invalid, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "The absence cannot be set as it is.")), errors};
    const auto set = m_absences.set(setter.id, advisorId, from, to, now, permitFor(setter, advisorId));
    return afterChange(setter, set ? nullptr : &set.error());
}

Result<QList<Absence>> AbsencePlanning::end(const AdvisorProfile &setter, qint64 advisorId)
{
    const auto ended = m_absences.end(advisorId, m_clock.now(), permitFor(setter, advisorId));
    return afterChange(setter, ended ? nullptr : &ended.error());
}

Result<QHash<qint64, QDateTime>> AbsencePlanning::absentNow() const
{
    return m_absences.absentUntil(m_clock.now());
}

int AbsencePlanning::returnHeldInquiries()
{
    return m_absences.returnHeldInquiries(m_clock.now());
}

// An advisor whose absence ended now gets their held inquiries at once, not at the next sweep; the answer is the
// team's absences as they are afterwards.
Result<QList<Absence>> AbsencePlanning::afterChange(const AdvisorProfile &setter, const ServiceError *failure)
{
    if (failure)
        return *failure;
    returnHeldInquiries();
    return ofTeam(setter);
}

} // namespace confidant::server
