#pragma once

#include "store/DatabaseWorkers.h"
#include "web/HashingQueue.h"
#include "web/PageExchange.h"
#include "web/PageResponder.h"

namespace confidant::server {

// Password work (Argon2id, tens of milliseconds and 64 MiB each) for a page: `work` runs on the hashing queue and
// `then` with its result on a database worker (`continueOn`). A full queue answers 503 at once instead of queueing
// hashes that would slow everyone.
class PasswordWork {
public:
    PasswordWork(HashingQueue &queue, Executor continueOn, PageResponder &responder)
        : m_queue(queue), m_continueOn(std::move(continueOn)), m_responder(responder)
    {
    }

    template<typename Work, typename Then>
    void run(PageExchange &x, Work work, Then then)
    {
        if (!m_queue.tryRun(m_continueOn, std::move(work), std::move(then)))
            m_responder.sendErrorText(x, 503, m_responder.text(x, QT_TRANSLATE_NOOP("Web", "Too many people are signing in right now. Please try again in a minute.")),
                                      {{"Retry-After", "60"}});
    }

private:
    HashingQueue &m_queue;
    Executor m_continueOn;
    PageResponder &m_responder;
};

} // namespace confidant::server
