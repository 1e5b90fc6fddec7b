#include "TestPostgres.h"

#include "crypto/KeyRing.h"
#include "store/Database.h"
#include "store/PostgresCluster.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace confidant::testing {
namespace {

struct OwnCluster {
    QTemporaryDir directory{QStringLiteral("/tmp/confidant-test-XXXXXX")};
    std::unique_ptr<server::PostgresCluster> cluster;
    QString error;
};

// One private cluster per test process when scripts/test.sh did not provide one; stopped at exit.
OwnCluster &ownCluster()
{
    static OwnCluster own;
    if (!own.cluster && own.error.isEmpty()) {
        own.cluster = std::make_unique<server::PostgresCluster>(own.directory.path(), QStringLiteral("postgres"));
        if (!own.cluster->start(&own.error))
            own.cluster.reset();
    }
    return own;
}

server::DatabaseConfig maintenanceConfig(QString *error)
{
    const QByteArray host = qgetenv("CONFIDANT_TEST_PGHOST");
    if (!host.isEmpty())
        return {QString::fromLocal8Bit(host), 5432, QStringLiteral("postgres"), QStringLiteral("postgres"), {}};
    OwnCluster &own = ownCluster();
    if (!own.cluster) {
        *error = own.error;
        return {};
    }
    // Tests create and drop databases, which only the superuser may.
    return own.cluster->superuserConfig();
}

bool runMaintenance(const server::DatabaseConfig &config, const QString &sql, QString *error)
{
    const QString name = QStringLiteral("maintenance-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        server::Database db(name);
        if (db.open(config, error)) {
            QSqlQuery query(db.connection());
            ok = query.exec(sql);
            if (!ok)
                *error = query.lastError().databaseText();
        }
    }
    return ok;
}

} // namespace

TestPostgres::TestPostgres()
{
    if (!server::KeyRing::create(keyRingFile(), QDateTime::currentDateTimeUtc(), &m_error))
        return;
    m_keyRing = server::KeyRing::load(keyRingFile(), &m_error);
    const server::DatabaseConfig maintenance = m_keyRing ? maintenanceConfig(&m_error) : server::DatabaseConfig();
    if (maintenance.host.isEmpty())
        return;
    m_config = maintenance;
    // The name is generated here, never from input, so building this one statement is safe.
    m_config.databaseName = QStringLiteral("test_") + QUuid::createUuid().toString(QUuid::Id128);
    if (!runMaintenance(maintenance, QStringLiteral("CREATE DATABASE %1").arg(m_config.databaseName), &m_error))
        return;
    auto db = open(QStringLiteral("migrate-") + m_config.databaseName);
    m_valid = db != nullptr;
}

TestPostgres::~TestPostgres()
{
    if (m_config.databaseName.startsWith(QLatin1String("test_"))) {
        QString error;
        server::DatabaseConfig maintenance = m_config;
        maintenance.databaseName = QStringLiteral("postgres");
        runMaintenance(maintenance, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_config.databaseName), &error);
    }
}

std::unique_ptr<server::Database> TestPostgres::open(const QString &connectionName) const
{
    auto db = std::make_unique<server::Database>(connectionName);
    db->setKeyRing(m_keyRing);
    QString error;
    if (!db->open(m_config, &error) || !db->migrate(&error)) {
        qWarning("TestPostgres: %s", qPrintable(error));
        return nullptr;
    }
    return db;
}

std::unique_ptr<server::Database> TestPostgres::openBefore(const QString &connectionName, int version) const
{
    auto db = std::make_unique<server::Database>(connectionName);
    db->setKeyRing(m_keyRing);
    QTemporaryDir earlier;
    const QString below = QStringLiteral("%1").arg(version, 4, 10, QLatin1Char('0'));
    for (const QString &name : QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")})) {
        if (name < below && !QFile::copy(QStringLiteral(":/migrations/") + name, earlier.filePath(name)))
            return nullptr;
    }
    QString error;
    if (!db->open(m_config, &error))
        return nullptr;
    // The test's database was migrated when it was made: emptied, it starts again from the first migration.
    QSqlQuery empty(db->connection());
    if (!empty.exec(QStringLiteral("DROP SCHEMA public CASCADE")) || !empty.exec(QStringLiteral("CREATE SCHEMA public"))
        || !db->migrateFrom(earlier.path(), &error)) {
        qWarning("TestPostgres: %s %s", qPrintable(error), qPrintable(empty.lastError().text()));
        return nullptr;
    }
    return db;
}

QString TestPostgres::keyRingFile() const
{
    return m_keyDirectory.filePath(QStringLiteral("keys/keyring"));
}

} // namespace confidant::testing
