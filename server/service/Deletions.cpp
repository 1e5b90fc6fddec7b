#include "service/Deletions.h"

#include "store/AdvisorScope.h"
#include "store/DeletionLog.h"
#include "store/DeletionRecommendations.h"
#include "validation/Validation.h"

namespace confidant::server {

Deletions::Deletions(DeletionRecommendations &recommendations, DeletionStore &store, DeletionLog &log, const Clock &clock)
    : m_recommendations(recommendations), m_store(store), m_log(log), m_clock(clock)
{
}

Result<Deletions::Due> Deletions::due(const AdvisorProfile &advisor) const
{
    const QDateTime now = m_clock.now();
    const auto due = m_recommendations.forAdvisor(AdvisorScope(advisor), now);
    if (!due)
        return due.error();
    return Due{due.value(), now};
}

Result<DeletionStore::Deleted> Deletions::confirm(const AdvisorProfile &advisor, const QList<qint64> &inquiryIds, const QList<qint64> &customerIds)
{
    return m_store.confirm(advisor, inquiryIds, customerIds, m_clock.now());
}

Result<Done> Deletions::postpone(const AdvisorProfile &advisor, qint64 inquiryId, const DeletionStore::Postponement &postponement)
{
    const QDateTime now = m_clock.now();
    if (const FieldErrors errors = validation::checkPostponement(postponement.reason, postponement.until, now); !errors.isEmpty())
        return ServiceError{ServiceError::Invalid, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "The deletion cannot be postponed as it is.")),
                            errors};
    return m_store.postpone(advisor, inquiryId, postponement, now);
}

Result<QList<DeletionLogEntry>> Deletions::log(const AdvisorProfile &advisor, int limit) const
{
    return m_log.forAdvisor(advisor, limit);
}

Result<Done> Deletions::deleteOwnInquiry(qint64 customerId, qint64 inquiryId)
{
    return m_store.deleteOwnInquiry(customerId, inquiryId, m_clock.now());
}

Result<Done> Deletions::closeAccount(qint64 customerId)
{
    return m_store.closeAccount(customerId, m_clock.now());
}

DeletionStore::Deleted Deletions::sweep()
{
    return m_store.sweep(m_clock.now());
}

} // namespace confidant::server
