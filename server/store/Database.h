#pragma once

#include "store/DatabaseConfig.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace confidant::server {

// Owns one named QSqlDatabase (QPSQL) connection for the thread that created it. Stores receive a reference.
class Database {
public:
    explicit Database(QString connectionName);
    ~Database(); // closes and removes the connection

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const DatabaseConfig &config, QString *error);
    // Applies the numbered migrations (server/store/migrations/NNNN_name.sql, compiled in as resources)
    // that schema_migrations does not list yet, each in its own transaction.
    bool migrate(QString *error);
    // The same from another directory of NNNN_name.sql files (tests use it for a deliberately broken migration).
    bool migrateFrom(const QString &directory, QString *error);
    QSqlDatabase connection() const;
    QString connectionName() const;

    // Runs `work` in a transaction; commits when it returns true, rolls back otherwise or on failure.
    bool inTransaction(const std::function<bool()> &work);

private:
    bool migrateLocked(const QString &directory, QString *error);
    bool applyMigration(int version, const QString &path, QString *error);

    QString m_connectionName;
};

} // namespace confidant::server
