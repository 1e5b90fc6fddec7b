#include "TestPostgres.h"
#include "store/Database.h"
#include "store/DatabaseConfig.h"
#include "store/PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace confidant::server;

class tst_Database : public QObject {
    Q_OBJECT
private slots:
    void migrationsApplyOnceAndRecordThemselves();
    void brokenMigrationRollsBackAndNamesTheFile();
    void databaseUrl_data();
    void databaseUrl();
    void privateClusterStartsStopsAndRestarts();
};

namespace {
int count(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}
// The migrations compiled into confidant_store (registered by the first Database::migrate()).
int compiledInMigrations()
{
    return int(QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}).size());
}
} // namespace

void tst_Database::migrationsApplyOnceAndRecordThemselves()
{
    confidant::testing::TestPostgres pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.errorString()));
    auto db = pg.open(QStringLiteral("m1"));
    QVERIFY(db);
    QVERIFY(compiledInMigrations() >= 3);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM schema_migrations")), compiledInMigrations());
    QString error;
    QVERIFY(db->migrate(&error));
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM schema_migrations")), compiledInMigrations());
    QCOMPARE(count(*db, QStringLiteral("SELECT value FROM change_counter")), 0);
}

void tst_Database::brokenMigrationRollsBackAndNamesTheFile()
{
    confidant::testing::TestPostgres pg;
    auto db = pg.open(QStringLiteral("m2"));
    QVERIFY(db);
    QTemporaryDir dir;
    // Numbered after every real migration, so it is the one that runs.
    QFile file(dir.filePath(QStringLiteral("9999_broken.sql")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("CREATE TABLE half_done (id int); SELECT no_such_function();");
    file.close();
    QString error;
    QVERIFY(!db->migrateFrom(dir.path(), &error));
    QVERIFY2(error.contains(QLatin1String("9999_broken.sql")), qPrintable(error));
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_name = 'half_done'")), 0);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM schema_migrations")), compiledInMigrations());
}

void tst_Database::databaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::newRow("tcp") << QStringLiteral("postgresql://app:secret@db.internal:6432/confidant") << true << QStringLiteral("db.internal");
    QTest::newRow("socket") << QStringLiteral("postgresql://postgres@/confidant?host=/run/postgresql") << true << QStringLiteral("/run/postgresql");
    QTest::newRow("wrong scheme") << QStringLiteral("mysql://a@b/c") << false << QString();
    QTest::newRow("no database") << QStringLiteral("postgresql://a@b/") << false << QString();
}

void tst_Database::databaseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QFETCH(QString, host);
    QString error;
    const auto config = DatabaseConfig::fromUrl(QUrl(url), &error);
    QCOMPARE(config.has_value(), valid);
    if (valid)
        QCOMPARE(config->host, host);
    else
        QVERIFY(!error.isEmpty());
}

void tst_Database::privateClusterStartsStopsAndRestarts()
{
    QTemporaryDir dir(QStringLiteral("/tmp/confidant-cluster-XXXXXX"));
    QString error;
    {
        PostgresCluster cluster(dir.path());
        QVERIFY2(cluster.start(&error), qPrintable(error));
        QVERIFY(cluster.isRunning());
        QVERIFY(cluster.start(&error)); // idempotent
        Database db(QStringLiteral("cluster"));
        QVERIFY2(db.open(cluster.config(), &error), qPrintable(error));
        QVERIFY(db.migrate(&error));
        cluster.stop();
        QVERIFY(!cluster.isRunning());
        QVERIFY2(cluster.start(&error), qPrintable(error)); // existing data, no initdb
        Database again(QStringLiteral("cluster-again"));
        QVERIFY2(again.open(cluster.config(), &error), qPrintable(error));
        QCOMPARE(count(again, QStringLiteral("SELECT count(*) FROM schema_migrations")), compiledInMigrations());
    }
    PostgresCluster after(dir.path());
    QVERIFY(!after.isRunning()); // the destructor stopped what it started
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
