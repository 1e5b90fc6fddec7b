#include "time/ResponseTarget.h"

#include <algorithm>
#include <cmath>

namespace confidant {

ResponseTarget::ResponseTarget(std::chrono::seconds workingTime, double warningFraction)
    : m_workingTime(std::max(workingTime, std::chrono::seconds::zero()))
    , m_warningFraction(std::clamp(warningFraction, 0.0, 1.0))
    // Rounded up: a warning at 75% of 10 s starts once 8 whole seconds have passed, not at 7 and a half.
    , m_warningFromSeconds(qint64(std::ceil(double(m_workingTime.count()) * m_warningFraction)))
{
}

ResponseTarget::Status ResponseTarget::evaluate(const QDateTime &waitingSince, const QDateTime &now,
                                                const WorkingCalendar &calendar) const
{
    Status status;
    status.dueAt = calendar.addWorkingSeconds(waitingSince, m_workingTime.count());
    status.workingSecondsOpen = calendar.workingSecondsBetween(waitingSince, now);
    status.level = levelAt(now, status.dueAt, status.workingSecondsOpen);
    return status;
}

// Overdue compares real time with the due time rather than working seconds with the target: an inquiry due at
// Friday's closing is overdue over the weekend, although no more working time passes until Monday.
ResponseTarget::Level ResponseTarget::levelAt(const QDateTime &now, const QDateTime &dueAt, qint64 workingSecondsOpen) const
{
    if (dueAt.isValid() && now > dueAt)
        return Level::Overdue;
    if (workingSecondsOpen >= m_warningFromSeconds)
        return Level::Warning;
    return Level::Normal;
}

ResponseTarget::Deadlines ResponseTarget::deadlines(const QDateTime &waitingSince, const WorkingCalendar &calendar) const
{
    return {calendar.addWorkingSeconds(waitingSince, m_warningFromSeconds), calendar.addWorkingSeconds(waitingSince, m_workingTime.count())};
}

// addWorkingSeconds gives the earliest moment at which that much working time has passed, so "now is not before
// warningFrom" is "workingSecondsOpen >= the warning threshold" of levelAt above.
ResponseTarget::Level ResponseTarget::levelAt(const Deadlines &deadlines, const QDateTime &now)
{
    if (deadlines.dueAt.isValid() && now > deadlines.dueAt)
        return Level::Overdue;
    if (deadlines.warningFrom.isValid() && now >= deadlines.warningFrom)
        return Level::Warning;
    return Level::Normal;
}

} // namespace confidant
