#pragma once

#include "domain/AdvisorProfile.h"
#include "store/AdvisorStore.h"
#include "time/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <chrono>

namespace confidant::server {

class ChangeNotifier;

// Who a verified client certificate belongs to, asked of the database at most every few seconds per certificate
// instead of on every request. Safe because every change to advisors, certificates or teams is announced
// (migration 0007's triggers) and forgets everything at once; while announcements cannot arrive (the notifier
// lost its connection) nothing is kept. Only active advisors are kept: a refusal is asked again every time.
// Used from the database workers; forget() from the server's thread.
class AdvisorIdentities {
public:
    AdvisorIdentities(AdvisorStore &advisors, const Clock &clock, const ChangeNotifier &notifier,
                      std::chrono::seconds keepFor = std::chrono::seconds(5));

    Result<AdvisorProfile> find(const QString &certificateFingerprint) const;
    void forget();

private:
    struct Kept {
        AdvisorProfile advisor;
        QDateTime until;
    };
    AdvisorStore &m_advisors;
    const Clock &m_clock;
    const ChangeNotifier &m_notifier;
    std::chrono::seconds m_keepFor;
    mutable QMutex m_mutex;
    mutable QHash<QString, Kept> m_kept;
    quint64 m_generation = 0; // a lookup that started before forget() must not keep its answer
};

} // namespace confidant::server
