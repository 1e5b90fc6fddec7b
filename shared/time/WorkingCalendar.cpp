#include "time/WorkingCalendar.h"

#include <algorithm>
#include <limits>

namespace confidant {
namespace {

constexpr qint64 msPerDay = 24 * 60 * 60 * 1000;
constexpr qint64 unixEpochJulianDay = 2440588; // QDate(1970, 1, 1).toJulianDay()
constexpr qint64 unlimitedMs = std::numeric_limits<qint64>::max();

qint64 floorDiv(qint64 dividend, qint64 divisor)
{
    const qint64 quotient = dividend / divisor;
    return (dividend % divisor != 0 && (dividend < 0) != (divisor < 0)) ? quotient - 1 : quotient;
}

// Cuts real time where the zone's offset from UTC changes. Within one span the wall clock runs in step with real
// time, so working time inside it can be counted on the wall clock alone, with integer arithmetic.
class ConstantOffsetSpans {
public:
    struct Span {
        qint64 fromUtcMs;
        qint64 toUtcMs;
        qint64 offsetMs;

        qint64 wallFromMs() const { return fromUtcMs + offsetMs; }
        qint64 wallToMs() const { return toUtcMs + offsetMs; }
    };

    ConstantOffsetSpans(const ZoneOffsetTable &offsets, qint64 fromUtcMs, qint64 toUtcMs)
        : m_offsets(offsets), m_atUtcMs(fromUtcMs), m_toUtcMs(toUtcMs)
    {
    }

    std::optional<Span> next()
    {
        if (m_atUtcMs >= m_toUtcMs)
            return std::nullopt;
        const ZoneOffsetTable::Span offset = m_offsets.spanAt(m_atUtcMs);
        const Span span{m_atUtcMs, std::min(offset.untilUtcMs, m_toUtcMs), offset.offsetMs};
        m_atUtcMs = span.toUtcMs;
        return span;
    }

private:
    const ZoneOffsetTable &m_offsets;
    qint64 m_atUtcMs;
    qint64 m_toUtcMs;
};

} // namespace

WorkingCalendar::WorkingCalendar(const QTimeZone &timeZone) : m_zoneOffsets(timeZone) {}

std::optional<WorkingCalendar::Hours> WorkingCalendar::hours(Qt::DayOfWeek day) const
{
    return m_hours.at(day - 1);
}

bool WorkingCalendar::setHours(Qt::DayOfWeek day, const std::optional<Hours> &hours)
{
    if (hours && !isValid(*hours))
        return false;
    m_hours.at(day - 1) = hours;
    return true;
}

bool WorkingCalendar::isValid(const Hours &hours)
{
    const auto onTheMinute = [](QTime time) { return time.isValid() && time.second() == 0 && time.msec() == 0; };
    return onTheMinute(hours.start) && onTheMinute(hours.end) && hours.start < hours.end;
}

void WorkingCalendar::setHolidays(QList<QDate> holidays)
{
    holidays.removeIf([](QDate date) { return !date.isValid(); });
    std::sort(holidays.begin(), holidays.end());
    holidays.erase(std::unique(holidays.begin(), holidays.end()), holidays.end());
    m_holidays = std::move(holidays);
}

bool WorkingCalendar::isHoliday(QDate date) const
{
    return std::binary_search(m_holidays.cbegin(), m_holidays.cend(), date);
}

qint64 WorkingCalendar::workingSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || !hasWorkingTime())
        return 0;
    qint64 workingMs = 0;
    ConstantOffsetSpans spans(m_zoneOffsets, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
    while (const std::optional<ConstantOffsetSpans::Span> span = spans.next())
        workingMs += countWorkingWallTime(span->wallFromMs(), span->wallToMs(), unlimitedMs).countedMs;
    return workingMs / 1000;
}

QDateTime WorkingCalendar::addWorkingSeconds(const QDateTime &from, qint64 seconds) const
{
    if (!from.isValid())
        return {};
    if (seconds <= 0)
        return from.toUTC();
    // Working time never outruns real time, so a target longer than the horizon cannot be met inside it; the
    // check also keeps the conversion to milliseconds from overflowing.
    if (!hasWorkingTime() || seconds > dueSearchHorizonDays * msPerDay / 1000)
        return {};
    const qint64 fromMs = from.toMSecsSinceEpoch();
    qint64 remainingMs = seconds * 1000;
    ConstantOffsetSpans spans(m_zoneOffsets, fromMs, fromMs + dueSearchHorizonDays * msPerDay);
    while (const std::optional<ConstantOffsetSpans::Span> span = spans.next()) {
        const WallCount count = countWorkingWallTime(span->wallFromMs(), span->wallToMs(), remainingMs);
        if (count.countedMs == remainingMs)
            return QDateTime::fromMSecsSinceEpoch(count.stoppedAtMs - span->offsetMs, Qt::UTC);
        remainingMs -= count.countedMs;
    }
    return {};
}

bool WorkingCalendar::hasWorkingTime() const
{
    return timeZone().isValid() && std::any_of(m_hours.cbegin(), m_hours.cend(), [](const auto &hours) { return hours.has_value(); });
}

std::optional<WorkingCalendar::WallInterval> WorkingCalendar::workingIntervalOnDay(qint64 epochDay) const
{
    const QDate date = QDate::fromJulianDay(epochDay + unixEpochJulianDay);
    const std::optional<Hours> &open = m_hours.at(date.dayOfWeek() - 1);
    if (!open || isHoliday(date))
        return std::nullopt;
    const qint64 midnightMs = epochDay * msPerDay;
    return WallInterval{midnightMs + open->start.msecsSinceStartOfDay(), midnightMs + open->end.msecsSinceStartOfDay()};
}

// Walks the wall-clock range [wallFromMs, wallToMs) day by day, where wall-clock milliseconds count from
// 1970-01-01 00:00 on the company's clock.
void WorkingCalendar::forEachWorkingWallPiece(qint64 wallFromMs, qint64 wallToMs, const std::function<bool(WallInterval)> &piece) const
{
    for (qint64 day = floorDiv(wallFromMs, msPerDay); day * msPerDay < wallToMs; ++day) {
        const std::optional<WallInterval> open = workingIntervalOnDay(day);
        if (!open)
            continue;
        const WallInterval cut{std::max(open->startMs, wallFromMs), std::min(open->endMs, wallToMs)};
        if (cut.startMs < cut.endMs && !piece(cut))
            return;
    }
}

// Stops as soon as budgetMs of working time are found, so that addWorkingSeconds learns where the target was reached.
WorkingCalendar::WallCount WorkingCalendar::countWorkingWallTime(qint64 wallFromMs, qint64 wallToMs, qint64 budgetMs) const
{
    WallCount count{0, wallToMs};
    forEachWorkingWallPiece(wallFromMs, wallToMs, [&](WallInterval piece) {
        const qint64 stillNeededMs = budgetMs - count.countedMs;
        if (piece.endMs - piece.startMs >= stillNeededMs) {
            count = {budgetMs, piece.startMs + stillNeededMs};
            return false;
        }
        count.countedMs += piece.endMs - piece.startMs;
        return true;
    });
    return count;
}

QList<WorkingCalendar::Interval> WorkingCalendar::workingIntervals(const QDateTime &from, const QDateTime &to) const
{
    QList<Interval> intervals;
    if (!from.isValid() || !to.isValid() || !hasWorkingTime())
        return intervals;
    ConstantOffsetSpans spans(m_zoneOffsets, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
    while (const std::optional<ConstantOffsetSpans::Span> span = spans.next()) {
        forEachWorkingWallPiece(span->wallFromMs(), span->wallToMs(), [&](WallInterval piece) {
            const QDateTime start = QDateTime::fromMSecsSinceEpoch(piece.startMs - span->offsetMs, Qt::UTC);
            const QDateTime end = QDateTime::fromMSecsSinceEpoch(piece.endMs - span->offsetMs, Qt::UTC);
            // Working hours across a change of the clocks come in two spans; in real time they are one interval.
            if (!intervals.isEmpty() && intervals.last().end == start)
                intervals.last().end = end;
            else
                intervals.append({start, end});
            return true;
        });
    }
    return intervals;
}

} // namespace confidant
