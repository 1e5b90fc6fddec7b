#include "store/CustomerReadStore.h"

#include "store/Database.h"
#include "store/StoreLog.h"

#include <QSqlQuery>

namespace confidant::server {

CustomerReadStore::CustomerReadStore(Database &database) : m_database(database) {}

Result<Done> CustomerReadStore::markRead(qint64 customerId, qint64 inquiryId, qint64 messageId, const QDateTime &now)
{
    QSqlQuery query(m_database.connection());
    // The SELECT scopes the write to the customer's own inquiry; greatest() keeps an older page that is opened
    // late (a second tab) from hiding an answer again.
    if (!runQuery(query, QStringLiteral(
                      "INSERT INTO customer_reads (inquiry_id, read_up_to_message_id, read_at) "
                      "SELECT id, ?, ? FROM inquiries WHERE id = ? AND customer_id = ? "
                      "ON CONFLICT (inquiry_id) DO UPDATE SET read_up_to_message_id = "
                      "greatest(customer_reads.read_up_to_message_id, excluded.read_up_to_message_id), read_at = excluded.read_at"),
                  {messageId, now.toUTC(), inquiryId, customerId}))
        return unavailable();
    if (query.numRowsAffected() != 1)
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry does not exist."))};
    return Done{};
}

QSet<qint64> CustomerReadStore::withNewAnswers(qint64 customerId) const
{
    QSqlQuery query(m_database.connection());
    QSet<qint64> ids;
    if (!runQuery(query, QStringLiteral(
                      "SELECT i.id FROM inquiries i LEFT JOIN customer_reads r ON r.inquiry_id = i.id WHERE i.customer_id = ? "
                      "AND EXISTS (SELECT 1 FROM messages m WHERE m.inquiry_id = i.id AND m.author = 'advisor' "
                      "AND m.id > coalesce(r.read_up_to_message_id, 0))"),
                  {customerId}))
        return ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

} // namespace confidant::server
