#include "web/SignInPages.h"

#include "http/Router.h"
#include "pki/PasswordHasher.h"
#include "service/CustomerAccounts.h"
#include "service/TwoFactor.h"
#include "web/AdmissionGate.h"
#include "web/DeviceName.h"
#include "web/PageResponder.h"
#include "web/PasswordWork.h"
#include "web/SessionManager.h"
#include "web/SignInThrottle.h"
#include "web/TwoFactorPages.h"
#include "validation/Validation.h"

namespace confidant::server {
namespace {

// The name and address a visitor typed come back with an error; the passwords never do.
const QStringList registerFields{QStringLiteral("name"), QStringLiteral("email")};

} // namespace

SignInPages::SignInPages(CustomerAccounts &accounts, TwoFactor &twoFactor, SessionManager &sessions, SignInThrottle &throttle,
                         PasswordWork &passwords, PageResponder &responder, const Clock &clock, QString agreementVersion)
    : m_accounts(accounts), m_twoFactor(twoFactor), m_sessions(sessions), m_throttle(throttle), m_passwords(passwords), m_responder(responder), m_clock(clock),
      m_agreementVersion(std::move(agreementVersion))
{
}

void SignInPages::registerRoutes(Router &router, const AdmissionGate &gate)
{
    router.add("GET", QStringLiteral("/"), gate.page(this, &SignInPages::home, PageAccess::Anyone, false));
    router.add("GET", QStringLiteral("/register"), gate.page(this, &SignInPages::showRegister, PageAccess::Anyone, false));
    router.add("POST", QStringLiteral("/register"), gate.page(this, &SignInPages::submitRegister, PageAccess::Anyone, true));
    router.add("GET", QStringLiteral("/login"), gate.page(this, &SignInPages::showLogin, PageAccess::Anyone, false));
    router.add("POST", QStringLiteral("/login"), gate.page(this, &SignInPages::submitLogin, PageAccess::Anyone, true));
    router.add("POST", QStringLiteral("/login/code"), gate.page(this, &SignInPages::submitCode, PageAccess::Anyone, true));
    router.add("POST", QStringLiteral("/logout"), gate.page(this, &SignInPages::submitLogout, PageAccess::Enrolling, true));
    router.add("GET", QStringLiteral("/agreement"), gate.page(this, &SignInPages::showAgreement, PageAccess::SignedIn, false));
    router.add("POST", QStringLiteral("/agreement"), gate.page(this, &SignInPages::submitAgreement, PageAccess::SignedIn, true));
}

void SignInPages::home(PageExchange &x)
{
    m_responder.redirect(x, x.session.customerId ? "/inquiries" : "/login");
}

void SignInPages::showRegister(PageExchange &x)
{
    m_responder.sendPage(x, 200, QStringLiteral("register"), m_responder.formData(x, registerFields, {}), QT_TRANSLATE_NOOP("Web", "Register"));
}

// The same answer for a new and a known address, after the same work (one hash), so a stranger cannot tell who
// is a customer: the account is created only if the address is new, and either way the visitor is sent to sign in.
void SignInPages::submitRegister(PageExchange &x)
{
    if (const auto until = m_throttle.registrationBlockedUntil(x.request.peerAddress))
        return m_responder.sendTooManyAttempts(x, *until);
    const CustomerAccounts::Registration registration{x.form.value(QStringLiteral("email")), x.form.value(QStringLiteral("name")),
                                                      x.form.value(QStringLiteral("password")),
                                                      x.form.value(QStringLiteral("password_confirm"))};
    const FieldErrors errors = m_accounts.checkRegistration(registration);
    if (!errors.isEmpty())
        return m_responder.sendPage(x, 422, QStringLiteral("register"), m_responder.formData(x, registerFields, errors),
                                    QT_TRANSLATE_NOOP("Web", "Register"));
    m_throttle.recordRegistration(x.request.peerAddress);
    const PasswordHasher &hasher = m_accounts.hasher();
    m_passwords.run(x, registration.email, [&hasher, password = registration.password] { return hasher.hash(password); },
                    [this, x, email = registration.email, name = registration.displayName](const QByteArray &hash) mutable {
                        const auto mayMail = [this](const QString &account) { return m_throttle.takeMailAllowance(account); };
                        if (!m_accounts.registerAddress(email, name, hash, x.language, mayMail))
                            return m_responder.sendUnavailable(x);
                        m_responder.redirect(x, PageResponder::withLinkedTopic("/login?registered=1", x));
                    });
}

void SignInPages::showLogin(PageExchange &x)
{
    PageData data = m_responder.formData(x, {QStringLiteral("email")}, {});
    data.set("registered", x.request.query.hasQueryItem(QStringLiteral("registered")));
    for (const char *shown : {"closed", "verified", "reset", "everywhere", "code_expired"})
        data.set(shown, x.request.query.hasQueryItem(QString::fromLatin1(shown)));
    m_responder.sendPage(x, 200, QStringLiteral("login"), data, QT_TRANSLATE_NOOP("Web", "Sign in"));
}

// Throttled per address and per account before any hash is queued (SignInThrottle says how).
void SignInPages::submitLogin(PageExchange &x)
{
    const QString email = validation::normalisedEmail(x.form.value(QStringLiteral("email")));
    if (const auto until = m_throttle.signInBlockedUntil(email, x.request.peerAddress))
        return m_responder.sendTooManyAttempts(x, *until);
    const auto candidate = m_accounts.findLoginCandidate(email);
    if (candidate.unavailable)
        return m_responder.sendUnavailable(x); // not "wrong password", and no failure counted against the customer
    const PasswordHasher &hasher = m_accounts.hasher();
    m_passwords.run(x, email, [&hasher, hash = candidate.hashToVerify, password = x.form.value(QStringLiteral("password"))] { return hasher.verify(hash, password); },
                    [this, x, email, customer = candidate.customer](bool matches) mutable {
                        if (!customer || !matches) {
                            m_throttle.recordFailure(email, x.request.peerAddress);
                            const FieldErrors errors{{QStringLiteral("password"),
                                                      QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "E-mail address or password is wrong."))}};
                            return m_responder.sendPage(x, 422, QStringLiteral("login"), m_responder.formData(x, {QStringLiteral("email")}, errors),
                                                        QT_TRANSLATE_NOOP("Web", "Sign in"));
                        }
                        if (!customer->verifiedAt) {
                            // Only someone who knows the password learns that the address waits for its confirmation.
                            const FieldErrors errors{{QStringLiteral("email"),
                                                      QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "Please confirm your e-mail address first: open the link in the e-mail we sent you. If it has expired, register again."))}};
                            return m_responder.sendPage(x, 403, QStringLiteral("login"), m_responder.formData(x, {QStringLiteral("email")}, errors),
                                                        QT_TRANSLATE_NOOP("Web", "Sign in"));
                        }
                        passwordAccepted(x, customer->id, email);
                    });
}

// With two-factor sign-in the password only leads to the code form; nothing is signed in yet, and the account's
// failures stay counted until the code is right too (or the password would reset the count of wrong codes).
void SignInPages::passwordAccepted(PageExchange &x, qint64 customerId, const QString &email)
{
    const auto enabled = m_twoFactor.isEnabled(customerId);
    if (!enabled)
        return m_responder.sendUnavailable(x);
    if (!enabled.value()) {
        m_throttle.recordSuccess(email, x.request.peerAddress);
        return signInAndRedirect(x, customerId);
    }
    sendCodeStep(x, 200, QString::fromLatin1(m_sessions.secondFactorToken(customerId)), {});
}

void SignInPages::sendCodeStep(PageExchange &x, int status, const QString &token, const FieldErrors &errors)
{
    PageData data = m_responder.formData(x, {}, errors);
    data.set("pending", utf8(token));
    m_responder.sendPage(x, status, QStringLiteral("login_code"), data, QT_TRANSLATE_NOOP("Web", "Enter your code"));
}

// Throttled with the password's attempts: a wrong code counts as a wrong password for the account.
void SignInPages::submitCode(PageExchange &x)
{
    const QString token = x.form.value(QStringLiteral("pending"));
    const auto customerId = m_sessions.customerOfSecondFactorToken(token);
    if (!customerId)
        return m_responder.redirect(x, "/login?code_expired=1");
    const auto customer = m_accounts.find(*customerId);
    if (!customer)
        return m_responder.sendUnavailable(x);
    if (!customer.value())
        return m_responder.redirect(x, "/login");
    const QString email = customer.value()->email;
    if (const auto until = m_throttle.signInBlockedUntil(email, x.request.peerAddress))
        return m_responder.sendTooManyAttempts(x, *until);
    const auto checked = m_twoFactor.check(*customerId, x.form.value(QStringLiteral("code")));
    if (!checked)
        return m_responder.sendUnavailable(x);
    if (checked.value() == TwoFactor::Check::Refused) {
        m_throttle.recordFailure(email, x.request.peerAddress);
        return sendCodeStep(x, 422, token, {{QStringLiteral("code"), QString::fromUtf8(TwoFactorPages::wrongCode)}});
    }
    m_throttle.recordSuccess(email, x.request.peerAddress);
    signInAndRedirect(x, *customerId);
}

void SignInPages::signInAndRedirect(PageExchange &x, qint64 customerId)
{
    const auto session = m_sessions.signIn(x.session, customerId, DeviceName::fromUserAgent(x.request.header("user-agent")));
    if (!session)
        return m_responder.sendUnavailable(x);
    x.session = *session;
    // Unknown while the database is away: the mailbox asks again (the gate) and sends them to the agreement if needed.
    const auto customer = m_accounts.find(customerId);
    const bool needsAgreement = customer && customer.value() && customer.value()->agreementVersion != m_agreementVersion;
    m_responder.redirect(x, needsAgreement ? PageResponder::withLinkedTopic("/agreement", x) : PageResponder::afterAgreement(x));
}

void SignInPages::submitLogout(PageExchange &x)
{
    m_sessions.signOut(x.session);
    m_responder.redirect(x, "/login", true);
}

// The agreement stays readable after it was accepted (the footer links to it), with which version and when.
std::optional<PageData> SignInPages::agreementData(const PageExchange &x, const FieldErrors &errors) const
{
    PageData data = m_responder.formData(x, {}, errors);
    data.set("version", utf8(m_agreementVersion));
    const auto found = m_accounts.find(*x.session.customerId);
    if (!found)
        return std::nullopt;
    const std::optional<CustomerRecord> &customer = found.value();
    const bool accepted = customer && !customer->agreementVersion.isEmpty();
    const bool current = accepted && customer->agreementVersion == m_agreementVersion;
    if (accepted)
        data.set("accepted", utf8(m_responder.text(x, QT_TRANSLATE_NOOP("Web", "You accepted version %1 on %2."))
                                      .arg(customer->agreementVersion, m_responder.timeText(x, customer->agreementAcceptedAt))));
    data.set("outdated", accepted && !current);
    data.set("needs_acceptance", !current);
    return data;
}

void SignInPages::showAgreement(PageExchange &x)
{
    const auto data = agreementData(x, {});
    if (!data)
        return m_responder.sendUnavailable(x);
    m_responder.sendPage(x, 200, QStringLiteral("agreement"), *data, QT_TRANSLATE_NOOP("Web", "Privacy and usage agreement"));
}

void SignInPages::submitAgreement(PageExchange &x)
{
    if (x.form.value(QStringLiteral("accept")) != QLatin1String("yes")) {
        const FieldErrors errors{{QStringLiteral("accept"), QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "Please confirm that you accept the agreement."))}};
        const auto data = agreementData(x, errors);
        if (!data)
            return m_responder.sendUnavailable(x);
        return m_responder.sendPage(x, 422, QStringLiteral("agreement"), *data, QT_TRANSLATE_NOOP("Web", "Privacy and usage agreement"));
    }
    if (!m_accounts.acceptAgreement(*x.session.customerId, m_agreementVersion))
        return m_responder.sendUnavailable(x);
    m_responder.redirect(x, PageResponder::afterAgreement(x));
}

} // namespace confidant::server
