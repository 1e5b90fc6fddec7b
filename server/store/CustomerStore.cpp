#include "store/CustomerStore.h"

#include "store/Database.h"
#include "store/InquiryRenumbering.h"
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

Result<QList<AgreementAcceptance>> CustomerStore::agreementHistory(qint64 customerId) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT version, accepted_at FROM agreement_acceptances WHERE customer_id = ? ORDER BY accepted_at, id"),
                  {customerId}))
        return unavailable();
    QList<AgreementAcceptance> history;
    while (query.next())
        history.append({query.value(0).toString(), query.value(1).toDateTime().toUTC()});
    return history;
}

Result<Done> CustomerStore::setFixedAdvisor(qint64 customerId, std::optional<qint64> advisorId, const QDateTime &now)
{
    const QVariant advisor = advisorId ? QVariant(*advisorId) : QVariant(QMetaType::fromType<qint64>());
    const ServiceError missing{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This customer or advisor does not exist."))};
    return InquiryRenumbering::run(m_database, QStringLiteral("i.customer_id = ?"), {customerId}, [&] {
        QSqlQuery query(m_database.connection());
        if (!runQuery(query, QStringLiteral("SELECT c.fixed_advisor_id, (?::bigint IS NULL OR EXISTS (SELECT 1 FROM advisors WHERE id = ?)) "
                                            "FROM customers c WHERE c.id = ? FOR UPDATE"),
                      {advisor, advisor, customerId}))
            return InquiryRenumbering::Step::Failed;
        if (!query.next() || !query.value(1).toBool())
            return InquiryRenumbering::Step::Stop;
        const QVariant previous = query.value(0).isNull() ? QVariant(QMetaType::fromType<qint64>()) : query.value(0);
        // Each inquiry records the change: the previous advisor's client learns from it that they left its scope.
        const bool written = runQuery(query, QStringLiteral("UPDATE customers SET fixed_advisor_id = ? WHERE id = ?"), {advisor, customerId})
            && runQuery(query, QStringLiteral("INSERT INTO inquiry_events (inquiry_id, kind, from_advisor_id, to_advisor_id, from_team_id, "
                                              "to_team_id, at, seq) SELECT id, 'fixed_advisor', ?, ?, team_id, team_id, ?, confidant_change_number() "
                                              "FROM inquiries WHERE customer_id = ?"),
                        {previous, advisor, now.toUTC(), customerId});
        return written ? InquiryRenumbering::Step::Continue : InquiryRenumbering::Step::Failed;
    }, missing);
}

} // namespace confidant::server
