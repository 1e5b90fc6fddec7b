#include "service/AdvisorInquiries.h"

#include "service/OwnershipRules.h"
#include "store/AdvisorScope.h"
#include "store/ChangeFeedStore.h"
#include "store/InquiryMessages.h"
#include "store/InquiryNotes.h"
#include "store/InquiryStore.h"
#include "validation/Validation.h"

namespace confidant::server {
namespace {

ServiceError notFound()
{
    return {ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry does not exist."))};
}

// The fields a text was refused for, under the message the answer leads with.
ServiceError refusedText(const FieldErrors &errors, const char *message)
{
    return {ServiceError::Invalid, QString::fromUtf8(message), errors};
}

QList<Inquiry> forAdvisor(const AdvisorProfile &advisor, QList<Inquiry> inquiries)
{
    for (Inquiry &inquiry : inquiries)
        inquiry.allowedActions = OwnershipRules::allowedActions(advisor, InquiryPosition::of(inquiry));
    return inquiries;
}

} // namespace

AdvisorInquiries::AdvisorInquiries(InquiryStore &inquiries, InquiryMessages &messages, InquiryNotes &notes, ChangeFeedStore &feed,
                                   const Clock &clock)
    : m_inquiries(inquiries), m_messages(messages), m_notes(notes), m_feed(feed), m_clock(clock)
{
}

Result<ChangeBatch> AdvisorInquiries::changes(const AdvisorProfile &advisor, qint64 since, int limit) const
{
    auto batch = m_feed.changesSince(AdvisorScope(advisor), since, limit);
    if (batch)
        batch.value().inquiries = forAdvisor(advisor, std::move(batch.value().inquiries));
    return batch;
}

Result<QList<Inquiry>> AdvisorInquiries::queue(const AdvisorProfile &advisor, int limit) const
{
    const auto open = m_inquiries.teamQueue(advisor.teamId, limit);
    return open ? Result<QList<Inquiry>>(forAdvisor(advisor, open.value())) : open;
}

Result<AdvisorThread> AdvisorInquiries::thread(const AdvisorProfile &advisor, qint64 inquiryId) const
{
    const auto found = m_inquiries.findForAdvisor(AdvisorScope(advisor), inquiryId);
    if (!found)
        return found.error();
    if (!found.value())
        return notFound();
    const auto messages = m_messages.of(inquiryId);
    const auto events = m_inquiries.events(inquiryId);
    const auto notes = m_notes.of(inquiryId);
    if (!messages || !events || !notes)
        return !messages ? messages.error() : !events ? events.error() : notes.error();
    return AdvisorThread{OwnershipRules::forAdvisor(advisor, *found.value()), messages.value(), events.value(), notes.value()};
}

Result<Written<Message>> AdvisorInquiries::reply(const AdvisorProfile &advisor, qint64 inquiryId, const QString &body,
                                                 const QUuid &idempotencyKey)
{
    if (const FieldErrors errors = validation::checkMessageBody(body); !errors.isEmpty())
        return refusedText(errors, QT_TRANSLATE_NOOP("ServiceError", "The reply cannot be sent as it is."));
    const auto added = m_messages.addAdvisorReply(advisor, inquiryId, validation::normalisedText(body), m_clock.now(), idempotencyKey);
    if (!added)
        return added.error();
    return Written<Message>{added.value(), afterWrite(advisor, inquiryId)};
}

Result<Written<InquiryNote>> AdvisorInquiries::addNote(const AdvisorProfile &advisor, qint64 inquiryId, const QString &text)
{
    if (const FieldErrors errors = validation::checkNoteText(text); !errors.isEmpty())
        return refusedText(errors, QT_TRANSLATE_NOOP("ServiceError", "The note cannot be added as it is."));
    const auto added = m_notes.add(advisor, inquiryId, validation::normalisedText(text), m_clock.now());
    if (!added)
        return added.error();
    return Written<InquiryNote>{added.value(), afterWrite(advisor, inquiryId)};
}

std::optional<Inquiry> AdvisorInquiries::afterWrite(const AdvisorProfile &advisor, qint64 inquiryId) const
{
    const auto updated = m_inquiries.find(inquiryId);
    return updated ? std::optional<Inquiry>(OwnershipRules::forAdvisor(advisor, *updated)) : std::nullopt;
}

} // namespace confidant::server
