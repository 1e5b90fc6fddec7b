#pragma once

#include "validation/FieldError.h"
#include "web/PageExchange.h"

namespace confidant::server {

class AdmissionGate;
class CustomerAccounts;
class PageResponder;
class PasswordWork;
class Router;
class SessionManager;
class SignInThrottle;
class TwoFactor;

// Anonymous counselling, where the company allows it (--allow-pseudonyms; docs/architecture.md, "Customer pages"):
// /register/pseudonym makes an account with a pseudonym and no e-mail address, signs it in and shows ten recovery
// codes once; /password/recover sets a new password with one of them. Such an account is never mailed.
class PseudonymPages {
public:
    PseudonymPages(CustomerAccounts &accounts, TwoFactor &twoFactor, SessionManager &sessions, SignInThrottle &throttle, PasswordWork &passwords,
                   PageResponder &responder);
    void registerRoutes(Router &router, const AdmissionGate &gate);

private:
    void showRegister(PageExchange &x);
    void submitRegister(PageExchange &x);
    void registered(PageExchange &x, qint64 customerId);
    void showRecover(PageExchange &x);
    void submitRecover(PageExchange &x);
    void sendRecover(PageExchange &x, int status, const FieldErrors &errors);

    CustomerAccounts &m_accounts;
    TwoFactor &m_twoFactor;
    SessionManager &m_sessions;
    SignInThrottle &m_throttle;
    PasswordWork &m_passwords;
    PageResponder &m_responder;
};

} // namespace confidant::server
