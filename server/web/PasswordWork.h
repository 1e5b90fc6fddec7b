#pragma once

#include "store/DatabaseWorkers.h"
#include "web/HashingQueue.h"
#include "web/PageExchange.h"
#include "web/PageResponder.h"
#include "web/PasswordSlots.h"
#include "web/ThrottleKeys.h"

namespace confidant::server {

// Password work (Argon2id, tens of milliseconds and 64 MiB each) for a page: `work` runs on the hashing queue and
// `then` with its result on a database worker (`continueOn`). A full queue answers 503 at once instead of queueing
// hashes that would slow everyone; an account or address that already holds its places (PasswordSlots) is told
// to wait a moment (429). The places are given back after `then`, so a failure it records is seen by the next try.
class PasswordWork {
public:
    PasswordWork(HashingQueue &queue, Executor continueOn, PageResponder &responder)
        : m_queue(queue), m_continueOn(std::move(continueOn)), m_responder(responder)
    {
    }

    // `account`: the e-mail address the password belongs to (or is tried for), as typed.
    template<typename Work, typename Then>
    void run(PageExchange &x, QStringView account, Work work, Then then)
    {
        PasswordSlots::Ticket ticket = m_slots.take(ThrottleKeys::ofAccount(account), ThrottleKeys::ofAddress(x.request.peerAddress));
        if (!ticket)
            return sendBusy(x);
        const bool queued = m_queue.tryRun(m_continueOn, std::move(work), [then = std::move(then), ticket](auto result) mutable {
            then(std::move(result));
            ticket.reset();
        });
        if (!queued)
            sendFull(x);
    }

private:
    void sendBusy(PageExchange &x);
    void sendFull(PageExchange &x);

    HashingQueue &m_queue;
    Executor m_continueOn;
    PageResponder &m_responder;
    PasswordSlots m_slots;
};

} // namespace confidant::server
