#pragma once

#include "validation/FieldError.h"
#include "web/PageExchange.h"
#include "web/PageRenderer.h"

#include <QStringList>

namespace confidant::server {

class AdmissionGate;
class CustomerAccounts;
class PageResponder;
class Router;
class SignInThrottle;
class TwoFactor;

// /account/two-factor (docs/architecture.md, "Customer pages"): setting up sign-in with a code from an
// authenticator app (a QR code and the secret to type, then the app's first code), the ten recovery codes shown
// once, new codes, and turning it off unless the company requires it. Codes are throttled like passwords.
class TwoFactorPages {
public:
    TwoFactorPages(TwoFactor &twoFactor, CustomerAccounts &accounts, SignInThrottle &throttle, PageResponder &responder, bool required);
    void registerRoutes(Router &router, const AdmissionGate &gate);

    // The refusal of a code, here and at sign-in.
    static const char *const wrongCode;

private:
    void showPage(PageExchange &x);
    void sendPage(PageExchange &x, int status, const FieldErrors &errors, const QStringList &newCodes = {});
    void submitStart(PageExchange &x);
    void submitEnable(PageExchange &x);
    void submitNewCodes(PageExchange &x);
    void submitDisable(PageExchange &x);
    // The customer's address for the throttle, or empty when the request was answered (blocked, or no database).
    QString admitCode(PageExchange &x);
    void refuseCode(PageExchange &x, const QString &email, const QString &field = QStringLiteral("code"));
    bool addEnrolment(PageExchange &x, PageData &data, const QString &email) const;

    TwoFactor &m_twoFactor;
    CustomerAccounts &m_accounts;
    SignInThrottle &m_throttle;
    PageResponder &m_responder;
    bool m_required;
};

} // namespace confidant::server
