#pragma once

#include "domain/AdvisorProfile.h"
#include "domain/Inquiry.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>
#include <variant>

namespace confidant::server {

class Database;

// Where an inquiry is, as a move finds it under its row lock.
struct InquiryPosition {
    std::optional<qint64> teamId; // none: the shared queue
    std::optional<qint64> ownerId;
    bool closed = false;

    static InquiryPosition of(const Inquiry &inquiry)
    {
        return {inquiry.teamId, inquiry.assignedAdvisorId, inquiry.state == InquiryState::Closed};
    }
};

// What a move changes: the event's kind (inquiry_events.kind) and the owner, team and state afterwards. An empty
// kind changes nothing (a second click on "claim" by its owner).
struct OwnershipMove {
    QString kind;
    std::optional<qint64> toOwner;
    std::optional<qint64> toTeam;
    bool close = false;
    QString note;
};
using OwnershipDecision = std::variant<OwnershipMove, ServiceError>;

// Who answers an inquiry, and in which team's queue it waits, in SQL. Every move is one transaction that locks the
// inquiry's row first, within the acting advisor's scope (AdvisorScope: outside it the inquiry does not exist),
// so of two advisors claiming at the same moment exactly one wins and the other is told; what the move does is
// decided by the caller's rules (server/service/OwnershipRules) on what the lock found. It records an event (who,
// when, from, to, why) and takes a change number, so every client's feed follows.
class InquiryOwnership {
public:
    explicit InquiryOwnership(Database &database);

    using Decide = std::function<OwnershipDecision(const InquiryPosition &)>;
    // The inquiry as it is afterwards, or the refusal `decide` gave, or NotFound outside the scope (Conflict for
    // one of the actor's team's queue that a colleague took a moment ago).
    Result<Inquiry> move(const AdvisorProfile &actor, qint64 inquiryId, const QDateTime &now, const Decide &decide);

private:
    enum class Outcome { Moved, NotFound, Refused, Overtaken, Failed };
    Outcome tryMove(const AdvisorProfile &actor, qint64 inquiryId, const QDateTime &now, const Decide &decide, ServiceError *refusal);
    bool writeMove(const AdvisorProfile &actor, qint64 inquiryId, const InquiryPosition &current, const OwnershipMove &move,
                   const QDateTime &now, bool *overtaken);
    struct SealedNote {
        qint64 eventId;
        QByteArray sealed;
    };
    std::optional<SealedNote> sealNote(qint64 inquiryId, const QString &note) const;
    ServiceError outOfScope(const AdvisorProfile &actor, qint64 inquiryId) const;

    Database &m_database;
};

} // namespace confidant::server
