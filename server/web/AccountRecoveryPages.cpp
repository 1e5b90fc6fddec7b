#include "web/AccountRecoveryPages.h"

#include "http/Router.h"
#include "pki/PasswordHasher.h"
#include "service/CustomerAccounts.h"
#include "web/AdmissionGate.h"
#include "web/NewPasswordForm.h"
#include "web/PageResponder.h"
#include "web/PasswordWork.h"
#include "web/SignInThrottle.h"
#include "validation/Validation.h"

#include <QUrlQuery>

namespace confidant::server {
namespace {

const char *const verifyTitle = QT_TRANSLATE_NOOP("Web", "Confirm your e-mail address");
const char *const forgotTitle = QT_TRANSLATE_NOOP("Web", "Forgot your password?");
const char *const resetTitle = QT_TRANSLATE_NOOP("Web", "Set a new password");

// Tokens are 43 characters of base64url (randomToken); anything else names no link and is not looked up.
QByteArray wellFormedToken(const QString &text)
{
    if (text.size() != 43)
        return {};
    for (const QChar c : text) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return {};
    }
    return text.toLatin1();
}

} // namespace

AccountRecoveryPages::AccountRecoveryPages(CustomerAccounts &accounts, SignInThrottle &throttle, PasswordWork &passwords, PageResponder &responder)
    : m_accounts(accounts), m_throttle(throttle), m_passwords(passwords), m_responder(responder)
{
}

void AccountRecoveryPages::registerRoutes(Router &router, const AdmissionGate &gate)
{
    router.add("GET", QStringLiteral("/verify"), gate.page(this, &AccountRecoveryPages::showVerify, PageAccess::Anyone, false));
    router.add("POST", QStringLiteral("/verify"), gate.page(this, &AccountRecoveryPages::submitVerify, PageAccess::Anyone, true));
    router.add("GET", QStringLiteral("/password/forgot"), gate.page(this, &AccountRecoveryPages::showForgot, PageAccess::Anyone, false));
    router.add("POST", QStringLiteral("/password/forgot"), gate.page(this, &AccountRecoveryPages::submitForgot, PageAccess::Anyone, true));
    router.add("GET", QStringLiteral("/password/reset"), gate.page(this, &AccountRecoveryPages::showReset, PageAccess::Anyone, false));
    router.add("POST", QStringLiteral("/password/reset"), gate.page(this, &AccountRecoveryPages::submitReset, PageAccess::Anyone, true));
}

void AccountRecoveryPages::sendLinkPage(PageExchange &x, int status, const QString &page, const char *title, const QByteArray &token,
                                        const FieldErrors &errors)
{
    PageData data = m_responder.formData(x, {}, errors);
    data.set("valid", !token.isEmpty());
    data.set("token", token.toStdString());
    m_responder.sendPage(x, status, page, data, title);
}

std::optional<AccountLink> AccountRecoveryPages::linkOf(PageExchange &x, LinkPurpose purpose, const QString &page, const char *title)
{
    const QString given = x.form.contains(QStringLiteral("token")) ? x.form.value(QStringLiteral("token"))
                                                                  : x.request.query.queryItemValue(QStringLiteral("token"));
    const QByteArray token = wellFormedToken(given);
    const auto link = token.isEmpty() ? Result<std::optional<AccountLink>>(std::optional<AccountLink>()) : m_accounts.findLink(purpose, token);
    if (!link) {
        m_responder.sendUnavailable(x);
        return std::nullopt;
    }
    if (!link.value()) {
        sendLinkPage(x, 410, page, title, {}, {});
        return std::nullopt;
    }
    return link.value();
}

void AccountRecoveryPages::showVerify(PageExchange &x)
{
    if (linkOf(x, LinkPurpose::VerifyAddress, QStringLiteral("verify"), verifyTitle))
        sendLinkPage(x, 200, QStringLiteral("verify"), verifyTitle, x.request.query.queryItemValue(QStringLiteral("token")).toLatin1(), {});
}

// The registration's own password, so that only whoever chose it confirms with it: someone who registered the
// address before its owner gets nothing from the owner's click. Throttled like a sign-in to the account.
void AccountRecoveryPages::submitVerify(PageExchange &x)
{
    const auto link = linkOf(x, LinkPurpose::VerifyAddress, QStringLiteral("verify"), verifyTitle);
    if (!link)
        return;
    if (const auto until = m_throttle.signInBlockedUntil(link->email, x.request.peerAddress))
        return m_responder.sendTooManyAttempts(x, *until);
    const PasswordHasher &hasher = m_accounts.hasher();
    m_passwords.run(x, link->email, [&hasher, hash = link->passwordHash, password = x.form.value(QStringLiteral("password"))] { return hasher.verify(hash, password); },
                    [this, x, link = *link](bool matches) mutable {
                        if (!matches) {
                            m_throttle.recordFailure(link.email, x.request.peerAddress);
                            return sendLinkPage(x, 422, QStringLiteral("verify"), verifyTitle, x.form.value(QStringLiteral("token")).toLatin1(),
                                                {{QStringLiteral("password"), QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "This is not the password chosen at registration."))}});
                        }
                        m_throttle.recordSuccess(link.email, x.request.peerAddress);
                        const auto confirmed = m_accounts.confirmAddress(link);
                        if (!confirmed && confirmed.error().kind == ServiceError::NotFound)
                            return sendLinkPage(x, 410, QStringLiteral("verify"), verifyTitle, {}, {});
                        if (!confirmed)
                            return m_responder.sendUnavailable(x);
                        m_responder.redirect(x, "/login?verified=1");
                    });
}

void AccountRecoveryPages::showForgot(PageExchange &x)
{
    PageData data = m_responder.formData(x, {QStringLiteral("email")}, {});
    data.set("sent", x.request.query.hasQueryItem(QStringLiteral("sent")));
    m_responder.sendPage(x, 200, QStringLiteral("password_forgot"), data, forgotTitle);
}

// The same answer whether the address has an account or not; the mail, if any, leaves later through the outbox.
void AccountRecoveryPages::submitForgot(PageExchange &x)
{
    if (const auto until = m_throttle.registrationBlockedUntil(x.request.peerAddress))
        return m_responder.sendTooManyAttempts(x, *until);
    const QString email = validation::normalisedEmail(x.form.value(QStringLiteral("email")));
    const FieldErrors errors = validation::checkEmail(email);
    if (!errors.isEmpty())
        return m_responder.sendPage(x, 422, QStringLiteral("password_forgot"), m_responder.formData(x, {QStringLiteral("email")}, errors), forgotTitle);
    m_throttle.recordRegistration(x.request.peerAddress);
    const auto mayMail = [this](const QString &account) { return m_throttle.takeMailAllowance(account); };
    if (!m_accounts.requestPasswordReset(email, mayMail))
        return m_responder.sendUnavailable(x);
    m_responder.redirect(x, "/password/forgot?sent=1");
}

void AccountRecoveryPages::showReset(PageExchange &x)
{
    if (linkOf(x, LinkPurpose::ResetPassword, QStringLiteral("password_reset"), resetTitle))
        sendLinkPage(x, 200, QStringLiteral("password_reset"), resetTitle, x.request.query.queryItemValue(QStringLiteral("token")).toLatin1(), {});
}

// Every session of the account ends with the old password, this browser's too: the customer signs in afresh.
void AccountRecoveryPages::submitReset(PageExchange &x)
{
    const auto link = linkOf(x, LinkPurpose::ResetPassword, QStringLiteral("password_reset"), resetTitle);
    if (!link)
        return;
    const QByteArray token = x.form.value(QStringLiteral("token")).toLatin1();
    if (const FieldErrors errors = NewPasswordForm::check(x.form); !errors.isEmpty())
        return sendLinkPage(x, 422, QStringLiteral("password_reset"), resetTitle, token, errors);
    const PasswordHasher &hasher = m_accounts.hasher();
    m_passwords.run(x, link->email, [&hasher, password = NewPasswordForm::password(x.form)] { return hasher.hash(password); },
                    [this, x, link = *link](const QByteArray &hash) mutable {
                        const auto reset = m_accounts.resetPassword(link, hash);
                        if (!reset && reset.error().kind == ServiceError::NotFound)
                            return sendLinkPage(x, 410, QStringLiteral("password_reset"), resetTitle, {}, {});
                        if (!reset)
                            return m_responder.sendUnavailable(x);
                        x.session.customerId.reset();
                        m_responder.redirect(x, "/login?reset=1", true);
                    });
}

} // namespace confidant::server
