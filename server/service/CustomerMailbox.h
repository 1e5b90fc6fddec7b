#pragma once

#include "domain/Inquiry.h"
#include "domain/Message.h"
#include "domain/Topic.h"
#include "store/CalendarStore.h"
#include "store/CustomerReadStore.h"
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
                    const Clock &clock);

    struct Draft {
        QString topicKey;
        QString subject;
        QString body;
    };
    struct Thread {
        Inquiry inquiry;
        QList<Message> messages;
    };

    // Topic titles in `language` where a topic has one, else its default title.
    Result<QList<Topic>> topics(const QString &language) const;
    Result<QList<Inquiry>> inquiries(qint64 customerId, const QString &language) const;
    // NotFound for an inquiry that does not exist or is not this customer's (the same answer: ids leak nothing).
    Result<Thread> thread(qint64 customerId, qint64 inquiryId, const QString &language) const;
    // The company's working calendar, in which topics' response targets promise an answer: read only when one of
    // `inquiries` waits for an answer (nothing is promised otherwise); none then, or when it cannot be read.
    std::optional<WorkingCalendar> promiseCalendar(const QList<Inquiry> &inquiries) const;
    // The inquiries with an advisor's answer the customer has not opened yet.
    QSet<qint64> newAnswers(qint64 customerId) const;
    // The customer has seen the thread as shown: its answers are no longer new.
    void markRead(qint64 customerId, const Thread &thread);
    // The new inquiry, or the field errors to show beside the form.
    // ServiceError only when the database is unavailable: the page keeps what the customer wrote.
    std::variant<Inquiry, FieldErrors, ServiceError> write(qint64 customerId, const Draft &draft);
    // The updated thread, field errors, or nullopt-like NotFound for someone else's inquiry.
    std::variant<Message, FieldErrors, ServiceError> answer(qint64 customerId, qint64 inquiryId, const QString &body);

private:
    InquiryStore &m_inquiries;
    InquiryMessages &m_messages;
    CustomerReadStore &m_reads;
    CalendarStore &m_calendar;
    TopicStore &m_topics;
    const Clock &m_clock;
};

} // namespace confidant::server
