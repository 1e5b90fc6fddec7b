#pragma once

#include "time/Clock.h"

#include <QMutex>

namespace confidant::testing {

// A clock the test moves by hand, while the server reads it on its database workers.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    QDateTime now() const override;
    void set(const QDateTime &time);
    void advance(qint64 seconds);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace confidant::testing
