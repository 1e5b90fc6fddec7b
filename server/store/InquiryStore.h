#pragma once

#include "domain/AdvisorProfile.h"
#include "domain/ChangeBatch.h"
#include "domain/Inquiry.h"
#include "domain/Message.h"
#include "store/StoreError.h"

#include <QList>
#include <QUuid>
#include <optional>

namespace confidant::server {

class Database;

// Inquiries and their messages. Every write takes the next change sequence number inside its transaction
// (see docs/protocol.md, "Change feed") and sends NOTIFY confidant_changes with it, so waiting long-polls wake.
// Values are expected validated (shared/validation); the store only enforces ownership and existence.
class InquiryStore {
public:
    explicit InquiryStore(Database &database);

    // NotFound when the topic or customer does not exist.
    Result<Inquiry> createInquiry(qint64 customerId, qint64 topicId, const QString &subject, const QString &body,
                                  const QDateTime &now);
    // NotFound when the inquiry does not exist or is not this customer's (same answer, so ids leak nothing).
    Result<Message> addCustomerMessage(qint64 customerId, qint64 inquiryId, const QString &body, const QDateTime &now);
    // With a key, a repeat of the same key by the same advisor returns the first reply and writes nothing.
    Result<Message> addAdvisorReply(const AdvisorProfile &advisor, qint64 inquiryId, const QString &body, const QDateTime &now,
                                    const QUuid &idempotencyKey = QUuid());

    // The customer's own inquiries, newest activity first, with the topic title in `language` where it has one
    // (TopicStore::setTitle); every other call shows the default title.
    // Reads say "unavailable" as an error, never as an empty answer: a page must not claim there is nothing.
    Result<QList<Inquiry>> listForCustomer(qint64 customerId, const QString &language = QString()) const;
    Result<std::optional<Inquiry>> findForCustomer(qint64 customerId, qint64 inquiryId, const QString &language = QString()) const;
    std::optional<Inquiry> find(qint64 inquiryId) const;
    Result<QList<Message>> messages(qint64 inquiryId) const;                            // oldest first
    Result<QList<Inquiry>> openQueue(int limit) const;                          // awaiting advisor, longest waiting first

    // Inquiries changed after `since` (a new message changes its inquiry too), at most `limit`, in sequence order.
    Result<ChangeBatch> changesSince(qint64 since, int limit) const;
    qint64 latestSequence() const;
    // Forgets reply keys older than `cutoff`; once across server instances (Database::runExclusively).
    int forgetReplyKeysBefore(const QDateTime &cutoff);

private:
    Result<Message> addMessage(qint64 inquiryId, std::optional<qint64> customerId, std::optional<qint64> advisorId,
                               const QString &body, const QDateTime &now, const QUuid &idempotencyKey = QUuid());

    Database &m_database;
};

} // namespace confidant::server
