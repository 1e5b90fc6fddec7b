#pragma once

#include "domain/AdvisorProfile.h"
#include "domain/Message.h"
#include "store/InquiryKeys.h"
#include "store/KeysetPage.h"
#include "store/StoreError.h"

#include <QList>
#include <QUuid>
#include <optional>

namespace confidant::server {

class Database;

// The messages of inquiries: the customer's and the advisors' (with their idempotency keys), and the thread's
// messages in order. Each write is one transaction under the inquiry's row lock that takes a change number above
// the inquiry's current one and sends NOTIFY confidant_changes, so every advisor's feed follows. Values are
// expected validated (server/service); the store enforces existence and, for an advisor, the scope.
class InquiryMessages {
public:
    explicit InquiryMessages(Database &database);

    // NotFound when the inquiry does not exist or is not this customer's (same answer, so ids leak nothing).
    Result<Message> addCustomerMessage(qint64 customerId, qint64 inquiryId, const QString &body, const QDateTime &now);
    // Only within the advisor's scope (NotFound otherwise); claims an inquiry nobody owns, reopens a closed one.
    // With a key, a repeat of the same key by the same advisor returns the first reply and writes nothing.
    Result<Message> addAdvisorReply(const AdvisorProfile &advisor, qint64 inquiryId, const QString &body, const QDateTime &now,
                                    const QUuid &idempotencyKey = QUuid());
    Result<QList<Message>> of(qint64 inquiryId) const; // oldest first
    // One page of them, oldest first (keyset paging on the id, KeysetPage); the newest page unless asked otherwise.
    Result<KeysetPage<Message>> pageOf(qint64 inquiryId, const PageRequest &request) const;
    // The messages of the customer's inquiries with ids from `firstInquiryId` to `lastInquiryId`, by inquiry and then
    // oldest first: an export's chunk of threads in one read.
    Result<QList<Message>> ofCustomerInquiries(qint64 customerId, qint64 firstInquiryId, qint64 lastInquiryId) const;
    // Forgets reply keys older than `cutoff`; once across server instances (Database::runExclusively).
    int forgetReplyKeysBefore(const QDateTime &cutoff);

private:
    struct Draft {
        qint64 inquiryId = 0;
        std::optional<qint64> customerId; // set for a customer's message: the inquiry must be theirs
        std::optional<AdvisorProfile> advisor; // set for an advisor's reply: only within the advisor's scope
        QString body;
        QDateTime now;
        QUuid idempotencyKey;
        QByteArray sealedBody; // the body as stored (InquiryCipher), set by seal
        qint64 messageId = 0;  // taken by seal: the body is bound to it
    };
    enum class Write { Written, NotFound, Overtaken, Failed };
    Result<Message> add(const Draft &draft);
    Write write(const Draft &plain, const InquiryCipher &cipher, qint64 *messageId);
    bool seal(const InquiryCipher &cipher, Draft *draft) const;
    bool lockInquiry(const Draft &draft, bool *found);
    bool insert(const Draft &draft, qint64 *messageId, bool *overtaken);

    Database &m_database;
    InquiryKeys m_keys;
};

} // namespace confidant::server
