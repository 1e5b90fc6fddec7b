#include "store/Database.h"

#include "store/StoreLog.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace confidant::server {

Database::Database(QString connectionName) : m_connectionName(std::move(connectionName)) {}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid()) {
            forgetStatements(db.driver());
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::open(const DatabaseConfig &config, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid()) {
        *error = QStringLiteral("the PostgreSQL driver for Qt is missing (install libqt6sql6-psql)");
        return false;
    }
    db.setHostName(config.host);
    db.setPort(config.port);
    db.setDatabaseName(config.databaseName);
    db.setUserName(config.userName);
    db.setPassword(config.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=confidant"));
    if (!db.open()) {
        *error = QStringLiteral("cannot connect to PostgreSQL at %1: %2").arg(config.host, db.lastError().databaseText());
        return false;
    }
    QSqlQuery query(db);
    // UTC in and out, so timestamps mean the same on every machine.
    return runQuery(query, QStringLiteral("SET TIME ZONE 'UTC'"))
        && runQuery(query, QStringLiteral("SET client_min_messages = warning"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::connectionName() const
{
    return m_connectionName;
}

bool Database::inTransaction(const std::function<bool()> &work)
{
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        qCWarning(lcStore) << "cannot begin a transaction:" << db.lastError().databaseText();
        return false;
    }
    if (work() && db.commit())
        return true;
    db.rollback();
    return false;
}

bool Database::migrate(QString *error)
{
    initMigrationResources();
    return migrateFrom(QStringLiteral(":/migrations"), error);
}

bool Database::migrateFrom(const QString &directory, QString *error)
{
    // Several instances starting together must not apply the same migration twice (or race on creating
    // schema_migrations): one at a time, under a session lock that every instance asks for first.
    constexpr qint64 migrationLock = 0x636f6e666964616e; // "confidan"
    QSqlQuery lock(connection());
    if (!runQuery(lock, QStringLiteral("SELECT pg_advisory_lock(?)"), {migrationLock})) {
        *error = QStringLiteral("cannot take the migration lock");
        return false;
    }
    const bool migrated = migrateLocked(directory, error);
    runQuery(lock, QStringLiteral("SELECT pg_advisory_unlock(?)"), {migrationLock});
    return migrated;
}

bool Database::migrateLocked(const QString &directory, QString *error)
{
    QSqlQuery query(connection());
    if (!runQuery(query, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                        "version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"))) {
        *error = QStringLiteral("cannot create the schema_migrations table");
        return false;
    }
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QStringList files = QDir(directory).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = fileName.match(file);
        if (!match.hasMatch()) {
            *error = QStringLiteral("migration file %1 is not named NNNN_name.sql").arg(file);
            return false;
        }
        if (!applyMigration(match.captured(1).toInt(), directory + QLatin1Char('/') + file, error))
            return false;
    }
    return true;
}

bool Database::applyMigration(int version, const QString &path, QString *error)
{
    QSqlQuery query(connection());
    if (!runQuery(query, QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"), {version})) {
        *error = QStringLiteral("cannot read schema_migrations");
        return false;
    }
    if (query.next())
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read migration %1").arg(path);
        return false;
    }
    const QString sql = QString::fromUtf8(file.readAll());
    const QString name = QFileInfo(path).fileName();
    const bool applied = inTransaction([&] {
        QSqlQuery statement(connection());
        // QPSQL sends the whole file as one simple query, so a migration may hold several statements.
        if (!statement.exec(sql)) {
            *error = QStringLiteral("migration %1 failed: %2").arg(name, statement.lastError().databaseText());
            return false;
        }
        return runQuery(statement, QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (?, ?)"),
                        {version, name});
    });
    if (!applied && error->isEmpty())
        *error = QStringLiteral("migration %1 could not be recorded").arg(name);
    return applied;
}

} // namespace confidant::server
