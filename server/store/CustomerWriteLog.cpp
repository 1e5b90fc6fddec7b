#include "store/CustomerWriteLog.h"

#include "store/Database.h"
#include "store/SqlStatement.h"

namespace confidant::server {
namespace {

constexpr qint64 window = 3600; // seconds: the limits are per hour

QString kindKey(CustomerWriteLog::Kind kind)
{
    return kind == CustomerWriteLog::Kind::Inquiry ? QStringLiteral("inquiry") : QStringLiteral("message");
}

} // namespace

CustomerWriteLog::CustomerWriteLog(Database &database) : m_database(database) {}

Result<CustomerWriteLog::Admission> CustomerWriteLog::admit(qint64 customerId, Kind kind, int perHour, const QDateTime &now)
{
    const QDateTime since = now.addSecs(-window);
    Admission admission;
    bool found = true;
    const bool ok = m_database.inTransaction([&] {
        if (!lockCustomer(customerId, &found) || !found)
            return false;
        const auto taken = placeTakenSince(customerId, kind, perHour, since);
        if (!taken)
            return false;
        if (taken.value()) {
            admission.refusedUntil = taken.value()->addSecs(window);
            return true;
        }
        const auto entry = enter(customerId, kind, now, since);
        admission.entry = entry ? entry.value() : 0;
        return entry.ok();
    });
    if (ok)
        return admission;
    if (!found)
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This account no longer exists."))};
    return unavailable();
}

// NO KEY UPDATE: the customer's writers queue here, while inserting their inquiries (a key share on the row) does not.
bool CustomerWriteLog::lockCustomer(qint64 customerId, bool *found)
{
    const auto locked = SqlStatement(m_database, QStringLiteral("SELECT id FROM customers WHERE id = :customer FOR NO KEY UPDATE"))
                            .bind(QStringLiteral("customer"), customerId)
                            .touchedARow();
    *found = !locked || locked.value(); // a failed lock says nothing about the customer
    return locked.ok();
}

// The perHour-th newest write still inside the hour: while there is one, another write would be one too many, and it
// is the one whose leaving the hour frees a place. (Read after the lock: READ COMMITTED gives this statement a
// snapshot that holds the previous holder's entry.)
Result<std::optional<QDateTime>> CustomerWriteLog::placeTakenSince(qint64 customerId, Kind kind, int perHour, const QDateTime &since) const
{
    return SqlStatement(m_database, QStringLiteral(
        "SELECT written_at FROM customer_writes WHERE customer_id = :customer AND kind = :kind AND written_at > :since "
        "ORDER BY written_at DESC LIMIT 1 OFFSET :skip"))
        .bind(QStringLiteral("customer"), customerId)
        .bind(QStringLiteral("kind"), kindKey(kind))
        .bind(QStringLiteral("since"), since)
        .bind(QStringLiteral("skip"), std::max(0, perHour - 1))
        .optionalRow([](const SqlRow &row) { return row.time(0); });
}

// The customer's entries that left the hour go first: the table holds an hour of writes, with no sweep of its own.
Result<qint64> CustomerWriteLog::enter(qint64 customerId, Kind kind, const QDateTime &now, const QDateTime &since)
{
    if (!SqlStatement(m_database, QStringLiteral("DELETE FROM customer_writes WHERE customer_id = :customer AND written_at <= :since"))
             .bind(QStringLiteral("customer"), customerId)
             .bind(QStringLiteral("since"), since)
             .run())
        return unavailable();
    return SqlStatement(m_database, QStringLiteral(
        "INSERT INTO customer_writes (customer_id, kind, written_at) VALUES (:customer, :kind, :now) RETURNING id"))
        .bind(QStringLiteral("customer"), customerId)
        .bind(QStringLiteral("kind"), kindKey(kind))
        .bind(QStringLiteral("now"), now)
        .oneRow([](const SqlRow &row) { return row.id(0); }, unavailable());
}

void CustomerWriteLog::giveBack(qint64 entry)
{
    // Should this fail too (the database still away), the entry only counts for an hour.
    SqlStatement(m_database, QStringLiteral("DELETE FROM customer_writes WHERE id = :id")).bind(QStringLiteral("id"), entry).run();
}

} // namespace confidant::server
