#pragma once

#include "domain/Inquiry.h"
#include "domain/Message.h"
#include "domain/Topic.h"
#include "service/MailboxLimits.h"
#include "store/CalendarStore.h"
#include "store/CustomerReadStore.h"
#include "store/CustomerWriteLog.h"
#include "store/InquiryMessages.h"
#include "store/InquiryStore.h"
#include "store/TopicStore.h"
#include "time/Clock.h"
#include "validation/FieldError.h"

#include <variant>

namespace confidant::server {


// What a signed-in customer does with their inquiries, without HTTP. Every call is scoped to one customer.
class CustomerMailbox {
public:
    CustomerMailbox(InquiryStore &inquiries, InquiryMessages &messages, CustomerReadStore &reads, CalendarStore &calendar, TopicStore &topics,
                    CustomerWriteLog &writes, const Clock &clock, MailboxLimits limits = {});

    struct Draft {
        QString topicKey;
        QString subject;
        QString body;
    };
    struct Thread {
        Inquiry inquiry;
        QList<Message> messages; // one page of them, oldest first
        std::optional<PageKey> olderMessages, newerMessages;
    };
    // The customer wrote as much as MailboxLimits allows in the last hour; nothing was written.
    struct LimitReached {
        QDateTime until; // when the next one will be taken
        int perHour = 0;
    };

    // Topic titles in `language` where a topic has one, else its default title.
    Result<QList<Topic>> topics(const QString &language) const;
    // A page of the customer's inquiries, newest activity first: never all of them (a customer may have 50,000).
    Result<KeysetPage<Inquiry>> inquiries(qint64 customerId, const PageRequest &page, const QString &language) const;
    // The inquiry with a page of its messages (the newest unless `page` asks for others). NotFound for an inquiry that
    // does not exist or is not this customer's (the same answer: ids leak nothing).
    Result<Thread> thread(qint64 customerId, qint64 inquiryId, const PageRequest &page, const QString &language) const;
    // The company's working calendar, in which topics' response targets promise an answer: read only when one of
    // `inquiries` waits for an answer (nothing is promised otherwise); none then, or when it cannot be read.
    std::optional<WorkingCalendar> promiseCalendar(const QList<Inquiry> &inquiries) const;
    // The inquiries with an advisor's answer the customer has not opened yet.
    QSet<qint64> newAnswers(qint64 customerId) const;
    // The customer has seen the thread's page as shown: its answers are no longer new; newer ones, on a later page, are.
    void markRead(qint64 customerId, const Thread &thread);
    // The new inquiry, or the field errors to show beside the form.
    // ServiceError only when the database is unavailable: the page keeps what the customer wrote.
    // Field errors come before the limit: a form with a mistake is corrected, not refused for volume.
    std::variant<Inquiry, FieldErrors, LimitReached, ServiceError> write(qint64 customerId, const Draft &draft);
    // The updated thread, field errors, or nullopt-like NotFound for someone else's inquiry.
    std::variant<Message, FieldErrors, LimitReached, ServiceError> answer(qint64 customerId, qint64 inquiryId, const QString &body);

private:
    // The write's place within the hour's limit, or why there is none; a place with entry 0 when there is no limit.
    std::variant<CustomerWriteLog::Admission, LimitReached, ServiceError> admit(qint64 customerId, CustomerWriteLog::Kind kind);
    void giveBack(const CustomerWriteLog::Admission &admission);

    InquiryStore &m_inquiries;
    InquiryMessages &m_messages;
    CustomerReadStore &m_reads;
    CalendarStore &m_calendar;
    TopicStore &m_topics;
    CustomerWriteLog &m_writes;
    const Clock &m_clock;
    MailboxLimits m_limits;
};

} // namespace confidant::server
