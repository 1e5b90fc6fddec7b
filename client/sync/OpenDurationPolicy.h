#pragma once

#include "domain/Inquiry.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace confidant::client {

// How urgent an inquiry looks in the queue: measured from the customer's oldest unanswered message.
class OpenDurationPolicy {
    Q_DECLARE_TR_FUNCTIONS(OpenDurationPolicy)
public:
    enum class Level { None, Fresh, Warning, Overdue };

    struct Thresholds {
        qint64 warningAfterSeconds = 4 * 3600;
        qint64 overdueAfterSeconds = 24 * 3600;
    };

    OpenDurationPolicy();
    explicit OpenDurationPolicy(Thresholds thresholds);

    Thresholds thresholds() const { return m_thresholds; }
    Level level(const std::optional<QDateTime> &waitingSince, const QDateTime &now) const;
    // The one place an inquiry's level comes from: its dot, the urgency order and the overdue counts all ask it.
    // Targets per topic in working hours will replace the fixed thresholds here.
    Level level(const Inquiry &inquiry, const QDateTime &now) const;
    static QColor colour(Level level);
    // "25 min", "3 h 20 min", "2 days 4 h"; empty when nothing waits.
    static QString durationText(const std::optional<QDateTime> &waitingSince, const QDateTime &now);

private:
    Thresholds m_thresholds;
};

} // namespace confidant::client
