#include "ResponseUrgency.h"

#include <chrono>

namespace confidant::client {

ResponseUrgency::ResponseUrgency() : m_calendar(serverDefaultCalendar()) {}

WorkingCalendar ResponseUrgency::serverDefaultCalendar()
{
    WorkingCalendar calendar(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    for (Qt::DayOfWeek day : {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday})
        calendar.setHours(day, WorkingCalendar::Hours{QTime(8, 0), QTime(17, 0)});
    return calendar;
}

void ResponseUrgency::setCalendar(const WorkingCalendar &calendar)
{
    if (calendar == m_calendar)
        return;
    m_calendar = calendar;
    m_known.clear();
}

ResponseTarget::Deadlines ResponseUrgency::deadlines(const Inquiry &inquiry) const
{
    if (!inquiry.waitingSince || inquiry.state == InquiryState::Closed)
        return {};
    Known &known = m_known[inquiry.id];
    if (known.waitingSince != *inquiry.waitingSince || known.targetMinutes != inquiry.responseTargetMinutes) {
        const ResponseTarget target(std::chrono::minutes(inquiry.responseTargetMinutes));
        known = Known{*inquiry.waitingSince, inquiry.responseTargetMinutes, target.deadlines(*inquiry.waitingSince, m_calendar)};
    }
    return known.deadlines;
}

ResponseUrgency::Level ResponseUrgency::level(const Inquiry &inquiry, const QDateTime &now) const
{
    if (!inquiry.waitingSince || inquiry.state == InquiryState::Closed)
        return Level::None;
    switch (ResponseTarget::levelAt(deadlines(inquiry), now)) {
    case ResponseTarget::Level::Normal: return Level::Normal;
    case ResponseTarget::Level::Warning: return Level::Warning;
    case ResponseTarget::Level::Overdue: return Level::Overdue;
    }
    return Level::None;
}

} // namespace confidant::client
