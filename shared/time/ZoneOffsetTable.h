#pragma once

#include <QList>
#include <QTimeZone>

namespace confidant {

// A time zone's offsets from UTC, with its changes from 2000 to 2070 looked up once. Asking QTimeZone costs about
// 0.3 us per question (10 us past 2037, where it computes each year from the zone's rule); the client counts
// working time for 100,000 inquiries at a time, and that made the questions most of the cost. Building a table
// takes about a millisecond; copies share it. Outside the window it asks the zone.
class ZoneOffsetTable {
public:
    struct Span {
        qint64 offsetMs;   // from UTC, in force from the moment asked about
        qint64 untilUtcMs; // the next change, or the largest qint64 if none is known
    };

    ZoneOffsetTable() : ZoneOffsetTable(QTimeZone::utc()) {}
    explicit ZoneOffsetTable(const QTimeZone &zone);

    const QTimeZone &zone() const { return m_zone; }
    Span spanAt(qint64 utcMs) const;

    // The changes follow from the zone.
    friend bool operator==(const ZoneOffsetTable &a, const ZoneOffsetTable &b) { return a.m_zone == b.m_zone; }

private:
    struct Change {
        qint64 atUtcMs;
        qint64 offsetMs;
    };

    Span askZone(qint64 utcMs) const;
    qint64 nextChangeUtcMs(const QDateTime &at) const;

    QTimeZone m_zone;
    QList<Change> m_changes; // the first one is the window's start
};

} // namespace confidant
