#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>

namespace confidant::server {

// Runs password hashes (Argon2id, 64 MiB and tens of milliseconds each) on a few threads of its own, with a fixed
// number of jobs running or waiting. Beyond it a job is refused at once, so a flood is answered 503 early instead
// of making every sign-in wait behind it. Lives on the server's thread.
class HashingQueue {
public:
    // threads 0: one per core; capacity 0: four jobs per thread (running and waiting together).
    explicit HashingQueue(int threads = 0, int capacity = 0);

    // Runs `work` on the queue's threads and `then(result)` on this thread, unless `context` is gone by then.
    // false, and nothing runs, when the queue is full.
    template<typename Work, typename Then>
    bool tryRun(QObject *context, Work work, Then then);

    int capacity() const { return m_capacity; }
    int pending() const { return m_pending; }
    // Jobs accepted since the start: what tests count to see that two answers cost the same hashes.
    quint64 accepted() const { return m_accepted; }

private:
    QThreadPool m_pool;
    int m_capacity;
    int m_pending = 0;
    quint64 m_accepted = 0;
};

template<typename Work, typename Then>
bool HashingQueue::tryRun(QObject *context, Work work, Then then)
{
    if (m_pending >= m_capacity)
        return false;
    ++m_pending;
    ++m_accepted;
    using Value = decltype(work());
    auto *watcher = new QFutureWatcher<Value>(context);
    QObject::connect(watcher, &QFutureWatcher<Value>::finished, context, [this, watcher, then]() mutable {
        --m_pending;
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, std::move(work)));
    return true;
}

} // namespace confidant::server
