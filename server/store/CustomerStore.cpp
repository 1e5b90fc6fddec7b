#include "store/CustomerStore.h"

#include "store/Database.h"
#include "store/InquiryRenumbering.h"
#include "store/SqlStatement.h"
#include "validation/Validation.h"


namespace confidant::server {
namespace {

const QString selectCustomer = QStringLiteral(
    "SELECT id, email, password_hash, created_at, agreement_version, agreement_accepted_at, display_name, verified_at, notice_mode, "
    "notice_language, pseudonymous FROM customers ");

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
    record.verifiedAt = row.optionalTime(7);
    record.noticeMode = row.text(8);
    record.noticeLanguage = row.text(9);
    record.pseudonymous = row.flag(10);
    return record;
}

} // namespace

CustomerStore::CustomerStore(Database &database) : m_database(database) {}

Result<qint64> CustomerStore::create(const QString &email, const QString &displayName, const QByteArray &passwordHash,
                                     const QDateTime &now)
{
    // ON CONFLICT keeps a taken address an ordinary answer instead of a failed transaction.
    return SqlStatement(m_database, QStringLiteral("INSERT INTO customers (email, display_name, password_hash, created_at, verified_at) "
                                                   "VALUES (:email, :name, :hash, :now, :now) ON CONFLICT (email) DO NOTHING RETURNING id"))
        .bind(QStringLiteral("email"), validation::normalisedEmail(email))
        .bind(QStringLiteral("name"), validation::normalisedName(displayName))
        .bind(QStringLiteral("hash"), QString::fromUtf8(passwordHash))
        .bind(QStringLiteral("now"), now)
        .oneRow([](const SqlRow &row) { return row.id(0); },
                ServiceError{ServiceError::Conflict,
                             QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This e-mail address is already registered. Please sign in instead."))});
}

Result<qint64> CustomerStore::createPseudonymous(const QString &pseudonym, const QByteArray &passwordHash, const QString &language,
                                                 const QDateTime &now)
{
    return SqlStatement(m_database, QStringLiteral("INSERT INTO customers (email, display_name, password_hash, created_at, verified_at, notice_mode, "
                                                   "notice_language, pseudonymous) VALUES (:login, :name, :hash, :now, :now, 'never', :language, true) "
                                                   "ON CONFLICT (email) DO NOTHING RETURNING id"))
        .bind(QStringLiteral("login"), validation::normalisedEmail(pseudonym))
        .bind(QStringLiteral("name"), validation::normalisedName(pseudonym))
        .bind(QStringLiteral("hash"), QString::fromUtf8(passwordHash))
        .bind(QStringLiteral("now"), now)
        .bind(QStringLiteral("language"), language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("de"))
        .oneRow([](const SqlRow &row) { return row.id(0); },
                ServiceError{ServiceError::Conflict,
                             QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This pseudonym is taken. Please choose another one."))});
}

Result<RegisteredAddress> CustomerStore::registerAddress(const QString &email, const QString &displayName, const QByteArray &passwordHash,
                                                         const QString &language, const QDateTime &now)
{
    std::optional<RegisteredAddress> found;
    const QString address = validation::normalisedEmail(email);
    const bool committed = m_database.inTransaction([&] {
        const bool freed = SqlStatement(m_database, QStringLiteral("DELETE FROM customers c WHERE c.email = :email AND c.verified_at IS NULL "
                                                                   "AND NOT EXISTS (SELECT 1 FROM account_links l WHERE l.customer_id = c.id "
                                                                   "AND l.expires_at > :now)"))
                               .bind(QStringLiteral("email"), address)
                               .bind(QStringLiteral("now"), now)
                               .run();
        if (!freed)
            return false;
        const auto created = SqlStatement(m_database, QStringLiteral("INSERT INTO customers (email, display_name, password_hash, created_at, notice_language) "
                                                                     "VALUES (:email, :name, :hash, :now, :language) ON CONFLICT (email) DO NOTHING RETURNING id"))
                                 .bind(QStringLiteral("email"), address)
                                 .bind(QStringLiteral("name"), validation::normalisedName(displayName))
                                 .bind(QStringLiteral("hash"), QString::fromUtf8(passwordHash))
                                 .bind(QStringLiteral("now"), now)
                                 .bind(QStringLiteral("language"), language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("de"))
                                 .optionalRow([](const SqlRow &row) { return RegisteredAddress{RegisteredAddress::Created, row.id(0)}; });
        if (!created)
            return false;
        if (created.value())
            return found = created.value(), true;
        const auto existing = SqlStatement(m_database, QStringLiteral("SELECT id, verified_at IS NOT NULL FROM customers WHERE email = :email FOR UPDATE"))
                                  .bind(QStringLiteral("email"), address)
                                  .optionalRow([](const SqlRow &row) {
                                      return RegisteredAddress{row.flag(1) ? RegisteredAddress::Known : RegisteredAddress::Unconfirmed, row.id(0)};
                                  });
        found = existing ? existing.value() : std::nullopt;
        return found.has_value();
    });
    if (!committed)
        return unavailable();
    return *found;
}

Result<Done> CustomerStore::setNoticePreferences(qint64 customerId, const QString &mode, const QString &language)
{
    static const QStringList modes{QStringLiteral("every"), QStringLiteral("daily"), QStringLiteral("never")};
    if (!modes.contains(mode) || (language != QLatin1String("de") && language != QLatin1String("en")))
        return ServiceError{ServiceError::Invalid, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "Please choose one of the offered options."))};
    // A customer who stops daily digests is not told later of what waited: those answers count as told.
    // A pseudonymous account has no address to tell: it stays at "never".
    const auto updated = SqlStatement(m_database, QStringLiteral("WITH customer AS (UPDATE customers SET notice_mode = :mode, notice_language = :language "
                                                                 "WHERE id = :customer AND NOT pseudonymous RETURNING id) UPDATE inquiry_notices n SET mailed = true "
                                                                 "FROM inquiries i, customer WHERE :mode <> 'daily' AND i.id = n.inquiry_id "
                                                                 "AND i.customer_id = customer.id"))
                             .bind(QStringLiteral("mode"), mode)
                             .bind(QStringLiteral("language"), language)
                             .bind(QStringLiteral("customer"), customerId)
                             .run();
    if (!updated)
        return unavailable();
    return Done{};
}

Result<Done> CustomerStore::changePassword(qint64 customerId, const QByteArray &passwordHash, const QByteArray &keptSession)
{
    const bool committed = m_database.inTransaction([&] {
        return SqlStatement(m_database, QStringLiteral("UPDATE customers SET password_hash = :hash WHERE id = :customer"))
                   .bind(QStringLiteral("hash"), QString::fromUtf8(passwordHash))
                   .bind(QStringLiteral("customer"), customerId)
                   .run()
            && SqlStatement(m_database, QStringLiteral("DELETE FROM sessions WHERE customer_id = :customer AND token_hash IS DISTINCT FROM :kept::bytea"))
                   .bind(QStringLiteral("customer"), customerId)
                   .bind(QStringLiteral("kept"), keptSession)
                   .run();
    });
    if (!committed)
        return unavailable();
    return Done{};
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
