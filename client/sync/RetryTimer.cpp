#include "RetryTimer.h"

namespace confidant::client {

RetryTimer::RetryTimer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RetryTimer::due);
}

void RetryTimer::start(std::chrono::milliseconds delay)
{
    m_timer.start(delay);
}

void RetryTimer::stop()
{
    m_timer.stop();
}

} // namespace confidant::client
