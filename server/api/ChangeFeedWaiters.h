#pragma once

#include "http/HttpResponse.h"
#include "store/DatabaseWorkers.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <optional>

namespace confidant::server {

// The long-polls of the change feed that found nothing new (docs/protocol.md, "Change feed"): each waits here until
// a change is announced, then a worker looks again whether it has something new; those with nothing keep waiting
// until their time is up. Parked requests live on this object's thread (the server's, which hears the notifier);
// looking is database work, handed to `workers`.
//
// A commit that lies above the change horizon is held back by an older transaction still running: a waiter that
// was told so, or one announced while a worker read, looks again soon (from 20 ms, doubling to a second while
// nothing moves) instead of waiting for the next announcement.
class ChangeFeedWaiters : public QObject {
    Q_OBJECT
public:
    struct Request {
        QString certificateFingerprint; // checked again before answering: a revocation reaches parked requests
        qint64 since = 0;
        int limit = 0;
    };
    // What a look found: the answer to send, or none (nothing new, keep waiting); `heldBack`: look again soon.
    struct Look {
        std::optional<HttpResponse> response;
        bool heldBack = false;
    };
    using LookUp = std::function<Look(const Request &)>;          // on a worker
    using TimedOut = std::function<HttpResponse(const Request &)>; // on a worker: the empty answer
    using Send = std::function<void(const HttpResponse &)>;        // from any thread

    ChangeFeedWaiters(Executor workers, LookUp lookUp, TimedOut timedOut, QObject *parent = nullptr);
    ~ChangeFeedWaiters() override;

    // Announcements heard so far. A request that read nothing new reads this before, and parks with it: if one
    // arrived in between it looks again at once.
    quint64 wakes() const { return m_wakes; }
    // On this object's thread. Returns the id to forget() it by when its client goes away first.
    quint64 park(const Request &request, std::chrono::milliseconds wait, Send send, quint64 wakesBeforeReading, bool heldBack);
    void forget(quint64 id);
    int waiting() const { return int(m_waiters.size()); }

    // A change was committed (NOTIFY confidant_changes): every waiter that has not seen `sequence` looks again.
    void wake(qint64 sequence);
    // The notifier lost its connection for a while: what was committed meanwhile was never announced.
    void catchUp();

signals:
    // Emitted with every announcement, before anyone looks again: caches of answers empty themselves.
    void woken();

private:
    struct Waiter {
        Request request;
        Send send;
        QTimer *timer = nullptr;
        bool looking = false; // a worker is reading its answer right now
    };
    struct Parked {
        quint64 id;
        Request request;
        Send send;
    };
    struct Answers {
        QList<quint64> answered;
        bool heldBack = false;
    };
    void lookAgain(qint64 sequence);
    Answers answer(const std::vector<Parked> &looks) const;
    void settle(const std::vector<Parked> &looks, const Answers &answers);
    void lookAgainSoon();
    void timeOut(quint64 id);

    Executor m_workers;
    LookUp m_lookUp;
    TimedOut m_timedOut;
    std::map<quint64, Waiter> m_waiters;
    quint64 m_nextId = 0;
    qint64 m_latestNotified = 0;
    QElapsedTimer m_sinceNotified;
    QTimer m_lookAgainSoon;
    std::chrono::milliseconds m_lookAgainDelay{20};
    std::atomic<quint64> m_wakes = 0;
};

} // namespace confidant::server
