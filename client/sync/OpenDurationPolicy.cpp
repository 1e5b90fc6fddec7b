#include "OpenDurationPolicy.h"

namespace confidant::client {

OpenDurationPolicy::OpenDurationPolicy(const WorkingCalendar &calendar)
{
    m_urgency.setCalendar(calendar);
}

OpenDurationPolicy::Level OpenDurationPolicy::level(const Inquiry &inquiry, const QDateTime &now) const
{
    switch (m_urgency.level(inquiry, now)) {
    case ResponseUrgency::Level::None: return Level::None;
    case ResponseUrgency::Level::Normal: return Level::Fresh;
    case ResponseUrgency::Level::Warning: return Level::Warning;
    case ResponseUrgency::Level::Overdue: return Level::Overdue;
    }
    return Level::None;
}

QColor OpenDurationPolicy::colour(Level level)
{
    switch (level) {
    // At least 3:1 against the table's white and alternate rows (WCAG 1.4.11), so the dot is seen by everyone.
    case Level::None: return QColor(0x75, 0x75, 0x75);
    case Level::Fresh: return QColor(0x2e, 0x7d, 0x32);
    case Level::Warning: return QColor(0xa8, 0x62, 0x00);
    case Level::Overdue: return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QString OpenDurationPolicy::durationText(const std::optional<QDateTime> &waitingSince, const QDateTime &now)
{
    if (!waitingSince)
        return {};
    const qint64 minutes = std::max<qint64>(0, waitingSince->secsTo(now) / 60);
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return minutes % 60 ? tr("%1 h %2 min").arg(hours).arg(minutes % 60) : tr("%n h", nullptr, int(hours));
    // Spelled out instead of "%n day(s)": without an English catalogue Qt would show the "(s)".
    return hours / 24 == 1 ? tr("1 day") : tr("%1 days").arg(hours / 24);
}

} // namespace confidant::client
