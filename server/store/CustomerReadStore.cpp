#include "store/CustomerReadStore.h"

#include "store/Database.h"
#include "store/SqlStatement.h"

namespace confidant::server {

CustomerReadStore::CustomerReadStore(Database &database) : m_database(database) {}

Result<Done> CustomerReadStore::markRead(qint64 customerId, qint64 inquiryId, qint64 messageId, const QDateTime &now)
{
    // The SELECT scopes the write to the customer's own inquiry; greatest() keeps an older page that is opened
    // late (a second tab) from hiding an answer again.
    const auto marked = SqlStatement(m_database, QStringLiteral(
                                         "INSERT INTO customer_reads (inquiry_id, read_up_to_message_id, read_at) "
                                         "SELECT id, :message, :now FROM inquiries WHERE id = :inquiry AND customer_id = :customer "
                                         "ON CONFLICT (inquiry_id) DO UPDATE SET read_up_to_message_id = "
                                         "greatest(customer_reads.read_up_to_message_id, excluded.read_up_to_message_id), read_at = excluded.read_at"))
                            .bind(QStringLiteral("message"), messageId).bind(QStringLiteral("now"), now)
                            .bind(QStringLiteral("inquiry"), inquiryId).bind(QStringLiteral("customer"), customerId)
                            .touchedARow();
    if (!marked)
        return marked.error();
    if (!marked.value())
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry does not exist."))};
    return Done{};
}

QSet<qint64> CustomerReadStore::withNewAnswers(qint64 customerId) const
{
    // Unknown while the database is away: nothing is marked new rather than the page refused.
    const auto ids = SqlStatement(m_database, QStringLiteral(
                                      "SELECT i.id FROM inquiries i LEFT JOIN customer_reads r ON r.inquiry_id = i.id WHERE i.customer_id = :customer "
                                      "AND EXISTS (SELECT 1 FROM messages m WHERE m.inquiry_id = i.id AND m.author = 'advisor' "
                                      "AND m.id > coalesce(r.read_up_to_message_id, 0))"))
                         .bind(QStringLiteral("customer"), customerId)
                         .rows([](const SqlRow &row) { return row.id(0); });
    return ids ? QSet<qint64>(ids->cbegin(), ids->cend()) : QSet<qint64>();
}

} // namespace confidant::server
