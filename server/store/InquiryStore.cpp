#include "store/InquiryStore.h"

#include "store/Database.h"
#include "store/StoreLog.h"

#include <QSqlQuery>

namespace confidant::server {
namespace {

const QString inquiryColumns = QStringLiteral(
    "SELECT i.id, i.customer_id, c.email, i.topic_id, t.key, %1, i.subject, i.state, i.created_at, i.waiting_since, "
    "i.last_activity_at, i.assigned_advisor_id, i.seq "
    "FROM inquiries i JOIN customers c ON c.id = i.customer_id JOIN topics t ON t.id = i.topic_id ");

// Advisors see the default topic title.
const QString selectInquiry = inquiryColumns.arg(QStringLiteral("t.title"));

// The customer sees the topic in the page's language where it has a title in it; the language is the first bound value.
const QString selectInquiryInLanguage = inquiryColumns.arg(QStringLiteral("coalesce(tt.title, t.title)"))
    + QStringLiteral("LEFT JOIN topic_titles tt ON tt.topic_id = i.topic_id AND tt.language = ? ");

const QString selectMessage = QStringLiteral(
    "SELECT m.id, m.inquiry_id, m.author, CASE WHEN m.author = 'advisor' THEN coalesce(a.display_name, '') ELSE c.email END, "
    "m.body, m.created_at, m.seq "
    "FROM messages m JOIN inquiries i ON i.id = m.inquiry_id JOIN customers c ON c.id = i.customer_id "
    "LEFT JOIN advisors a ON a.id = m.advisor_id ");

Inquiry readInquiry(const QSqlQuery &q)
{
    Inquiry inquiry;
    inquiry.id = q.value(0).toLongLong();
    inquiry.customerId = q.value(1).toLongLong();
    inquiry.customerName = q.value(2).toString();
    inquiry.topicId = q.value(3).toLongLong();
    inquiry.topicKey = q.value(4).toString();
    inquiry.topicTitle = q.value(5).toString();
    inquiry.subject = q.value(6).toString();
    inquiry.state = inquiryStateFromKey(q.value(7).toString()).value_or(InquiryState::AwaitingAdvisor);
    inquiry.createdAt = q.value(8).toDateTime().toUTC();
    if (!q.value(9).isNull())
        inquiry.waitingSince = q.value(9).toDateTime().toUTC();
    inquiry.lastActivityAt = q.value(10).toDateTime().toUTC();
    if (!q.value(11).isNull())
        inquiry.assignedAdvisorId = q.value(11).toLongLong();
    inquiry.seq = q.value(12).toLongLong();
    return inquiry;
}

Message readMessage(const QSqlQuery &q)
{
    Message message;
    message.id = q.value(0).toLongLong();
    message.inquiryId = q.value(1).toLongLong();
    message.author = q.value(2).toString() == QLatin1String("advisor") ? MessageAuthor::Advisor : MessageAuthor::Customer;
    message.authorName = q.value(3).toString();
    message.body = q.value(4).toString();
    message.createdAt = q.value(5).toDateTime().toUTC();
    message.seq = q.value(6).toLongLong();
    return message;
}

ServiceError unavailable()
{
    return {ServiceError::Unavailable,
            QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "The mailbox is not available right now. Please try again later."))};
}

ServiceError inquiryNotFound()
{
    return {ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry does not exist."))};
}

template<typename T, typename Read>
QList<T> readAll(QSqlQuery &query, Read read)
{
    QList<T> rows;
    while (query.next())
        rows.append(read(query));
    return rows;
}

// Takes the next change number. The UPDATE's row lock is held until commit, so numbers become visible in commit
// order and a reader that has seen N can never later find a smaller one. NOTIFY is delivered at commit.
std::optional<qint64> nextSequence(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!runQuery(query, QStringLiteral("UPDATE change_counter SET value = value + 1 RETURNING value")) || !query.next())
        return std::nullopt;
    const qint64 seq = query.value(0).toLongLong();
    QSqlQuery notify(db);
    if (!runQuery(notify, QStringLiteral("SELECT pg_notify('confidant_changes', ?)"), {QString::number(seq)}))
        return std::nullopt;
    return seq;
}

} // namespace

InquiryStore::InquiryStore(Database &database) : m_database(database) {}

Result<Inquiry> InquiryStore::createInquiry(qint64 customerId, qint64 topicId, const QString &subject, const QString &body,
                                            const QDateTime &now)
{
    qint64 inquiryId = 0;
    bool found = true;
    const bool ok = m_database.inTransaction([&] {
        const auto seq = nextSequence(m_database.connection());
        QSqlQuery query(m_database.connection());
        if (!seq || !runQuery(query, QStringLiteral(
                        "INSERT INTO inquiries (customer_id, topic_id, subject, state, created_at, waiting_since, last_activity_at, seq) "
                        "SELECT c.id, t.id, ?, 'awaiting_advisor', ?, ?, ?, ? FROM customers c, topics t WHERE c.id = ? AND t.id = ? "
                        "RETURNING id"),
                                      {subject, now.toUTC(), now.toUTC(), now.toUTC(), *seq, customerId, topicId}))
            return false;
        if (!query.next())
            return found = false;
        inquiryId = query.value(0).toLongLong();
        return runQuery(query, QStringLiteral("INSERT INTO messages (inquiry_id, author, body, created_at, seq) VALUES (?, 'customer', ?, ?, ?)"),
                        {inquiryId, body, now.toUTC(), *seq});
    });
    if (!found)
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This topic does not exist."))};
    const auto created = ok ? find(inquiryId) : std::nullopt;
    return created ? Result<Inquiry>(*created) : Result<Inquiry>(unavailable());
}

Result<Message> InquiryStore::addCustomerMessage(qint64 customerId, qint64 inquiryId, const QString &body, const QDateTime &now)
{
    return addMessage(inquiryId, customerId, std::nullopt, body, now);
}

Result<Message> InquiryStore::addAdvisorReply(const AdvisorProfile &advisor, qint64 inquiryId, const QString &body, const QDateTime &now,
                                              const QUuid &idempotencyKey)
{
    return addMessage(inquiryId, std::nullopt, advisor.id, body, now, idempotencyKey);
}

Result<Message> InquiryStore::addMessage(qint64 inquiryId, std::optional<qint64> customerId, std::optional<qint64> advisorId,
                                         const QString &body, const QDateTime &now, const QUuid &idempotencyKey)
{
    qint64 messageId = 0;
    bool found = true;
    const bool ok = m_database.inTransaction([&] {
        QSqlQuery query(m_database.connection());
        // The key first: a second request with it waits here for the first to commit, then finds its reply.
        if (!idempotencyKey.isNull()) {
            const QString key = idempotencyKey.toString(QUuid::WithoutBraces);
            if (!runQuery(query, QStringLiteral("INSERT INTO reply_keys (advisor_id, idempotency_key, created_at) VALUES (?, ?::uuid, ?) "
                                                "ON CONFLICT DO NOTHING"), {*advisorId, key, now.toUTC()}))
                return false;
            if (query.numRowsAffected() == 0) {
                if (!runQuery(query, QStringLiteral("SELECT message_id FROM reply_keys WHERE advisor_id = ? AND idempotency_key = ?::uuid"),
                              {*advisorId, key})
                    || !query.next() || query.value(0).isNull())
                    return false;
                messageId = query.value(0).toLongLong();
                return true; // a repeat: nothing new to write
            }
        }
        // Lock the inquiry before the change counter: every writer takes the locks in this order, so none deadlock.
        const bool locked = customerId
            ? runQuery(query, QStringLiteral("SELECT id FROM inquiries WHERE id = ? AND customer_id = ? FOR UPDATE"), {inquiryId, *customerId})
            : runQuery(query, QStringLiteral("SELECT id FROM inquiries WHERE id = ? FOR UPDATE"), {inquiryId});
        if (!locked)
            return false;
        if (!query.next())
            return found = false;
        const auto seq = nextSequence(m_database.connection());
        const QVariant advisor = advisorId ? QVariant(*advisorId) : QVariant(QMetaType::fromType<qint64>());
        if (!seq || !runQuery(query, QStringLiteral("INSERT INTO messages (inquiry_id, author, advisor_id, body, created_at, seq) "
                                                    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                              {inquiryId, advisorId ? QStringLiteral("advisor") : QStringLiteral("customer"), advisor, body, now.toUTC(), *seq})
            || !query.next())
            return false;
        messageId = query.value(0).toLongLong();
        if (!idempotencyKey.isNull()
            && !runQuery(query, QStringLiteral("UPDATE reply_keys SET message_id = ? WHERE advisor_id = ? AND idempotency_key = ?::uuid"),
                         {messageId, *advisorId, idempotencyKey.toString(QUuid::WithoutBraces)}))
            return false;
        const QString update = advisorId
            ? QStringLiteral("UPDATE inquiries SET state = 'awaiting_customer', waiting_since = NULL, last_activity_at = ?, seq = ?, "
                             "assigned_advisor_id = coalesce(assigned_advisor_id, ?) WHERE id = ?")
            : QStringLiteral("UPDATE inquiries SET state = 'awaiting_advisor', waiting_since = coalesce(waiting_since, ?), "
                             "last_activity_at = ?, seq = ? WHERE id = ?");
        return advisorId ? runQuery(query, update, {now.toUTC(), *seq, advisor, inquiryId})
                         : runQuery(query, update, {now.toUTC(), now.toUTC(), *seq, inquiryId});
    });
    if (!found)
        return inquiryNotFound();
    QSqlQuery query(m_database.connection());
    if (!ok || !runQuery(query, selectMessage + QStringLiteral("WHERE m.id = ?"), {messageId}) || !query.next())
        return unavailable();
    return readMessage(query);
}

Result<QList<Inquiry>> InquiryStore::listForCustomer(qint64 customerId, const QString &language) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectInquiryInLanguage + QStringLiteral("WHERE i.customer_id = ? ORDER BY i.last_activity_at DESC, i.id DESC"),
                  {language, customerId}))
        return unavailable();
    return readAll<Inquiry>(query, readInquiry);
}

Result<std::optional<Inquiry>> InquiryStore::findForCustomer(qint64 customerId, qint64 inquiryId, const QString &language) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectInquiryInLanguage + QStringLiteral("WHERE i.id = ? AND i.customer_id = ?"), {language, inquiryId, customerId}))
        return unavailable();
    if (!query.next())
        return std::optional<Inquiry>();
    return std::optional<Inquiry>(readInquiry(query));
}

std::optional<Inquiry> InquiryStore::find(qint64 inquiryId) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectInquiry + QStringLiteral("WHERE i.id = ?"), {inquiryId}) || !query.next())
        return std::nullopt;
    return readInquiry(query);
}

Result<QList<Message>> InquiryStore::messages(qint64 inquiryId) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectMessage + QStringLiteral("WHERE m.inquiry_id = ? ORDER BY m.id"), {inquiryId}))
        return unavailable();
    return readAll<Message>(query, readMessage);
}

Result<QList<Inquiry>> InquiryStore::openQueue(int limit) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectInquiry + QStringLiteral("WHERE i.state = 'awaiting_advisor' ORDER BY i.waiting_since, i.id LIMIT ?"), {limit}))
        return unavailable();
    return readAll<Inquiry>(query, readInquiry);
}

Result<ChangeBatch> InquiryStore::changesSince(qint64 since, int limit) const
{
    ChangeBatch batch;
    batch.since = since;
    batch.cursor = since;
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectInquiry + QStringLiteral("WHERE i.seq > ? ORDER BY i.seq LIMIT ?"), {since, limit + 1}))
        return unavailable();
    batch.inquiries = readAll<Inquiry>(query, readInquiry);
    batch.hasMore = batch.inquiries.size() > limit;
    if (batch.hasMore)
        batch.inquiries.resize(limit);
    if (!batch.inquiries.isEmpty())
        batch.cursor = batch.inquiries.last().seq;
    return batch;
}

int InquiryStore::forgetReplyKeysBefore(const QDateTime &cutoff)
{
    int forgotten = 0;
    m_database.runExclusively(Database::Job::ReplyKeySweep, [&] {
        QSqlQuery query(m_database.connection());
        if (!runQuery(query, QStringLiteral("DELETE FROM reply_keys WHERE created_at < ?"), {cutoff.toUTC()}))
            return false;
        forgotten = query.numRowsAffected();
        return true;
    });
    return forgotten;
}

qint64 InquiryStore::latestSequence() const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT value FROM change_counter")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace confidant::server
