#pragma once

#include "RetryTimer.h"

#include <QList>

namespace confidant::testing {

// The sync engine's retry timer, run by the test: it records each pause asked for and ends one only on fire().
class ManualRetryTimer final : public client::RetryTimer {
    Q_OBJECT
public:
    using client::RetryTimer::RetryTimer;

    void start(std::chrono::milliseconds delay) override;
    void stop() override { m_pending = false; }

    bool isPending() const { return m_pending; }
    // Every pause asked for, in order.
    QList<std::chrono::milliseconds> delays() const { return m_delays; }
    // The pause is over: the engine asks again (nothing happens when none is pending).
    void fire();

private:
    QList<std::chrono::milliseconds> m_delays;
    bool m_pending = false;
};

} // namespace confidant::testing
