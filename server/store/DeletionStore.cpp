#include "store/DeletionStore.h"

#include "store/AdvisorScope.h"
#include "store/Database.h"
#include "store/DeletionRecommendations.h"
#include "store/InquiryKeys.h"
#include "store/SqlStatement.h"
#include "store/StoreLog.h"

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

ServiceError notFound()
{
    return {ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry does not exist."))};
}

// The inquiries' tombstones, their change number and the NOTIFY, in the statement that deletes them: %1 is the
// CTE `doomed` (id, customer_id, team_id, messages), %2 the rest of the statement's CTEs and final SELECT.
const QString deletionStatement = QStringLiteral(
    "WITH %1, number AS (SELECT confidant_change_number() AS seq), "
    "tombs AS (INSERT INTO inquiry_tombstones (inquiry_id, seq, deleted_at) SELECT doomed.id, number.seq, :now FROM doomed, number RETURNING seq), "
    "%2, (SELECT pg_notify('confidant_changes', min(seq)::text) FROM tombs HAVING count(*) > 0)");

const QString doomedColumns = QStringLiteral(
    "SELECT i.id, i.customer_id, i.team_id, (SELECT count(*) FROM messages m WHERE m.inquiry_id = i.id) AS messages FROM inquiries i ");

} // namespace

DeletionStore::DeletionStore(Database &database) : m_database(database) {}

Result<DeletionStore::Deleted> DeletionStore::confirm(const AdvisorProfile &advisor, const QList<qint64> &inquiryIds,
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
DeletionStore::Check DeletionStore::checkInquiries(const AdvisorProfile &advisor, const QList<qint64> &ids, const QDateTime &now)
{
    if (ids.isEmpty())
        return Check::Deletable;
    SqlStatement statement(m_database, QStringLiteral("SELECT coalesce(%1, false) ").arg(R::inquiryDue()) + R::inquiryJoins()
                                           + QStringLiteral("WHERE i.id = ANY(:ids::bigint[]) AND %1 FOR UPDATE OF i").arg(AdvisorScope::condition()));
    statement.bind(QStringLiteral("now"), now).bind(QStringLiteral("ids"), idArray(ids));
    AdvisorScope(advisor).bindTo(statement);
    return checkRows(statement, ids.size());
}

DeletionStore::Check DeletionStore::checkAccounts(const AdvisorProfile &advisor, const QList<qint64> &ids, const QDateTime &now)
{
    if (ids.isEmpty())
        return Check::Deletable;
    SqlStatement statement(m_database, QStringLiteral("SELECT coalesce(%1, false) ").arg(R::accountDue()) + R::accountJoins()
                                           + QStringLiteral("WHERE c.id = ANY(:ids::bigint[]) AND ") + R::accountInScope()
                                           + QStringLiteral("FOR UPDATE OF c"));
    statement.bind(QStringLiteral("now"), now).bind(QStringLiteral("ids"), idArray(ids));
    AdvisorScope(advisor).bindTo(statement);
    return checkRows(statement, ids.size());
}

// Each row says whether one id is due; a missing row is an id outside the scope.
DeletionStore::Check DeletionStore::checkRows(SqlStatement &statement, qsizetype expected)
{
    const auto due = statement.rows([](const SqlRow &row) { return row.flag(0); });
    if (!due)
        return Check::Failed;
    if (due->size() < expected)
        return Check::NotFound;
    return due->contains(false) ? Check::NotDue : Check::Deletable;
}

// The rows `doomed` names go in one statement with their tombstones, change number, log lines and NOTIFY
// (deletionStatement); `counted` reads the statement's counts.
bool DeletionStore::deleteRows(const QString &doomed, const QString &rest, const QList<qint64> &ids, const Deleter &by, const QDateTime &now,
                               const std::function<void(const SqlRow &)> &counted)
{
    SqlStatement statement(m_database, deletionStatement.arg(doomed, rest));
    statement.bind(QStringLiteral("ids"), idArray(ids))
        .bind(QStringLiteral("now"), now)
        .bind(QStringLiteral("policy"), QString::fromLatin1(by.policy))
        .bind(QStringLiteral("advisor"), by.advisorId)
        .bind(QStringLiteral("automatic"), by.automatic);
    if (!statement.run() || !statement.next())
        return false;
    counted(statement.row());
    return true;
}

bool DeletionStore::deleteInquiries(const QList<qint64> &ids, const Deleter &by, const QDateTime &now, int *deleted)
{
    if (ids.isEmpty())
        return true;
    const QString doomed = QStringLiteral("doomed AS (") + doomedColumns + QStringLiteral("WHERE i.id = ANY(:ids::bigint[]))");
    const QString rest = QStringLiteral(
        "logged AS (INSERT INTO deletion_log (kind, inquiry_id, customer_id, team_id, inquiry_count, message_count, policy, advisor_id, automatic, at) "
        "  SELECT 'inquiry', id, customer_id, team_id, 1, messages, :policy, :advisor, :automatic, :now FROM doomed RETURNING id), "
        "gone AS (DELETE FROM inquiries WHERE id IN (SELECT id FROM doomed) RETURNING id) "
        "SELECT (SELECT count(*) FROM gone), (SELECT count(*) FROM logged)");
    return deleteRows(doomed, rest, ids, by, now, [deleted](const SqlRow &row) { *deleted += row.number(0); });
}

// An account takes its inquiries, sessions, agreement acceptances and read marks along (the foreign keys
// cascade); its inquiries get tombstones like any other, and the log one line for the account with the counts.
bool DeletionStore::deleteAccounts(const QList<qint64> &ids, const Deleter &by, const QDateTime &now, Deleted *deleted)
{
    if (ids.isEmpty())
        return true;
    const QString doomed = QStringLiteral("accounts AS (SELECT id FROM customers WHERE id = ANY(:ids::bigint[])), doomed AS (")
        + doomedColumns + QStringLiteral("WHERE i.customer_id IN (SELECT id FROM accounts))");
    const QString rest = QStringLiteral(
        "logged AS (INSERT INTO deletion_log (kind, customer_id, inquiry_count, message_count, policy, advisor_id, automatic, at) "
        "  SELECT 'account', a.id, (SELECT count(*) FROM doomed d WHERE d.customer_id = a.id), "
        "    (SELECT coalesce(sum(d.messages), 0) FROM doomed d WHERE d.customer_id = a.id), :policy, :advisor, :automatic, :now "
        "  FROM accounts a RETURNING id), "
        "gone AS (DELETE FROM customers WHERE id IN (SELECT id FROM accounts) RETURNING id) "
        "SELECT (SELECT count(*) FROM gone), (SELECT count(*) FROM doomed), (SELECT count(*) FROM logged)");
    return deleteRows(doomed, rest, ids, by, now, [deleted](const SqlRow &row) {
        deleted->accounts += row.number(0);
        deleted->inquiries += row.number(1);
    });
}

// The customer's own wish (GDPR article 17): nothing is due, but a legal hold still keeps what the law requires.
Result<Done> DeletionStore::deleteOwnInquiry(qint64 customerId, qint64 inquiryId, const QDateTime &now)
{
    return deleteForCustomer(customerId, inquiryId, [&] {
        int deleted = 0;
        return deleteInquiries({inquiryId}, {std::nullopt, false, customerRequestPolicy}, now, &deleted) && deleted == 1;
    });
}

Result<Done> DeletionStore::closeAccount(qint64 customerId, const QDateTime &now)
{
    return deleteForCustomer(customerId, std::nullopt, [&] {
        Deleted deleted;
        return deleteAccounts({customerId}, {std::nullopt, false, customerRequestPolicy}, now, &deleted) && deleted.accounts == 1;
    });
}

// Locks the customer's row and their inquiries (only `inquiryId`, which must be theirs, when it is set), refuses
// while any of them is on legal hold, then runs `remove` in the same transaction.
Result<Done> DeletionStore::deleteForCustomer(qint64 customerId, std::optional<qint64> inquiryId, const std::function<bool()> &remove)
{
    enum class Outcome { Deleted, NotFound, Held, Failed } outcome = Outcome::Failed;
    const bool committed = m_database.inTransaction([&] {
        const auto customer = SqlStatement(m_database, QStringLiteral("SELECT 1 FROM customers WHERE id = :customer FOR UPDATE"))
                                  .bind(QStringLiteral("customer"), customerId)
                                  .touchedARow();
        if (!customer)
            return false;
        if (!customer.value())
            return outcome = Outcome::NotFound, false;
        SqlStatement held(m_database, QStringLiteral("SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM deletion_postponements p "
                                                     "WHERE p.inquiry_id = i.id AND p.legal_hold)) FROM (SELECT i.id FROM inquiries i "
                                                     "WHERE i.customer_id = :customer AND (:inquiry::bigint IS NULL OR i.id = :inquiry) FOR UPDATE) i"));
        held.bind(QStringLiteral("customer"), customerId).bind(QStringLiteral("inquiry"), inquiryId);
        const auto counts = held.oneRow([](const SqlRow &row) { return std::make_pair(row.number(0), row.number(1)); }, unavailable());
        if (!counts)
            return false;
        if (counts->second > 0)
            return outcome = Outcome::Held, false;
        if (inquiryId && counts->first == 0)
            return outcome = Outcome::NotFound, false; // an inquiry that is not this customer's
        if (!remove())
            return false;
        outcome = Outcome::Deleted;
        return true;
    });
    if (committed && outcome == Outcome::Deleted)
        return Done{};
    if (outcome == Outcome::NotFound)
        return notFound();
    if (outcome == Outcome::Held)
        return ServiceError{ServiceError::Conflict,
                            QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "We are obliged by law to keep this for now, so it cannot be deleted yet. Your advisor can tell you until when."))};
    return unavailable();
}

Result<Done> DeletionStore::postpone(const AdvisorProfile &advisor, qint64 inquiryId, const Postponement &postponement, const QDateTime &now)
{
    return changePostponement(advisor, inquiryId, postponement, false, now);
}

Result<Done> DeletionStore::holdAsAdministrator(qint64 inquiryId, PostponementReason kind, const QString &reason, const QDateTime &now)
{
    return changePostponement(std::nullopt, inquiryId, Postponement{std::nullopt, kind, reason}, false, now);
}

// The log line keeps a kind of reason however a hold ends; the postponement goes, so there are no words to seal.
Result<Done> DeletionStore::liftHoldAsAdministrator(qint64 inquiryId, PostponementReason kind, const QDateTime &now)
{
    return changePostponement(std::nullopt, inquiryId, Postponement{std::nullopt, kind, QString()}, true, now);
}

// Sealed before the transaction with the inquiry's data key, which never changes; no key, no inquiry.
Result<Done> DeletionStore::changePostponement(const Actor &by, qint64 inquiryId, const Postponement &postponement, bool lift,
                                               const QDateTime &now)
{
    QByteArray sealed;
    if (!lift) {
        const auto cipher = InquiryKeys(m_database).load(inquiryId);
        if (!cipher)
            return cipher.error();
        if (!cipher.value())
            return notFound();
        const auto sealedReason = cipher.value()->seal(InquiryCipher::Field::PostponementReason, postponement.reason);
        if (!sealedReason)
            return unavailable();
        sealed = *sealedReason;
    }
    Written written = Written::Failed;
    QString logKind;
    const bool committed = m_database.inTransaction([&] {
        written = writePostponement(by, inquiryId, postponement, lift, sealed, now, &logKind);
        return written == Written::Done;
    });
    switch (written) {
    case Written::Done:
        if (!committed)
            break;
        // Holds are what an auditor asks about: who set or ended one, once it is certain it happened.
        if (logKind != QLatin1String("postponement"))
            qCInfo(lcStore).noquote() << (by ? QStringLiteral("advisor %1").arg(by->id) : QStringLiteral("the administrator"))
                                      << (logKind == QLatin1String("legal_hold") ? "set a legal hold on inquiry" : "ended the legal hold on inquiry")
                                      << inquiryId;
        return Done{};
    case Written::NotFound:
        return notFound();
    case Written::MayNotHold:
        return ServiceError{ServiceError::Forbidden,
                            QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "Only a lead of the inquiry's team can set a legal hold. "
                                                                             "Postpone the deletion to a date, or ask your team lead."))};
    case Written::MayNotLift:
        return ServiceError{ServiceError::Forbidden,
                            QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry is under a legal hold, which only a lead of its "
                                                                             "team can lift. Ask your team lead."))};
    case Written::NotHeld:
        return ServiceError{ServiceError::Conflict, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry is not under a legal hold."))};
    case Written::Failed:
        break;
    }
    return unavailable();
}

// Under the inquiry's row lock (within the advisor's scope): who may do it, the postponement replacing the last one
// (or, lifted, none), and its log line. Every writer of a postponement locks the inquiry first, so a colleague's
// hold set meanwhile is seen here and not overwritten.
DeletionStore::Written DeletionStore::writePostponement(const Actor &by, qint64 inquiryId, const Postponement &postponement, bool lift,
                                                        const QByteArray &sealedReason, const QDateTime &now, QString *logKind)
{
    SqlStatement lock(m_database, QStringLiteral("SELECT i.customer_id, i.team_id FROM inquiries i WHERE i.id = :id AND %1 FOR UPDATE OF i")
                                      .arg(by ? AdvisorScope::condition() : QStringLiteral("true")));
    lock.bind(QStringLiteral("id"), inquiryId);
    if (by)
        AdvisorScope(*by).bindTo(lock);
    const auto where = lock.optionalRow([](const SqlRow &row) { return std::make_pair(row.id(0), row.optionalId(1)); });
    if (!where)
        return Written::Failed; // "unavailable", not "not found"
    if (!where.value())
        return Written::NotFound;
    // A statement of its own, so that its snapshot is taken after the lock: in READ COMMITTED the locking statement
    // would read the postponement as it was before it waited for a colleague's transaction. Whether the advisor
    // leads the team is read here too, not taken from the request's profile, which may be seconds old.
    const std::optional<qint64> team = where.value()->second;
    const auto state = SqlStatement(m_database, QStringLiteral(
                                        "SELECT coalesce((SELECT p.legal_hold FROM deletion_postponements p WHERE p.inquiry_id = :id), false), "
                                        "EXISTS (SELECT 1 FROM advisors a WHERE a.id = :advisor AND a.team_lead AND a.team_id = :team)"))
                           .bind(QStringLiteral("id"), inquiryId)
                           .bind(QStringLiteral("advisor"), by ? std::optional<qint64>(by->id) : std::nullopt)
                           .bind(QStringLiteral("team"), team)
                           .optionalRow([](const SqlRow &row) { return std::make_pair(row.flag(0), row.flag(1)); });
    if (!state || !state.value())
        return Written::Failed;
    const auto [held, leadsTeam] = *state.value();
    const bool setsHold = !lift && !postponement.until;
    if (by && !leadsTeam && setsHold)
        return Written::MayNotHold;
    if (by && !leadsTeam && held)
        return Written::MayNotLift;
    if (lift && !held)
        return Written::NotHeld;
    const std::optional<QDateTime> until = lift ? std::nullopt : postponement.until;
    const QVariant untilValue = until ? QVariant(until->toUTC()) : QVariant(QMetaType::fromType<QDateTime>());
    const std::optional<qint64> advisorId = by ? std::optional<qint64>(by->id) : std::nullopt;
    const bool replaced = !lift
        ? SqlStatement(m_database, QStringLiteral(
              "INSERT INTO deletion_postponements (inquiry_id, until, legal_hold, reason_kind, reason_sealed, advisor_id, at) "
              "VALUES (:id, :until, :legal_hold, :kind, :reason, :advisor, :now) "
              "ON CONFLICT (inquiry_id) DO UPDATE SET until = excluded.until, legal_hold = excluded.legal_hold, "
              "reason_kind = excluded.reason_kind, reason_sealed = excluded.reason_sealed, advisor_id = excluded.advisor_id, at = excluded.at"))
              .bind(QStringLiteral("id"), inquiryId).bind(QStringLiteral("until"), untilValue).bind(QStringLiteral("legal_hold"), setsHold)
              .bind(QStringLiteral("kind"), postponementReasonKey(postponement.kind)).bind(QStringLiteral("reason"), sealedReason)
              .bind(QStringLiteral("advisor"), advisorId).bind(QStringLiteral("now"), now)
              .run()
        : SqlStatement(m_database, QStringLiteral("DELETE FROM deletion_postponements WHERE inquiry_id = :id"))
              .bind(QStringLiteral("id"), inquiryId)
              .run();
    // A hold that ends, replaced by a date or lifted, says so in the log; the kind of reason is the new one's.
    const QString kind = setsHold ? QStringLiteral("legal_hold") : held ? QStringLiteral("legal_hold_lifted") : QStringLiteral("postponement");
    *logKind = kind;
    return replaced
            && SqlStatement(m_database, QStringLiteral(
                   "INSERT INTO deletion_log (kind, inquiry_id, customer_id, team_id, advisor_id, by_admin, automatic, reason_kind, until, at) "
                   "VALUES (:kind, :id, :customer, :team, :advisor, :by_admin, false, :reason_kind, :until, :now)"))
                   .bind(QStringLiteral("kind"), kind).bind(QStringLiteral("id"), inquiryId)
                   .bind(QStringLiteral("customer"), where.value()->first).bind(QStringLiteral("team"), team)
                   .bind(QStringLiteral("advisor"), advisorId).bind(QStringLiteral("by_admin"), !by.has_value())
                   .bind(QStringLiteral("reason_kind"), postponementReasonKey(postponement.kind)).bind(QStringLiteral("until"), untilValue)
                   .bind(QStringLiteral("now"), now)
                   .run()
        ? Written::Done
        : Written::Failed;
}

DeletionStore::Deleted DeletionStore::sweep(const QDateTime &now)
{
    Deleted total;
    const auto grace = SqlStatement(m_database, QStringLiteral("SELECT auto_delete_grace_days FROM retention_settings"))
                           .optionalRow([](const SqlRow &row) { return row.isNull(0) ? std::nullopt : std::optional<int>(row.number(0)); });
    if (!grace || !grace.value())
        return total;
    // Due by `cutoff` is overdue by the grace period now.
    const QDateTime cutoff = now.addDays(-*grace.value());
    const QString dueInquiries = QStringLiteral("SELECT i.id ") + R::inquiryJoins() + QStringLiteral("WHERE ") + R::inquiryDue()
        + QStringLiteral("ORDER BY i.id LIMIT :batch FOR UPDATE OF i SKIP LOCKED");
    const QString dueAccounts = QStringLiteral("SELECT c.id ") + R::accountJoins() + QStringLiteral("WHERE ") + R::accountDue()
        + QStringLiteral("ORDER BY c.id LIMIT :batch FOR UPDATE OF c SKIP LOCKED");
    while (sweepBatchOf(dueInquiries, cutoff, now, &total, false)) {}
    while (sweepBatchOf(dueAccounts, cutoff, now, &total, true)) {}
    if (total.inquiries > 0 || total.accounts > 0)
        qCInfo(lcStore) << "deleted" << total.inquiries << "inquiries and" << total.accounts << "accounts after the grace period";
    return total;
}

// One transaction: true while whole batches were deleted (there may be more).
bool DeletionStore::sweepBatchOf(const QString &dueSql, const QDateTime &cutoff, const QDateTime &now, Deleted *deleted, bool accounts)
{
    int found = 0;
    const bool ran = m_database.runExclusively(Database::Job::DeletionSweep, [&] {
        // The statements' due condition compares with :now: here the cutoff, a grace period ago.
        const auto ids = SqlStatement(m_database, dueSql)
                             .bind(QStringLiteral("now"), cutoff)
                             .bind(QStringLiteral("batch"), sweepBatch)
                             .rows([](const SqlRow &row) { return row.id(0); });
        if (!ids)
            return false;
        found = int(ids->size());
        return accounts ? deleteAccounts(ids.value(), {std::nullopt, true, inactiveAccountPolicy}, now, deleted)
                        : deleteInquiries(ids.value(), {std::nullopt, true, closedInquiryPolicy}, now, &deleted->inquiries);
    });
    return ran && found == sweepBatch;
}

} // namespace confidant::server
