#include "store/InquiryStore.h"

#include "store/Database.h"
#include "store/StoreLog.h"

#include <QSqlQuery>
#include <algorithm>

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

// The number of this transaction's change, announced with NOTIFY (delivered at commit, dropped on rollback). It is
// the transaction's own number (derived from its id) or, for an existing inquiry, one above the inquiry's current
// number if that is higher: an older transaction that waited for the inquiry's row lock must not move the
// inquiry's seq back, because clients ignore an older seq (and the reply's own answer and thread fetches carry
// the inquiry's seq outside the feed). Any number at or above the transaction's own is safe: readers hand out
// only numbers below the oldest transaction in flight (changesSince). Taking it locks nothing, so writers of
// different inquiries run side by side. Call it after locking the inquiry.
std::optional<qint64> changeNumber(QSqlDatabase db, std::optional<qint64> inquiryId = std::nullopt)
{
    QSqlQuery query(db);
    const QVariant inquiry = inquiryId ? QVariant(*inquiryId) : QVariant(QMetaType::fromType<qint64>());
    if (!runQuery(query, QStringLiteral("SELECT n, pg_notify('confidant_changes', n::text) FROM (SELECT greatest(confidant_change_number(), "
                                        "(SELECT seq + 1 FROM inquiries WHERE id = ?)) AS n) number"), {inquiry})
        || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace

InquiryStore::InquiryStore(Database &database) : m_database(database) {}

Result<Inquiry> InquiryStore::createInquiry(qint64 customerId, qint64 topicId, const QString &subject, const QString &body,
                                            const QDateTime &now)
{
    qint64 inquiryId = 0;
    bool found = true;
    const bool ok = m_database.inTransaction([&] {
        const auto seq = changeNumber(m_database.connection());
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
        // Writers of one inquiry queue on its row lock, which also makes its seq only grow (changeNumber).
        const bool locked = customerId
            ? runQuery(query, QStringLiteral("SELECT id FROM inquiries WHERE id = ? AND customer_id = ? FOR UPDATE"), {inquiryId, *customerId})
            : runQuery(query, QStringLiteral("SELECT id FROM inquiries WHERE id = ? FOR UPDATE"), {inquiryId});
        if (!locked)
            return false;
        if (!query.next())
            return found = false;
        const auto seq = changeNumber(m_database.connection(), inquiryId);
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

QList<Inquiry> InquiryStore::openQueue(int limit) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectInquiry + QStringLiteral("WHERE i.state = 'awaiting_advisor' ORDER BY i.waiting_since, i.id LIMIT ?"), {limit}))
        return {};
    return readAll<Inquiry>(query, readInquiry);
}

// One statement, so the horizon and the rows come from one snapshot. Read in a separate statement (READ COMMITTED
// takes a snapshot per statement), the horizon could be newer than the rows: a transaction that committed in
// between would lie below it without being in the rows, and the cursor would pass it for ever.
// The horizon is evaluated once (a one-row CTE); the page is joined to it laterally so that an empty page still
// returns it, in the last column.
Result<ChangeBatch> InquiryStore::changesSince(qint64 since, int limit) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("WITH horizon AS MATERIALIZED (SELECT confidant_change_horizon() AS value) "
                                        "SELECT page.*, horizon.value FROM horizon LEFT JOIN LATERAL (")
                      + selectInquiry + QStringLiteral("WHERE i.seq > ? AND i.seq < horizon.value ORDER BY i.seq, i.id LIMIT ?) page ON true"),
                  {since, limit + 1})
        || !query.next())
        return unavailable();
    const qint64 horizon = query.value(13).toLongLong();
    QList<Inquiry> rows;
    if (!query.value(0).isNull()) {
        do
            rows.append(readInquiry(query));
        while (query.next());
    }
    return pageOfChanges(since, limit, horizon, std::move(rows));
}

// A page never ends inside one change number: the client's cursor says "everything up to here", so a number is
// handed out whole or not at all.
Result<ChangeBatch> InquiryStore::pageOfChanges(qint64 since, int limit, qint64 horizon, QList<Inquiry> rows) const
{
    ChangeBatch batch{since, since, rows.size() > limit, {}};
    if (!batch.hasMore) {
        // Every number below the horizon is settled: an idle reader moves past rolled-back transactions' numbers.
        batch.cursor = std::max(since, horizon - 1);
        batch.inquiries = std::move(rows);
        return batch;
    }
    const qint64 split = rows.at(limit).seq;
    rows.resize(limit);
    while (!rows.isEmpty() && rows.last().seq == split)
        rows.removeLast();
    if (rows.isEmpty())
        return wholeChange(since, split);
    batch.cursor = rows.last().seq;
    batch.inquiries = std::move(rows);
    return batch;
}

// More inquiries share one number than fit on a page: that number's rows go out together on a longer page.
// The number lies below the horizon, so its transaction has ended and its rows are settled (a newer change may
// have moved some of them on to a higher number, where the feed brings them later).
Result<ChangeBatch> InquiryStore::wholeChange(qint64 since, qint64 seq) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectInquiry + QStringLiteral("WHERE i.seq = ? ORDER BY i.id"), {seq}))
        return unavailable();
    return ChangeBatch{since, seq, true, readAll<Inquiry>(query, readInquiry)};
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

Result<qint64> InquiryStore::changeHorizon() const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT confidant_change_horizon()")) || !query.next())
        return unavailable();
    return query.value(0).toLongLong();
}

qint64 InquiryStore::latestSequence() const
{
    const auto horizon = changeHorizon();
    return horizon ? horizon.value() - 1 : 0;
}

} // namespace confidant::server
