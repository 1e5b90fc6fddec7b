#include "store/InquiryOwnership.h"

#include "store/AdvisorScope.h"
#include "store/Database.h"
#include "store/InquiryStore.h"
#include "store/StoreLog.h"

#include <QSqlQuery>

namespace confidant::server {
namespace {

ServiceError refused(ServiceError::Kind kind, const char *message)
{
    return {kind, QString::fromUtf8(message)};
}

QVariant nullable(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

// The owner, a lead of the inquiry's team, or (while it waits in the queue) anyone of that team; the shared
// queue (no team) is everyone's, and has no lead.
bool responsible(const AdvisorProfile &advisor, const std::optional<qint64> &teamId, const std::optional<qint64> &ownerId)
{
    const bool leadsIt = advisor.teamLead && teamId == advisor.teamId;
    const bool waitsForThem = !ownerId && (!teamId || teamId == advisor.teamId);
    return ownerId == advisor.id || leadsIt || waitsForThem;
}

} // namespace

InquiryOwnership::InquiryOwnership(Database &database) : m_database(database) {}

Result<Inquiry> InquiryOwnership::claim(const AdvisorProfile &advisor, qint64 inquiryId, const QDateTime &now)
{
    return move(advisor, inquiryId, now, [&advisor](const Current &current) -> std::variant<Move, ServiceError> {
        if (current.closed)
            return refused(ServiceError::Conflict, QT_TRANSLATE_NOOP("ServiceError", "This inquiry is closed."));
        if (current.ownerId == advisor.id)
            return Move{}; // taken already, by this advisor: a second click changes nothing
        if (current.ownerId)
            return refused(ServiceError::Conflict, QT_TRANSLATE_NOOP("ServiceError", "A colleague has taken this inquiry already."));
        return Move{QStringLiteral("claimed"), advisor.id, current.teamId, false, {}};
    });
}

Result<Inquiry> InquiryOwnership::release(const AdvisorProfile &advisor, qint64 inquiryId, const QDateTime &now)
{
    return move(advisor, inquiryId, now, [&advisor](const Current &current) -> std::variant<Move, ServiceError> {
        if (!current.ownerId)
            return refused(ServiceError::Conflict, QT_TRANSLATE_NOOP("ServiceError", "Nobody has taken this inquiry."));
        if (!responsible(advisor, current.teamId, current.ownerId))
            return refused(ServiceError::Forbidden,
                           QT_TRANSLATE_NOOP("ServiceError", "Only the advisor who has taken this inquiry, or their team lead, can release it."));
        return Move{QStringLiteral("released"), std::nullopt, current.teamId, false, {}};
    });
}

Result<Inquiry> InquiryOwnership::transfer(const AdvisorProfile &advisor, qint64 inquiryId, const Target &target, const QString &note,
                                           const QDateTime &now)
{
    const QString why = note.trimmed();
    if (why.isEmpty() || why.size() > 2000)
        return refused(ServiceError::Invalid, QT_TRANSLATE_NOOP("ServiceError", "Say in a note (up to 2,000 characters) why you transfer the inquiry."));
    if (target.advisorId.has_value() == target.teamId.has_value())
        return refused(ServiceError::Invalid, QT_TRANSLATE_NOOP("ServiceError", "Transfer to one colleague or one team."));
    std::optional<qint64> toTeam;
    if (target.advisorId) {
        const auto team = teamOf(*target.advisorId);
        if (!team)
            return team.error();
        if (!team.value())
            return refused(ServiceError::Invalid, QT_TRANSLATE_NOOP("ServiceError", "This colleague does not exist."));
        toTeam = team.value();
    } else {
        const auto exists = teamExists(*target.teamId);
        if (!exists)
            return exists.error();
        if (!exists.value())
            return refused(ServiceError::Invalid, QT_TRANSLATE_NOOP("ServiceError", "This team does not exist."));
        toTeam = *target.teamId;
    }
    return move(advisor, inquiryId, now, [&](const Current &current) -> std::variant<Move, ServiceError> {
        if (current.closed)
            return refused(ServiceError::Conflict, QT_TRANSLATE_NOOP("ServiceError", "This inquiry is closed."));
        if (!responsible(advisor, current.teamId, current.ownerId))
            return refused(ServiceError::Forbidden, QT_TRANSLATE_NOOP("ServiceError", "Only the advisor who has taken this inquiry, or their team lead, can transfer it."));
        return Move{QStringLiteral("transferred"), target.advisorId, toTeam, false, why};
    });
}

Result<Inquiry> InquiryOwnership::assign(const AdvisorProfile &lead, qint64 inquiryId, qint64 advisorId, const QDateTime &now)
{
    const auto team = teamOf(advisorId);
    if (!team)
        return team.error();
    if (!team.value() || *team.value() != lead.teamId)
        return refused(ServiceError::Invalid, QT_TRANSLATE_NOOP("ServiceError", "Assign to an advisor of your team; transfer the inquiry to reach others."));
    return move(lead, inquiryId, now, [&](const Current &current) -> std::variant<Move, ServiceError> {
        if (!lead.teamLead || current.teamId != lead.teamId)
            return refused(ServiceError::Forbidden, QT_TRANSLATE_NOOP("ServiceError", "Only a lead of the inquiry's team can assign it."));
        if (current.closed)
            return refused(ServiceError::Conflict, QT_TRANSLATE_NOOP("ServiceError", "This inquiry is closed."));
        if (current.ownerId == advisorId)
            return Move{};
        return Move{QStringLiteral("assigned"), advisorId, current.teamId, false, {}};
    });
}

Result<Inquiry> InquiryOwnership::close(const AdvisorProfile &advisor, qint64 inquiryId, const QDateTime &now)
{
    return move(advisor, inquiryId, now, [&advisor](const Current &current) -> std::variant<Move, ServiceError> {
        if (current.closed)
            return refused(ServiceError::Conflict, QT_TRANSLATE_NOOP("ServiceError", "This inquiry is closed already."));
        if (!responsible(advisor, current.teamId, current.ownerId))
            return refused(ServiceError::Forbidden, QT_TRANSLATE_NOOP("ServiceError", "Only the advisor who has taken this inquiry, or their team lead, can close it."));
        return Move{QStringLiteral("closed"), current.ownerId, current.teamId, true, {}};
    });
}

Result<Inquiry> InquiryOwnership::move(const AdvisorProfile &actor, qint64 inquiryId, const QDateTime &now, const Decide &decide)
{
    // Overtaking needs three writers on one inquiry at once (InquiryStore::insertMessage); a few new starts are plenty.
    ServiceError refusal;
    Outcome outcome = Outcome::Overtaken;
    for (int attempt = 0; attempt < 5 && outcome == Outcome::Overtaken; ++attempt)
        outcome = tryMove(actor, inquiryId, now, decide, &refusal);
    if (outcome == Outcome::NotFound)
        return outOfScope(actor, inquiryId);
    if (outcome == Outcome::Refused)
        return refusal;
    const auto moved = outcome == Outcome::Moved ? InquiryStore(m_database).find(inquiryId) : std::nullopt;
    return moved ? Result<Inquiry>(*moved) : Result<Inquiry>(unavailable());
}

InquiryOwnership::Outcome InquiryOwnership::tryMove(const AdvisorProfile &actor, qint64 inquiryId, const QDateTime &now, const Decide &decide,
                                                    ServiceError *refusal)
{
    Outcome outcome = Outcome::Failed;
    const bool ok = m_database.inTransaction([&] {
        QSqlQuery query(m_database.connection());
        // The row lock first: movers of one inquiry queue here, and the second sees what the first did.
        if (!runQuery(query, QStringLiteral("SELECT i.team_id, i.assigned_advisor_id, i.state = 'closed' FROM inquiries i WHERE i.id = ? AND ")
                                 + AdvisorScope::condition() + QStringLiteral(" FOR UPDATE"),
                      QVariantList() << inquiryId << AdvisorScope(actor).values()))
            return false;
        if (!query.next()) {
            outcome = Outcome::NotFound;
            return false;
        }
        const Current current{query.value(0).isNull() ? std::nullopt : std::optional<qint64>(query.value(0).toLongLong()),
                              query.value(1).isNull() ? std::nullopt : std::optional<qint64>(query.value(1).toLongLong()),
                              query.value(2).toBool()};
        const auto decision = decide(current);
        if (const auto *error = std::get_if<ServiceError>(&decision)) {
            *refusal = *error;
            outcome = Outcome::Refused;
            return false;
        }
        const Move &move = std::get<Move>(decision);
        if (move.kind.isEmpty())
            return true; // nothing to change
        bool overtaken = false;
        const bool written = writeMove(actor, inquiryId, current, move, now, &overtaken);
        if (overtaken)
            outcome = Outcome::Overtaken;
        return written;
    });
    return ok ? Outcome::Moved : outcome;
}

// One statement after the row lock: the number (above the inquiry's current one, see InquiryStore::insertMessage),
// the inquiry's new owner, team and state, the event, and the NOTIFY. Any move ends holding it for an absent fixed
// advisor: the team has decided who answers it.
bool InquiryOwnership::writeMove(const AdvisorProfile &actor, qint64 inquiryId, const Current &current, const Move &move,
                                 const QDateTime &now, bool *overtaken)
{
    QSqlQuery query(m_database.connection());
    const QDateTime at = now.toUTC();
    if (!runQuery(query, QStringLiteral(
            "WITH number AS (SELECT n AS seq FROM (SELECT confidant_change_number() AS n) own "
            "  WHERE n > (SELECT seq FROM inquiries WHERE id = ?)), "
            "updated AS (UPDATE inquiries SET assigned_advisor_id = ?, team_id = ?, held_for_advisor_id = NULL, "
            "  state = CASE WHEN ? THEN 'closed' ELSE state END, closed_at = CASE WHEN ? THEN ?::timestamptz ELSE closed_at END, "
            "  waiting_since = CASE WHEN ? THEN NULL ELSE waiting_since END, seq = number.seq FROM number WHERE id = ? RETURNING 1), "
            "event AS (INSERT INTO inquiry_events (inquiry_id, kind, actor_advisor_id, from_advisor_id, to_advisor_id, from_team_id, "
            "  to_team_id, note, at, seq) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, number.seq FROM number RETURNING 1) "
            "SELECT number.seq, pg_notify('confidant_changes', number.seq::text), (SELECT count(*) FROM updated), "
            "(SELECT count(*) FROM event) FROM number"),
                  QVariantList{inquiryId, nullable(move.toOwner), nullable(move.toTeam), move.close, move.close, at, move.close, inquiryId,
                               inquiryId, move.kind, actor.id, nullable(current.ownerId), nullable(move.toOwner), nullable(current.teamId),
                               nullable(move.toTeam), move.note.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(move.note), at}))
        return false;
    *overtaken = !query.next();
    return !*overtaken;
}

// Outside the advisor's scope an inquiry does not exist, with one exception that tells nothing new: one of their
// team's queue (which they saw a moment ago) that a colleague has just taken. The loser of a race for it learns
// who won the race, not that the inquiry vanished.
ServiceError InquiryOwnership::outOfScope(const AdvisorProfile &actor, qint64 inquiryId) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT 1 FROM inquiries WHERE id = ? AND assigned_advisor_id IS NOT NULL AND assigned_advisor_id <> ? "
                                        "AND state <> 'closed' AND (team_id = ? OR team_id IS NULL)"),
                  {inquiryId, actor.id, actor.teamId}))
        return unavailable();
    if (query.next())
        return refused(ServiceError::Conflict, QT_TRANSLATE_NOOP("ServiceError", "A colleague has taken this inquiry already."));
    return refused(ServiceError::NotFound, QT_TRANSLATE_NOOP("ServiceError", "This inquiry does not exist."));
}

Result<std::optional<qint64>> InquiryOwnership::teamOf(qint64 advisorId) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT team_id FROM advisors WHERE id = ?"), {advisorId}))
        return unavailable();
    return query.next() ? std::optional<qint64>(query.value(0).toLongLong()) : std::nullopt;
}

Result<bool> InquiryOwnership::teamExists(qint64 teamId) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT 1 FROM teams WHERE id = ?"), {teamId}))
        return unavailable();
    return query.next();
}

} // namespace confidant::server
