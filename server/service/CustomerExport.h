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
    struct Account {
        CustomerRecord customer;
        QList<AgreementAcceptance> agreements;
        QDateTime exportedAt;
    };

    CustomerExport(CustomerStore &customers, InquiryStore &inquiries, InquiryMessages &messages, const Clock &clock);

    // An export is read in parts and streamed (audit finding 5 of issue 20: a customer may have 50,000 inquiries):
    // the account first, then the threads a chunk at a time, oldest inquiry first. Each chunk is read on its own, so
    // an inquiry written or deleted while the export runs may or may not be in it; each one in it is whole.
    // NotFound when the account is gone.
    Result<Account> account(qint64 customerId) const;
    // Up to `limit` threads after the inquiry `afterInquiryId` (0: from the first), each with every message; topic
    // titles in `language` where a topic has one. None when there are no more.
    Result<QList<Thread>> threadsAfter(qint64 customerId, qint64 afterInquiryId, int limit, const QString &language) const;

    // The JSON document in the same parts: everything before the first inquiry, the inquiries of a chunk (after a
    // comma unless they are the first), and the end. Together one object: format, exportedAt, account, inquiries.
    static QByteArray jsonOpening(const Account &account);
    static QByteArray jsonThreads(const QList<Thread> &threads, bool first);
    static QByteArray jsonClosing();

    static constexpr const char *format = "confidant-export/1";

private:
    CustomerStore &m_customers;
    InquiryStore &m_inquiries;
    InquiryMessages &m_messages;
    const Clock &m_clock;
};

} // namespace confidant::server
