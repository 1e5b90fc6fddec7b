#pragma once

#include "domain/ActivityReport.h"
#include "store/ReportStore.h"
#include "time/Clock.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <chrono>
#include <list>
#include <optional>

namespace confidant::server {

// What identifies a report: its kind, scope and period, and for an overview the asking advisor (whose own work,
// `me`, it carries). A team report is the same for everyone allowed to fetch it.
struct ReportKey {
    ActivityReport::Kind kind = ActivityReport::Kind::Overview;
    ReportScope scope;
    QDate from;
    QDate to;
    qint64 advisorId = 0;

    friend bool operator==(const ReportKey &, const ReportKey &) = default;
};
size_t qHash(const ReportKey &key, size_t seed = 0);

// Encoded reports kept for a short while, so a client refreshing its charts, or a lead exporting the PDF and the
// CSV of the report they are looking at, does not make the database count the same period again. A report may be
// up to `lifetime` old, which its generatedAt says. At most `capacity` reports are kept; the least recently used
// goes first. Used from several threads.
class ReportCache {
public:
    explicit ReportCache(const Clock &clock, std::chrono::seconds lifetime = std::chrono::seconds(60), int capacity = 64);

    std::optional<QByteArray> find(const ReportKey &key);
    void insert(const ReportKey &key, const QByteArray &document);
    int size() const;

private:
    struct Entry {
        ReportKey key;
        QByteArray document;
        QDateTime expires;
    };
    using Entries = std::list<Entry>; // most recently used first

    const Clock &m_clock;
    std::chrono::seconds m_lifetime;
    int m_capacity;
    mutable QMutex m_mutex;
    Entries m_entries;
    QHash<ReportKey, Entries::iterator> m_index;
};

} // namespace confidant::server
