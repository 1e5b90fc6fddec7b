#pragma once

#include "domain/InquiryActions.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace confidant {

// Whose move it is. An inquiry waits for an advisor as long as the customer's newest message is unanswered.
enum class InquiryState { AwaitingAdvisor, AwaitingCustomer, Closed };

QString inquiryStateKey(InquiryState state);
std::optional<InquiryState> inquiryStateFromKey(const QString &key);

struct Inquiry {
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    qint64 topicId = 0;
    QString topicKey;
    QString topicTitle;
    QString subject;
    InquiryState state = InquiryState::AwaitingAdvisor;
    QDateTime createdAt;
    // Time of the customer's oldest message that no advisor has answered yet; empty when nothing waits.
    std::optional<QDateTime> waitingSince;
    QDateTime lastActivityAt;
    std::optional<qint64> assignedAdvisorId; // the owner: who answers it; none while it waits in its team's queue
    std::optional<qint64> teamId;             // the team whose queue it is in; none: the queue shared by all
    std::optional<QDateTime> closedAt;
    // The customer's fixed advisor (Kundenbetreuer), whose "assigned customers" view lists them; none: no one.
    std::optional<qint64> customerFixedAdvisorId;
    // The topic's response target in working minutes of the company calendar (topics.response_target_minutes).
    int responseTargetMinutes = defaultResponseTargetMinutes;
    // Waiting in the queue for its customer's fixed advisor, who is absent: it goes back to them when they return,
    // unless a colleague takes it first. Never together with an owner.
    std::optional<qint64> heldForAdvisorId;
    QString heldForAdvisorName; // empty when not held
    qint64 seq = 0;
    // What the advisor who read it may do (the advisor API only; the customer's pages and the stores leave it empty).
    InquiryActions allowedActions = {};

    static constexpr int defaultResponseTargetMinutes = 480;
    static constexpr int maxResponseTargetMinutes = 60000;

    friend bool operator==(const Inquiry &, const Inquiry &) = default;
};

} // namespace confidant
