#include "web/AccountSettingsPages.h"

#include "http/Router.h"
#include "pki/PasswordHasher.h"
#include "service/CustomerAccounts.h"
#include "service/TwoFactor.h"
#include "web/AdmissionGate.h"
#include "web/NewPasswordForm.h"
#include "web/PageResponder.h"
#include "web/PasswordWork.h"
#include "web/SessionManager.h"
#include "web/SignInThrottle.h"

namespace confidant::server {
namespace {

const char *const settingsTitle = QT_TRANSLATE_NOOP("Web", "Sign-in and notices");

} // namespace

AccountSettingsPages::AccountSettingsPages(CustomerAccounts &accounts, TwoFactor &twoFactor, SessionManager &sessions, SignInThrottle &throttle,
                                           PasswordWork &passwords, PageResponder &responder)
    : m_accounts(accounts), m_twoFactor(twoFactor), m_sessions(sessions), m_throttle(throttle), m_passwords(passwords), m_responder(responder)
{
}

void AccountSettingsPages::registerRoutes(Router &router, const AdmissionGate &gate)
{
    router.add("GET", QStringLiteral("/account/settings"), gate.page(this, &AccountSettingsPages::showSettings, PageAccess::SignedIn, false));
    router.add("POST", QStringLiteral("/account/notices"), gate.page(this, &AccountSettingsPages::submitNotices, PageAccess::SignedIn, true));
    router.add("POST", QStringLiteral("/account/password"), gate.page(this, &AccountSettingsPages::submitPassword, PageAccess::SignedIn, true));
    router.add("POST", QStringLiteral("/account/sessions/end"), gate.page(this, &AccountSettingsPages::submitSignOutEverywhere, PageAccess::SignedIn, true));
}

void AccountSettingsPages::showSettings(PageExchange &x)
{
    sendSettings(x, 200, {});
}

void AccountSettingsPages::sendSettings(PageExchange &x, int status, const FieldErrors &errors)
{
    const auto customer = m_accounts.find(*x.session.customerId);
    const auto twoFactor = m_twoFactor.isEnabled(*x.session.customerId);
    if (!customer || !customer.value() || !twoFactor)
        return m_responder.sendUnavailable(x);
    PageData data = m_responder.formData(x, {}, errors);
    data.set("two_factor_on", twoFactor.value());
    data.set("pseudonymous", customer.value()->pseudonymous); // no address: nothing to choose about mail
    data.set("saved", x.request.query.hasQueryItem(QStringLiteral("saved")));
    data.set("password_changed", x.request.query.hasQueryItem(QStringLiteral("password_changed")));
    addNoticeChoice(*customer.value(), data);
    if (!addSessions(x, data))
        return m_responder.sendUnavailable(x);
    m_responder.sendPage(x, status, QStringLiteral("settings"), data, settingsTitle);
}

void AccountSettingsPages::addNoticeChoice(const CustomerRecord &customer, PageData &data)
{
    for (const char *mode : {"every", "daily", "never"})
        data.set(std::string("mode_") + mode, customer.noticeMode == QLatin1String(mode));
    for (const char *language : {"de", "en"})
        data.set(std::string("language_") + language, customer.noticeLanguage == QLatin1String(language));
}

bool AccountSettingsPages::addSessions(PageExchange &x, PageData &data) const
{
    const auto sessions = m_sessions.sessionsOf(*x.session.customerId);
    if (!sessions)
        return false;
    PageData list{PageData::type::list};
    for (const SessionRecord &session : sessions.value()) {
        PageData item;
        item.set("device", utf8(session.device.isEmpty() ? m_responder.text(x, QT_TRANSLATE_NOOP("Web", "Unknown browser")) : session.device));
        item.set("current", session.tokenHash == x.session.tokenHash);
        item.set("signed_in", utf8(m_responder.timeText(x, session.createdAt)));
        item.set("last_used", utf8(m_responder.timeText(x, session.lastSeenAt)));
        list.push_back(item);
    }
    data.set("sessions", list);
    return true;
}

void AccountSettingsPages::submitNotices(PageExchange &x)
{
    const auto saved = m_accounts.setNoticePreferences(*x.session.customerId, x.form.value(QStringLiteral("mode")), x.form.value(QStringLiteral("language")));
    if (!saved && saved.error().kind == ServiceError::Invalid)
        return sendSettings(x, 422, {{QStringLiteral("mode-every"), saved.error().message}});
    if (!saved)
        return m_responder.sendUnavailable(x);
    m_responder.redirect(x, "/account/settings?saved=1");
}

// The current password is asked, so a browser left signed in is not enough, and the check is throttled like a
// sign-in. Both hashes are one piece of work: a wrong current password costs the same as a right one.
void AccountSettingsPages::submitPassword(PageExchange &x)
{
    const auto customer = m_accounts.find(*x.session.customerId);
    if (!customer || !customer.value())
        return m_responder.sendUnavailable(x);
    if (const FieldErrors errors = NewPasswordForm::check(x.form); !errors.isEmpty())
        return sendSettings(x, 422, errors);
    const QString email = customer.value()->email;
    if (const auto until = m_throttle.signInBlockedUntil(email, x.request.peerAddress))
        return m_responder.sendTooManyAttempts(x, *until);
    const PasswordHasher &hasher = m_accounts.hasher();
    m_passwords.run(x, email,
                    [&hasher, hash = customer.value()->passwordHash, current = x.form.value(QStringLiteral("password")),
                     fresh = NewPasswordForm::password(x.form)] {
                        const QByteArray newHash = hasher.hash(fresh);
                        return hasher.verify(hash, current) ? newHash : QByteArray();
                    },
                    [this, x, email](const QByteArray &newHash) mutable {
                        if (newHash.isEmpty()) {
                            m_throttle.recordFailure(email, x.request.peerAddress);
                            return sendSettings(x, 422, {{QStringLiteral("password"), QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "The password is wrong."))}});
                        }
                        if (!m_accounts.changePassword(*x.session.customerId, newHash, x.session.tokenHash))
                            return m_responder.sendUnavailable(x);
                        m_responder.redirect(x, "/account/settings?password_changed=1");
                    });
}

void AccountSettingsPages::submitSignOutEverywhere(PageExchange &x)
{
    if (!m_sessions.signOutEverywhere(*x.session.customerId))
        return m_responder.sendUnavailable(x);
    x.session.customerId.reset();
    m_responder.redirect(x, "/login?everywhere=1", true);
}

} // namespace confidant::server
