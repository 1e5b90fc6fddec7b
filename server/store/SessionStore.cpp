#include "store/SessionStore.h"

#include "store/Database.h"
#include "store/SqlStatement.h"

namespace confidant::server {

SessionStore::SessionStore(Database &database) : m_database(database) {}

bool SessionStore::create(const SessionRecord &session)
{
    // A session is made at sign-in only: the same statement moves the start of the inactive-account period
    // (DeletionRecommendations), so a sign-in is never recorded without it.
    return SqlStatement(m_database, QStringLiteral("WITH signed_in AS (UPDATE customers SET last_sign_in_at = :created WHERE id = :customer) "
                                                   "INSERT INTO sessions (token_hash, customer_id, csrf_token, created_at, expires_at, last_seen_at, device) "
                                                   "VALUES (:token, :customer, :csrf, :created, :expires, :seen, coalesce(:device, ''))"))
        .bind(QStringLiteral("created"), session.createdAt)
        .bind(QStringLiteral("customer"), session.customerId)
        .bind(QStringLiteral("token"), session.tokenHash)
        .bind(QStringLiteral("csrf"), QString::fromLatin1(session.csrfToken))
        .bind(QStringLiteral("expires"), session.expiresAt)
        .bind(QStringLiteral("seen"), session.lastSeenAt)
        .bind(QStringLiteral("device"), session.device.left(80))
        .run();
}

Result<std::optional<SessionRecord>> SessionStore::find(const QByteArray &tokenHash, const QDateTime &now, const QDateTime &idleCutoff) const
{
    return SqlStatement(m_database, QStringLiteral("SELECT customer_id, csrf_token, created_at, expires_at, last_seen_at FROM sessions "
                                                   "WHERE token_hash = :token AND expires_at > :now AND last_seen_at > :idle_cutoff"))
        .bind(QStringLiteral("token"), tokenHash)
        .bind(QStringLiteral("now"), now)
        .bind(QStringLiteral("idle_cutoff"), idleCutoff)
        .optionalRow([&tokenHash](const SqlRow &row) {
            SessionRecord session;
            session.tokenHash = tokenHash;
            session.customerId = row.id(0);
            session.csrfToken = row.text(1).toLatin1();
            session.createdAt = row.time(2);
            session.expiresAt = row.time(3);
            session.lastSeenAt = row.time(4);
            return session;
        });
}

bool SessionStore::touch(const QByteArray &tokenHash, const QDateTime &now)
{
    return SqlStatement(m_database, QStringLiteral("UPDATE sessions SET last_seen_at = :now WHERE token_hash = :token"))
        .bind(QStringLiteral("now"), now)
        .bind(QStringLiteral("token"), tokenHash)
        .run();
}

bool SessionStore::remove(const QByteArray &tokenHash)
{
    return SqlStatement(m_database, QStringLiteral("DELETE FROM sessions WHERE token_hash = :token")).bind(QStringLiteral("token"), tokenHash).run();
}

Result<QList<SessionRecord>> SessionStore::listForCustomer(qint64 customerId, const QDateTime &now, const QDateTime &idleCutoff) const
{
    return SqlStatement(m_database, QStringLiteral("SELECT token_hash, created_at, expires_at, last_seen_at, device FROM sessions "
                                                   "WHERE customer_id = :customer AND expires_at > :now AND last_seen_at > :idle_cutoff "
                                                   "ORDER BY last_seen_at DESC"))
        .bind(QStringLiteral("customer"), customerId)
        .bind(QStringLiteral("now"), now)
        .bind(QStringLiteral("idle_cutoff"), idleCutoff)
        .rows([customerId](const SqlRow &row) {
            SessionRecord session;
            session.tokenHash = row.bytes(0);
            session.customerId = customerId;
            session.createdAt = row.time(1);
            session.expiresAt = row.time(2);
            session.lastSeenAt = row.time(3);
            session.device = row.text(4);
            return session;
        });
}

bool SessionStore::removeAllForCustomer(qint64 customerId)
{
    return SqlStatement(m_database, QStringLiteral("DELETE FROM sessions WHERE customer_id = :customer")).bind(QStringLiteral("customer"), customerId).run();
}

int SessionStore::removeExpired(const QDateTime &now, const QDateTime &idleCutoff)
{
    int removed = 0;
    m_database.runExclusively(Database::Job::SessionSweep, [&] {
        SqlStatement statement(m_database, QStringLiteral("DELETE FROM sessions WHERE expires_at <= :now OR last_seen_at <= :idle_cutoff"));
        if (!statement.bind(QStringLiteral("now"), now).bind(QStringLiteral("idle_cutoff"), idleCutoff).run())
            return false;
        removed = statement.rowsAffected();
        return true;
    });
    return removed;
}

} // namespace confidant::server
