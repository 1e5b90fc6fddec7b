#pragma once

#include "store/DatabaseWorkers.h"

#include <QThreadPool>
#include <atomic>

namespace confidant::server {

// Runs password hashes (Argon2id, 64 MiB and tens of milliseconds each) on a few threads of its own, with a fixed
// number of jobs running or waiting. Beyond it a job is refused at once, so a flood is answered 503 early instead
// of making every sign-in wait behind it. Used from any thread.
class HashingQueue {
public:
    // threads 0: one per core; capacity 0: four jobs per thread (running and waiting together).
    explicit HashingQueue(int threads = 0, int capacity = 0);
    // Waits for the running hashes; their continuations have been handed to their executors when this returns.
    void finish() { m_pool.waitForDone(); }
    // Runs `work` on the queue's threads, then `then(result)` through `continueOn` (the portal's: a database
    // worker, since what follows a hash is a query). false, and nothing runs, when the queue is full.
    template<typename Work, typename Then>
    bool tryRun(const Executor &continueOn, Work work, Then then);
    int capacity() const { return m_capacity; }
    int pending() const { return m_pending; }
    // Jobs accepted since the start: what tests count to see that two answers cost the same hashes.
    quint64 accepted() const { return m_accepted; }

private:
    bool reserve();

    QThreadPool m_pool;
    int m_capacity;
    std::atomic<int> m_pending = 0;
    std::atomic<quint64> m_accepted = 0;
};

template<typename Work, typename Then>
bool HashingQueue::tryRun(const Executor &continueOn, Work work, Then then)
{
    if (!reserve())
        return false;
    m_pool.start([this, continueOn, work = std::move(work), then = std::move(then)]() mutable {
        auto result = work();
        --m_pending;
        continueOn([then = std::move(then), result = std::move(result)]() mutable { then(std::move(result)); });
    });
    return true;
}

} // namespace confidant::server
