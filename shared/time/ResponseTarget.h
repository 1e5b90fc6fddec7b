#pragma once

#include "time/WorkingCalendar.h"

#include <QDateTime>
#include <chrono>

namespace confidant {

// A topic's response-time target in working time, and how far an inquiry waiting for an answer has used it up.
// The due time is the last moment that is still on time: an answer given exactly then meets the target, and an
// inquiry only becomes overdue once that moment has passed.
class ResponseTarget {
public:
    enum class Level { Normal, Warning, Overdue };

    struct Status {
        QDateTime dueAt; // UTC; invalid when the calendar offers too little working time to ever reach the target
        qint64 workingSecondsOpen = 0;
        Level level = Level::Normal;
    };

    static constexpr double defaultWarningFraction = 0.75;

    // A target of zero is due the moment the customer writes. warningFraction is clamped to [0, 1].
    explicit ResponseTarget(std::chrono::seconds workingTime, double warningFraction = defaultWarningFraction);

    std::chrono::seconds workingTime() const { return m_workingTime; }
    double warningFraction() const { return m_warningFraction; }

    // `now` is the moment of the answer for an answered inquiry, so that its level says whether it was on time.
    Status evaluate(const QDateTime &waitingSince, const QDateTime &now, const WorkingCalendar &calendar) const;

    // The two moments at which an inquiry's level changes. They do not depend on the clock, so a list of many
    // inquiries works them out once each and then compares the time with them (levelAt), which gives the same
    // level as evaluate() for every moment from waitingSince on.
    struct Deadlines {
        QDateTime warningFrom; // UTC; invalid like dueAt
        QDateTime dueAt;
    };
    Deadlines deadlines(const QDateTime &waitingSince, const WorkingCalendar &calendar) const;
    static Level levelAt(const Deadlines &deadlines, const QDateTime &now);

private:
    Level levelAt(const QDateTime &now, const QDateTime &dueAt, qint64 workingSecondsOpen) const;

    std::chrono::seconds m_workingTime;
    double m_warningFraction;
    qint64 m_warningFromSeconds;
};

} // namespace confidant
