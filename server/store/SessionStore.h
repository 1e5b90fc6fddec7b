#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace confidant::server {

class Database;

// Browser sessions live in the database so that a restart or a second server instance keeps them.
// Only a SHA-256 hash of the cookie token is stored, so a database dump does not yield live sessions.
struct SessionRecord {
    QByteArray tokenHash;              // 32 bytes
    qint64 customerId = 0;             // only signed-in customers have a session
    QByteArray csrfToken;              // random, sent in every form
    QDateTime createdAt;
    QDateTime expiresAt;               // the absolute end
    QDateTime lastSeenAt;              // the last request; too long ago and the session has ended (idle timeout)
    QString device{};                  // browser and system as the browser named them (DeviceName), for the account page
};

class SessionStore {
public:
    explicit SessionStore(Database &database);

    bool create(const SessionRecord &session);
    // nullopt if unknown, past its end, or not seen since `idleCutoff`; an error only if the database failed.
    Result<std::optional<SessionRecord>> find(const QByteArray &tokenHash, const QDateTime &now, const QDateTime &idleCutoff) const;
    bool touch(const QByteArray &tokenHash, const QDateTime &now);
    bool remove(const QByteArray &tokenHash);
    bool removeAllForCustomer(qint64 customerId);
    // The customer's live sessions, the one used last first (the account page lists them).
    Result<QList<SessionRecord>> listForCustomer(qint64 customerId, const QDateTime &now, const QDateTime &idleCutoff) const;
    // Removes ended sessions; 0 also when another server instance is sweeping at this moment (it removes them).
    int removeExpired(const QDateTime &now, const QDateTime &idleCutoff);

private:
    Database &m_database;
};

} // namespace confidant::server
