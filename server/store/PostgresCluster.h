#pragma once

#include "store/DatabaseConfig.h"

#include <QString>

namespace confidant::server {

// A private PostgreSQL cluster in a directory of ours: initdb on first use, pg_ctl start/stop, reachable only
// through a Unix socket inside that directory (no TCP port), and only by our own OS account (owner-only socket and
// directories, peer authentication; docs/architecture.md, Storage). PostgreSQL refuses to run as root, so when we
// are root the cluster's files belong to, and its processes run as, the 'postgres' system user.
class PostgresCluster {
public:
    explicit PostgresCluster(QString directory, QString databaseName = QStringLiteral("confidant"));
    ~PostgresCluster(); // stops the cluster if this object started it

    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    bool start(QString *error);
    void stop();
    bool isRunning() const;
    DatabaseConfig config() const;
    QString directory() const;

private:
    bool initialise(QString *error);
    bool createDatabase(QString *error);

    QString m_directory;
    QString m_databaseName;
    bool m_startedByUs = false;
};

} // namespace confidant::server
