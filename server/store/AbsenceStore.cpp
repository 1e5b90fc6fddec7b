#include "store/AbsenceStore.h"

#include "store/Database.h"
#include "store/SqlStatement.h"
#include "store/StoreLog.h"

namespace confidant::server {
namespace {

// Inquiries returned per transaction: a sweep never holds the change-feed horizon back for long (docs/protocol.md).
constexpr int returnBatchSize = 100;

Absence readAbsence(const SqlRow &row)
{
    return Absence{row.id(0), row.text(1), row.time(2), row.time(3)};
}

} // namespace

AbsenceStore::AbsenceStore(Database &database) : m_database(database) {}

ServiceError AbsenceStore::advisorNotFound()
{
    return {ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This advisor does not exist."))};
}

Result<Absence> AbsenceStore::set(std::optional<qint64> setterId, qint64 advisorId, const QDateTime &from, const QDateTime &to,
                                  const QDateTime &now, const Permit &permit)
{
    std::optional<Absence> absence;
    const auto changed = changeAbsences(advisorId, permit, [&] {
        if (!SqlStatement(m_database, QStringLiteral("DELETE FROM advisor_absences WHERE advisor_id = :advisor AND starts_at < :to AND ends_at > :from"))
                 .bind(QStringLiteral("advisor"), advisorId).bind(QStringLiteral("from"), from).bind(QStringLiteral("to"), to)
                 .run())
            return false;
        const auto written = SqlStatement(m_database, QStringLiteral(
                                 "WITH absence AS (INSERT INTO advisor_absences (advisor_id, starts_at, ends_at, set_by_advisor_id, created_at) "
                                 "  VALUES (:advisor, :from, :to, :setter, :now) RETURNING advisor_id, starts_at, ends_at) "
                                 "SELECT absence.advisor_id, a.display_name, absence.starts_at, absence.ends_at FROM absence "
                                 "JOIN advisors a ON a.id = absence.advisor_id"))
                                 .bind(QStringLiteral("advisor"), advisorId).bind(QStringLiteral("from"), from).bind(QStringLiteral("to"), to)
                                 .bind(QStringLiteral("setter"), setterId).bind(QStringLiteral("now"), now)
                                 .optionalRow(readAbsence);
        if (written && written.value())
            absence = *written.value();
        return absence.has_value();
    });
    if (!changed)
        return changed.error();
    return *absence;
}

Result<Done> AbsenceStore::end(qint64 advisorId, const QDateTime &now, const Permit &permit)
{
    return changeAbsences(advisorId, permit, [&] {
        return SqlStatement(m_database, QStringLiteral("UPDATE advisor_absences SET ends_at = :now WHERE advisor_id = :advisor AND starts_at < :now "
                                                       "AND ends_at > :now"))
                   .bind(QStringLiteral("now"), now).bind(QStringLiteral("advisor"), advisorId)
                   .run()
            && SqlStatement(m_database, QStringLiteral("DELETE FROM advisor_absences WHERE advisor_id = :advisor AND starts_at >= :now"))
                   .bind(QStringLiteral("advisor"), advisorId).bind(QStringLiteral("now"), now)
                   .run();
    });
}

// One transaction under the advisor's row lock, so two people setting the same advisor's absence at once cannot
// leave overlapping ones behind.
Result<Done> AbsenceStore::changeAbsences(qint64 advisorId, const Permit &permit, const std::function<bool()> &write)
{
    ServiceError refusal = unavailable();
    bool allowed = false;
    const bool written = m_database.inTransaction([&] {
        refusal = lockAdvisor(advisorId, permit, &allowed);
        return allowed && write();
    });
    if (!allowed)
        return refusal;
    return written ? Result<Done>(Done{}) : Result<Done>(unavailable());
}

ServiceError AbsenceStore::lockAdvisor(qint64 advisorId, const Permit &permit, bool *allowed)
{
    // NO KEY: new inquiries that name the advisor (a foreign key) need not wait for this.
    const auto team = SqlStatement(m_database, QStringLiteral("SELECT team_id FROM advisors WHERE id = :advisor FOR NO KEY UPDATE"))
                          .bind(QStringLiteral("advisor"), advisorId)
                          .oneRow([](const SqlRow &row) { return row.id(0); }, advisorNotFound());
    if (!team)
        return team.error();
    if (permit) {
        if (const auto refused = permit(team.value()))
            return *refused;
    }
    *allowed = true;
    return {};
}

Result<QList<Absence>> AbsenceStore::ofTeam(qint64 teamId, const QDateTime &now) const
{
    return SqlStatement(m_database, QStringLiteral("SELECT ab.advisor_id, a.display_name, ab.starts_at, ab.ends_at FROM advisor_absences ab "
                                                   "JOIN advisors a ON a.id = ab.advisor_id WHERE a.team_id = :team AND ab.ends_at > :now "
                                                   "ORDER BY ab.starts_at, a.display_name, ab.id"))
        .bind(QStringLiteral("team"), teamId)
        .bind(QStringLiteral("now"), now)
        .rows(readAbsence);
}

Result<QHash<qint64, QDateTime>> AbsenceStore::absentUntil(const QDateTime &now) const
{
    const auto rows = SqlStatement(m_database, QStringLiteral("SELECT advisor_id, max(ends_at) FROM advisor_absences WHERE starts_at <= :now "
                                                              "AND ends_at > :now GROUP BY advisor_id"))
                          .bind(QStringLiteral("now"), now)
                          .rows([](const SqlRow &row) { return std::make_pair(row.id(0), row.time(1)); });
    if (!rows)
        return rows.error();
    QHash<qint64, QDateTime> until;
    for (const auto &[advisor, end] : rows.value())
        until.insert(advisor, end);
    return until;
}

int AbsenceStore::returnHeldInquiries(const QDateTime &now)
{
    int total = 0;
    int returned = returnBatchSize;
    while (returned == returnBatchSize) {
        returned = 0;
        if (!m_database.runExclusively(Database::Job::AbsenceSweep, [&] { return returnBatch(now, &returned); }))
            break;
        total += returned;
    }
    if (total > 0)
        qCInfo(lcStore) << "returned" << total << "held inquiries to advisors back from an absence";
    return total;
}

// One statement: the held inquiries whose advisor is not absent now, their new owner and number, the events and
// the NOTIFY. Rows another writer holds are skipped (SKIP LOCKED), and so are rows whose number would not grow
// (a writer that committed after this transaction took its id, see InquiryMessages::insert): the next sweep
// takes them.
bool AbsenceStore::returnBatch(const QDateTime &now, int *returned)
{
    SqlStatement statement(m_database, QStringLiteral(
            "WITH due AS (SELECT i.id, i.held_for_advisor_id AS advisor_id, i.team_id FROM inquiries i "
            "  WHERE i.held_for_advisor_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM advisor_absences ab "
            "    WHERE ab.advisor_id = i.held_for_advisor_id AND ab.starts_at <= :now AND ab.ends_at > :now) "
            "  ORDER BY i.id LIMIT :batch FOR UPDATE OF i SKIP LOCKED), "
            "number AS (SELECT confidant_change_number() AS seq), "
            "back AS (UPDATE inquiries SET assigned_advisor_id = due.advisor_id, held_for_advisor_id = NULL, seq = number.seq "
            "  FROM due, number WHERE inquiries.id = due.id AND number.seq > inquiries.seq "
            "  RETURNING inquiries.id, due.advisor_id, due.team_id, number.seq), "
            "events AS (INSERT INTO inquiry_events (inquiry_id, kind, to_advisor_id, from_team_id, to_team_id, at, seq) "
            "  SELECT id, 'returned', advisor_id, team_id, team_id, :now, seq FROM back RETURNING seq) "
            "SELECT (SELECT count(*) FROM back), (SELECT count(*) FROM events), "
            "  (SELECT pg_notify('confidant_changes', min(seq)::text) FROM events HAVING count(*) > 0)"));
    statement.bind(QStringLiteral("now"), now).bind(QStringLiteral("batch"), returnBatchSize);
    if (!statement.run() || !statement.next())
        return false;
    *returned = statement.row().number(0);
    return true;
}

} // namespace confidant::server
