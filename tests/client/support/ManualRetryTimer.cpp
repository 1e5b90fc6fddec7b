#include "ManualRetryTimer.h"

namespace confidant::testing {

void ManualRetryTimer::start(std::chrono::milliseconds delay)
{
    m_delays.append(delay);
    m_pending = true;
}

void ManualRetryTimer::fire()
{
    if (!m_pending)
        return;
    m_pending = false;
    emit due();
}

} // namespace confidant::testing
