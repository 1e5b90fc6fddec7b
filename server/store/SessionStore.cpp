#include "store/SessionStore.h"

#include "store/Database.h"
#include "store/StoreLog.h"

#include <QSqlQuery>

namespace confidant::server {

SessionStore::SessionStore(Database &database) : m_database(database) {}

bool SessionStore::create(const SessionRecord &session)
{
    QSqlQuery query(m_database.connection());
    const QVariant customer = session.customerId ? QVariant(*session.customerId) : QVariant(QMetaType::fromType<qint64>());
    return runQuery(query, QStringLiteral("INSERT INTO sessions (token_hash, customer_id, csrf_token, created_at, expires_at) "
                                          "VALUES (?, ?, ?, ?, ?)"),
                    {session.tokenHash, customer, QString::fromLatin1(session.csrfToken), session.createdAt.toUTC(),
                     session.expiresAt.toUTC()});
}

std::optional<SessionRecord> SessionStore::find(const QByteArray &tokenHash, const QDateTime &now) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT customer_id, csrf_token, created_at, expires_at FROM sessions "
                                        "WHERE token_hash = ? AND expires_at > ?"),
                  {tokenHash, now.toUTC()})
        || !query.next())
        return std::nullopt;
    SessionRecord session;
    session.tokenHash = tokenHash;
    if (!query.value(0).isNull())
        session.customerId = query.value(0).toLongLong();
    session.csrfToken = query.value(1).toString().toLatin1();
    session.createdAt = query.value(2).toDateTime().toUTC();
    session.expiresAt = query.value(3).toDateTime().toUTC();
    return session;
}

bool SessionStore::remove(const QByteArray &tokenHash)
{
    QSqlQuery query(m_database.connection());
    return runQuery(query, QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {tokenHash});
}

bool SessionStore::removeAllForCustomer(qint64 customerId)
{
    QSqlQuery query(m_database.connection());
    return runQuery(query, QStringLiteral("DELETE FROM sessions WHERE customer_id = ?"), {customerId});
}

int SessionStore::removeExpired(const QDateTime &now)
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("DELETE FROM sessions WHERE expires_at <= ?"), {now.toUTC()}))
        return 0;
    return query.numRowsAffected();
}

} // namespace confidant::server
