#include "web/HashingQueue.h"

#include <QThread>

namespace confidant::server {

HashingQueue::HashingQueue(int threads, int capacity)
{
    m_pool.setMaxThreadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()));
    m_capacity = capacity > 0 ? capacity : 4 * m_pool.maxThreadCount();
}

bool HashingQueue::reserve()
{
    // Reserve a place first, then check: two threads racing for the last place cannot both get it.
    if (++m_pending > m_capacity) {
        --m_pending;
        return false;
    }
    ++m_accepted;
    return true;
}

} // namespace confidant::server
