#pragma once

#include "store/DatabaseConfig.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace confidant::server {

class KeyRing;

// The server's database: one QSqlDatabase (QPSQL) connection per thread that uses it, all with the same settings.
// Qt's connections must stay in the thread that made them, so the thread that opens the database gets the first
// one and every other thread (the DatabaseWorkers) gets its own on first use. Stores receive a reference and
// work from any thread.
class Database {
public:
    explicit Database(QString connectionName);
    ~Database(); // closes and removes the opening thread's connection; workers release theirs before

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const DatabaseConfig &config, QString *error);
    // The connection, opened again first when PostgreSQL was restarted or ended it: the failed statement that
    // showed the loss was answered as "unavailable"; the next one finds a new connection (at most one attempt
    // a second while the database stays away, so requests are refused quickly instead of waiting on a connect).
    // Applies the numbered migrations (server/store/migrations/NNNN_name.sql, compiled in as resources)
    // that schema_migrations does not list yet, each in its own transaction.
    bool migrate(QString *error);
    // The same from another directory of NNNN_name.sql files (tests use it for a deliberately broken migration).
    bool migrateFrom(const QString &directory, QString *error);
    // This thread's connection: opened on first use in a thread other than the opening one.
    QSqlDatabase connection() const;
    // Closes this thread's connection; a worker thread calls it before it ends.
    void releaseThreadConnection() const;
    // Whether this thread's connection is open and libpq has not seen it fail.
    bool isConnected() const;
    // The key ring the stores seal and open the inquiries' texts with (server/crypto). It travels with the database
    // because it belongs to its rows as much as the connection settings do: every store that reads or writes a
    // subject, a message or a note already receives the Database. Set once, before the workers start.
    void setKeyRing(std::shared_ptr<KeyRing> keyRing) { m_keyRing = std::move(keyRing); }
    KeyRing *keyRing() const { return m_keyRing.get(); }
    // A connection that LISTENs must not have its input read by anyone but QPSQL's notification handler.
    void setProbeBeforeUse(bool probe) { m_probeBeforeUse = probe; }

    // Runs `work` in a transaction; commits when it returns true, rolls back otherwise or on failure.
    bool inTransaction(const std::function<bool()> &work);

    // A periodic job that must run once across all server instances on this database (a sweep): runs `work` in a
    // transaction holding the job's advisory lock, or not at all when another instance is running it right now.
    // Returns whether this instance ran it.
    enum class Job : qint64 { SessionSweep = 1, ReplyKeySweep = 2, AbsenceSweep = 3, KeyRotation = 4, PlaintextSealing = 5, DeletionSweep = 6, RowBoundSealing = 7 };
    bool runExclusively(Job job, const std::function<bool()> &work);
    // A job of several transactions (a key rotation, the encryption of old rows) that must not run twice at once
    // across instances: `work` runs holding the job's session advisory lock. Without `wait` it does not run when
    // another instance holds the lock, and the answer is false.
    bool runAlone(Job job, bool wait, const std::function<bool()> &work);

private:
    QSqlDatabase addConnection(const QString &name, QString *error) const;
    QString threadConnectionName() const;
    bool startSession(QSqlDatabase &db, QString *error) const;
    void reconnect(QSqlDatabase &db) const;
    bool migrateLocked(const QString &directory, QString *error);
    bool applyMigration(int version, const QString &path, QString *error);

    QString m_connectionName;
    DatabaseConfig m_config;
    bool m_opened = false;
    Qt::HANDLE m_openingThread = nullptr;
    mutable std::atomic<qint64> m_lastReconnectedMs = 0; // monotonic ms of the last successful reconnection
    mutable QMutex m_threadConnectionsMutex;
    mutable QSet<QString> m_threadConnections; // of other threads, still open
    bool m_probeBeforeUse = true;
    std::shared_ptr<KeyRing> m_keyRing;
};

} // namespace confidant::server
