#pragma once

#include "time/ZoneOffsetTable.h"

#include <QDateTime>
#include <QList>
#include <QTime>
#include <QTimeZone>

#include <array>
#include <functional>
#include <optional>

namespace confidant {

// The company's working time, against which response targets are counted: opening hours per weekday as local
// wall-clock times in the company's time zone, and public holidays (whole days closed).
//
// A moment is working time when the company's wall clock then reads a time within that weekday's hours on a day
// that is no holiday. Durations count the real seconds of such moments, so a working day of 08:00-17:00 is
// 9 hours, also on a day the clocks change, unless the change falls inside the hours: then the day has 8 or 10
// real hours. Wall-clock times the spring change skips are never reached; those the autumn change repeats are
// working time both times they pass.
class WorkingCalendar {
public:
    // [start, end) on one day, on the minute; start before end, so no interval crosses midnight.
    struct Hours {
        QTime start;
        QTime end;

        friend bool operator==(const Hours &, const Hours &) = default;
    };

    // A calendar in UTC that is closed every day.
    WorkingCalendar() = default;
    explicit WorkingCalendar(const QTimeZone &timeZone);

    const QTimeZone &timeZone() const { return m_zoneOffsets.zone(); }

    std::optional<Hours> hours(Qt::DayOfWeek day) const;
    // nullopt closes the day. Refuses (false, nothing changed) hours off the minute or not ending after they start.
    bool setHours(Qt::DayOfWeek day, const std::optional<Hours> &hours);
    static bool isValid(const Hours &hours);

    // Sorted, without duplicates.
    const QList<QDate> &holidays() const { return m_holidays; }
    void setHolidays(QList<QDate> holidays);
    bool isHoliday(QDate date) const;

    // Real seconds of working time in [from, to); 0 if to is not after from.
    qint64 workingSecondsBetween(const QDateTime &from, const QDateTime &to) const;

    // The earliest moment, in UTC, at which `seconds` of working time have passed since `from` (`from` itself for
    // 0 or less). Invalid when that moment lies more than dueSearchHorizonDays after `from`, e.g. because the
    // calendar has no working time at all.
    QDateTime addWorkingSeconds(const QDateTime &from, qint64 seconds) const;
    static constexpr qint64 dueSearchHorizonDays = 5 * 366;

    // The working time in [from, to) as UTC intervals [start, end), in order, cut at `from` and `to`. Their lengths
    // add up to workingSecondsBetween(from, to) (in milliseconds). The server hands them to SQL, which counts
    // working time per row with them (server/store/ReportStore).
    struct Interval {
        QDateTime start;
        QDateTime end;

        friend bool operator==(const Interval &, const Interval &) = default;
    };
    QList<Interval> workingIntervals(const QDateTime &from, const QDateTime &to) const;

    friend bool operator==(const WorkingCalendar &, const WorkingCalendar &) = default;

private:
    struct WallInterval {
        qint64 startMs;
        qint64 endMs;
    };
    struct WallCount {
        qint64 countedMs;
        qint64 stoppedAtMs; // where the budget ran out, or the end of the range
    };

    std::optional<WallInterval> workingIntervalOnDay(qint64 epochDay) const;
    // Calls `piece` with each working wall-clock piece of [wallFromMs, wallToMs), in order, until it returns false.
    void forEachWorkingWallPiece(qint64 wallFromMs, qint64 wallToMs, const std::function<bool(WallInterval)> &piece) const;
    WallCount countWorkingWallTime(qint64 wallFromMs, qint64 wallToMs, qint64 budgetMs) const;
    bool hasWorkingTime() const;

    ZoneOffsetTable m_zoneOffsets;
    std::array<std::optional<Hours>, 7> m_hours; // Monday first, as Qt::DayOfWeek - 1
    QList<QDate> m_holidays;
};

} // namespace confidant
