#pragma once

#include "domain/Inquiry.h"
#include "time/ResponseTarget.h"
#include "time/WorkingCalendar.h"

#include <QDateTime>
#include <QHash>

namespace confidant::client {

// How urgent an inquiry is: how much of its topic's response target (in the company's working hours) the
// customer's oldest unanswered message has used up.
//
// An inquiry's warning and due times depend on when the customer started waiting, the target and the calendar,
// not on the clock. They are worked out once per inquiry and remembered, so the level at any moment is two
// comparisons: cheap enough to sort and count 100,000 rows every minute.
class ResponseUrgency {
public:
    enum class Level { None, Normal, Warning, Overdue }; // None: nothing waits for an answer

    // Until the server's calendar arrives, the one the server starts with (Monday to Friday 08:00-17:00, Berlin).
    ResponseUrgency();

    void setCalendar(const WorkingCalendar &calendar);
    const WorkingCalendar &calendar() const { return m_calendar; }

    // Invalid times when nothing waits, or when the calendar never reaches the target.
    ResponseTarget::Deadlines deadlines(const Inquiry &inquiry) const;
    Level level(const Inquiry &inquiry, const QDateTime &now) const;
    // Forgets what it remembered about inquiries that are gone.
    void forget(qint64 inquiryId) { m_known.remove(inquiryId); }

    static WorkingCalendar serverDefaultCalendar();

private:
    struct Known {
        QDateTime waitingSince;
        int targetMinutes = 0;
        ResponseTarget::Deadlines deadlines;
    };

    WorkingCalendar m_calendar;
    mutable QHash<qint64, Known> m_known;
};

} // namespace confidant::client
