#pragma once

#include "time/WorkingCalendar.h"

namespace confidant::testing {

// Open around the clock, in UTC: a target of N working hours passes in N hours of wall time, plus a minute for each
// midnight it spans (a working day ends at 23:59, as the calendar's hours end on the minute within the day).
inline WorkingCalendar aroundTheClock()
{
    WorkingCalendar calendar(QTimeZone::utc());
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        calendar.setHours(Qt::DayOfWeek(day), WorkingCalendar::Hours{QTime(0, 0), QTime(23, 59)});
    return calendar;
}

} // namespace confidant::testing
