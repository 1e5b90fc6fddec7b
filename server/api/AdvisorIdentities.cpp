#include "api/AdvisorIdentities.h"

#include "store/ChangeNotifier.h"

namespace confidant::server {

AdvisorIdentities::AdvisorIdentities(AdvisorStore &advisors, const Clock &clock, const ChangeNotifier &notifier,
                                     std::chrono::seconds keepFor)
    : m_advisors(advisors), m_clock(clock), m_notifier(notifier), m_keepFor(keepFor)
{
}

Result<AdvisorProfile> AdvisorIdentities::find(const QString &certificateFingerprint) const
{
    const QDateTime now = m_clock.now();
    quint64 generation = 0;
    {
        const QMutexLocker locker(&m_mutex);
        const auto kept = m_kept.constFind(certificateFingerprint);
        if (kept != m_kept.cend() && kept->until > now && m_notifier.isListening())
            return kept->advisor;
        generation = m_generation;
    }
    const Result<AdvisorProfile> advisor = m_advisors.findByCertificate(certificateFingerprint, now);
    if (advisor && m_notifier.isListening()) {
        const QMutexLocker locker(&m_mutex);
        if (generation == m_generation)
            m_kept.insert(certificateFingerprint, Kept{advisor.value(), now.addSecs(m_keepFor.count())});
    }
    return advisor;
}

void AdvisorIdentities::forget()
{
    const QMutexLocker locker(&m_mutex);
    m_kept.clear();
    ++m_generation;
}

} // namespace confidant::server
