#include "ManualClock.h"

namespace confidant::testing {

ManualClock::ManualClock(QDateTime start) : m_now(std::move(start)) {}

QDateTime ManualClock::now() const
{
    const QMutexLocker locker(&m_mutex);
    return m_now;
}

void ManualClock::set(const QDateTime &time)
{
    const QMutexLocker locker(&m_mutex);
    m_now = time;
}

void ManualClock::advance(qint64 seconds)
{
    const QMutexLocker locker(&m_mutex);
    m_now = m_now.addSecs(seconds);
}

} // namespace confidant::testing
