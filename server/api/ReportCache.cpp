#include "api/ReportCache.h"

namespace confidant::server {

size_t qHash(const ReportKey &key, size_t seed)
{
    return qHashMulti(seed, int(key.kind), int(key.scope.kind), key.scope.teamId, key.from.toJulianDay(), key.to.toJulianDay(), key.advisorId);
}

ReportCache::ReportCache(const Clock &clock, std::chrono::seconds lifetime, int capacity)
    : m_clock(clock), m_lifetime(lifetime), m_capacity(std::max(capacity, 1))
{
}

std::optional<QByteArray> ReportCache::find(const ReportKey &key)
{
    const QMutexLocker locker(&m_mutex);
    const auto found = m_index.find(key);
    if (found == m_index.end())
        return std::nullopt;
    const Entries::iterator entry = found.value();
    if (m_clock.now() >= entry->expires) {
        m_entries.erase(entry);
        m_index.erase(found);
        return std::nullopt;
    }
    m_entries.splice(m_entries.begin(), m_entries, entry);
    return entry->document;
}

void ReportCache::insert(const ReportKey &key, const QByteArray &document)
{
    const QMutexLocker locker(&m_mutex);
    if (const auto found = m_index.find(key); found != m_index.end()) {
        m_entries.erase(found.value());
        m_index.erase(found);
    }
    m_entries.push_front(Entry{key, document, m_clock.now().addSecs(m_lifetime.count())});
    m_index.insert(key, m_entries.begin());
    while (int(m_entries.size()) > m_capacity) {
        m_index.remove(m_entries.back().key);
        m_entries.pop_back();
    }
}

int ReportCache::size() const
{
    const QMutexLocker locker(&m_mutex);
    return int(m_entries.size());
}

} // namespace confidant::server
