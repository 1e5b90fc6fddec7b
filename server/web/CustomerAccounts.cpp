#include "web/CustomerAccounts.h"

#include "pki/PasswordHasher.h"
#include "validation/Validation.h"

namespace confidant::server {

CustomerAccounts::CustomerAccounts(Database &database, const Clock &clock, const PasswordHasher &hasher)
    : m_customers(database), m_clock(clock), m_hasher(hasher),
      // Unknown addresses are checked against this hash, so a wrong address costs as much time as a wrong password.
      m_dummyHash(hasher.hash(QStringLiteral("no account has this password")))
{
}

std::variant<qint64, FieldErrors> CustomerAccounts::registerCustomer(const Registration &registration)
{
    FieldErrors errors = validation::checkEmail(registration.email);
    errors += validation::checkNewPassword(registration.password);
    if (errors.isEmpty() && registration.password != registration.passwordConfirmation)
        errors.append({QStringLiteral("password_confirm"),
                       QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "The two passwords do not match."))});
    if (!errors.isEmpty())
        return errors;
    const QByteArray hash = m_hasher.hash(registration.password);
    if (hash.isEmpty())
        return FieldErrors{{QStringLiteral("password"),
                            QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "Your password could not be stored. Please try again."))}};
    const Result<qint64> created = m_customers.create(registration.email.trimmed().toLower(), hash, m_clock.now());
    if (!created)
        return FieldErrors{{QStringLiteral("email"), created.error().message}};
    return created.value();
}

std::optional<CustomerRecord> CustomerAccounts::authenticate(const QString &email, const QString &password)
{
    const auto customer = validation::checkEmail(email).isEmpty() ? m_customers.findByEmail(email) : std::nullopt;
    const bool matches = m_hasher.verify(customer ? customer->passwordHash : m_dummyHash, password);
    if (!customer || !matches)
        return std::nullopt;
    return customer;
}

Result<Done> CustomerAccounts::acceptAgreement(qint64 customerId, const QString &version)
{
    return m_customers.recordAgreement(customerId, version, m_clock.now());
}

std::optional<CustomerRecord> CustomerAccounts::find(qint64 customerId) const
{
    return m_customers.findById(customerId);
}

} // namespace confidant::server
