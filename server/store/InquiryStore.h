#pragma once

#include "domain/Inquiry.h"
#include "domain/InquiryEvent.h"
#include "store/InquiryKeys.h"
#include "store/KeysetPage.h"
#include "store/StoreError.h"

#include <QList>
#include <optional>

namespace confidant::server {

class AdvisorScope;
class Database;

// Inquiries: a new one routed to its team (or its customer's fixed advisor), and reads for each audience. Messages
// are InquiryMessages', the change feed is ChangeFeedStore's. Every write takes a change number derived from its
// transaction's id (docs/protocol.md, "Change feed") and sends NOTIFY confidant_changes with it, so waiting
// long-polls wake. Values are expected validated (server/service); the store only enforces existence.
class InquiryStore {
public:
    explicit InquiryStore(Database &database);

    // NotFound when the topic or customer does not exist.
    Result<Inquiry> createInquiry(qint64 customerId, qint64 topicId, const QString &subject, const QString &body,
                                  const QDateTime &now);

    // The customer's own inquiries, newest activity first, with the topic title in `language` where it has one
    // (TopicStore::setTitle); every other call shows the default title.
    // Reads say "unavailable" as an error, never as an empty answer: a page must not claim there is nothing.
    Result<QList<Inquiry>> listForCustomer(qint64 customerId, const QString &language = QString()) const;
    // One page of them in the same order (keyset paging, KeysetPage).
    Result<KeysetPage<Inquiry>> pageForCustomer(qint64 customerId, const PageRequest &request, const QString &language = QString()) const;
    // Up to `limit` of the customer's inquiries with an id above `afterId`, by id: what an export reads chunk by
    // chunk, in an order activity meanwhile does not change.
    Result<QList<Inquiry>> customerInquiriesAfter(qint64 customerId, qint64 afterId, int limit, const QString &language = QString()) const;
    Result<std::optional<Inquiry>> findForCustomer(qint64 customerId, qint64 inquiryId, const QString &language = QString()) const;
    std::optional<Inquiry> find(qint64 inquiryId) const;
    Result<QList<InquiryEvent>> events(qint64 inquiryId) const; // oldest first; advisors only
    // The team's queue: awaiting an advisor and owned by nobody, longest waiting first.
    Result<QList<Inquiry>> teamQueue(qint64 teamId, int limit) const;
    // The inquiry if it is in the advisor's scope; none when it does not exist or is not theirs to see (one answer).
    Result<std::optional<Inquiry>> findForAdvisor(const AdvisorScope &scope, qint64 inquiryId) const;

private:
    Database &m_database;
    InquiryKeys m_keys;
};

} // namespace confidant::server
