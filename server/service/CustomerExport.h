#pragma once

#include "store/CustomerStore.h"
#include "store/InquiryMessages.h"
#include "store/InquiryStore.h"
#include "time/Clock.h"

#include <QJsonObject>

namespace confidant::server {


// Everything stored about one customer, for their right of access and to data portability (GDPR articles 15 and
// 20), as JSON for machines and as the data for a readable HTML copy: the account (name, e-mail address, when it was
// registered, every acceptance of the agreement) and each inquiry with its topic, state and every message, the
// customer's and the advisors'. Nothing of anyone else: every read is bound to the customer's id.
//
// Left out: the advisors' internal records of how an inquiry was handled (routing and ownership events, internal
// notes). Whether those must be disclosed is a legal question for each company; docs/operations.md says so.
class CustomerExport {
public:
    struct Thread {
        Inquiry inquiry;
        QList<Message> messages;
    };
    struct Data {
        CustomerRecord customer;
        QList<AgreementAcceptance> agreements;
        QList<Thread> threads;
        QDateTime exportedAt;
    };

    CustomerExport(CustomerStore &customers, InquiryStore &inquiries, InquiryMessages &messages, const Clock &clock);

    // Topic titles in `language` where a topic has one. NotFound when the account is gone.
    Result<Data> collect(qint64 customerId, const QString &language) const;
    static QJsonObject toJson(const Data &data);

    static constexpr const char *format = "confidant-export/1";

private:
    CustomerStore &m_customers;
    InquiryStore &m_inquiries;
    InquiryMessages &m_messages;
    const Clock &m_clock;
};

} // namespace confidant::server
