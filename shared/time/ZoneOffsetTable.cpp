#include "time/ZoneOffsetTable.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace confidant {
namespace {

const qint64 windowStartMs = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 windowEndMs = QDateTime(QDate(2070, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 noChangeKnown = std::numeric_limits<qint64>::max();

} // namespace

ZoneOffsetTable::ZoneOffsetTable(const QTimeZone &zone) : m_zone(zone)
{
    if (!m_zone.isValid())
        return;
    for (qint64 atMs = windowStartMs; atMs < windowEndMs;) {
        const Span span = askZone(atMs);
        m_changes.append({atMs, span.offsetMs});
        atMs = span.untilUtcMs;
    }
}

ZoneOffsetTable::Span ZoneOffsetTable::spanAt(qint64 utcMs) const
{
    if (utcMs < windowStartMs || utcMs >= windowEndMs || m_changes.isEmpty())
        return askZone(utcMs);
    const auto next = std::upper_bound(m_changes.cbegin(), m_changes.cend(), utcMs,
                                       [](qint64 at, const Change &change) { return at < change.atUtcMs; });
    return {std::prev(next)->offsetMs, next == m_changes.cend() ? windowEndMs : next->atUtcMs};
}

ZoneOffsetTable::Span ZoneOffsetTable::askZone(qint64 utcMs) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    const qint64 offsetMs = m_zone.offsetFromUtc(at) * qint64(1000);
    if (!m_zone.hasTransitions())
        return {offsetMs, noChangeKnown};
    return {offsetMs, nextChangeUtcMs(at)};
}

qint64 ZoneOffsetTable::nextChangeUtcMs(const QDateTime &at) const
{
    QDateTime change = m_zone.nextTransition(at).atUtc;
    // Qt 6.4 knows no next change when asked at exactly the last one its zone file lists (Europe/Berlin:
    // 2037-10-25 01:00 UTC) and answers for any later moment from the zone's rule. Changes fall on whole seconds,
    // so asking a millisecond later skips none.
    if (!change.isValid())
        change = m_zone.nextTransition(at.addMSecs(1)).atUtc;
    // A backend that answered with a time not after `at` would otherwise keep its callers on the spot for ever.
    return change.isValid() && change > at ? change.toMSecsSinceEpoch() : noChangeKnown;
}

} // namespace confidant
