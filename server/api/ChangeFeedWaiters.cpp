#include "api/ChangeFeedWaiters.h"

#include <limits>
#include <tuple>

namespace confidant::server {

ChangeFeedWaiters::ChangeFeedWaiters(Executor workers, LookUp lookUp, TimedOut timedOut, QObject *parent)
    : QObject(parent), m_workers(std::move(workers)), m_lookUp(std::move(lookUp)), m_timedOut(std::move(timedOut))
{
    m_lookAgainSoon.setSingleShot(true);
    connect(&m_lookAgainSoon, &QTimer::timeout, this, [this] { lookAgain(std::numeric_limits<qint64>::max()); });
}

ChangeFeedWaiters::~ChangeFeedWaiters() = default;

quint64 ChangeFeedWaiters::park(const Request &request, std::chrono::milliseconds wait, Send send, quint64 wakesBeforeReading, bool heldBack)
{
    const quint64 id = ++m_nextId;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id] { timeOut(id); });
    timer->start(wait);
    m_waiters.emplace(id, Waiter{request, std::move(send), timer});
    // A change announced after the worker read nothing new would otherwise wait for the next one.
    if (m_wakes != wakesBeforeReading)
        lookAgain(std::numeric_limits<qint64>::max());
    if (heldBack)
        lookAgainSoon();
    return id;
}

void ChangeFeedWaiters::forget(quint64 id)
{
    auto it = m_waiters.find(id);
    if (it == m_waiters.end())
        return;
    it->second.timer->deleteLater();
    m_waiters.erase(it);
}

void ChangeFeedWaiters::timeOut(quint64 id)
{
    auto it = m_waiters.find(id);
    if (it == m_waiters.end())
        return;
    const Waiter waiter = it->second;
    forget(id);
    m_workers([this, waiter] { waiter.send(m_timedOut(waiter.request)); });
}

void ChangeFeedWaiters::wake(qint64 sequence)
{
    ++m_wakes;
    emit woken();
    m_latestNotified = std::max(m_latestNotified, sequence);
    m_sinceNotified.start();
    m_lookAgainDelay = std::chrono::milliseconds(20);
    lookAgain(sequence);
}

// Cached answers may be stale, and every waiter looks again; those with nothing new keep waiting.
void ChangeFeedWaiters::catchUp()
{
    wake(0);
    lookAgain(std::numeric_limits<qint64>::max());
}

// Hands the waiters that have not seen `sequence` to a worker, which reads their answers; the ones with nothing
// new (yet) come back to wait on.
void ChangeFeedWaiters::lookAgain(qint64 sequence)
{
    std::vector<Parked> looks;
    for (auto &[id, waiter] : m_waiters) {
        if (waiter.looking || waiter.request.since >= sequence)
            continue;
        waiter.looking = true;
        looks.push_back({id, waiter.request, waiter.send});
    }
    if (looks.empty())
        return;
    m_workers([this, looks] {
        const Answers answers = answer(looks);
        QMetaObject::invokeMethod(this, [this, looks, answers] { settle(looks, answers); });
    });
}

// On a worker: sends each waiter its changes, if there are any; returns whom it answered. Waiters that asked from
// the same point with the same certificate get the same answer: it is read once.
ChangeFeedWaiters::Answers ChangeFeedWaiters::answer(const std::vector<Parked> &looks) const
{
    std::map<std::tuple<QString, qint64, int>, std::optional<Look>> found;
    Answers result;
    for (const Parked &parked : looks) {
        auto &look = found[{parked.request.certificateFingerprint, parked.request.since, parked.request.limit}];
        if (!look)
            look = m_lookUp(parked.request);
        result.heldBack |= look->heldBack;
        if (!look->response)
            continue;
        parked.send(*look->response);
        result.answered << parked.id;
    }
    return result;
}

void ChangeFeedWaiters::settle(const std::vector<Parked> &looks, const Answers &answers)
{
    bool expectsMore = answers.heldBack;
    for (const Parked &parked : looks) {
        if (answers.answered.contains(parked.id)) {
            forget(parked.id);
            continue;
        }
        auto it = m_waiters.find(parked.id);
        if (it == m_waiters.end())
            continue;
        it->second.looking = false;
        expectsMore |= it->second.request.since < m_latestNotified && m_sinceNotified.isValid() && m_sinceNotified.elapsed() < 5000;
    }
    // Changes are committed that these waiters were not given: the feed holds them back until every older
    // transaction has ended (docs/protocol.md), or one was announced while the worker read. Look again soon.
    if (expectsMore)
        lookAgainSoon();
}

// From 20 ms, doubling to a second while nothing moves: a transaction held open for long costs a read a second.
void ChangeFeedWaiters::lookAgainSoon()
{
    if (m_lookAgainSoon.isActive())
        return;
    m_lookAgainSoon.start(m_lookAgainDelay);
    m_lookAgainDelay = std::min(m_lookAgainDelay * 2, std::chrono::milliseconds(1000));
}

} // namespace confidant::server
