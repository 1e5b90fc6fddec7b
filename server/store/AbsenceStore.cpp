#include "store/AbsenceStore.h"

#include "store/Database.h"
#include "store/StoreLog.h"

#include <QSqlQuery>

namespace confidant::server {
namespace {

// Inquiries returned per transaction: a sweep never holds the change-feed horizon back for long (docs/protocol.md).
constexpr int returnBatchSize = 100;

ServiceError advisorNotFound()
{
    return {ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This advisor does not exist."))};
}

Absence readAbsence(const QSqlQuery &query)
{
    return Absence{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toDateTime().toUTC(),
                   query.value(3).toDateTime().toUTC()};
}

} // namespace

AbsenceStore::AbsenceStore(Database &database) : m_database(database) {}

Result<Absence> AbsenceStore::set(const std::optional<AdvisorProfile> &setter, qint64 advisorId, const QDateTime &from,
                                  const QDateTime &to, const QDateTime &now)
{
    std::optional<Absence> absence;
    const auto changed = changeAbsences(setter, advisorId, [&] {
        QSqlQuery query(m_database.connection());
        if (!runQuery(query, QStringLiteral("DELETE FROM advisor_absences WHERE advisor_id = ? AND starts_at < ? AND ends_at > ?"),
                      {advisorId, to.toUTC(), from.toUTC()}))
            return false;
        if (!runQuery(query, QStringLiteral(
                "WITH absence AS (INSERT INTO advisor_absences (advisor_id, starts_at, ends_at, set_by_advisor_id, created_at) "
                "  VALUES (?, ?, ?, ?, ?) RETURNING advisor_id, starts_at, ends_at) "
                "SELECT absence.advisor_id, a.display_name, absence.starts_at, absence.ends_at FROM absence JOIN advisors a ON a.id = absence.advisor_id"),
                      {advisorId, from.toUTC(), to.toUTC(), setter ? QVariant(setter->id) : QVariant(QMetaType::fromType<qint64>()), now.toUTC()})
            || !query.next())
            return false;
        absence = readAbsence(query);
        return true;
    });
    if (!changed)
        return changed.error();
    return *absence;
}

Result<Done> AbsenceStore::end(const std::optional<AdvisorProfile> &setter, qint64 advisorId, const QDateTime &now)
{
    return changeAbsences(setter, advisorId, [&] {
        QSqlQuery query(m_database.connection());
        return runQuery(query, QStringLiteral("UPDATE advisor_absences SET ends_at = ? WHERE advisor_id = ? AND starts_at < ? AND ends_at > ?"),
                        {now.toUTC(), advisorId, now.toUTC(), now.toUTC()})
            && runQuery(query, QStringLiteral("DELETE FROM advisor_absences WHERE advisor_id = ? AND starts_at >= ?"), {advisorId, now.toUTC()});
    });
}

// One transaction under the advisor's row lock, so two people setting the same advisor's absence at once cannot
// leave overlapping ones behind.
Result<Done> AbsenceStore::changeAbsences(const std::optional<AdvisorProfile> &setter, qint64 advisorId, const std::function<bool()> &write)
{
    ServiceError refusal = unavailable();
    bool allowed = false;
    const bool written = m_database.inTransaction([&] {
        refusal = lockAdvisor(setter, advisorId, &allowed);
        return allowed && write();
    });
    if (!allowed)
        return refusal;
    return written ? Result<Done>(Done{}) : Result<Done>(unavailable());
}

ServiceError AbsenceStore::lockAdvisor(const std::optional<AdvisorProfile> &setter, qint64 advisorId, bool *allowed)
{
    QSqlQuery query(m_database.connection());
    // NO KEY: new inquiries that name the advisor (a foreign key) need not wait for this.
    if (!runQuery(query, QStringLiteral("SELECT team_id FROM advisors WHERE id = ? FOR NO KEY UPDATE"), {advisorId}))
        return unavailable();
    // Outside the setter's team an advisor does not exist for them, as another team's inquiry does not.
    if (!query.next() || (setter && query.value(0).toLongLong() != setter->teamId))
        return advisorNotFound();
    if (setter && setter->id != advisorId && !setter->teamLead)
        return {ServiceError::Forbidden,
                QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "Only the advisor themselves or their team lead can set their absence."))};
    *allowed = true;
    return {};
}

Result<QList<Absence>> AbsenceStore::ofTeam(qint64 teamId, const QDateTime &now) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT ab.advisor_id, a.display_name, ab.starts_at, ab.ends_at FROM advisor_absences ab "
                                        "JOIN advisors a ON a.id = ab.advisor_id WHERE a.team_id = ? AND ab.ends_at > ? "
                                        "ORDER BY ab.starts_at, a.display_name, ab.id"),
                  {teamId, now.toUTC()}))
        return unavailable();
    QList<Absence> absences;
    while (query.next())
        absences.append(readAbsence(query));
    return absences;
}

Result<QHash<qint64, QDateTime>> AbsenceStore::absentUntil(const QDateTime &now) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT advisor_id, max(ends_at) FROM advisor_absences WHERE starts_at <= ? AND ends_at > ? "
                                        "GROUP BY advisor_id"),
                  {now.toUTC(), now.toUTC()}))
        return unavailable();
    QHash<qint64, QDateTime> until;
    while (query.next())
        until.insert(query.value(0).toLongLong(), query.value(1).toDateTime().toUTC());
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
// (a writer that committed after this transaction took its id, see InquiryStore::insertMessage): the next sweep
// takes them.
bool AbsenceStore::returnBatch(const QDateTime &now, int *returned)
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral(
            "WITH due AS (SELECT i.id, i.held_for_advisor_id AS advisor_id, i.team_id FROM inquiries i "
            "  WHERE i.held_for_advisor_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM advisor_absences ab "
            "    WHERE ab.advisor_id = i.held_for_advisor_id AND ab.starts_at <= ? AND ab.ends_at > ?) "
            "  ORDER BY i.id LIMIT ? FOR UPDATE OF i SKIP LOCKED), "
            "number AS (SELECT confidant_change_number() AS seq), "
            "back AS (UPDATE inquiries SET assigned_advisor_id = due.advisor_id, held_for_advisor_id = NULL, seq = number.seq "
            "  FROM due, number WHERE inquiries.id = due.id AND number.seq > inquiries.seq "
            "  RETURNING inquiries.id, due.advisor_id, due.team_id, number.seq), "
            "events AS (INSERT INTO inquiry_events (inquiry_id, kind, to_advisor_id, from_team_id, to_team_id, at, seq) "
            "  SELECT id, 'returned', advisor_id, team_id, team_id, ?, seq FROM back RETURNING seq) "
            "SELECT (SELECT count(*) FROM back), (SELECT count(*) FROM events), "
            "  (SELECT pg_notify('confidant_changes', min(seq)::text) FROM events HAVING count(*) > 0)"),
                  {now.toUTC(), now.toUTC(), returnBatchSize, now.toUTC()})
        || !query.next())
        return false;
    *returned = query.value(0).toInt();
    return true;
}

} // namespace confidant::server
