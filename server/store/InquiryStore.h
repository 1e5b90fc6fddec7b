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

// Inquiries and their messages. Every write takes a change number derived from its transaction's id (see
// docs/protocol.md, "Change feed") and sends NOTIFY confidant_changes with it, so waiting long-polls wake.
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

    // Inquiries changed after `since` (a new message changes its inquiry too), in number order, and only numbers
    // below the change horizon. At most `limit`, unless more than `limit` share one number: a page never splits one.
    Result<ChangeBatch> changesSince(qint64 since, int limit) const;
    // Every change number below it belongs to a transaction that has ended; the feed hands out nothing at or above.
    Result<qint64> changeHorizon() const;
    // The highest number a reader may have been handed (horizon - 1); 0 when the database is unavailable.
    qint64 latestSequence() const;
    // Forgets reply keys older than `cutoff`; once across server instances (Database::runExclusively).
    int forgetReplyKeysBefore(const QDateTime &cutoff);

private:
    Result<ChangeBatch> pageOfChanges(qint64 since, int limit, qint64 horizon, QList<Inquiry> rows) const;
    Result<ChangeBatch> wholeChange(qint64 since, qint64 seq) const;
    struct MessageDraft {
        qint64 inquiryId = 0;
        std::optional<qint64> customerId; // set for a customer's message: the inquiry must be theirs
        std::optional<qint64> advisorId;  // set for an advisor's reply
        QString body;
        QDateTime now;
        QUuid idempotencyKey;
    };
    enum class MessageWrite { Written, NotFound, Overtaken, Failed };
    Result<Message> addMessage(const MessageDraft &draft);
    MessageWrite writeMessage(const MessageDraft &draft, qint64 *messageId);
    bool insertMessage(const MessageDraft &draft, qint64 *messageId, bool *overtaken);

    Database &m_database;
};

} // namespace confidant::server
