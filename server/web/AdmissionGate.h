#pragma once

#include "http/Router.h"
#include "web/PageExchange.h"

#include <functional>

namespace confidant::server {

class CustomerAccounts;
class PageResponder;
class SessionManager;
class TwoFactor;

// What every customer page passes before it runs, in this order: the session (503 while the database is away),
// for a form the encoding (400) and its CSRF token (403), then sign-in (a redirect to /login) and, where the page
// needs it, the second factor the company requires (a redirect to /account/two-factor to set it up) and the current
// agreement (a redirect to /agreement). Nothing of the page runs before all pass.
class AdmissionGate {
public:
    // `requireTwoFactor`: the company's rule that every customer signs in with a second factor.
    AdmissionGate(SessionManager &sessions, CustomerAccounts &accounts, TwoFactor &twoFactor, PageResponder &responder, QString agreementVersion,
                  bool requireTwoFactor);

    using Page = std::function<void(PageExchange &)>;
    // The route handler for a page; `post`: the request is a form.
    Handler page(Page page, PageAccess access, bool post) const;
    // The same for a page class's member function.
    template<typename Pages>
    Handler page(Pages *pages, void (Pages::*handler)(PageExchange &), PageAccess access, bool post) const
    {
        return page([pages, handler](PageExchange &x) { (pages->*handler)(x); }, access, post);
    }

private:
    bool admit(PageExchange &x, PageAccess access, bool post) const;
    bool agreed(PageExchange &x) const;
    bool secondFactorSetUp(PageExchange &x) const;

    SessionManager &m_sessions;
    CustomerAccounts &m_accounts;
    TwoFactor &m_twoFactor;
    PageResponder &m_responder;
    QString m_agreementVersion;
    bool m_requireTwoFactor;
};

} // namespace confidant::server
