#include "store/CustomerStore.h"

#include "store/Database.h"
#include "store/StoreLog.h"
#include "validation/Validation.h"

#include <QSqlError>
#include <QSqlQuery>

namespace confidant::server {
namespace {

const QString selectCustomer = QStringLiteral(
    "SELECT id, email, password_hash, created_at, agreement_version, agreement_accepted_at, display_name FROM customers ");

CustomerRecord readCustomer(const QSqlQuery &query)
{
    CustomerRecord record;
    record.id = query.value(0).toLongLong();
    record.email = query.value(1).toString();
    record.passwordHash = query.value(2).toString().toUtf8();
    record.createdAt = query.value(3).toDateTime().toUTC();
    record.agreementVersion = query.value(4).toString();
    record.agreementAcceptedAt = query.value(5).toDateTime().toUTC();
    record.displayName = query.value(6).toString();
    return record;
}

} // namespace

CustomerStore::CustomerStore(Database &database) : m_database(database) {}

Result<qint64> CustomerStore::create(const QString &email, const QString &displayName, const QByteArray &passwordHash,
                                     const QDateTime &now)
{
    QSqlQuery query(m_database.connection());
    // ON CONFLICT keeps a taken address an ordinary answer instead of a failed transaction.
    if (!runQuery(query, QStringLiteral("INSERT INTO customers (email, display_name, password_hash, created_at) "
                                        "VALUES (?, ?, ?, ?) ON CONFLICT (email) DO NOTHING RETURNING id"),
                  {email.trimmed().toLower(), validation::normalisedName(displayName), QString::fromUtf8(passwordHash),
                   now.toUTC()}))
        return unavailable();
    if (!query.next())
        return ServiceError{ServiceError::Conflict,
                            QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This e-mail address is already registered. Please sign in instead."))};
    return query.value(0).toLongLong();
}

Result<std::optional<CustomerRecord>> CustomerStore::findByEmail(const QString &email) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectCustomer + QStringLiteral("WHERE email = ?"), {email.trimmed().toLower()}))
        return unavailable();
    if (!query.next())
        return std::optional<CustomerRecord>();
    return std::optional<CustomerRecord>(readCustomer(query));
}

Result<std::optional<CustomerRecord>> CustomerStore::findById(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectCustomer + QStringLiteral("WHERE id = ?"), {id}))
        return unavailable();
    if (!query.next())
        return std::optional<CustomerRecord>();
    return std::optional<CustomerRecord>(readCustomer(query));
}

Result<Done> CustomerStore::recordAgreement(qint64 customerId, const QString &version, const QDateTime &acceptedAt)
{
    bool found = false;
    const bool ok = m_database.inTransaction([&] {
        QSqlQuery query(m_database.connection());
        if (!runQuery(query, QStringLiteral("UPDATE customers SET agreement_version = ?, agreement_accepted_at = ? WHERE id = ?"),
                      {version, acceptedAt.toUTC(), customerId}))
            return false;
        found = query.numRowsAffected() == 1;
        return found && runQuery(query, QStringLiteral("INSERT INTO agreement_acceptances (customer_id, version, accepted_at) VALUES (?, ?, ?)"),
                                 {customerId, version, acceptedAt.toUTC()});
    });
    if (ok)
        return Done{};
    if (!found)
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This account no longer exists."))};
    return unavailable();
}

Result<Done> CustomerStore::setFixedAdvisor(qint64 customerId, std::optional<qint64> advisorId)
{
    QSqlQuery query(m_database.connection());
    const QVariant advisor = advisorId ? QVariant(*advisorId) : QVariant(QMetaType::fromType<qint64>());
    // An advisor that does not exist leaves the row alone (0 rows), so a failed statement is only ever an outage.
    if (!runQuery(query, QStringLiteral("UPDATE customers SET fixed_advisor_id = ? WHERE id = ? "
                                        "AND (?::bigint IS NULL OR EXISTS (SELECT 1 FROM advisors WHERE id = ?))"),
                  {advisor, customerId, advisor, advisor}))
        return unavailable();
    if (query.numRowsAffected() == 0)
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This customer or advisor does not exist."))};
    return Done{};
}

} // namespace confidant::server
