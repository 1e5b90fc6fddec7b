#include "TestPostgres.h"
#include "store/Database.h"
#include "store/DatabaseConfig.h"
#include "store/PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <pwd.h>
#include <sys/stat.h>

using namespace confidant::server;

class tst_Database : public QObject {
    Q_OBJECT
private slots:
    void migrationsApplyOnceAndRecordThemselves();
    void brokenMigrationRollsBackAndNamesTheFile();
    void instancesStartingTogetherMigrateOnce();
    void changeNumbersContinueAboveTheOldCounter();
    void databaseUrl_data();
    void databaseUrl();
    void privateClusterStartsStopsAndRestarts();
    void privateClusterAdmitsOnlyTheServersAccount();
    void restartedServerAdoptsTheClusterItFindsRunning();
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
// psql run as another, unprivileged account, against the cluster's socket; its output when it fails, else "".
QString psqlAsNobody(const QString &socketDirectory)
{
    QProcess psql;
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start(QStringLiteral("runuser"), {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), QStringLiteral("psql"),
                                           QStringLiteral("-h"), socketDirectory, QStringLiteral("-U"), QStringLiteral("postgres"),
                                           QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-w"), QStringLiteral("-c"),
                                           QStringLiteral("SELECT 1")});
    if (!psql.waitForFinished(30'000))
        return QStringLiteral("psql did not finish");
    const QString output = QString::fromLocal8Bit(psql.readAll());
    return psql.exitCode() == 0 ? QString() : output.isEmpty() ? QStringLiteral("failed") : output;
}

void openUp(const QString &path)
{
    ::chmod(QFile::encodeName(path).constData(), 0777);
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
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM change_number_offset")), 1);
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

// Four instances start at the same moment on an empty database: all of them start, and each migration is applied
// once. Without the lock they raced on schema_migrations and on the first migration's tables.
void tst_Database::instancesStartingTogetherMigrateOnce()
{
    confidant::testing::TestPostgres pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.errorString()));
    for (int round = 0; round < 3; ++round) {
        {
            auto db = pg.open(QStringLiteral("reset"));
            QSqlQuery reset(db->connection());
            QVERIFY(reset.exec(QStringLiteral("DROP SCHEMA public CASCADE")) && reset.exec(QStringLiteral("CREATE SCHEMA public")));
        }
        QList<QFuture<QString>> starts;
        for (int instance = 0; instance < 4; ++instance) {
            starts << QtConcurrent::run([config = pg.config(), instance, round] {
                Database db(QStringLiteral("instance-%1-%2").arg(round).arg(instance));
                QString error;
                return db.open(config, &error) && db.migrate(&error) ? QString() : error;
            });
        }
        for (QFuture<QString> &start : starts)
            QCOMPARE(start.result(), QString());
        auto db = pg.open(QStringLiteral("check"));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM schema_migrations")), compiledInMigrations());
    }
}

// A database upgraded from the one-row change counter: a client that was handed counter value N asks with since=N,
// so every change after the upgrade must carry a larger number, and the horizon must not fall below N.
void tst_Database::changeNumbersContinueAboveTheOldCounter()
{
    confidant::testing::TestPostgres pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.errorString()));
    auto db = pg.openBefore(QStringLiteral("upgrade"), 6);
    QVERIFY(db);
    QSqlQuery sql(db->connection());
    QString error;
    // Far above any transaction id of a test cluster, so the offset has to make up the difference.
    constexpr qint64 counted = 50'000'000;
    QVERIFY(sql.exec(QStringLiteral("UPDATE change_counter SET value = %1").arg(counted)));
    QVERIFY2(db->migrate(&error), qPrintable(error));
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_name = 'change_counter'")), 0);
    // Once every transaction older than the migration has ended (other tests' databases share the cluster).
    const auto handedOutUpTo = [&] {
        return sql.exec(QStringLiteral("SELECT confidant_change_horizon() - 1")) && sql.next() ? sql.value(0).toLongLong() : 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(handedOutUpTo() >= counted, 10000);
    QVERIFY(db->connection().transaction());
    QVERIFY(sql.exec(QStringLiteral("SELECT confidant_change_number()")) && sql.next());
    QVERIFY(sql.value(0).toLongLong() > counted);
    QVERIFY(db->connection().rollback());
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

// A server that crashed leaves its cluster running. The server started next adopts it and stops it when it stops;
// the admin tool, run beside a live server, only borrows it.
void tst_Database::restartedServerAdoptsTheClusterItFindsRunning()
{
    QTemporaryDir dir(QStringLiteral("/tmp/confidant-cluster-XXXXXX"));
    QString error;
    PostgresCluster crashed(dir.path()); // stands for the server that died without stopping it
    QVERIFY2(crashed.start(&error), qPrintable(error));
    {
        PostgresCluster admin(dir.path(), QStringLiteral("confidant"), PostgresCluster::WhenRunning::Borrow);
        QVERIFY2(admin.start(&error), qPrintable(error));
    }
    QVERIFY(crashed.isRunning());
    {
        PostgresCluster restarted(dir.path(), QStringLiteral("confidant"), PostgresCluster::WhenRunning::Adopt);
        QVERIFY2(restarted.start(&error), qPrintable(error));
        Database db(QStringLiteral("adopted"));
        QVERIFY2(db.open(restarted.config(), &error), qPrintable(error));
        QCOMPARE(count(db, QStringLiteral("SELECT 1")), 1);
    }
    QVERIFY(!crashed.isRunning()); // the clean stop of the adopting server stopped it
}

// Another local account must not reach the server's private database: not through the socket's permissions, and
// not through authentication should those ever be opened. A cluster made with the old trust rules is closed too.
void tst_Database::privateClusterAdmitsOnlyTheServersAccount()
{
    QTemporaryDir dir(QStringLiteral("/tmp/confidant-cluster-XXXXXX"));
    PostgresCluster cluster(dir.path());
    QString error;
    QVERIFY2(cluster.start(&error), qPrintable(error));
    const QString socketDir = cluster.config().host;
    Database server(QStringLiteral("own-account"));
    QVERIFY2(server.open(cluster.config(), &error), qPrintable(error));
    QCOMPARE(count(server, QStringLiteral("SELECT 1")), 1);
    const QString refused = psqlAsNobody(socketDir);
    QVERIFY2(!refused.isEmpty(), "nobody connected to the private cluster");
    QVERIFY2(refused.contains(QLatin1String("Permission denied")), qPrintable(refused)); // the socket, unreachable

    struct stat socketDirInfo {};
    QCOMPARE(::stat(QFile::encodeName(socketDir).constData(), &socketDirInfo), 0);
    QCOMPARE(socketDirInfo.st_mode & 07777, mode_t(0700));
    const passwd *owner = ::getpwnam(::geteuid() == 0 ? "postgres" : ::getpwuid(::geteuid())->pw_name);
    QVERIFY(owner);
    QCOMPARE(socketDirInfo.st_uid, owner->pw_uid);

    // Even with the directories and the socket opened to everyone, authentication names the account.
    for (const QString &path : {dir.path(), socketDir, socketDir + QStringLiteral("/.s.PGSQL.5432")})
        openUp(path);
    const QString unauthenticated = psqlAsNobody(socketDir);
    QVERIFY2(unauthenticated.contains(QLatin1String("authentication failed")), qPrintable(unauthenticated));

    // A cluster of an older version allowed every local user in (initdb --auth=trust): a restart closes it.
    cluster.stop();
    QFile rules(dir.filePath(QStringLiteral("data/pg_hba.conf")));
    QVERIFY(rules.open(QIODevice::WriteOnly | QIODevice::Truncate));
    rules.write("local all all trust\n");
    rules.close();
    QVERIFY2(cluster.start(&error), qPrintable(error));
    Database again(QStringLiteral("own-account-again"));
    QVERIFY2(again.open(cluster.config(), &error), qPrintable(error));
    for (const QString &path : {dir.path(), socketDir, socketDir + QStringLiteral("/.s.PGSQL.5432")})
        openUp(path);
    const QString adopted = psqlAsNobody(socketDir);
    QVERIFY2(adopted.contains(QLatin1String("authentication failed")), qPrintable(adopted));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
