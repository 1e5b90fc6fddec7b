#pragma once

#include "validation/FieldError.h"
#include "web/PageExchange.h"
#include "web/PageRenderer.h"

namespace confidant::server {

class AdmissionGate;
class CustomerAccounts;
class PageResponder;
class PasswordWork;
class Router;
class SessionManager;
class SignInThrottle;
class TwoFactor;
struct CustomerRecord;

// /account/settings (docs/architecture.md, "Customer pages"): how the customer is told that an answer waits and in
// which language, a new password (the current one asked, throttled like a sign-in), and the sessions they are signed
// in with, with "sign out everywhere".
class AccountSettingsPages {
public:
    AccountSettingsPages(CustomerAccounts &accounts, TwoFactor &twoFactor, SessionManager &sessions, SignInThrottle &throttle,
                         PasswordWork &passwords, PageResponder &responder);
    void registerRoutes(Router &router, const AdmissionGate &gate);

private:
    void showSettings(PageExchange &x);
    void sendSettings(PageExchange &x, int status, const FieldErrors &errors);
    void submitNotices(PageExchange &x);
    void submitPassword(PageExchange &x);
    void submitSignOutEverywhere(PageExchange &x);
    bool addSessions(PageExchange &x, PageData &data) const;
    static void addNoticeChoice(const CustomerRecord &customer, PageData &data);

    CustomerAccounts &m_accounts;
    TwoFactor &m_twoFactor;
    SessionManager &m_sessions;
    SignInThrottle &m_throttle;
    PasswordWork &m_passwords;
    PageResponder &m_responder;
};

} // namespace confidant::server
