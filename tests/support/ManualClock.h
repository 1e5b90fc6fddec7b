#pragma once

#include "time/Clock.h"

namespace confidant::testing {

// A clock the test moves by hand.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    QDateTime now() const override;
    void set(const QDateTime &time);
    void advance(qint64 seconds);

private:
    QDateTime m_now;
};

} // namespace confidant::testing
