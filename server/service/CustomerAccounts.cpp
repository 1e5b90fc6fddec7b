#include "service/CustomerAccounts.h"

#include "pki/PasswordHasher.h"
#include "validation/Validation.h"

namespace confidant::server {

CustomerAccounts::CustomerAccounts(CustomerStore &customers, AccountLinkStore &links, MailOutboxStore &outbox, const Clock &clock,
                                   const PasswordHasher &hasher)
    : m_customers(customers), m_links(links), m_outbox(outbox), m_clock(clock), m_hasher(hasher),
      // Unknown addresses are checked against this hash, so a wrong address costs as much time as a wrong password.
      m_dummyHash(hasher.hash(QStringLiteral("no account has this password")))
{
}

// The new password and its repetition, after the other fields' errors (a mismatch only counts when all else is fine).
static FieldErrors withNewPassword(FieldErrors errors, const QString &password, const QString &repeated)
{
    errors += validation::checkNewPassword(password);
    if (errors.isEmpty() && password != repeated)
        errors.append({QStringLiteral("password_confirm"), QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "The two passwords do not match."))});
    return errors;
}

FieldErrors CustomerAccounts::checkRegistration(const Registration &registration) const
{
    FieldErrors errors = validation::checkDisplayName(registration.displayName);
    errors += validation::checkEmail(registration.email);
    return withNewPassword(errors, registration.password, registration.passwordConfirmation);
}

Result<Done> CustomerAccounts::registerAddress(const QString &email, const QString &displayName, const QByteArray &passwordHash,
                                               const QString &language, const MailAllowance &mayMail)
{
    if (passwordHash.isEmpty())
        return unavailable();
    const QDateTime now = m_clock.now();
    const auto registered = m_customers.registerAddress(email, displayName, passwordHash, language, now);
    if (!registered)
        return registered.error();
    if (!mayMail(validation::normalisedEmail(email)))
        return Done{};
    if (registered->kind == RegisteredAddress::Known)
        return queued(m_outbox.queue(registered->customerId, QStringLiteral("registration_attempt"), now));
    return queued(m_links.send(registered->customerId, LinkPurpose::VerifyAddress, now, verifyLinkLifetime,
                               validation::normalisedName(displayName), passwordHash));
}

Result<Done> CustomerAccounts::queued(Result<Done> queuing) const
{
    if (queuing && m_mailQueued)
        m_mailQueued();
    return queuing;
}

Result<Done> CustomerAccounts::requestPasswordReset(const QString &email, const MailAllowance &mayMail)
{
    if (!validation::checkEmail(email).isEmpty())
        return Done{};
    const auto found = m_customers.findByEmail(email);
    if (!found)
        return found.error();
    const std::optional<CustomerRecord> &customer = found.value();
    if (!customer || !customer->verifiedAt || !mayMail(customer->email))
        return Done{};
    return queued(m_links.send(customer->id, LinkPurpose::ResetPassword, m_clock.now(), resetLinkLifetime));
}

Result<std::optional<AccountLink>> CustomerAccounts::findLink(LinkPurpose purpose, const QByteArray &token) const
{
    return m_links.find(purpose, token, m_clock.now());
}

Result<Done> CustomerAccounts::confirmAddress(const AccountLink &link)
{
    return m_links.confirmAddress(link, m_clock.now());
}

Result<Done> CustomerAccounts::resetPassword(const AccountLink &link, const QByteArray &newPasswordHash)
{
    if (newPasswordHash.isEmpty())
        return unavailable();
    return m_links.resetPassword(link, newPasswordHash, m_clock.now());
}

Result<Done> CustomerAccounts::changePassword(qint64 customerId, const QByteArray &newPasswordHash, const QByteArray &keptSession)
{
    if (newPasswordHash.isEmpty())
        return unavailable();
    return m_customers.changePassword(customerId, newPasswordHash, keptSession);
}

Result<Done> CustomerAccounts::setNoticePreferences(qint64 customerId, const QString &mode, const QString &language)
{
    return m_customers.setNoticePreferences(customerId, mode, language);
}

Result<int> CustomerAccounts::removeUnconfirmed()
{
    return m_links.removeExpired(m_clock.now());
}

CustomerAccounts::LoginCandidate CustomerAccounts::findLoginCandidate(const QString &email) const
{
    // An address, or a pseudonym (anonymous counselling): both are logins kept in `email`.
    if (!validation::checkEmail(email).isEmpty() && !validation::checkPseudonym(email).isEmpty())
        return {std::nullopt, m_dummyHash};
    const auto lookup = m_customers.findByEmail(email);
    if (!lookup)
        return {std::nullopt, m_dummyHash, true};
    const std::optional<CustomerRecord> &customer = lookup.value();
    return {customer, customer ? customer->passwordHash : m_dummyHash};
}

FieldErrors CustomerAccounts::checkPseudonymRegistration(const QString &pseudonym, const QString &password, const QString &repeated) const
{
    return withNewPassword(validation::checkPseudonym(pseudonym), password, repeated);
}

Result<qint64> CustomerAccounts::registerPseudonym(const QString &pseudonym, const QByteArray &passwordHash, const QString &language)
{
    if (passwordHash.isEmpty())
        return unavailable();
    return m_customers.createPseudonymous(pseudonym, passwordHash, language, m_clock.now());
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
