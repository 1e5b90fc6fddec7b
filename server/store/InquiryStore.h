#pragma once

#include "domain/AdvisorProfile.h"
#include "domain/ChangeBatch.h"
#include "domain/Inquiry.h"
#include "domain/InquiryEvent.h"
#include "domain/Message.h"
#include "store/InquiryKeys.h"
#include "store/StoreError.h"

#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>
#include <optional>

namespace confidant::server {

class AdvisorScope;
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
    // Only within the advisor's scope (NotFound otherwise); claims an inquiry nobody owns, reopens a closed one.
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
    Result<QList<InquiryEvent>> events(qint64 inquiryId) const;                         // oldest first; advisors only
    // The team's queue: awaiting an advisor and owned by nobody, longest waiting first.
    Result<QList<Inquiry>> teamQueue(qint64 teamId, int limit) const;
    // The inquiry if it is in the advisor's scope; none when it does not exist or is not theirs to see (one answer).
    Result<std::optional<Inquiry>> findForAdvisor(const AdvisorScope &scope, qint64 inquiryId) const;

    // Inquiries changed after `since` (a new message changes its inquiry too), in number order, and only numbers
    // below the change horizon. At most `limit`, unless more than `limit` share one number: a page never splits one.
    Result<ChangeBatch> changesSince(qint64 since, int limit) const;
    // What the advisor API hands out: the changes in `scope`, and the ids of inquiries that left it or were deleted.
    Result<ChangeBatch> changesSince(const AdvisorScope &scope, qint64 since, int limit) const;
    // Every change number below it belongs to a transaction that has ended; the feed hands out nothing at or above.
    Result<qint64> changeHorizon() const;
    // The highest number a reader may have been handed (horizon - 1); 0 when the database is unavailable.
    qint64 latestSequence() const;
    // Forgets reply keys older than `cutoff`; once across server instances (Database::runExclusively).
    int forgetReplyKeysBefore(const QDateTime &cutoff);

private:
    // Rows of the feed; those out of the reader's scope go out as ids only.
    struct Rows {
        QList<Inquiry> inquiries;
        QSet<qint64> hidden;
        bool unreadable = false; // a row's subject did not decrypt
        void append(const QSqlQuery &query, bool withVisibility, const InquiryKeys &keys);
        ChangeBatch into(ChangeBatch batch) &&;
    };
    Result<ChangeBatch> readChanges(const QString &columnsFrom, const QVariantList &selectValues, const QString &filter, qint64 since,
                                    int limit, const AdvisorScope *scope) const;
    Result<ChangeBatch> withTombstones(Result<ChangeBatch> batch) const;
    Result<ChangeBatch> pageOfChanges(qint64 since, int limit, qint64 horizon, Rows rows, const AdvisorScope *scope) const;
    Result<ChangeBatch> wholeChange(qint64 since, qint64 seq, const AdvisorScope *scope) const;
    struct MessageDraft {
        qint64 inquiryId = 0;
        std::optional<qint64> customerId; // set for a customer's message: the inquiry must be theirs
        std::optional<qint64> advisorId;  // set for an advisor's reply
        std::optional<AdvisorProfile> advisor; // with it: only within the advisor's scope (AdvisorScope)
        QString body;
        QDateTime now;
        QUuid idempotencyKey;
        QByteArray sealedBody; // the body as stored (InquiryCipher), set by addMessage
    };
    enum class MessageWrite { Written, NotFound, Overtaken, Failed };
    Result<Message> addMessage(const MessageDraft &draft);
    MessageWrite writeMessage(const MessageDraft &draft, qint64 *messageId);
    bool insertMessage(const MessageDraft &draft, qint64 *messageId, bool *overtaken);

    Result<std::optional<Inquiry>> oneInquiry(QSqlQuery &query) const;

    Database &m_database;
    InquiryKeys m_keys;
};

} // namespace confidant::server
