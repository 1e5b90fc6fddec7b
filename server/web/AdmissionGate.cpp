#include "web/AdmissionGate.h"

#include "service/CustomerAccounts.h"
#include "service/TwoFactor.h"
#include "web/PageResponder.h"
#include "web/SessionManager.h"
#include "web/WebTranslator.h"

namespace confidant::server {

AdmissionGate::AdmissionGate(SessionManager &sessions, CustomerAccounts &accounts, TwoFactor &twoFactor, PageResponder &responder,
                             QString agreementVersion, bool requireTwoFactor)
    : m_sessions(sessions), m_accounts(accounts), m_twoFactor(twoFactor), m_responder(responder), m_agreementVersion(std::move(agreementVersion)),
      m_requireTwoFactor(requireTwoFactor)
{
}

Handler AdmissionGate::page(Page page, PageAccess access, bool post) const
{
    return [this, page = std::move(page), access, post](const HttpRequest &request, const ResponseSink &sink) {
        PageExchange x{request, sink, {}, WebTranslator::languageFor(request.header("accept-language")), {}};
        if (admit(x, access, post))
            page(x);
    };
}

bool AdmissionGate::admit(PageExchange &x, PageAccess access, bool post) const
{
    const auto session = m_sessions.resume(x.request);
    if (!session) {
        m_responder.sendUnavailable(x);
        return false;
    }
    x.session = *session;
    if (post) {
        const auto form = x.request.formFields();
        if (!form) {
            m_responder.sendError(x, 400, QT_TRANSLATE_NOOP("Web", "The form could not be read. Please go back and try again."));
            return false;
        }
        x.form = *form;
        if (!SessionManager::csrfMatches(x.session, x.form.value(QStringLiteral("csrf_token")))) {
            m_responder.sendError(x, 403, QT_TRANSLATE_NOOP("Web", "This form has expired. Please go back, reload the page and send it again."));
            return false;
        }
    }
    if (access != PageAccess::Anyone && !x.session.customerId) {
        m_responder.redirect(x, PageResponder::withLinkedTopic("/login", x));
        return false;
    }
    if (access == PageAccess::Anyone || access == PageAccess::Enrolling)
        return true;
    if (m_requireTwoFactor && !secondFactorSetUp(x))
        return false;
    return access != PageAccess::Agreed || agreed(x);
}

bool AdmissionGate::secondFactorSetUp(PageExchange &x) const
{
    const auto enabled = m_twoFactor.isEnabled(*x.session.customerId);
    if (!enabled) {
        m_responder.sendUnavailable(x);
        return false;
    }
    if (!enabled.value())
        m_responder.redirect(x, "/account/two-factor");
    return enabled.value();
}

bool AdmissionGate::agreed(PageExchange &x) const
{
    const auto customer = m_accounts.find(*x.session.customerId);
    if (!customer) {
        m_responder.sendUnavailable(x); // an outage once signed customers out here
        return false;
    }
    if (!customer.value()) {
        m_responder.redirect(x, "/login", true);
        return false;
    }
    if (customer.value()->agreementVersion != m_agreementVersion) {
        m_responder.redirect(x, PageResponder::withLinkedTopic("/agreement", x));
        return false;
    }
    return true;
}

} // namespace confidant::server
