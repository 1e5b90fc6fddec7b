#include "InquiryBatchWriter.h"

#include "store/Database.h"
#include "store/SqlStatement.h"
#include "store/StoreLog.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStringList>

namespace confidant::bench {

using server::InquiryCipher;
using server::runQuery;

namespace {

template<typename T>
QVariant orNull(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

// A bound change number, or the writing transaction's own (the same for every row of the transaction).
QString seqValue(const InquiryDraft &draft)
{
    return draft.seq ? QStringLiteral("?") : QStringLiteral("confidant_change_number()");
}

} // namespace

InquiryBatchWriter::InquiryBatchWriter(server::Database &database, Sealing sealing)
    : m_database(database), m_keys(database), m_sealing(sealing)
{
}

bool InquiryBatchWriter::write(const QList<InquiryDraft> &drafts)
{
    for (qsizetype start = 0; start < drafts.size(); start += batchSize) {
        if (!writeBatch(drafts.mid(start, batchSize)))
            return false;
    }
    return true;
}

bool InquiryBatchWriter::writeBatch(const QList<InquiryDraft> &drafts)
{
    return m_database.inTransaction([&] {
        int messages = 0;
        for (const InquiryDraft &draft : drafts)
            messages += draft.customerMessage.isEmpty() ? 0 : 1 + draft.replies;
        const auto ids = reserveIds("inquiries_id_seq", int(drafts.size()));
        const auto messageIds = reserveIds("messages_id_seq", messages);
        if (!ids || !messageIds)
            return false;
        QList<Sealed> sealed;
        sealed.reserve(drafts.size());
        qsizetype nextMessage = 0;
        for (qsizetype i = 0; i < drafts.size(); ++i) {
            const qsizetype count = drafts.at(i).customerMessage.isEmpty() ? 0 : 1 + drafts.at(i).replies;
            auto one = seal(ids->at(i), drafts.at(i), messageIds->mid(nextMessage, count));
            nextMessage += count;
            if (!one)
                return false;
            sealed << std::move(*one);
        }
        return insertInquiries(drafts, *ids, sealed) && insertKeys(*ids, sealed) && insertMessages(drafts, *ids, sealed);
    });
}

// Ids first, as createInquiry takes them: the inquiry's and each message's id are part of the texts' associated data.
std::optional<QList<qint64>> InquiryBatchWriter::reserveIds(const char *sequence, int count)
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT nextval('%1') FROM generate_series(1, ?)").arg(QLatin1String(sequence)), {count}))
        return std::nullopt;
    QList<qint64> ids;
    ids.reserve(count);
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids.size() == count ? std::optional(ids) : std::nullopt;
}

// Each body is bound to its message's id and author (the replies alternate, the advisor's first), as
// InquiryMessages seals them: otherwise the server could not open them.
std::optional<InquiryBatchWriter::Sealed> InquiryBatchWriter::seal(qint64 id, const InquiryDraft &draft, QList<qint64> messageIds)
{
    if (m_sealing == Sealing::Off)
        return Sealed{draft.subject.toUtf8(), draft.customerMessage.toUtf8(), QList<QByteArray>(draft.replies, draft.customerMessage.toUtf8()),
                      std::nullopt, messageIds};
    QElapsedTimer timer;
    timer.start();
    const auto key = m_keys.create(id);
    const auto subject = key ? key->cipher.seal(InquiryCipher::Field::Subject, draft.subject) : std::nullopt;
    const auto body = key && !draft.customerMessage.isEmpty()
                          ? key->cipher.seal(InquiryCipher::Field::Body, {messageIds.value(0), "customer"}, draft.customerMessage)
                          : std::optional<QByteArray>(QByteArray());
    QList<QByteArray> replies;
    for (int r = 0; key && r < draft.replies && !draft.customerMessage.isEmpty(); ++r) {
        const QByteArray author = r % 2 == 0 ? QByteArrayLiteral("advisor") : QByteArrayLiteral("customer");
        const auto reply = key->cipher.seal(InquiryCipher::Field::Body, {messageIds.value(r + 1), author}, draft.customerMessage);
        if (!reply)
            return std::nullopt;
        replies << *reply;
    }
    m_cryptoNs += timer.nsecsElapsed();
    if (!subject || !body)
        return std::nullopt;
    return Sealed{*subject, *body, replies, key->wrapped, messageIds};
}

bool InquiryBatchWriter::insertInquiries(const QList<InquiryDraft> &drafts, const QList<qint64> &ids, const QList<Sealed> &sealed)
{
    QStringList values;
    QVariantList bound;
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        const InquiryDraft &d = drafts.at(i);
        values << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, %1, ?, ?, ?, ?, ?)").arg(seqValue(d));
        bound << ids.at(i) << d.customerId << d.topicId << sealed.at(i).subject << d.state << d.createdAt.toUTC()
              << orNull(d.waitingSince) << d.lastActivityAt.toUTC();
        if (d.seq)
            bound << *d.seq;
        bound << orNull(d.assignedAdvisorId) << orNull(d.closedAt) << orNull(d.teamId);
        // The first reply is the advisor's: the inquiry remembers it as its first response (migration 0015).
        const bool answered = d.replies > 0 && !d.customerMessage.isEmpty();
        bound << (answered ? QVariant(d.createdAt.toUTC().addSecs(d.replyGapSeconds)) : QVariant(QMetaType::fromType<QDateTime>()))
              << (answered ? orNull(d.replyAdvisorId) : QVariant(QMetaType::fromType<qint64>()));
    }
    QSqlQuery query(m_database.connection());
    return runQuery(query, QStringLiteral("INSERT INTO inquiries (id, customer_id, topic_id, subject_sealed, state, created_at, waiting_since, "
                                          "last_activity_at, seq, assigned_advisor_id, closed_at, team_id, first_response_at, "
                                          "first_response_advisor_id) VALUES ") + values.join(QLatin1String(", ")),
                    bound);
}

bool InquiryBatchWriter::insertKeys(const QList<qint64> &ids, const QList<Sealed> &sealed)
{
    if (m_sealing == Sealing::Off)
        return true;
    // One batch, one key ring read: one epoch, which the store's own epoch registration names :epoch.
    QStringList values;
    for (qsizetype i = 0; i < ids.size(); ++i)
        values << QStringLiteral("(:inquiry_%1, :epoch_%1, :key_%1)").arg(i);
    server::SqlStatement statement(m_database, QStringLiteral("WITH ") + server::InquiryKeys::registerEpoch()
                                                   + QStringLiteral(" INSERT INTO inquiry_keys (inquiry_id, epoch, wrapped_key) VALUES ")
                                                   + values.join(QLatin1String(", ")));
    statement.bind(QStringLiteral("epoch"), sealed.first().key->epoch);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString n = QString::number(i);
        statement.bind(QStringLiteral("inquiry_") + n, ids.at(i))
            .bind(QStringLiteral("epoch_") + n, sealed.at(i).key->epoch)
            .bind(QStringLiteral("key_") + n, sealed.at(i).key->bytes);
    }
    return statement.run();
}

bool InquiryBatchWriter::insertMessages(const QList<InquiryDraft> &drafts, const QList<qint64> &ids, const QList<Sealed> &sealed)
{
    QStringList values;
    QVariantList bound;
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        const InquiryDraft &d = drafts.at(i);
        if (d.customerMessage.isEmpty())
            continue;
        values << QStringLiteral("(?, ?, 'customer', ?, ?, ?, %1)").arg(seqValue(d));
        bound << sealed.at(i).messageIds.at(0) << ids.at(i) << QVariant(QMetaType::fromType<qint64>()) << sealed.at(i).body << d.createdAt.toUTC();
        if (d.seq)
            bound << *d.seq;
        // The conversation that followed, the advisor first.
        for (int r = 0; r < sealed.at(i).replies.size(); ++r) {
            const bool advisor = r % 2 == 0;
            values << QStringLiteral("(?, ?, '%1', ?, ?, ?, %2)").arg(advisor ? QLatin1String("advisor") : QLatin1String("customer"), seqValue(d));
            bound << sealed.at(i).messageIds.at(r + 1) << ids.at(i) << (advisor ? orNull(d.replyAdvisorId) : QVariant(QMetaType::fromType<qint64>())) << sealed.at(i).replies.at(r)
                  << d.createdAt.toUTC().addSecs(qint64(d.replyGapSeconds) * (r + 1));
            if (d.seq)
                bound << *d.seq;
        }
    }
    if (values.isEmpty())
        return true;
    QSqlQuery query(m_database.connection());
    return runQuery(query, QStringLiteral("INSERT INTO messages (id, inquiry_id, author, advisor_id, body_sealed, created_at, seq) VALUES ")
                               + values.join(QLatin1String(", ")),
                    bound);
}

} // namespace confidant::bench
