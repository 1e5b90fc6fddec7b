#pragma once

#include "domain/AdvisorProfile.h"
#include "domain/Inquiry.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>

namespace confidant::server {

class Database;

// Who answers an inquiry, and in which team's queue it waits. Every move is one transaction that locks the
// inquiry's row first, so of two advisors claiming at the same moment exactly one wins and the other is told;
// it records an event (who, when, from, to, why) and takes a change number, so every client's feed follows.
// Every move happens within the acting advisor's scope (AdvisorScope): outside it the inquiry does not exist.
class InquiryOwnership {
public:
    explicit InquiryOwnership(Database &database);

    // From the team's queue (or back from nobody) to the acting advisor.
    Result<Inquiry> claim(const AdvisorProfile &advisor, qint64 inquiryId, const QDateTime &now);
    // Back to its team's queue; by its owner or a lead of its team.
    Result<Inquiry> release(const AdvisorProfile &advisor, qint64 inquiryId, const QDateTime &now);
    // To a colleague (who then owns it, in their team) or to another team's queue, with a note saying why. By its
    // owner, a lead of its team, or anyone of its team while it waits in the queue.
    struct Target {
        std::optional<qint64> advisorId;
        std::optional<qint64> teamId;
    };
    Result<Inquiry> transfer(const AdvisorProfile &advisor, qint64 inquiryId, const Target &target, const QString &note,
                             const QDateTime &now);
    // A lead gives an inquiry of their team to an advisor of their team.
    Result<Inquiry> assign(const AdvisorProfile &lead, qint64 inquiryId, qint64 advisorId, const QDateTime &now);
    // Settled: closed for the customer too, until they write again (which reopens it).
    Result<Inquiry> close(const AdvisorProfile &advisor, qint64 inquiryId, const QDateTime &now);

private:
    struct Current {
        std::optional<qint64> teamId; // none: the shared queue
        std::optional<qint64> ownerId;
        bool closed = false;
    };
    struct Move {
        QString kind; // inquiry_events.kind
        std::optional<qint64> toOwner;
        std::optional<qint64> toTeam;
        bool close = false;
        QString note;
    };
    using Decide = std::function<std::variant<Move, ServiceError>(const Current &)>;
    enum class Outcome { Moved, NotFound, Refused, Overtaken, Failed };

    Result<Inquiry> move(const AdvisorProfile &actor, qint64 inquiryId, const QDateTime &now, const Decide &decide);
    Outcome tryMove(const AdvisorProfile &actor, qint64 inquiryId, const QDateTime &now, const Decide &decide, ServiceError *refusal);
    bool writeMove(const AdvisorProfile &actor, qint64 inquiryId, const Current &current, const Move &move, const QDateTime &now,
                   bool *overtaken);
    // The advisor's team, if they exist: a transfer or assignment names them by id.
    ServiceError outOfScope(const AdvisorProfile &actor, qint64 inquiryId) const;
    Result<std::optional<qint64>> teamOf(qint64 advisorId) const;
    Result<bool> teamExists(qint64 teamId) const;

    Database &m_database;
};

} // namespace confidant::server
