#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace confidant {

// Something whose retention period has passed (docs/architecture.md, "Retention and deletion"): a closed inquiry
// of a topic with a retention period, or a customer account nobody signed in to for the inactive-account period.
// Carries no subject and no message: the advisor's client knows the inquiry by its id.
struct DeletionRecommendation {
    enum class Policy { ClosedInquiry, InactiveAccount };
    Policy policy = Policy::ClosedInquiry;
    qint64 inquiryId = 0;        // 0 for an account
    qint64 customerId = 0;
    QString customerName;
    QString topicTitle;          // empty for an account
    int periodDays = 0;          // the policy's period
    QDateTime periodStart;       // closed at, or the last sign-in (registration if never signed in)
    QDateTime deadline;          // periodStart + periodDays, or a later postponement's end
    std::optional<QDateTime> postponedUntil;
    std::optional<QDateTime> automaticDeletionAt; // deadline + grace, when automatic deletion is on
    int inquiryCount = 1;        // an account: how many inquiries go with it

    friend bool operator==(const DeletionRecommendation &, const DeletionRecommendation &) = default;
};

} // namespace confidant
