#include "store/Database.h"

#include "store/StoreLog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QThread>

#include <libpq-fe.h>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace confidant::server {

namespace {

// When this thread's connection last tried to connect again, by connection name.
thread_local QHash<QString, qint64> lastReconnectMs;

void closeAndRemove(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid()) {
            forgetStatements(db.driver());
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    lastReconnectMs.remove(name);
}

} // namespace

Database::Database(QString connectionName) : m_connectionName(std::move(connectionName)) {}

Database::~Database()
{
    closeAndRemove(m_connectionName);
    const QMutexLocker locker(&m_threadConnectionsMutex);
    if (!m_threadConnections.isEmpty())
        qCWarning(lcStore) << "connections of ended threads were not released:" << m_threadConnections.values();
}

bool Database::open(const DatabaseConfig &config, QString *error)
{
    m_config = config;
    m_openingThread = QThread::currentThreadId();
    QString failure;
    m_opened = addConnection(m_connectionName, &failure).isValid();
    if (!failure.isEmpty())
        *error = failure;
    return failure.isEmpty();
}

QSqlDatabase Database::addConnection(const QString &name, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid()) {
        *error = QStringLiteral("the PostgreSQL driver for Qt is missing (install libqt6sql6-psql)");
        return db;
    }
    db.setHostName(m_config.host);
    db.setPort(m_config.port);
    db.setDatabaseName(m_config.databaseName);
    db.setUserName(m_config.userName);
    db.setPassword(m_config.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=confidant"));
    if (!startSession(db, error) && error->isEmpty())
        *error = QStringLiteral("cannot set up the session on the connection to PostgreSQL");
    return db;
}

QString Database::threadConnectionName() const
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    return thread == m_openingThread ? m_connectionName
                                     : m_connectionName + QStringLiteral("@%1").arg(quintptr(thread), 0, 16);
}

void Database::releaseThreadConnection() const
{
    const QString name = threadConnectionName();
    if (name == m_connectionName)
        return;
    closeAndRemove(name);
    const QMutexLocker locker(&m_threadConnectionsMutex);
    m_threadConnections.remove(name);
}

bool Database::startSession(QSqlDatabase &db, QString *error) const
{
    if (!db.open()) {
        *error = QStringLiteral("cannot connect to PostgreSQL at %1: %2").arg(m_config.host, db.lastError().databaseText());
        return false;
    }
    QSqlQuery query(db);
    // UTC in and out, so timestamps mean the same on every machine.
    return runQuery(query, QStringLiteral("SET TIME ZONE 'UTC'"))
        && runQuery(query, QStringLiteral("SET client_min_messages = warning"));
}

namespace {

// With `probe`, first reads what the server may have sent meanwhile (libpq's socket never blocks): a backend
// ended by a restart has said so and closed, and the read makes libpq notice before a statement fails.
bool lost(const QSqlDatabase &db, bool probe)
{
    if (!db.isOpen())
        return true;
    const QVariant handle = db.driver()->handle();
    // QPSQL hands out its PGconn*; libpq marks it bad once a read or write on it has failed.
    PGconn *connection = handle.isValid() ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    // Twice: a backend ended by the server first sends its FATAL message, then closes; the second read sees the end.
    if (connection && probe && PQtransactionStatus(connection) == PQTRANS_IDLE && PQconsumeInput(connection))
        PQconsumeInput(connection);
    return !connection || PQstatus(connection) == CONNECTION_BAD;
}

qint64 monotonicMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

} // namespace

QSqlDatabase Database::connection() const
{
    const QString name = threadConnectionName();
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid() && m_opened && name != m_connectionName) {
        QString error;
        db = addConnection(name, &error); // a failed start is retried like a lost connection, below
        if (!error.isEmpty())
            qCWarning(lcStore) << "cannot open a worker's connection:" << error;
        const QMutexLocker locker(&m_threadConnectionsMutex);
        m_threadConnections.insert(name);
    }
    if (db.isValid() && m_opened && lost(db, m_probeBeforeUse))
        reconnect(db);
    return db;
}

bool Database::isConnected() const
{
    return !lost(QSqlDatabase::database(threadConnectionName(), false), false);
}

void Database::reconnect(QSqlDatabase &db) const
{
    const qint64 now = monotonicMs();
    qint64 &last = lastReconnectMs[db.connectionName()];
    // Once one connection is back, the others try again at once instead of waiting out their second.
    if (last != 0 && now - last < 1000 && m_lastReconnectedMs < last)
        return;
    last = now;
    forgetStatements(db.driver()); // prepared statements died with the old connection
    db.close();
    QString error;
    if (startSession(db, &error)) {
        m_lastReconnectedMs = monotonicMs();
        qCInfo(lcStore) << "reconnected to PostgreSQL:" << db.connectionName();
    } else
        qCWarning(lcStore) << "PostgreSQL is still unavailable:" << error;
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

bool Database::runExclusively(Job job, const std::function<bool()> &work)
{
    bool ran = false;
    inTransaction([&] {
        QSqlQuery lock(connection());
        // Taken for this transaction only; another instance's try fails at once instead of waiting.
        if (!runQuery(lock, QStringLiteral("SELECT pg_try_advisory_xact_lock(?)"), {qint64(job)}) || !lock.next() || !lock.value(0).toBool())
            return false;
        ran = work();
        return ran;
    });
    return ran;
}

bool Database::runAlone(Job job, bool wait, const std::function<bool()> &work)
{
    // Session locks live as long as the connection: the connection must not be replaced in between (reconnect()
    // runs only before a statement, and a lost connection has lost the lock too, which the unlock then reports).
    QSqlQuery lock(connection());
    const QString take = wait ? QStringLiteral("SELECT pg_advisory_lock(?), true") : QStringLiteral("SELECT true, pg_try_advisory_lock(?)");
    if (!runQuery(lock, take, {qint64(job)}) || !lock.next() || !lock.value(1).toBool())
        return false;
    const bool done = work();
    QSqlQuery unlock(connection());
    return runQuery(unlock, QStringLiteral("SELECT pg_advisory_unlock(?)"), {qint64(job)}) && done;
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
