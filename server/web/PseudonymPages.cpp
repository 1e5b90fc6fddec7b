#include "web/PseudonymPages.h"

#include "http/Router.h"
#include "pki/PasswordHasher.h"
#include "service/CustomerAccounts.h"
#include "service/TwoFactor.h"
#include "validation/Validation.h"
#include "web/AdmissionGate.h"
#include "web/DeviceName.h"
#include "web/NewPasswordForm.h"
#include "web/PageResponder.h"
#include "web/PasswordWork.h"
#include "web/SessionManager.h"
#include "web/SignInThrottle.h"

namespace confidant::server {
namespace {

const char *const registerTitle = QT_TRANSLATE_NOOP("Web", "Register with a pseudonym");
const char *const recoverTitle = QT_TRANSLATE_NOOP("Web", "New password with a recovery code");
const QStringList keptFields{QStringLiteral("pseudonym")};

} // namespace

PseudonymPages::PseudonymPages(CustomerAccounts &accounts, TwoFactor &twoFactor, SessionManager &sessions, SignInThrottle &throttle,
                               PasswordWork &passwords, PageResponder &responder)
    : m_accounts(accounts), m_twoFactor(twoFactor), m_sessions(sessions), m_throttle(throttle), m_passwords(passwords), m_responder(responder)
{
}

void PseudonymPages::registerRoutes(Router &router, const AdmissionGate &gate)
{
    router.add("GET", QStringLiteral("/register/pseudonym"), gate.page(this, &PseudonymPages::showRegister, PageAccess::Anyone, false));
    router.add("POST", QStringLiteral("/register/pseudonym"), gate.page(this, &PseudonymPages::submitRegister, PageAccess::Anyone, true));
    router.add("GET", QStringLiteral("/password/recover"), gate.page(this, &PseudonymPages::showRecover, PageAccess::Anyone, false));
    router.add("POST", QStringLiteral("/password/recover"), gate.page(this, &PseudonymPages::submitRecover, PageAccess::Anyone, true));
}

void PseudonymPages::showRegister(PageExchange &x)
{
    m_responder.sendPage(x, 200, QStringLiteral("register_pseudonym"), m_responder.formData(x, keptFields, {}), registerTitle);
}

// Limited per address like every registration. A taken pseudonym is said so: without an address there is no other
// way to tell the one who chose it, and a pseudonym names nobody.
void PseudonymPages::submitRegister(PageExchange &x)
{
    if (const auto until = m_throttle.registrationBlockedUntil(x.request.peerAddress))
        return m_responder.sendTooManyAttempts(x, *until);
    const QString pseudonym = x.form.value(QStringLiteral("pseudonym"));
    const FieldErrors errors = m_accounts.checkPseudonymRegistration(pseudonym, x.form.value(QStringLiteral("password")),
                                                                     x.form.value(QStringLiteral("password_confirm")));
    if (!errors.isEmpty())
        return m_responder.sendPage(x, 422, QStringLiteral("register_pseudonym"), m_responder.formData(x, keptFields, errors), registerTitle);
    m_throttle.recordRegistration(x.request.peerAddress);
    const PasswordHasher &hasher = m_accounts.hasher();
    m_passwords.run(x, validation::normalisedEmail(pseudonym), [&hasher, password = x.form.value(QStringLiteral("password"))] { return hasher.hash(password); },
                    [this, x, pseudonym](const QByteArray &hash) mutable {
                        const auto created = m_accounts.registerPseudonym(pseudonym, hash, x.language);
                        if (!created && created.error().kind == ServiceError::Conflict)
                            return m_responder.sendPage(x, 422, QStringLiteral("register_pseudonym"),
                                                        m_responder.formData(x, keptFields, {{QStringLiteral("pseudonym"), created.error().message}}), registerTitle);
                        if (!created)
                            return m_responder.sendUnavailable(x);
                        registered(x, created.value());
                    });
}

// Signed in at once (nothing to confirm), with the codes that are the only way back in.
void PseudonymPages::registered(PageExchange &x, qint64 customerId)
{
    const auto codes = m_twoFactor.issueRecoveryCodes(customerId);
    const auto session = codes ? m_sessions.signIn(x.session, customerId, DeviceName::fromUserAgent(x.request.header("user-agent"))) : std::nullopt;
    if (!session)
        return m_responder.sendUnavailable(x);
    x.session = *session;
    PageData data = m_responder.formData(x, {}, {});
    PageData list{PageData::type::list};
    for (const QString &code : codes.value())
        list.push_back(PageData(utf8(code)));
    data.set("new_codes", list);
    m_responder.sendPage(x, 200, QStringLiteral("pseudonym_codes"), data, QT_TRANSLATE_NOOP("Web", "Your recovery codes"));
}

void PseudonymPages::showRecover(PageExchange &x)
{
    sendRecover(x, 200, {});
}

void PseudonymPages::sendRecover(PageExchange &x, int status, const FieldErrors &errors)
{
    m_responder.sendPage(x, status, QStringLiteral("password_recover"), m_responder.formData(x, keptFields, errors), recoverTitle);
}

// Throttled like a sign-in to the account; the code is spent only once the new password's hash is made, and every
// session ends.
void PseudonymPages::submitRecover(PageExchange &x)
{
    const QString pseudonym = validation::normalisedEmail(x.form.value(QStringLiteral("pseudonym")));
    if (const auto until = m_throttle.signInBlockedUntil(pseudonym, x.request.peerAddress))
        return m_responder.sendTooManyAttempts(x, *until);
    if (const FieldErrors errors = NewPasswordForm::check(x.form); !errors.isEmpty())
        return sendRecover(x, 422, errors);
    const auto candidate = m_accounts.findLoginCandidate(pseudonym);
    if (candidate.unavailable)
        return m_responder.sendUnavailable(x);
    const PasswordHasher &hasher = m_accounts.hasher();
    m_passwords.run(x, pseudonym, [&hasher, password = NewPasswordForm::password(x.form)] { return hasher.hash(password); },
                    [this, x, pseudonym, customer = candidate.customer](const QByteArray &hash) mutable {
                        const bool pseudonymous = customer && customer->pseudonymous;
                        const auto used = pseudonymous ? m_twoFactor.useRecoveryCode(customer->id, x.form.value(QStringLiteral("code")))
                                                       : Result<bool>(false);
                        if (!used)
                            return m_responder.sendUnavailable(x);
                        if (!used.value()) {
                            m_throttle.recordFailure(pseudonym, x.request.peerAddress);
                            return sendRecover(x, 422, {{QStringLiteral("code"), QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "This pseudonym and recovery code do not belong together, or the code was used already."))}});
                        }
                        if (!m_accounts.changePassword(customer->id, hash, {}))
                            return m_responder.sendUnavailable(x);
                        x.session.customerId.reset();
                        m_responder.redirect(x, "/login?reset=1", true);
                    });
}

} // namespace confidant::server
