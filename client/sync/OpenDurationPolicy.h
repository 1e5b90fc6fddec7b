#pragma once

#include "ResponseUrgency.h"
#include "domain/Inquiry.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace confidant::client {

// How urgent an inquiry looks in the lists: how much of its topic's response target the customer's oldest
// unanswered message has used, counted in the company's working calendar (ResponseUrgency). The one place an
// inquiry's level comes from: its dot, the urgency order and the overdue counts all ask it.
class OpenDurationPolicy {
    Q_DECLARE_TR_FUNCTIONS(OpenDurationPolicy)
public:
    enum class Level { None, Fresh, Warning, Overdue };

    // The calendar the server starts with, until the server's own arrives (setCalendar).
    OpenDurationPolicy() = default;
    explicit OpenDurationPolicy(const WorkingCalendar &calendar);

    void setCalendar(const WorkingCalendar &calendar) { m_urgency.setCalendar(calendar); }
    const WorkingCalendar &calendar() const { return m_urgency.calendar(); }
    Level level(const Inquiry &inquiry, const QDateTime &now) const;
    // When the target is due (invalid when nothing waits or the calendar never reaches it).
    QDateTime dueAt(const Inquiry &inquiry) const { return m_urgency.deadlines(inquiry).dueAt; }
    void forget(qint64 inquiryId) { m_urgency.forget(inquiryId); }
    static QColor colour(Level level);
    // "25 min", "3 h 20 min", "2 days 4 h"; empty when nothing waits.
    static QString durationText(const std::optional<QDateTime> &waitingSince, const QDateTime &now);

private:
    ResponseUrgency m_urgency;
};

} // namespace confidant::client
