#include "DeletionQueue.h"

#include "InquiryModel.h"

#include <QPointer>

#include "validation/Validation.h"

#include <QPointer>

namespace confidant::client {

DeletionQueue::DeletionQueue(ApiClient *api, const Clock &clock, QObject *parent) : QObject(parent), m_api(api), m_model(clock)
{
    connect(&m_refresh, &QTimer::timeout, this, &DeletionQueue::refresh);
}

void DeletionQueue::start(std::chrono::milliseconds interval)
{
    m_refresh.start(interval);
    refresh();
}

void DeletionQueue::refresh()
{
    m_api->deletions([self = QPointer(this), asked = ++m_asked](const ApiResult<QList<DeletionRecommendation>> &result) {
        if (!self)
            return;
        if (const auto *failure = std::get_if<ApiFailure>(&result))
            return emit self->failed(failureText(*failure));
        self->apply(asked, std::get<QList<DeletionRecommendation>>(result));
    });
}

void DeletionQueue::refreshLog()
{
    m_api->deletionLog([self = QPointer(this)](const ApiResult<QList<DeletionLogEntry>> &result) {
        if (!self)
            return;
        if (const auto *failure = std::get_if<ApiFailure>(&result))
            return emit self->failed(failureText(*failure));
        self->m_log.setEntries(std::get<QList<DeletionLogEntry>>(result));
    });
}

// Answers can overtake each other (the network access may use several connections): a list asked for before the
// one already shown is older than it, and would bring back what a postponement just took off.
void DeletionQueue::apply(quint64 asked, const QList<DeletionRecommendation> &recommendations)
{
    if (asked < m_shown)
        return;
    m_shown = asked;
    const int before = count();
    m_model.setRecommendations(recommendations);
    if (count() != before)
        emit countChanged(count());
}

void DeletionQueue::confirm(const QList<int> &rows)
{
    wire::DeletionConfirmation confirmation;
    for (int row : rows) {
        const DeletionRecommendation &r = m_model.at(row);
        if (r.policy == DeletionRecommendation::Policy::InactiveAccount)
            confirmation.customerIds << r.customerId;
        else
            confirmation.inquiryIds << r.inquiryId;
    }
    m_api->confirmDeletions(confirmation, [self = QPointer(this)](const ApiResult<int> &result) {
        if (!self)
            return;
        if (const auto *failure = std::get_if<ApiFailure>(&result)) {
            emit self->failed(failureText(*failure));
        } else {
            emit self->deleted(std::get<int>(result));
        }
        self->refresh();
    });
}

void DeletionQueue::postpone(qint64 inquiryId, const wire::PostponementDraft &postponement)
{
    m_api->postponeDeletion(inquiryId, postponement, [self = QPointer(this), asked = ++m_asked](const ApiResult<QList<DeletionRecommendation>> &result) {
        if (!self)
            return;
        if (const auto *failure = std::get_if<ApiFailure>(&result))
            return emit self->failed(failureText(*failure));
        self->apply(asked, std::get<QList<DeletionRecommendation>>(result));
        emit self->postponed();
    });
}

QString DeletionQueue::failureText(const ApiFailure &failure)
{
    if (!failure.fields.isEmpty())
        return translatedFieldMessages(failure);
    if (failure.httpStatus == 404)
        return tr("Something in your choice no longer exists or is no longer yours to delete. Nothing was deleted; the list is up to date again.");
    if (failure.httpStatus == 422)
        return tr("Something in your choice is not due for deletion any more (a colleague postponed it, or the customer wrote again). Nothing was deleted.");
    return failure.message;
}

void DeletionQueue::nameInquiriesFrom(const InquiryModel *inquiries)
{
    m_model.setSubjectLookup([inquiries = QPointer<const InquiryModel>(inquiries)](qint64 id) {
        const auto inquiry = inquiries ? inquiries->inquiry(id) : std::nullopt;
        return inquiry ? inquiry->subject : QString();
    });
}

} // namespace confidant::client
