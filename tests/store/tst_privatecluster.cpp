// The private cluster as the security audit of issue 20 asked for it: the application is no superuser (audit 7),
// setting it up opens no folder above the data directory (audit 7), and the log keeps no bound value (audit 9).
#include "store/Database.h"
#include "store/DatabaseConfig.h"
#include "store/PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace confidant::server;

class tst_PrivateCluster : public QObject {
    Q_OBJECT
private slots:
    void applicationConnectsAsOwnerWithoutSuperuser();
    void databaseOfAnOlderVersionPassesToTheOwner();
    void setupChangesNoFolderAboveTheDataDirectory();
    void folderTheOwnerCannotPassIsNamedNotOpened();
    void failingStatementLeavesNoBoundValueInTheLog();
    void sharedTestClusterLogsNoStatements();
};

namespace {

mode_t modeOf(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : mode_t(-1);
}

// Every folder from `path` up to /, with its mode.
QMap<QString, mode_t> modesUpTo(const QString &path)
{
    QMap<QString, mode_t> modes;
    for (QDir dir(path);; dir.cdUp()) {
        modes.insert(dir.absolutePath(), modeOf(dir.absolutePath()));
        if (dir.isRoot())
            break;
    }
    return modes;
}

// A folder postgres may pass by its group only, as an administrator would set one up: no "others" bits at all.
void makeGroupPassable(const QString &path, mode_t mode)
{
    const group *postgres = ::getgrnam("postgres");
    QVERIFY(postgres);
    QCOMPARE(::chown(QFile::encodeName(path).constData(), 0, postgres->gr_gid), 0);
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

void tst_PrivateCluster::applicationConnectsAsOwnerWithoutSuperuser()
{
    QTemporaryDir dir(QStringLiteral("/tmp/confidant-cluster-XXXXXX"));
    PostgresCluster cluster(dir.path());
    QString error;
    QVERIFY2(cluster.start(&error), qPrintable(error));
    Database db(QStringLiteral("application"));
    QVERIFY2(db.open(cluster.config(), &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error)); // the owner role migrates by itself
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT rolsuper, rolcreatedb, rolcreaterole, current_user FROM pg_roles WHERE rolname = current_user")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toBool(), false);
    QCOMPARE(query.value(1).toBool(), false);
    QCOMPARE(query.value(2).toBool(), false);
    QCOMPARE(query.value(3).toString(), QStringLiteral("confidant"));
    QVERIFY(query.exec(QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("confidant"));
    // What a superuser could do and the application must not: run a program as the cluster's account.
    QVERIFY(!query.exec(QStringLiteral("COPY (SELECT 1) TO PROGRAM 'true'")));
}

// An older version migrated as the superuser: its tables belong to postgres. The next start gives them to the owner
// role, which must alter them in later migrations.
void tst_PrivateCluster::databaseOfAnOlderVersionPassesToTheOwner()
{
    QTemporaryDir dir(QStringLiteral("/tmp/confidant-cluster-XXXXXX"));
    QString error;
    PostgresCluster cluster(dir.path());
    QVERIFY2(cluster.start(&error), qPrintable(error));
    {
        DatabaseConfig superuser = cluster.superuserConfig();
        superuser.databaseName = cluster.config().databaseName;
        Database older(QStringLiteral("older-version"));
        QVERIFY2(older.open(superuser, &error), qPrintable(error));
        QSqlQuery query(older.connection());
        QVERIFY(query.exec(QStringLiteral("ALTER DATABASE confidant OWNER TO postgres")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE inquiries_of_old (id bigserial PRIMARY KEY)")));
        QVERIFY(query.exec(QStringLiteral("CREATE SEQUENCE numbers_of_old")));
        QVERIFY(query.exec(QStringLiteral("CREATE FUNCTION answer_of_old() RETURNS int LANGUAGE sql AS 'SELECT 42'")));
    }
    cluster.stop();
    QVERIFY2(cluster.start(&error), qPrintable(error));
    Database db(QStringLiteral("owner"));
    QVERIFY2(db.open(cluster.config(), &error), qPrintable(error));
    QSqlQuery query(db.connection());
    QVERIFY2(query.exec(QStringLiteral("ALTER TABLE inquiries_of_old ADD COLUMN note text")), qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(QStringLiteral("ALTER SEQUENCE numbers_of_old RESTART")), qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(QStringLiteral("CREATE OR REPLACE FUNCTION answer_of_old() RETURNS int LANGUAGE sql AS 'SELECT 43'")),
             qPrintable(query.lastError().text()));
}

// Root runs the cluster as postgres. Folders above the data directory that postgres may already pass (here by its
// group) are left exactly as they were: the older code added o+x to each of them, up to /.
void tst_PrivateCluster::setupChangesNoFolderAboveTheDataDirectory()
{
    if (::geteuid() != 0)
        QSKIP("folders are changed for the cluster's account only when root runs the cluster as postgres");
    QTemporaryDir base(QStringLiteral("/tmp/confidant-parents-XXXXXX"));
    const QString outer = base.filePath(QStringLiteral("srv"));
    const QString data = outer + QStringLiteral("/data");
    QVERIFY(QDir().mkpath(data));
    makeGroupPassable(base.path(), 0710);
    makeGroupPassable(outer, 0750);
    const QMap<QString, mode_t> before = modesUpTo(outer);

    PostgresCluster cluster(data + QStringLiteral("/postgres"));
    QString error;
    QVERIFY2(cluster.start(&error), qPrintable(error));
    QCOMPARE(modesUpTo(outer), before);
    Database db(QStringLiteral("parents"));
    QVERIFY2(db.open(cluster.config(), &error), qPrintable(error));
}

void tst_PrivateCluster::folderTheOwnerCannotPassIsNamedNotOpened()
{
    if (::geteuid() != 0)
        QSKIP("only root runs the cluster as another account, which may be kept out of a folder");
    QTemporaryDir base(QStringLiteral("/tmp/confidant-closed-XXXXXX"));
    const QString closed = base.filePath(QStringLiteral("closed"));
    QVERIFY(QDir().mkpath(closed + QStringLiteral("/data")));
    makeGroupPassable(base.path(), 0710);
    QCOMPARE(::chmod(QFile::encodeName(closed).constData(), 0700), 0);

    PostgresCluster cluster(closed + QStringLiteral("/data/postgres"));
    QString error;
    QVERIFY(!cluster.start(&error));
    QVERIFY2(error.contains(closed) && error.contains(QLatin1String("postgres")), qPrintable(error));
    QCOMPARE(modeOf(closed), mode_t(0700));
}

// A unique violation with an e-mail address bound: the log says that it failed, not what was in it.
void tst_PrivateCluster::failingStatementLeavesNoBoundValueInTheLog()
{
    QTemporaryDir dir(QStringLiteral("/tmp/confidant-cluster-XXXXXX"));
    PostgresCluster cluster(dir.path());
    QString error;
    QVERIFY2(cluster.start(&error), qPrintable(error));
    Database db(QStringLiteral("logging"));
    QVERIFY2(db.open(cluster.config(), &error), qPrintable(error));
    QSqlQuery query(db.connection());
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE people (email text UNIQUE)")), qPrintable(query.lastError().text()));
    const QString email = QStringLiteral("anna.secret@example.com");
    for (int attempt = 0; attempt < 2; ++attempt) {
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO people (email) VALUES (?)")));
        query.addBindValue(email);
        QCOMPARE(query.exec(), attempt == 0);
    }
    QVERIFY(query.lastError().databaseText().contains(QLatin1String("duplicate key")));
    QVERIFY(query.exec(QStringLiteral("SELECT 1"))); // a round trip after the error: the backend has logged it

    const QString log = readAll(dir.filePath(QStringLiteral("postgres.log")));
    QVERIFY2(log.contains(QLatin1String("duplicate key value")), qPrintable(log)); // that it failed is still there
    QVERIFY2(!log.contains(email), qPrintable(log));
    QVERIFY2(!log.contains(QLatin1String("anna.secret")), qPrintable(log));
}

// scripts/lib/pg-test-cluster.sh starts the cluster the tests share (and CI's) with the same log settings.
void tst_PrivateCluster::sharedTestClusterLogsNoStatements()
{
    const QByteArray host = qgetenv("CONFIDANT_TEST_PGHOST");
    if (host.isEmpty())
        QSKIP("no shared test cluster (scripts/test.sh starts one)");
    Database db(QStringLiteral("shared"));
    QString error;
    QVERIFY2(db.open({QString::fromLocal8Bit(host), 5432, QStringLiteral("postgres"), QStringLiteral("postgres"), {}}, &error), qPrintable(error));
    QSqlQuery query(db.connection());
    for (const auto &[setting, expected] : {std::pair{"log_min_error_statement", "panic"}, std::pair{"log_error_verbosity", "terse"},
                                            std::pair{"log_parameter_max_length_on_error", "0"}, std::pair{"log_parameter_max_length", "0"}}) {
        QVERIFY(query.exec(QStringLiteral("SHOW %1").arg(QLatin1String(setting))));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QLatin1String(expected));
    }
}

QTEST_GUILESS_MAIN(tst_PrivateCluster)
#include "tst_privatecluster.moc"
