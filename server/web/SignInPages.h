#pragma once

#include "time/Clock.h"
#include "validation/FieldError.h"
#include "web/PageExchange.h"
#include "web/PageRenderer.h"

#include <optional>

namespace confidant::server {

class AdmissionGate;
class CustomerAccounts;
class PageResponder;
class PasswordWork;
class Router;
class SignInThrottle;
class TwoFactor;

// Getting in (docs/architecture.md, "Customer pages"): /, /register, /login (and /login/code, the second step of a
// customer with two-factor sign-in), /logout and /agreement, the privacy and usage agreement a customer accepts
// before the first contact.
class SignInPages {
public:
    SignInPages(CustomerAccounts &accounts, TwoFactor &twoFactor, SessionManager &sessions, SignInThrottle &throttle, PasswordWork &passwords,
                PageResponder &responder, const Clock &clock, QString agreementVersion);
    void registerRoutes(Router &router, const AdmissionGate &gate);

private:
    void home(PageExchange &x);
    void showRegister(PageExchange &x);
    void submitRegister(PageExchange &x);
    void showLogin(PageExchange &x);
    void submitLogin(PageExchange &x);
    void submitLogout(PageExchange &x);
    void passwordAccepted(PageExchange &x, qint64 customerId, const QString &email);
    void sendCodeStep(PageExchange &x, int status, const QString &token, const FieldErrors &errors);
    void submitCode(PageExchange &x);
    void showAgreement(PageExchange &x);
    void submitAgreement(PageExchange &x);
    void signInAndRedirect(PageExchange &x, qint64 customerId);
    std::optional<PageData> agreementData(const PageExchange &x, const FieldErrors &errors) const; // nullopt: database away

    CustomerAccounts &m_accounts;
    TwoFactor &m_twoFactor;
    SessionManager &m_sessions;
    SignInThrottle &m_throttle;
    PasswordWork &m_passwords;
    PageResponder &m_responder;
    const Clock &m_clock;
    QString m_agreementVersion;
};

} // namespace confidant::server
