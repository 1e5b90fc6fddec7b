#pragma once

#include "store/InquiryKeys.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace confidant::server {
class Database;
}

namespace confidant::bench {

// One inquiry for the benches, in plain text; the writer seals it.
struct InquiryDraft {
    qint64 customerId = 0;
    qint64 topicId = 0;
    QString subject;
    QString state;
    QDateTime createdAt;
    std::optional<QDateTime> waitingSince;
    QDateTime lastActivityAt;
    std::optional<qint64> seq; // none: the writing transaction's change number (confidant_change_number())
    std::optional<qint64> assignedAdvisorId;
    std::optional<QDateTime> closedAt;
    QString customerMessage; // empty: no first message
    int replies = 0; // more messages after the first, with the same text, alternately the advisor's and the customer's
    std::optional<qint64> teamId = std::nullopt; // none: the shared queue
    std::optional<qint64> replyAdvisorId = std::nullopt; // who wrote the advisor's replies (none: as after their removal)
    int replyGapSeconds = 60; // the replies follow each other and the first message this far apart
};

// Writes many inquiries at once for the benches (bench/bench_loader): ids reserved in one round trip per batch,
// then one multi-row INSERT each for inquiries, their data keys and their first messages, one transaction per
// batch. The texts are sealed exactly as InquiryStore::createInquiry seals them (InquiryKeys::create, then
// InquiryCipher::seal with the reserved id), so the server and the client read them back as any other inquiry.
// With Sealing::Off it writes the same rows as they would be without encryption: the plaintext's UTF-8 bytes in
// the same columns and no key row (the bench's "without encryption" rate; such rows cannot be read back).
// SQL outside the store, against house rule 9: this is a bench tool that writes what the product never writes in
// bulk, and it must not add a bulk path to the product.
class InquiryBatchWriter {
public:
    enum class Sealing { On, Off };
    static constexpr int batchSize = 500;

    InquiryBatchWriter(server::Database &database, Sealing sealing);

    // Each slice of batchSize in its own transaction; false when a statement or the key ring failed (logged).
    bool write(const QList<InquiryDraft> &drafts);
    // Time spent making data keys and sealing texts so far: the part of the cost that is encryption's CPU alone.
    qint64 cryptoNanoseconds() const { return m_cryptoNs; }

private:
    struct Sealed {
        QByteArray subject;
        QByteArray body;
        QList<QByteArray> replies; // each sealed on its own (its own nonce), as InquiryStore seals every message
        std::optional<server::WrappedKey> key;
        QList<qint64> messageIds; // the first message's, then the replies': bound into each body as the server binds it
    };
    bool writeBatch(const QList<InquiryDraft> &drafts);
    std::optional<QList<qint64>> reserveIds(const char *sequence, int count);
    std::optional<Sealed> seal(qint64 id, const InquiryDraft &draft, QList<qint64> messageIds);
    bool insertInquiries(const QList<InquiryDraft> &drafts, const QList<qint64> &ids, const QList<Sealed> &sealed);
    bool insertKeys(const QList<qint64> &ids, const QList<Sealed> &sealed);
    bool insertMessages(const QList<InquiryDraft> &drafts, const QList<qint64> &ids, const QList<Sealed> &sealed);

    server::Database &m_database;
    server::InquiryKeys m_keys;
    Sealing m_sealing;
    qint64 m_cryptoNs = 0;
};

} // namespace confidant::bench
