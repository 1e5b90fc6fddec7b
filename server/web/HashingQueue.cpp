#include "web/HashingQueue.h"

#include <QThread>

namespace confidant::server {

HashingQueue::HashingQueue(int threads, int capacity)
{
    m_pool.setMaxThreadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()));
    m_capacity = capacity > 0 ? capacity : 4 * m_pool.maxThreadCount();
}

} // namespace confidant::server
