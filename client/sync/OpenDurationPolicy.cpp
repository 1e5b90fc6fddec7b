#include "OpenDurationPolicy.h"

namespace confidant::client {

OpenDurationPolicy::OpenDurationPolicy() : m_thresholds(Thresholds{}) {}

OpenDurationPolicy::OpenDurationPolicy(Thresholds thresholds) : m_thresholds(thresholds) {}

OpenDurationPolicy::Level OpenDurationPolicy::level(const std::optional<QDateTime> &waitingSince, const QDateTime &now) const
{
    if (!waitingSince)
        return Level::None;
    const qint64 open = waitingSince->secsTo(now);
    if (open >= m_thresholds.overdueAfterSeconds)
        return Level::Overdue;
    if (open >= m_thresholds.warningAfterSeconds)
        return Level::Warning;
    return Level::Fresh;
}

OpenDurationPolicy::Level OpenDurationPolicy::level(const Inquiry &inquiry, const QDateTime &now) const
{
    return inquiry.state == InquiryState::Closed ? Level::None : level(inquiry.waitingSince, now);
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
