#pragma once

#include "store/StoreError.h"

#include <QDateTime>
#include <QSet>

namespace confidant::server {

class Database;

// How far each customer has read their threads (table customer_reads), for the "new answer" marker. Unlike
// InquiryStore's writes, marking a thread read takes no change number and does not touch the inquiry: the
// advisors' change feed has nothing to learn from a customer reading.
class CustomerReadStore {
public:
    explicit CustomerReadStore(Database &database);

    // Marks the customer's inquiry read up to `messageId`; never moves the mark back. NotFound for an inquiry that
    // is not the customer's.
    Result<Done> markRead(qint64 customerId, qint64 inquiryId, qint64 messageId, const QDateTime &now);
    // The customer's inquiries with an advisor message after the read mark (or never opened since an answer came).
    QSet<qint64> withNewAnswers(qint64 customerId) const;

private:
    Database &m_database;
};

} // namespace confidant::server
