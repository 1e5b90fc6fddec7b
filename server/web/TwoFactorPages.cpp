#include "web/TwoFactorPages.h"

#include "http/Router.h"
#include "service/CustomerAccounts.h"
#include "service/TwoFactor.h"
#include "web/AdmissionGate.h"
#include "web/PageResponder.h"
#include "web/QrCodeSvg.h"
#include "web/SignInThrottle.h"

namespace confidant::server {
namespace {

const char *const twoFactorTitle = QT_TRANSLATE_NOOP("Web", "Two-factor sign-in");

} // namespace

const char *const TwoFactorPages::wrongCode =
    QT_TRANSLATE_NOOP("Validation", "This code is not right. Enter the code your app shows now, or an unused recovery code.");

TwoFactorPages::TwoFactorPages(TwoFactor &twoFactor, CustomerAccounts &accounts, SignInThrottle &throttle, PageResponder &responder, bool required)
    : m_twoFactor(twoFactor), m_accounts(accounts), m_throttle(throttle), m_responder(responder), m_required(required)
{
}

void TwoFactorPages::registerRoutes(Router &router, const AdmissionGate &gate)
{
    router.add("GET", QStringLiteral("/account/two-factor"), gate.page(this, &TwoFactorPages::showPage, PageAccess::Enrolling, false));
    router.add("POST", QStringLiteral("/account/two-factor/start"), gate.page(this, &TwoFactorPages::submitStart, PageAccess::Enrolling, true));
    router.add("POST", QStringLiteral("/account/two-factor/enable"), gate.page(this, &TwoFactorPages::submitEnable, PageAccess::Enrolling, true));
    router.add("POST", QStringLiteral("/account/two-factor/codes"), gate.page(this, &TwoFactorPages::submitNewCodes, PageAccess::SignedIn, true));
    router.add("POST", QStringLiteral("/account/two-factor/disable"), gate.page(this, &TwoFactorPages::submitDisable, PageAccess::SignedIn, true));
}

void TwoFactorPages::showPage(PageExchange &x)
{
    sendPage(x, 200, {});
}

// One page for every state: off (a button to start), waiting for the first code (QR code and secret), just turned on
// or renewed (the codes, once), and on.
void TwoFactorPages::sendPage(PageExchange &x, int status, const FieldErrors &errors, const QStringList &newCodes)
{
    const qint64 customerId = *x.session.customerId;
    const auto customer = m_accounts.find(customerId);
    const auto enabled = m_twoFactor.isEnabled(customerId);
    const auto left = m_twoFactor.recoveryCodesLeft(customerId);
    if (!customer || !customer.value() || !enabled || !left)
        return m_responder.sendUnavailable(x);
    PageData data = m_responder.formData(x, {}, errors);
    data.set("required", m_required);
    data.set("enabled", enabled.value());
    data.set("turned_off", x.request.query.hasQueryItem(QStringLiteral("off")));
    data.set("codes_left", utf8(m_responder.text(x, QT_TRANSLATE_N_NOOP("Web", "%n unused recovery code(s) left."), left.value())));
    PageData codes{PageData::type::list};
    for (const QString &code : newCodes)
        codes.push_back(PageData(utf8(code)));
    data.set("new_codes", codes);
    data.set("has_new_codes", !newCodes.isEmpty());
    if (!enabled.value() && !addEnrolment(x, data, customer.value()->email))
        return m_responder.sendUnavailable(x);
    m_responder.sendPage(x, status, QStringLiteral("two_factor"), data, twoFactorTitle);
}

bool TwoFactorPages::addEnrolment(PageExchange &x, PageData &data, const QString &email) const
{
    const auto pending = m_twoFactor.pendingEnrolment(*x.session.customerId, email);
    if (!pending)
        return false;
    data.set("pending", pending.value().has_value());
    if (pending.value()) {
        data.set("qr_svg", utf8(QrCodeSvg::render(pending.value()->provisioningUri, m_responder.text(x, QT_TRANSLATE_NOOP("Web", "QR code to scan with your authenticator app")))));
        data.set("secret", utf8(pending.value()->secretText));
    }
    return true;
}

void TwoFactorPages::submitStart(PageExchange &x)
{
    const auto started = m_twoFactor.startEnrolment(*x.session.customerId);
    if (!started && started.error().kind != ServiceError::Conflict)
        return m_responder.sendUnavailable(x);
    m_responder.redirect(x, "/account/two-factor");
}

QString TwoFactorPages::admitCode(PageExchange &x)
{
    const auto customer = m_accounts.find(*x.session.customerId);
    if (!customer || !customer.value()) {
        m_responder.sendUnavailable(x);
        return {};
    }
    const QString email = customer.value()->email;
    if (const auto until = m_throttle.signInBlockedUntil(email, x.request.peerAddress)) {
        m_responder.sendTooManyAttempts(x, *until);
        return {};
    }
    return email;
}

void TwoFactorPages::refuseCode(PageExchange &x, const QString &email, const QString &field)
{
    m_throttle.recordFailure(email, x.request.peerAddress);
    sendPage(x, 422, {{field, QString::fromUtf8(wrongCode)}});
}

void TwoFactorPages::submitEnable(PageExchange &x)
{
    const QString email = admitCode(x);
    if (email.isEmpty())
        return;
    const auto codes = m_twoFactor.confirmEnrolment(*x.session.customerId, x.form.value(QStringLiteral("code")));
    if (!codes)
        return m_responder.sendUnavailable(x);
    if (!codes.value())
        return refuseCode(x, email);
    sendPage(x, 200, {}, *codes.value());
}

void TwoFactorPages::submitNewCodes(PageExchange &x)
{
    const QString email = admitCode(x);
    if (email.isEmpty())
        return;
    const auto codes = m_twoFactor.replaceRecoveryCodes(*x.session.customerId, x.form.value(QStringLiteral("code")));
    if (!codes)
        return m_responder.sendUnavailable(x);
    if (!codes.value())
        return refuseCode(x, email);
    sendPage(x, 200, {}, *codes.value());
}

void TwoFactorPages::submitDisable(PageExchange &x)
{
    if (m_required)
        return m_responder.sendError(x, 403, QT_TRANSLATE_NOOP("Web", "Two-factor sign-in is required here and cannot be turned off."));
    const QString email = admitCode(x);
    if (email.isEmpty())
        return;
    const auto disabled = m_twoFactor.disable(*x.session.customerId, x.form.value(QStringLiteral("code")));
    if (!disabled)
        return m_responder.sendUnavailable(x);
    if (!disabled.value())
        return refuseCode(x, email, QStringLiteral("off-code"));
    m_responder.redirect(x, "/account/two-factor?off=1");
}

} // namespace confidant::server
