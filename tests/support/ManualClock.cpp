#include "ManualClock.h"

namespace confidant::testing {

ManualClock::ManualClock(QDateTime start) : m_now(std::move(start)) {}

QDateTime ManualClock::now() const
{
    return m_now;
}

void ManualClock::set(const QDateTime &time)
{
    m_now = time;
}

void ManualClock::advance(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

} // namespace confidant::testing
