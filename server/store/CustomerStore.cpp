#include "store/CustomerStore.h"

#include "store/Database.h"
#include "store/InquiryRenumbering.h"
#include "store/SqlStatement.h"
#include "validation/Validation.h"


namespace confidant::server {
namespace {

const QString selectCustomer = QStringLiteral(
    "SELECT id, email, password_hash, created_at, agreement_version, agreement_accepted_at, display_name FROM customers ");

CustomerRecord readCustomer(const SqlRow &row)
{
    CustomerRecord record;
    record.id = row.id(0);
    record.email = row.text(1);
    record.passwordHash = row.text(2).toUtf8();
    record.createdAt = row.time(3);
    record.agreementVersion = row.text(4);
    record.agreementAcceptedAt = row.time(5);
    record.displayName = row.text(6);
    return record;
}

} // namespace

CustomerStore::CustomerStore(Database &database) : m_database(database) {}

Result<qint64> CustomerStore::create(const QString &email, const QString &displayName, const QByteArray &passwordHash,
                                     const QDateTime &now)
{
    // ON CONFLICT keeps a taken address an ordinary answer instead of a failed transaction.
    return SqlStatement(m_database, QStringLiteral("INSERT INTO customers (email, display_name, password_hash, created_at) "
                                                   "VALUES (:email, :name, :hash, :now) ON CONFLICT (email) DO NOTHING RETURNING id"))
        .bind(QStringLiteral("email"), validation::normalisedEmail(email))
        .bind(QStringLiteral("name"), validation::normalisedName(displayName))
        .bind(QStringLiteral("hash"), QString::fromUtf8(passwordHash))
        .bind(QStringLiteral("now"), now)
        .oneRow([](const SqlRow &row) { return row.id(0); },
                ServiceError{ServiceError::Conflict,
                             QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This e-mail address is already registered. Please sign in instead."))});
}

Result<std::optional<CustomerRecord>> CustomerStore::findByEmail(const QString &email) const
{
    return SqlStatement(m_database, selectCustomer + QStringLiteral("WHERE email = :email"))
        .bind(QStringLiteral("email"), validation::normalisedEmail(email))
        .optionalRow(readCustomer);
}

Result<std::optional<CustomerRecord>> CustomerStore::findById(qint64 id) const
{
    return SqlStatement(m_database, selectCustomer + QStringLiteral("WHERE id = :id")).bind(QStringLiteral("id"), id).optionalRow(readCustomer);
}

Result<Done> CustomerStore::recordAgreement(qint64 customerId, const QString &version, const QDateTime &acceptedAt)
{
    bool found = false;
    const bool ok = m_database.inTransaction([&] {
        const auto updated = SqlStatement(m_database, QStringLiteral("UPDATE customers SET agreement_version = :version, "
                                                                     "agreement_accepted_at = :at WHERE id = :customer"))
                                 .bind(QStringLiteral("version"), version).bind(QStringLiteral("at"), acceptedAt).bind(QStringLiteral("customer"), customerId)
                                 .touchedARow();
        found = updated && updated.value();
        return found && SqlStatement(m_database, QStringLiteral("INSERT INTO agreement_acceptances (customer_id, version, accepted_at) "
                                                                "VALUES (:customer, :version, :at)"))
                            .bind(QStringLiteral("customer"), customerId).bind(QStringLiteral("version"), version).bind(QStringLiteral("at"), acceptedAt)
                            .run();
    });
    if (ok)
        return Done{};
    if (!found)
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This account no longer exists."))};
    return unavailable();
}

Result<QList<AgreementAcceptance>> CustomerStore::agreementHistory(qint64 customerId) const
{
    return SqlStatement(m_database, QStringLiteral("SELECT version, accepted_at FROM agreement_acceptances WHERE customer_id = :customer "
                                                   "ORDER BY accepted_at, id"))
        .bind(QStringLiteral("customer"), customerId)
        .rows([](const SqlRow &row) { return AgreementAcceptance{row.text(0), row.time(1)}; });
}

Result<Done> CustomerStore::setFixedAdvisor(qint64 customerId, std::optional<qint64> advisorId, const QDateTime &now)
{
    const ServiceError missing{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This customer or advisor does not exist."))};
    return InquiryRenumbering::run(m_database, QStringLiteral("i.customer_id = :renumbered_customer"),
                                   [customerId](SqlStatement &statement) { statement.bind(QStringLiteral("renumbered_customer"), customerId); }, [&] {
        // The customer's row, and whether the new advisor exists.
        const auto locked = SqlStatement(m_database, QStringLiteral("SELECT c.fixed_advisor_id, (:advisor::bigint IS NULL OR EXISTS "
                                                                    "(SELECT 1 FROM advisors WHERE id = :advisor)) FROM customers c "
                                                                    "WHERE c.id = :customer FOR UPDATE"))
                                .bind(QStringLiteral("advisor"), advisorId).bind(QStringLiteral("customer"), customerId)
                                .optionalRow([](const SqlRow &row) { return std::make_pair(row.optionalId(0), row.flag(1)); });
        if (!locked)
            return InquiryRenumbering::Step::Failed;
        if (!locked.value() || !locked.value()->second)
            return InquiryRenumbering::Step::Stop;
        // Each inquiry records the change: the previous advisor's client learns from it that they left its scope.
        const bool written = SqlStatement(m_database, QStringLiteral("UPDATE customers SET fixed_advisor_id = :advisor WHERE id = :customer"))
                                 .bind(QStringLiteral("advisor"), advisorId).bind(QStringLiteral("customer"), customerId)
                                 .run()
            && SqlStatement(m_database, QStringLiteral("INSERT INTO inquiry_events (inquiry_id, kind, from_advisor_id, to_advisor_id, from_team_id, "
                                                       "to_team_id, at, seq) SELECT id, 'fixed_advisor', :previous, :advisor, team_id, team_id, :now, "
                                                       "confidant_change_number() FROM inquiries WHERE customer_id = :customer"))
                   .bind(QStringLiteral("previous"), locked.value()->first).bind(QStringLiteral("advisor"), advisorId)
                   .bind(QStringLiteral("now"), now).bind(QStringLiteral("customer"), customerId)
                   .run();
        return written ? InquiryRenumbering::Step::Continue : InquiryRenumbering::Step::Failed;
    }, missing);
}

} // namespace confidant::server
