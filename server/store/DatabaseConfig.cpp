#include "store/DatabaseConfig.h"

namespace confidant::server {

std::optional<DatabaseConfig> DatabaseConfig::fromUrl(const QUrl &url, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return fail(QStringLiteral("the database URL must look like postgresql://user:password@host:5432/dbname"));
    DatabaseConfig config;
    config.host = url.host();
    config.port = url.port(5432);
    config.databaseName = url.path().mid(1);
    config.userName = url.userName();
    config.password = url.password();
    // postgresql://user@/db?host=/run/postgresql selects a Unix socket directory, as libpq does.
    const QString socketDir = QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (!socketDir.isEmpty())
        config.host = socketDir;
    if (config.databaseName.isEmpty() || config.databaseName.contains(QLatin1Char('/')))
        return fail(QStringLiteral("the database URL names no database (postgresql://…/dbname)"));
    return config;
}

} // namespace confidant::server
