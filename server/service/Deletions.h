#pragma once

#include "domain/AdvisorProfile.h"
#include "domain/DeletionLogEntry.h"
#include "domain/DeletionRecommendation.h"
#include "store/DeletionStore.h"
#include "store/StoreError.h"
#include "time/Clock.h"

namespace confidant::server {

class DeletionLog;
class DeletionRecommendations;

// Retention as advisors and customers meet it (docs/architecture.md, "Retention and deletion"): what is due in an
// advisor's scope as of the clock, confirming deletions, postponing one with a reason (checked here), the
// deletion log, the customer's own deletions, and the automatic sweep after the grace period.
class Deletions {
public:
    Deletions(DeletionRecommendations &recommendations, DeletionStore &store, DeletionLog &log, const Clock &clock);

    // What is due, as of `at`: the moment the clock said when it was computed.
    struct Due {
        QList<DeletionRecommendation> recommendations;
        QDateTime at;
    };
    Result<Due> due(const AdvisorProfile &advisor) const;
    Result<DeletionStore::Deleted> confirm(const AdvisorProfile &advisor, const QList<qint64> &inquiryIds, const QList<qint64> &customerIds);
    // `until` none: a legal hold. Invalid with the fields when the reason or the date will not do.
    Result<Done> postpone(const AdvisorProfile &advisor, qint64 inquiryId, const DeletionStore::Postponement &postponement);
    Result<QList<DeletionLogEntry>> log(const AdvisorProfile &advisor, int limit) const;
    Result<Done> deleteOwnInquiry(qint64 customerId, qint64 inquiryId);
    Result<Done> closeAccount(qint64 customerId);
    DeletionStore::Deleted sweep();

private:
    DeletionRecommendations &m_recommendations;
    DeletionStore &m_store;
    DeletionLog &m_log;
    const Clock &m_clock;
};

} // namespace confidant::server
