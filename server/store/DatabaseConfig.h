#pragma once

#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

namespace confidant::server {

// Where PostgreSQL is. `host` may be a directory (Unix socket), as for the private cluster.
struct DatabaseConfig {
    QString host;
    int port = 5432;
    QString databaseName;
    QString userName;
    QString password;

    // postgresql://user:password@host:port/dbname ; nullopt for another scheme or a missing database name.
    static std::optional<DatabaseConfig> fromUrl(const QUrl &url, QString *error = nullptr);
};

} // namespace confidant::server
