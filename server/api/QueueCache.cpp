#include "api/QueueCache.h"

namespace confidant::server {

Result<QByteArray> QueueCache::answer(const Key &key, const Read &read)
{
    quint64 generation = 0;
    {
        const QMutexLocker locker(&m_mutex);
        const auto kept = m_answers.constFind(key);
        if (kept != m_answers.cend())
            return *kept;
        generation = m_generation;
    }
    const Result<QByteArray> answer = read();
    if (!answer)
        return answer;
    const QMutexLocker locker(&m_mutex);
    if (generation == m_generation)
        m_answers.insert(key, answer.value());
    return answer;
}

void QueueCache::clear()
{
    const QMutexLocker locker(&m_mutex);
    m_answers.clear();
    ++m_generation;
}

int QueueCache::size() const
{
    const QMutexLocker locker(&m_mutex);
    return int(m_answers.size());
}

} // namespace confidant::server
