#pragma once

#include "store/DatabaseConfig.h"

#include <QString>

namespace confidant::server {

// A private PostgreSQL cluster in a directory of ours: initdb on first use, pg_ctl start/stop, reachable only
// through a Unix socket inside that directory (no TCP port), and only by our own OS account (owner-only socket and
// directories, peer authentication; docs/architecture.md, Storage). PostgreSQL refuses to run as root, so when we
// are root the cluster's files belong to, and its processes run as, the account its directory belongs to ('postgres'
// for a new one). The application connects as the owner role (DatabaseOwnerRole), which is no superuser; nothing
// above the folder the cluster's directory is in is ever changed.
class PostgresCluster {
public:
    // The newest installed PostgreSQL's program of that name (Debian keeps them in /usr/lib/postgresql/N/bin).
    static QString toolPath(const QString &tool);
    // What start() does with a cluster that is already running. The server adopts it: one found running is left
    // over from a server that crashed, and from then on it is this server's to stop. The admin tool borrows it:
    // a running server may be using it.
    enum class WhenRunning { Borrow, Adopt };

    explicit PostgresCluster(QString directory, QString databaseName = QStringLiteral("confidant"),
                             WhenRunning whenRunning = WhenRunning::Borrow);
    ~PostgresCluster(); // stops the cluster if this object started or adopted it

    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    bool start(QString *error);
    void stop();
    bool isRunning() const;
    // What the application connects as: the owner role of the database.
    DatabaseConfig config() const;
    // The superuser 'postgres' in the maintenance database, for setting up roles and databases only.
    DatabaseConfig superuserConfig() const;
    QString directory() const;
    QString logFile() const;

private:
    QString owner() const;
    bool tool(const QString &name, const QStringList &arguments, QString *output) const;
    bool reload(QString *error);
    bool initialise(QString *error);
    bool createDatabase(QString *error);

    QString m_directory;
    QString m_databaseName;
    WhenRunning m_whenRunning;
    bool m_owned = false;
};

} // namespace confidant::server
