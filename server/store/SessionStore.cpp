#include "store/SessionStore.h"

#include "store/Database.h"
#include "store/StoreLog.h"

#include <QSqlQuery>

namespace confidant::server {

SessionStore::SessionStore(Database &database) : m_database(database) {}

bool SessionStore::create(const SessionRecord &session)
{
    QSqlQuery query(m_database.connection());
    // A session is made at sign-in only: the same statement moves the start of the inactive-account period
    // (DeletionRecommendations), so a sign-in is never recorded without it.
    return runQuery(query, QStringLiteral("WITH signed_in AS (UPDATE customers SET last_sign_in_at = ? WHERE id = ?) "
                                          "INSERT INTO sessions (token_hash, customer_id, csrf_token, created_at, expires_at, last_seen_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"),
                    {session.createdAt.toUTC(), session.customerId, session.tokenHash, session.customerId,
                     QString::fromLatin1(session.csrfToken), session.createdAt.toUTC(), session.expiresAt.toUTC(), session.lastSeenAt.toUTC()});
}

Result<std::optional<SessionRecord>> SessionStore::find(const QByteArray &tokenHash, const QDateTime &now, const QDateTime &idleCutoff) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT customer_id, csrf_token, created_at, expires_at, last_seen_at FROM sessions "
                                        "WHERE token_hash = ? AND expires_at > ? AND last_seen_at > ?"),
                  {tokenHash, now.toUTC(), idleCutoff.toUTC()}))
        return unavailable();
    if (!query.next())
        return std::optional<SessionRecord>();
    SessionRecord session;
    session.tokenHash = tokenHash;
    session.customerId = query.value(0).toLongLong();
    session.csrfToken = query.value(1).toString().toLatin1();
    session.createdAt = query.value(2).toDateTime().toUTC();
    session.expiresAt = query.value(3).toDateTime().toUTC();
    session.lastSeenAt = query.value(4).toDateTime().toUTC();
    return std::optional<SessionRecord>(session);
}

bool SessionStore::touch(const QByteArray &tokenHash, const QDateTime &now)
{
    QSqlQuery query(m_database.connection());
    return runQuery(query, QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?"), {now.toUTC(), tokenHash});
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

int SessionStore::removeExpired(const QDateTime &now, const QDateTime &idleCutoff)
{
    int removed = 0;
    m_database.runExclusively(Database::Job::SessionSweep, [&] {
        QSqlQuery query(m_database.connection());
        if (!runQuery(query, QStringLiteral("DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?"), {now.toUTC(), idleCutoff.toUTC()}))
            return false;
        removed = query.numRowsAffected();
        return true;
    });
    return removed;
}

} // namespace confidant::server
