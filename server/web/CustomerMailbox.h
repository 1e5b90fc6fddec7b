#pragma once

#include "domain/Inquiry.h"
#include "domain/Message.h"
#include "domain/Topic.h"
#include "store/InquiryStore.h"
#include "store/TopicStore.h"
#include "time/Clock.h"
#include "validation/FieldError.h"

#include <variant>

namespace confidant::server {

class Database;

// What a signed-in customer does with their inquiries, without HTTP. Every call is scoped to one customer.
class CustomerMailbox {
public:
    CustomerMailbox(Database &database, const Clock &clock);

    struct Draft {
        QString topicKey;
        QString subject;
        QString body;
    };
    struct Thread {
        Inquiry inquiry;
        QList<Message> messages;
    };

    QList<Topic> topics() const;
    QList<Inquiry> inquiries(qint64 customerId) const;
    std::optional<Thread> thread(qint64 customerId, qint64 inquiryId) const;
    // The new inquiry, or the field errors to show beside the form.
    std::variant<Inquiry, FieldErrors> write(qint64 customerId, const Draft &draft);
    // The updated thread, field errors, or nullopt-like NotFound for someone else's inquiry.
    std::variant<Message, FieldErrors, ServiceError> answer(qint64 customerId, qint64 inquiryId, const QString &body);

private:
    InquiryStore m_inquiries;
    TopicStore m_topics;
    const Clock &m_clock;
};

} // namespace confidant::server
