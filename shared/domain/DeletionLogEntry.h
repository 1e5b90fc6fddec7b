#pragma once

#include <QDateTime>
#include <QString>
#include "domain/PostponementReason.h"
#include <optional>

namespace confidant {

// One line of the deletion log: what was deleted or postponed, why, by whom and when. Never any content: the ids
// name rows that no longer exist, and a postponement's reason is its kind, never the words typed (audit 8).
struct DeletionLogEntry {
    enum class Kind { Inquiry, Account, Postponement, LegalHold, LegalHoldLifted }; // lifted: replaced by a date, or ended
    qint64 id = 0;
    Kind kind = Kind::Inquiry;
    std::optional<qint64> inquiryId;
    qint64 customerId = 0;
    int inquiryCount = 0;
    int messageCount = 0;
    QString policy;              // "closed_inquiry", "inactive_account", "customer_request", or empty (a postponement)
    std::optional<qint64> advisorId;
    QString advisorName;         // empty: automatic, or the advisor no longer exists
    bool automatic = false;
    bool byAdmin = false;        // an administrator with confidant-admin set or lifted a legal hold (no advisor)
    std::optional<PostponementReason> reasonKind; // a postponement's or legal hold's
    std::optional<QDateTime> until;
    QDateTime at;

    friend bool operator==(const DeletionLogEntry &, const DeletionLogEntry &) = default;
};

} // namespace confidant
