#include "service/CustomerMailbox.h"

#include "validation/Validation.h"

#include <algorithm>

namespace confidant::server {

CustomerMailbox::CustomerMailbox(InquiryStore &inquiries, InquiryMessages &messages, CustomerReadStore &reads, CalendarStore &calendar,
                                 TopicStore &topics, CustomerWriteLog &writes, const Clock &clock, MailboxLimits limits)
    : m_inquiries(inquiries), m_messages(messages), m_reads(reads), m_calendar(calendar), m_topics(topics), m_writes(writes), m_clock(clock),
      m_limits(limits)
{
}

Result<QList<Topic>> CustomerMailbox::topics(const QString &language) const
{
    return m_topics.list(language);
}

namespace {

ServiceError notFound()
{
    return {ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry does not exist."))};
}

} // namespace

Result<KeysetPage<Inquiry>> CustomerMailbox::inquiries(qint64 customerId, const PageRequest &page, const QString &language) const
{
    return m_inquiries.pageForCustomer(customerId, page, language);
}

Result<CustomerMailbox::Thread> CustomerMailbox::thread(qint64 customerId, qint64 inquiryId, const PageRequest &page, const QString &language) const
{
    const auto inquiry = m_inquiries.findForCustomer(customerId, inquiryId, language);
    if (!inquiry)
        return inquiry.error();
    if (!inquiry.value())
        return notFound();
    const auto messages = m_messages.pageOf(inquiryId, page);
    if (!messages)
        return messages.error();
    return Thread{*inquiry.value(), messages->rows, messages->older, messages->newer};
}

std::optional<WorkingCalendar> CustomerMailbox::promiseCalendar(const QList<Inquiry> &inquiries) const
{
    const bool waits = std::any_of(inquiries.cbegin(), inquiries.cend(), [](const Inquiry &inquiry) {
        return inquiry.state == InquiryState::AwaitingAdvisor && inquiry.waitingSince;
    });
    if (!waits)
        return std::nullopt;
    const auto calendar = m_calendar.load();
    return calendar ? std::optional<WorkingCalendar>(calendar.value()) : std::nullopt;
}

QSet<qint64> CustomerMailbox::newAnswers(qint64 customerId) const
{
    return m_reads.withNewAnswers(customerId);
}

void CustomerMailbox::markRead(qint64 customerId, const Thread &thread)
{
    // Up to the newest message shown, not "everything": an answer arriving while the page renders stays new.
    // A failure only leaves the marker on; the page itself is still worth showing.
    if (!thread.messages.isEmpty())
        m_reads.markRead(customerId, thread.inquiry.id, thread.messages.last().id, m_clock.now());
}

std::variant<Inquiry, FieldErrors, CustomerMailbox::LimitReached, ServiceError> CustomerMailbox::write(qint64 customerId, const Draft &draft)
{
    FieldErrors errors = validation::checkTopicKey(draft.topicKey);
    std::optional<Topic> topic;
    if (errors.isEmpty()) {
        const auto found = m_topics.findByKey(draft.topicKey);
        if (!found)
            return found.error();
        topic = found.value();
    }
    if (errors.isEmpty() && !topic)
        errors.append({QStringLiteral("topic"), QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "This topic does not exist."))});
    errors += validation::checkSubject(draft.subject);
    errors += validation::checkMessageBody(draft.body);
    if (!errors.isEmpty())
        return errors;
    const auto place = admit(customerId, CustomerWriteLog::Kind::Inquiry);
    if (const auto *refused = std::get_if<LimitReached>(&place))
        return *refused;
    if (const auto *failure = std::get_if<ServiceError>(&place))
        return *failure;
    const auto created = m_inquiries.createInquiry(customerId, topic->id, validation::normalisedText(draft.subject),
                                                   validation::normalisedText(draft.body), m_clock.now());
    if (!created)
        giveBack(std::get<CustomerWriteLog::Admission>(place));
    if (!created && created.error().kind == ServiceError::Unavailable)
        return created.error();
    if (!created)
        return FieldErrors{{QString(), created.error().message}};
    return created.value();
}

std::variant<Message, FieldErrors, CustomerMailbox::LimitReached, ServiceError> CustomerMailbox::answer(qint64 customerId, qint64 inquiryId,
                                                                                                   const QString &body)
{
    const auto own = m_inquiries.findForCustomer(customerId, inquiryId);
    if (!own)
        return own.error();
    if (!own.value())
        return notFound();
    const FieldErrors errors = validation::checkMessageBody(body);
    if (!errors.isEmpty())
        return errors;
    const auto place = admit(customerId, CustomerWriteLog::Kind::Message);
    if (const auto *refused = std::get_if<LimitReached>(&place))
        return *refused;
    if (const auto *failure = std::get_if<ServiceError>(&place))
        return *failure;
    const auto added = m_messages.addCustomerMessage(customerId, inquiryId, validation::normalisedText(body), m_clock.now());
    if (!added) {
        giveBack(std::get<CustomerWriteLog::Admission>(place));
        return added.error();
    }
    return added.value();
}

std::variant<CustomerWriteLog::Admission, CustomerMailbox::LimitReached, ServiceError> CustomerMailbox::admit(qint64 customerId,
                                                                                                           CustomerWriteLog::Kind kind)
{
    const int perHour = kind == CustomerWriteLog::Kind::Inquiry ? m_limits.inquiriesPerHour : m_limits.messagesPerHour;
    if (perHour <= 0)
        return CustomerWriteLog::Admission{};
    const auto admission = m_writes.admit(customerId, kind, perHour, m_clock.now());
    if (!admission)
        return admission.error();
    if (!admission->admitted())
        return LimitReached{admission->refusedUntil, perHour};
    return admission.value();
}

void CustomerMailbox::giveBack(const CustomerWriteLog::Admission &admission)
{
    if (admission.entry > 0)
        m_writes.giveBack(admission.entry);
}

} // namespace confidant::server
