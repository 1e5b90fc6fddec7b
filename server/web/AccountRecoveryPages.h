#pragma once

#include "store/AccountLinkStore.h"
#include "validation/FieldError.h"
#include "web/PageExchange.h"

#include <optional>

namespace confidant::server {

class AdmissionGate;
class CustomerAccounts;
class PageResponder;
class PasswordWork;
class Router;
class SignInThrottle;

// The pages behind the links that mails carry (docs/architecture.md, "Customer pages"): /verify confirms a
// registration's address, /password/forgot sends a link and /password/reset sets a new password with it. Opening
// a link only shows a form: a mail scanner that follows it changes nothing. No link signs anyone in; each leads to
// the sign-in page, so a second factor is never skipped.
class AccountRecoveryPages {
public:
    AccountRecoveryPages(CustomerAccounts &accounts, SignInThrottle &throttle, PasswordWork &passwords, PageResponder &responder);
    void registerRoutes(Router &router, const AdmissionGate &gate);

private:
    void showVerify(PageExchange &x);
    void submitVerify(PageExchange &x);
    void showForgot(PageExchange &x);
    void submitForgot(PageExchange &x);
    void showReset(PageExchange &x);
    void submitReset(PageExchange &x);

    // The live link the request names (?token= or the form's token); nullopt with the page answered when there is
    // none (410 with the link page's explanation) or the database is away.
    std::optional<AccountLink> linkOf(PageExchange &x, LinkPurpose purpose, const QString &page, const char *title);
    void sendLinkPage(PageExchange &x, int status, const QString &page, const char *title, const QByteArray &token, const FieldErrors &errors);

    CustomerAccounts &m_accounts;
    SignInThrottle &m_throttle;
    PasswordWork &m_passwords;
    PageResponder &m_responder;
};

} // namespace confidant::server
