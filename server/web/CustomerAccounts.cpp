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

FieldErrors CustomerAccounts::checkRegistration(const Registration &registration) const
{
    FieldErrors errors = validation::checkEmail(registration.email);
    errors += validation::checkNewPassword(registration.password);
    if (errors.isEmpty() && registration.password != registration.passwordConfirmation)
        errors.append({QStringLiteral("password_confirm"),
                       QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "The two passwords do not match."))});
    return errors;
}

std::variant<qint64, FieldErrors> CustomerAccounts::createCustomer(const QString &email, const QByteArray &passwordHash)
{
    if (passwordHash.isEmpty())
        return FieldErrors{{QStringLiteral("password"),
                            QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "Your password could not be stored. Please try again."))}};
    const Result<qint64> created = m_customers.create(email.trimmed().toLower(), passwordHash, m_clock.now());
    if (!created)
        return FieldErrors{{QStringLiteral("email"), created.error().message}};
    return created.value();
}

std::variant<qint64, FieldErrors> CustomerAccounts::registerCustomer(const Registration &registration)
{
    const FieldErrors errors = checkRegistration(registration);
    if (!errors.isEmpty())
        return errors;
    return createCustomer(registration.email, m_hasher.hash(registration.password));
}

CustomerAccounts::LoginCandidate CustomerAccounts::findLoginCandidate(const QString &email) const
{
    const auto customer = validation::checkEmail(email).isEmpty() ? m_customers.findByEmail(email) : std::nullopt;
    return {customer, customer ? customer->passwordHash : m_dummyHash};
}

std::optional<CustomerRecord> CustomerAccounts::authenticate(const QString &email, const QString &password)
{
    const LoginCandidate candidate = findLoginCandidate(email);
    const bool matches = m_hasher.verify(candidate.hashToVerify, password);
    return candidate.customer && matches ? candidate.customer : std::nullopt;
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
