#include "store/DeletionService.h"

#include "store/AdvisorScope.h"
#include "store/Database.h"
#include "store/DeletionRecommendations.h"
#include "store/StoreLog.h"

#include <QSqlQuery>
#include <QStringList>

namespace confidant::server {
namespace {

using R = DeletionRecommendations;

// PostgreSQL's array literal of whole numbers, bound as one text value and cast in the statement (QPSQL binds no
// arrays); the numbers are qint64s, so nothing in it comes from the request as text.
QString idArray(const QList<qint64> &ids)
{
    QStringList numbers;
    for (qint64 id : ids)
        numbers << QString::number(id);
    return QLatin1Char('{') + numbers.join(QLatin1Char(',')) + QLatin1Char('}');
}

QVariant optionalAdvisor(std::optional<qint64> advisorId)
{
    return advisorId ? QVariant(*advisorId) : QVariant(QMetaType::fromType<qint64>());
}

ServiceError notFound()
{
    return {ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry does not exist."))};
}

// The inquiries' tombstones, their change number and the NOTIFY, in the statement that deletes them: %1 is the
// CTE `doomed` (id, customer_id, team_id, messages), %2 the rest of the statement's CTEs and final SELECT.
const QString deletionStatement = QStringLiteral(
    "WITH %1, number AS (SELECT confidant_change_number() AS seq), "
    "tombs AS (INSERT INTO inquiry_tombstones (inquiry_id, seq, deleted_at) SELECT doomed.id, number.seq, ? FROM doomed, number RETURNING seq), "
    "%2, (SELECT pg_notify('confidant_changes', min(seq)::text) FROM tombs HAVING count(*) > 0)");

const QString doomedColumns = QStringLiteral(
    "SELECT i.id, i.customer_id, i.team_id, (SELECT count(*) FROM messages m WHERE m.inquiry_id = i.id) AS messages FROM inquiries i ");

} // namespace

DeletionService::DeletionService(Database &database) : m_database(database) {}

Result<DeletionService::Deleted> DeletionService::confirm(const AdvisorProfile &advisor, const QList<qint64> &inquiryIds,
                                                          const QList<qint64> &customerIds, const QDateTime &now)
{
    Check check = Check::Failed;
    Deleted deleted;
    const bool committed = m_database.inTransaction([&] {
        check = checkInquiries(advisor, inquiryIds, now);
        if (check == Check::Deletable)
            check = checkAccounts(advisor, customerIds, now);
        if (check != Check::Deletable)
            return false;
        if (!deleteInquiries(inquiryIds, {advisor.id, false, closedInquiryPolicy}, now, &deleted.inquiries)
            || !deleteAccounts(customerIds, {advisor.id, false, inactiveAccountPolicy}, now, &deleted)) {
            check = Check::Failed;
            return false;
        }
        return true;
    });
    if (check == Check::NotFound)
        return notFound();
    if (check == Check::NotDue)
        return ServiceError{ServiceError::Invalid,
                            QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This is not due for deletion (any more). Refresh the list."))};
    if (!committed)
        return unavailable();
    qCInfo(lcStore) << "advisor" << advisor.id << "deleted" << deleted.inquiries << "inquiries and" << deleted.accounts << "accounts";
    return deleted;
}

// Locks the inquiries, so a customer's new message waits until they are gone or finds them still there.
DeletionService::Check DeletionService::checkInquiries(const AdvisorProfile &advisor, const QList<qint64> &ids, const QDateTime &now)
{
    if (ids.isEmpty())
        return Check::Deletable;
    return checkRows(QStringLiteral("SELECT coalesce(%1, false) ").arg(R::inquiryDue()) + R::inquiryJoins()
                         + QStringLiteral("WHERE i.id = ANY(?::bigint[]) AND %1 FOR UPDATE OF i").arg(AdvisorScope::condition()),
                     QVariantList() << now.toUTC() << idArray(ids) << AdvisorScope(advisor).values(), ids.size());
}

DeletionService::Check DeletionService::checkAccounts(const AdvisorProfile &advisor, const QList<qint64> &ids, const QDateTime &now)
{
    if (ids.isEmpty())
        return Check::Deletable;
    const AdvisorScope scope(advisor);
    return checkRows(QStringLiteral("SELECT coalesce(%1, false) ").arg(R::accountDue()) + R::accountJoins()
                         + QStringLiteral("WHERE c.id = ANY(?::bigint[]) AND ") + R::accountInScope() + QStringLiteral("FOR UPDATE OF c"),
                     QVariantList() << now.toUTC() << idArray(ids) << scope.values() << advisor.teamLead, ids.size());
}

// Each row says whether one id is due; a missing row is an id outside the scope.
DeletionService::Check DeletionService::checkRows(const QString &sql, const QVariantList &values, qsizetype expected)
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, sql, values))
        return Check::Failed;
    qsizetype found = 0;
    bool allDue = true;
    while (query.next()) {
        ++found;
        allDue &= query.value(0).toBool();
    }
    if (found < expected)
        return Check::NotFound;
    return allDue ? Check::Deletable : Check::NotDue;
}

bool DeletionService::deleteInquiries(const QList<qint64> &ids, const Deleter &by, const QDateTime &now, int *deleted)
{
    if (ids.isEmpty())
        return true;
    QSqlQuery query(m_database.connection());
    const QString doomed = QStringLiteral("doomed AS (") + doomedColumns + QStringLiteral("WHERE i.id = ANY(?::bigint[]))");
    const QString rest = QStringLiteral(
        "logged AS (INSERT INTO deletion_log (kind, inquiry_id, customer_id, team_id, inquiry_count, message_count, policy, advisor_id, automatic, at) "
        "  SELECT 'inquiry', id, customer_id, team_id, 1, messages, ?, ?, ?, ? FROM doomed RETURNING id), "
        "gone AS (DELETE FROM inquiries WHERE id IN (SELECT id FROM doomed) RETURNING id) "
        "SELECT (SELECT count(*) FROM gone), (SELECT count(*) FROM logged)");
    if (!runQuery(query, deletionStatement.arg(doomed, rest),
                  {idArray(ids), now.toUTC(), QString::fromLatin1(by.policy), optionalAdvisor(by.advisorId), by.automatic, now.toUTC()})
        || !query.next())
        return false;
    *deleted += query.value(0).toInt();
    return true;
}

// An account takes its inquiries, sessions, agreement acceptances and read marks along (the foreign keys
// cascade); its inquiries get tombstones like any other, and the log one line for the account with the counts.
bool DeletionService::deleteAccounts(const QList<qint64> &ids, const Deleter &by, const QDateTime &now, Deleted *deleted)
{
    if (ids.isEmpty())
        return true;
    QSqlQuery query(m_database.connection());
    const QString doomed = QStringLiteral("accounts AS (SELECT id FROM customers WHERE id = ANY(?::bigint[])), doomed AS (")
        + doomedColumns + QStringLiteral("WHERE i.customer_id IN (SELECT id FROM accounts))");
    const QString rest = QStringLiteral(
        "logged AS (INSERT INTO deletion_log (kind, customer_id, inquiry_count, message_count, policy, advisor_id, automatic, at) "
        "  SELECT 'account', a.id, (SELECT count(*) FROM doomed d WHERE d.customer_id = a.id), "
        "    (SELECT coalesce(sum(d.messages), 0) FROM doomed d WHERE d.customer_id = a.id), ?, ?, ?, ? FROM accounts a RETURNING id), "
        "gone AS (DELETE FROM customers WHERE id IN (SELECT id FROM accounts) RETURNING id) "
        "SELECT (SELECT count(*) FROM gone), (SELECT count(*) FROM doomed), (SELECT count(*) FROM logged)");
    if (!runQuery(query, deletionStatement.arg(doomed, rest),
                  {idArray(ids), now.toUTC(), QString::fromLatin1(by.policy), optionalAdvisor(by.advisorId), by.automatic, now.toUTC()})
        || !query.next())
        return false;
    deleted->accounts += query.value(0).toInt();
    deleted->inquiries += query.value(1).toInt();
    return true;
}

// The customer's own wish (GDPR article 17): nothing is due, but a legal hold still keeps what the law requires.
Result<Done> DeletionService::deleteOwnInquiry(qint64 customerId, qint64 inquiryId, const QDateTime &now)
{
    return deleteForCustomer(customerId, QStringLiteral("i.id = ? AND i.customer_id = ?"), {inquiryId, customerId}, true, [&] {
        int deleted = 0;
        return deleteInquiries({inquiryId}, {std::nullopt, false, customerRequestPolicy}, now, &deleted) && deleted == 1;
    });
}

Result<Done> DeletionService::closeAccount(qint64 customerId, const QDateTime &now)
{
    return deleteForCustomer(customerId, QStringLiteral("i.customer_id = ?"), {customerId}, false, [&] {
        Deleted deleted;
        return deleteAccounts({customerId}, {std::nullopt, false, customerRequestPolicy}, now, &deleted) && deleted.accounts == 1;
    });
}

// Locks the customer's row and the inquiries `where` names (binding `values`; at least one when `needsInquiry`),
// refuses while any of them is on legal hold, then runs `remove` in the same transaction.
Result<Done> DeletionService::deleteForCustomer(qint64 customerId, const QString &where, const QVariantList &values, bool needsInquiry,
                                                const std::function<bool()> &remove)
{
    enum class Outcome { Deleted, NotFound, Held, Failed } outcome = Outcome::Failed;
    const bool committed = m_database.inTransaction([&] {
        QSqlQuery query(m_database.connection());
        if (!runQuery(query, QStringLiteral("SELECT 1 FROM customers WHERE id = ? FOR UPDATE"), {customerId}))
            return false;
        if (!query.next())
            return outcome = Outcome::NotFound, false;
        if (!runQuery(query, QStringLiteral("SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM deletion_postponements p "
                                            "WHERE p.inquiry_id = i.id AND p.legal_hold)) FROM (SELECT i.id FROM inquiries i WHERE %1 FOR UPDATE) i")
                                 .arg(where),
                      values)
            || !query.next())
            return false;
        if (query.value(1).toInt() > 0)
            return outcome = Outcome::Held, false;
        if (needsInquiry && query.value(0).toInt() == 0)
            return outcome = Outcome::NotFound, false; // an inquiry that is not this customer's
        if (!remove())
            return false;
        outcome = Outcome::Deleted;
        return true;
    });
    if (committed && outcome == Outcome::Deleted)
        return Done{};
    if (outcome == Outcome::NotFound)
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry does not exist."))};
    if (outcome == Outcome::Held)
        return ServiceError{ServiceError::Conflict,
                            QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "We are obliged by law to keep this for now, so it cannot be deleted yet. Your advisor can tell you until when."))};
    return unavailable();
}

Result<Done> DeletionService::postpone(const AdvisorProfile &advisor, qint64 inquiryId, const std::optional<QDateTime> &until,
                                       const QString &reason, const QDateTime &now)
{
    bool found = false;
    const bool committed = m_database.inTransaction([&] {
        QSqlQuery query(m_database.connection());
        if (!runQuery(query, QStringLiteral("SELECT i.customer_id, i.team_id FROM inquiries i WHERE i.id = ? AND %1 FOR UPDATE OF i")
                                 .arg(AdvisorScope::condition()),
                      QVariantList() << inquiryId << AdvisorScope(advisor).values()))
            return false;
        found = query.next();
        if (!found)
            return false;
        const QVariant customerId = query.value(0), teamId = query.value(1);
        const QVariant untilValue = until ? QVariant(until->toUTC()) : QVariant(QMetaType::fromType<QDateTime>());
        return runQuery(query, QStringLiteral(
                   "INSERT INTO deletion_postponements (inquiry_id, until, legal_hold, reason, advisor_id, at) VALUES (?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT (inquiry_id) DO UPDATE SET until = excluded.until, legal_hold = excluded.legal_hold, "
                   "reason = excluded.reason, advisor_id = excluded.advisor_id, at = excluded.at"),
                        {inquiryId, untilValue, !until.has_value(), reason, advisor.id, now.toUTC()})
            && runQuery(query, QStringLiteral(
                   "INSERT INTO deletion_log (kind, inquiry_id, customer_id, team_id, advisor_id, automatic, reason, until, at) "
                   "VALUES (?, ?, ?, ?, ?, false, ?, ?, ?)"),
                        {until ? QStringLiteral("postponement") : QStringLiteral("legal_hold"), inquiryId, customerId, teamId, advisor.id,
                         reason, untilValue, now.toUTC()});
    });
    if (!found)
        return committed ? Result<Done>(unavailable()) : Result<Done>(notFound());
    return committed ? Result<Done>(Done{}) : Result<Done>(unavailable());
}

DeletionService::Deleted DeletionService::sweep(const QDateTime &now)
{
    Deleted total;
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT auto_delete_grace_days FROM retention_settings")) || !query.next() || query.value(0).isNull())
        return total;
    // Due by `cutoff` is overdue by the grace period now.
    const QDateTime cutoff = now.addDays(-query.value(0).toInt());
    const QString dueInquiries = QStringLiteral("SELECT i.id ") + R::inquiryJoins() + QStringLiteral("WHERE ") + R::inquiryDue()
        + QStringLiteral("ORDER BY i.id LIMIT ? FOR UPDATE OF i SKIP LOCKED");
    const QString dueAccounts = QStringLiteral("SELECT c.id ") + R::accountJoins() + QStringLiteral("WHERE ") + R::accountDue()
        + QStringLiteral("ORDER BY c.id LIMIT ? FOR UPDATE OF c SKIP LOCKED");
    while (sweepBatchOf(dueInquiries, cutoff, now, &total, false)) {}
    while (sweepBatchOf(dueAccounts, cutoff, now, &total, true)) {}
    if (total.inquiries > 0 || total.accounts > 0)
        qCInfo(lcStore) << "deleted" << total.inquiries << "inquiries and" << total.accounts << "accounts after the grace period";
    return total;
}

// One transaction: true while whole batches were deleted (there may be more).
bool DeletionService::sweepBatchOf(const QString &dueSql, const QDateTime &cutoff, const QDateTime &now, Deleted *deleted, bool accounts)
{
    int found = 0;
    const bool ran = m_database.runExclusively(Database::Job::DeletionSweep, [&] {
        QSqlQuery query(m_database.connection());
        if (!runQuery(query, dueSql, {cutoff.toUTC(), sweepBatch}))
            return false;
        QList<qint64> ids;
        while (query.next())
            ids << query.value(0).toLongLong();
        found = int(ids.size());
        return accounts ? deleteAccounts(ids, {std::nullopt, true, inactiveAccountPolicy}, now, deleted)
                        : deleteInquiries(ids, {std::nullopt, true, closedInquiryPolicy}, now, &deleted->inquiries);
    });
    return ran && found == sweepBatch;
}

} // namespace confidant::server
