#pragma once

#include <QList>
#include <QMutex>
#include <QWaitCondition>
#include <deque>
#include <functional>

class QThread;

namespace confidant::server {

class Database;

// Runs a piece of work somewhere else: on a worker thread, or back on the thread of a QObject.
using Executor = std::function<void(std::function<void()>)>;

// The threads that do the server's database work, each with a connection of its own: the pool of connections.
// TLS and HTTP stay on the server's thread; a request's handler runs here, so a slow query holds one worker and
// one connection while the others go on answering (docs/architecture.md, "Threads").
//
// Jobs run in the order they were posted, by whichever worker is free. stop() lets the queued jobs finish first.
class DatabaseWorkers {
public:
    // threads 0: defaultThreadCount()
    DatabaseWorkers(const Database &database, int threads = 0);
    ~DatabaseWorkers(); // stop()

    DatabaseWorkers(const DatabaseWorkers &) = delete;
    DatabaseWorkers &operator=(const DatabaseWorkers &) = delete;

    // Two per core and at least four: PostgreSQL runs on these machines too, and a connection is mostly waiting
    // for it, so a few more connections than cores keep the cores busy; one busy in a slow query leaves three.
    static int defaultThreadCount();

    void post(std::function<void()> job);
    Executor executor();
    // Finishes the queued jobs, then ends the threads (each closes its connection). Posting afterwards runs nothing.
    void stop();

    int threadCount() const { return int(m_threads.size()); }
    // Jobs waiting for a free worker: a monitoring figure (and what a test watches to see the pool saturated).
    int queued() const;

private:
    void work();

    const Database &m_database;
    QList<QThread *> m_threads;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stopping = false;
};

} // namespace confidant::server
