#include "api/AdvisorApi.h"

#include "service/AdvisorServices.h"
#include "store/ChangeNotifier.h"

namespace confidant::server {

AdvisorApi::AdvisorApi(AdvisorServices &services, AdvisorStore &advisors, const Clock &clock, ChangeNotifier &notifier, Executor workers,
                       AdvisorApiSettings settings)
    : m_identities(advisors, clock, notifier), m_gate(m_identities), m_feed(services.inquiries, m_gate, workers, settings.feed),
      m_inquiries(services.inquiries, m_gate), m_ownership(services.moves, m_gate), m_absences(services.absences, m_gate),
      m_directory(services.directory, m_gate), m_deletions(services.deletions, m_gate),
      m_reports(services.reports, m_gate, clock, settings.reportWorkers ? settings.reportWorkers : workers)
{
    ChangeFeedWaiters &waiters = m_feed.waiters();
    QObject::connect(&notifier, &ChangeNotifier::changed, &waiters, &ChangeFeedWaiters::wake);
    // A revocation may have gone unannounced while the notifier was away, like any change.
    QObject::connect(&notifier, &ChangeNotifier::reconnected, &waiters, [this] {
        m_identities.forget();
        m_feed.waiters().catchUp();
    });
    QObject::connect(&notifier, &ChangeNotifier::advisorsChanged, &waiters, [this] { m_identities.forget(); });
}

void AdvisorApi::registerRoutes(Router &router)
{
    m_directory.registerRoutes(router);
    m_feed.registerRoutes(router);
    m_inquiries.registerRoutes(router);
    m_ownership.registerRoutes(router);
    m_absences.registerRoutes(router);
    m_deletions.registerRoutes(router);
    m_reports.registerRoutes(router);
}

} // namespace confidant::server
