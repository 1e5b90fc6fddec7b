#include "store/DatabaseWorkers.h"

#include "store/Database.h"
#include "store/StoreLog.h"

#include <QThread>
#include <algorithm>

namespace confidant::server {

DatabaseWorkers::DatabaseWorkers(const Database &database, int threads) : m_database(database)
{
    const int count = threads > 0 ? threads : defaultThreadCount();
    for (int i = 0; i < count; ++i) {
        QThread *thread = QThread::create([this] { work(); });
        thread->setObjectName(QStringLiteral("database-worker-%1").arg(i + 1));
        thread->start();
        m_threads.append(thread);
    }
}

DatabaseWorkers::~DatabaseWorkers()
{
    stop();
}

int DatabaseWorkers::defaultThreadCount()
{
    return std::max(4, 2 * QThread::idealThreadCount());
}

void DatabaseWorkers::post(std::function<void()> job)
{
    const QMutexLocker locker(&m_mutex);
    if (m_stopping)
        return;
    m_jobs.push_back(std::move(job));
    m_wake.wakeOne();
}

Executor DatabaseWorkers::executor()
{
    return [this](std::function<void()> job) { post(std::move(job)); };
}

void DatabaseWorkers::stop()
{
    {
        const QMutexLocker locker(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
}

int DatabaseWorkers::queued() const
{
    const QMutexLocker locker(&m_mutex);
    return int(m_jobs.size());
}

void DatabaseWorkers::work()
{
    for (;;) {
        std::function<void()> job;
        {
            QMutexLocker locker(&m_mutex);
            while (m_jobs.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_jobs.empty())
                break; // stopping, and nothing left to do
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job();
    }
    m_database.releaseThreadConnection();
}

} // namespace confidant::server
