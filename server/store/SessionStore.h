#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace confidant::server {

class Database;

// Browser sessions live in the database so that a restart or a second server instance keeps them.
// Only a SHA-256 hash of the cookie token is stored, so a database dump does not yield live sessions.
struct SessionRecord {
    QByteArray tokenHash;              // 32 bytes
    std::optional<qint64> customerId;  // empty for an anonymous session (register/login forms)
    QByteArray csrfToken;              // random, sent in every form
    QDateTime createdAt;
    QDateTime expiresAt;
};

class SessionStore {
public:
    explicit SessionStore(Database &database);

    bool create(const SessionRecord &session);
    std::optional<SessionRecord> find(const QByteArray &tokenHash, const QDateTime &now) const; // nullopt if expired
    bool remove(const QByteArray &tokenHash);
    bool removeAllForCustomer(qint64 customerId);
    int removeExpired(const QDateTime &now);

private:
    Database &m_database;
};

} // namespace confidant::server
