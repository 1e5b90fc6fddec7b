#include "store/InquiryOwnership.h"

#include "store/AdvisorScope.h"
#include "store/Database.h"
#include "store/InquiryKeys.h"
#include "store/InquiryStore.h"
#include "store/SqlStatement.h"

namespace confidant::server {

InquiryOwnership::InquiryOwnership(Database &database) : m_database(database) {}

Result<Inquiry> InquiryOwnership::move(const AdvisorProfile &actor, qint64 inquiryId, const QDateTime &now, const Decide &decide)
{
    // Overtaking needs three writers on one inquiry at once (InquiryMessages::insert); a few new starts are plenty.
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
        // The row lock first: movers of one inquiry queue here, and the second sees what the first did.
        SqlStatement lock(m_database, QStringLiteral("SELECT i.team_id, i.assigned_advisor_id, i.state = 'closed' FROM inquiries i "
                                                     "WHERE i.id = :id AND ") + AdvisorScope::condition() + QStringLiteral(" FOR UPDATE"));
        lock.bind(QStringLiteral("id"), inquiryId);
        AdvisorScope(actor).bindTo(lock);
        const auto current = lock.optionalRow([](const SqlRow &row) { return InquiryPosition{row.optionalId(0), row.optionalId(1), row.flag(2)}; });
        if (!current)
            return false;
        if (!current.value()) {
            outcome = Outcome::NotFound;
            return false;
        }
        const OwnershipDecision decision = decide(*current.value());
        if (const auto *error = std::get_if<ServiceError>(&decision)) {
            *refusal = *error;
            outcome = Outcome::Refused;
            return false;
        }
        const OwnershipMove &move = std::get<OwnershipMove>(decision);
        if (move.kind.isEmpty())
            return true; // nothing to change
        bool overtaken = false;
        const bool written = writeMove(actor, inquiryId, *current.value(), move, now, &overtaken);
        if (overtaken)
            outcome = Outcome::Overtaken;
        return written;
    });
    return ok ? Outcome::Moved : outcome;
}

// The note, sealed with the inquiry's key and bound to the event's row (its id taken here for that); none when it
// cannot be.
std::optional<InquiryOwnership::SealedNote> InquiryOwnership::sealNote(qint64 inquiryId, const QString &note) const
{
    const auto cipher = InquiryKeys(m_database).load(inquiryId);
    const auto id = SqlStatement(m_database, QStringLiteral("SELECT nextval('inquiry_events_id_seq')")).oneRow([](const SqlRow &row) { return row.id(0); },
                                                                                                            unavailable());
    if (!cipher || !cipher.value() || !id)
        return std::nullopt;
    const auto sealed = cipher.value()->seal(InquiryCipher::Field::EventNote, {id.value(), {}}, note);
    return sealed ? std::optional<SealedNote>(SealedNote{id.value(), *sealed}) : std::nullopt;
}

// One statement after the row lock: the number (above the inquiry's current one, see InquiryMessages::insert),
// the inquiry's new owner, team and state, the event, and the NOTIFY. Any move ends holding it for an absent fixed
// advisor: the team has decided who answers it.
bool InquiryOwnership::writeMove(const AdvisorProfile &actor, qint64 inquiryId, const InquiryPosition &current, const OwnershipMove &move,
                                 const QDateTime &now, bool *overtaken)
{
    const auto note = move.note.isEmpty() ? std::nullopt : sealNote(inquiryId, move.note);
    if (!move.note.isEmpty() && !note)
        return false;
    SqlStatement statement(m_database, QStringLiteral(
        "WITH number AS (SELECT n AS seq FROM (SELECT confidant_change_number() AS n) own "
        "  WHERE n > (SELECT seq FROM inquiries WHERE id = :id)), "
        "updated AS (UPDATE inquiries SET assigned_advisor_id = :to_owner, team_id = :to_team, held_for_advisor_id = NULL, "
        "  state = CASE WHEN :close THEN 'closed' ELSE state END, closed_at = CASE WHEN :close THEN :now::timestamptz ELSE closed_at END, "
        "  waiting_since = CASE WHEN :close THEN NULL ELSE waiting_since END, seq = number.seq FROM number WHERE id = :id RETURNING 1), "
        "event AS (INSERT INTO inquiry_events (id, inquiry_id, kind, actor_advisor_id, from_advisor_id, to_advisor_id, from_team_id, "
        "  to_team_id, note_sealed, at, seq) SELECT coalesce(:event, nextval('inquiry_events_id_seq')), :id, :kind, :actor, :from_owner, "
        "  :to_owner, :from_team, :to_team, :note, :now, number.seq FROM number RETURNING 1) "
        "SELECT number.seq, pg_notify('confidant_changes', number.seq::text), (SELECT count(*) FROM updated), "
        "(SELECT count(*) FROM event) FROM number"));
    statement.bind(QStringLiteral("id"), inquiryId)
        .bind(QStringLiteral("to_owner"), move.toOwner)
        .bind(QStringLiteral("to_team"), move.toTeam)
        .bind(QStringLiteral("close"), move.close)
        .bind(QStringLiteral("now"), now)
        .bind(QStringLiteral("kind"), move.kind)
        .bind(QStringLiteral("actor"), actor.id)
        .bind(QStringLiteral("from_owner"), current.ownerId)
        .bind(QStringLiteral("from_team"), current.teamId)
        .bind(QStringLiteral("event"), note ? std::optional<qint64>(note->eventId) : std::nullopt)
        .bind(QStringLiteral("note"), note ? QVariant(note->sealed) : QVariant(QMetaType::fromType<QByteArray>()));
    const auto written = statement.touchedARow();
    *overtaken = written && !written.value();
    return written && written.value();
}

// Outside the advisor's scope an inquiry does not exist, with one exception that tells nothing new: one of their
// team's queue (which they saw a moment ago) that a colleague has just taken. The loser of a race for it learns
// who won the race, not that the inquiry vanished.
ServiceError InquiryOwnership::outOfScope(const AdvisorProfile &actor, qint64 inquiryId) const
{
    const auto taken = SqlStatement(m_database, QStringLiteral("SELECT 1 FROM inquiries WHERE id = :id AND assigned_advisor_id IS NOT NULL "
                                                               "AND assigned_advisor_id <> :actor AND state <> 'closed' "
                                                               "AND (team_id = :team OR team_id IS NULL)"))
                           .bind(QStringLiteral("id"), inquiryId)
                           .bind(QStringLiteral("actor"), actor.id)
                           .bind(QStringLiteral("team"), actor.teamId)
                           .touchedARow();
    if (!taken)
        return taken.error();
    if (taken.value())
        return {ServiceError::Conflict, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "A colleague has taken this inquiry already."))};
    return {ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry does not exist."))};
}

} // namespace confidant::server
