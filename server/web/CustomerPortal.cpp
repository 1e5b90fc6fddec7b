#include "web/CustomerPortal.h"

#include "http/HttpRequest.h"
#include "http/ResponseSink.h"
#include "service/CustomerServices.h"

#include <QFile>

namespace confidant::server {

CustomerPortal::CustomerPortal(CustomerServices &services, SessionStore &sessions, const Clock &clock, Executor continueOn,
                               CustomerPortalSettings settings)
    : m_sessions(sessions, clock, settings.sessions), m_throttle(clock, settings.throttle), m_hashing(settings.hashingThreads, settings.hashingCapacity),
      m_responder(clock, settings.timeZone, services.mailbox), m_passwords(m_hashing, std::move(continueOn), m_responder),
      m_gate(m_sessions, services.accounts, services.twoFactor, m_responder, settings.agreementVersion, settings.requireTwoFactor),
      m_signIn(services.accounts, services.twoFactor, m_sessions, m_throttle, m_passwords, m_responder, clock, settings.agreementVersion),
      m_mailbox(services.mailbox, services.deletions, m_responder, settings.pageSizes),
      m_account(services.accounts, services.exports, services.deletions, services.retention, m_passwords, m_throttle, m_responder, clock,
                settings.sessions),
      m_recovery(services.accounts, m_throttle, m_passwords, m_responder),
      m_settings(services.accounts, services.twoFactor, m_sessions, m_throttle, m_passwords, m_responder),
      m_twoFactor(services.twoFactor, services.accounts, m_throttle, m_responder, settings.requireTwoFactor),
      m_pseudonyms(services.accounts, services.twoFactor, m_sessions, m_throttle, m_passwords, m_responder),
      m_allowPseudonyms(settings.allowPseudonyms)
{
    m_responder.allowPseudonyms(m_allowPseudonyms);
}

void CustomerPortal::registerRoutes(Router &router)
{
    m_signIn.registerRoutes(router, m_gate);
    m_mailbox.registerRoutes(router, m_gate);
    m_account.registerRoutes(router, m_gate);
    m_recovery.registerRoutes(router, m_gate);
    m_settings.registerRoutes(router, m_gate);
    m_twoFactor.registerRoutes(router, m_gate);
    if (m_allowPseudonyms)
        m_pseudonyms.registerRoutes(router, m_gate);
    router.add("GET", QStringLiteral("/static/{file}"), &CustomerPortal::serveStatic);
}

void CustomerPortal::serveStatic(const HttpRequest &request, const ResponseSink &sink)
{
    QFile file(QStringLiteral(":/web/static/") + request.pathParameters.value(QStringLiteral("file")));
    if (!file.open(QIODevice::ReadOnly)) {
        sink.send(HttpResponse::text(404, "Not found.\n"));
        return;
    }
    HttpResponse response{200, {{"Content-Type", "text/css; charset=utf-8"}, {"Cache-Control", "public, max-age=3600"}}, file.readAll()};
    sink.send(response);
}

} // namespace confidant::server
