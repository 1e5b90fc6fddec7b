#include "service/CustomerAccounts.h"

#include "pki/PasswordHasher.h"
#include "validation/Validation.h"

namespace confidant::server {

CustomerAccounts::CustomerAccounts(CustomerStore &customers, const Clock &clock, const PasswordHasher &hasher)
    : m_customers(customers), m_clock(clock), m_hasher(hasher),
      // Unknown addresses are checked against this hash, so a wrong address costs as much time as a wrong password.
      m_dummyHash(hasher.hash(QStringLiteral("no account has this password")))
{
}

FieldErrors CustomerAccounts::checkRegistration(const Registration &registration) const
{
    FieldErrors errors = validation::checkDisplayName(registration.displayName);
    errors += validation::checkEmail(registration.email);
    errors += validation::checkNewPassword(registration.password);
    if (errors.isEmpty() && registration.password != registration.passwordConfirmation)
        errors.append({QStringLiteral("password_confirm"),
                       QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "The two passwords do not match."))});
    return errors;
}

Result<Done> CustomerAccounts::createUnlessKnown(const QString &email, const QString &displayName,
                                                 const QByteArray &passwordHash)
{
    if (passwordHash.isEmpty())
        return unavailable();
    const Result<qint64> created = m_customers.create(validation::normalisedEmail(email), displayName, passwordHash, m_clock.now());
    if (!created && created.error().kind != ServiceError::Conflict)
        return created.error();
    return Done{};
}

CustomerAccounts::LoginCandidate CustomerAccounts::findLoginCandidate(const QString &email) const
{
    if (!validation::checkEmail(email).isEmpty())
        return {std::nullopt, m_dummyHash};
    const auto lookup = m_customers.findByEmail(email);
    if (!lookup)
        return {std::nullopt, m_dummyHash, true};
    const std::optional<CustomerRecord> &customer = lookup.value();
    return {customer, customer ? customer->passwordHash : m_dummyHash};
}

Result<Done> CustomerAccounts::acceptAgreement(qint64 customerId, const QString &version)
{
    return m_customers.recordAgreement(customerId, version, m_clock.now());
}

Result<std::optional<CustomerRecord>> CustomerAccounts::find(qint64 customerId) const
{
    return m_customers.findById(customerId);
}

} // namespace confidant::server
