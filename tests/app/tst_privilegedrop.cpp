// confidant-server started as root, as the demo and CI start it: once it listens and has read its keys it goes on
// as the system account confidant, and its database connections are the owner role's, no superuser's (audit 7).
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

class tst_PrivilegeDrop : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void serverStartedAsRootGoesOnAsTheSystemAccount();
    void adminAndNextStartWorkOnWhatWasHandedOver();
    void missingAccountStopsTheServerBeforeTheDatabase();

private:
    bool prepare(const QString &dataDirectory);
    // Starts confidant-server as root until SERVER_READY; its stdout so far.
    static QByteArray startServer(QProcess &server, const QString &dataDirectory);
};

namespace {

const QString account = QStringLiteral("confidant");

QString runAdmin(const QStringList &arguments)
{
    QProcess admin;
    admin.setProcessChannelMode(QProcess::MergedChannels);
    admin.start(qEnvironmentVariable("CONFIDANT_ADMIN"), arguments);
    admin.waitForFinished(60'000);
    return admin.exitCode() == 0 ? QString() : QString::fromUtf8(admin.readAll()) + QStringLiteral(" (confidant-admin failed)");
}

QStringList serverArguments(const QString &dataDirectory, const QString &runAs)
{
    return {QStringLiteral("--data-dir"), dataDirectory, QStringLiteral("--web-listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--api-listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--password-hash-cost"), QStringLiteral("min"),
            QStringLiteral("--run-as"), runAs};
}

// The Uid: or Gid: line of /proc/<pid>/status: real, effective, saved and file-system id.
QStringList idsOf(qint64 pid, const QString &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field.toLatin1() + ':'))
            return QString::fromLatin1(line.mid(field.size() + 1)).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    }
    return {};
}

// Through the cluster's owner (the account), as the superuser: which roles the server's own connections have.
QString rolesOfTheServersConnections(const QString &socketDirectory)
{
    QProcess psql;
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.setWorkingDirectory(QStringLiteral("/"));
    psql.start(QStringLiteral("runuser"), {QStringLiteral("-u"), account, QStringLiteral("--"), QStringLiteral("psql"), QStringLiteral("-h"),
                                           socketDirectory, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
                                           QStringLiteral("postgres"), QStringLiteral("-w"), QStringLiteral("-Atc"),
                                           QStringLiteral("SELECT DISTINCT a.usename || ' superuser=' || r.rolsuper FROM pg_stat_activity a "
                                                          "JOIN pg_roles r ON r.rolname = a.usename WHERE a.datname = 'confidant'")});
    psql.waitForFinished(30'000);
    return QString::fromUtf8(psql.readAll()).trimmed();
}

} // namespace

void tst_PrivilegeDrop::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("the server leaves root only when it was started as root (CI runs the tests as root)");
    if (!::getpwnam("confidant"))
        QSKIP("there is no system account confidant; scripts/install-deps.sh creates it");
}

bool tst_PrivilegeDrop::prepare(const QString &dataDirectory)
{
    for (const QStringList &command : {QStringList{QStringLiteral("init-ca"), QStringLiteral("--organisation"), QStringLiteral("Test Bank")},
                                       QStringList{QStringLiteral("server-cert"), QStringLiteral("--host"), QStringLiteral("localhost")},
                                       QStringList{QStringLiteral("create-key-ring")}}) {
        const QString failure = runAdmin(QStringList{QStringLiteral("--data-dir"), dataDirectory} + command);
        if (!failure.isEmpty()) {
            qWarning("%s", qPrintable(failure));
            return false;
        }
    }
    return true;
}

QByteArray tst_PrivilegeDrop::startServer(QProcess &server, const QString &dataDirectory)
{
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(qEnvironmentVariable("CONFIDANT_SERVER"), serverArguments(dataDirectory, account));
    QByteArray out;
    QDeadlineTimer deadline(120'000);
    while (!out.contains("SERVER_READY") && server.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        server.waitForReadyRead(1000);
        out += server.readAllStandardOutput();
    }
    return out;
}

void tst_PrivilegeDrop::serverStartedAsRootGoesOnAsTheSystemAccount()
{
    QTemporaryDir dir(QStringLiteral("/tmp/confidant-root-XXXXXX"));
    QVERIFY(prepare(dir.path()));
    QProcess server;
    const QByteArray out = startServer(server, dir.path());
    QVERIFY2(out.contains("SERVER_READY"), out.constData());

    const QString uid = QString::number(::getpwnam("confidant")->pw_uid);
    const QString gid = QString::number(::getpwnam("confidant")->pw_gid);
    QCOMPARE(idsOf(server.processId(), QStringLiteral("Uid")), QStringList(4, uid));
    QCOMPARE(idsOf(server.processId(), QStringLiteral("Gid")), QStringList(4, gid));
    QVERIFY(!idsOf(server.processId(), QStringLiteral("Groups")).contains(QStringLiteral("0")));
    // The private cluster now runs as the account, so the server can still stop it; its connections are the owner's.
    QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("postgres/data"))).owner(), account);
    QCOMPARE(rolesOfTheServersConnections(dir.filePath(QStringLiteral("postgres/socket"))), QStringLiteral("confidant superuser=false"));
    // What stays root's: the server key, read before the server left root.
    QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("pki/server.key"))).ownerId(), uint(0));

    server.terminate();
    QVERIFY(server.waitForFinished(60'000));
    QCOMPARE(server.exitCode(), 0);
    QVERIFY2(!QFile::exists(dir.filePath(QStringLiteral("postgres/data/postmaster.pid"))), "the server did not stop its cluster");
}

// The key ring and the cluster belong to the account after the first start: confidant-admin as root still rotates
// (and leaves the file the account's), and the next start as root reads the key ring it handed over.
void tst_PrivilegeDrop::adminAndNextStartWorkOnWhatWasHandedOver()
{
    QTemporaryDir dir(QStringLiteral("/tmp/confidant-root-XXXXXX"));
    QVERIFY(prepare(dir.path()));
    {
        QProcess first;
        QVERIFY(startServer(first, dir.path()).contains("SERVER_READY"));
        first.terminate();
        QVERIFY(first.waitForFinished(60'000));
    }
    const QString keyRing = dir.filePath(QStringLiteral("keys/keyring"));
    QCOMPARE(QFileInfo(keyRing).owner(), account);
    const QString rotated = runAdmin({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("rotate-keys")});
    QVERIFY2(rotated.isEmpty(), qPrintable(rotated));
    QCOMPARE(QFileInfo(keyRing).owner(), account);
    QProcess second;
    const QByteArray out = startServer(second, dir.path());
    QVERIFY2(out.contains("SERVER_READY"), out.constData());
    second.terminate();
    QVERIFY(second.waitForFinished(60'000));
}

void tst_PrivilegeDrop::missingAccountStopsTheServerBeforeTheDatabase()
{
    QTemporaryDir dir(QStringLiteral("/tmp/confidant-root-XXXXXX"));
    QVERIFY(prepare(dir.path()));
    QProcess server;
    server.start(qEnvironmentVariable("CONFIDANT_SERVER"), serverArguments(dir.path(), QStringLiteral("confidant-no-such-account")));
    QVERIFY(server.waitForFinished(60'000));
    const QString err = QString::fromUtf8(server.readAllStandardError());
    QCOMPARE(server.exitCode(), 1);
    QVERIFY2(err.contains(QLatin1String("\"confidant-no-such-account\"")) && err.contains(QLatin1String("--run-as")), qPrintable(err));
    QVERIFY2(!QFileInfo::exists(dir.filePath(QStringLiteral("postgres"))), "a database was set up for a server that runs as nobody known");
}

QTEST_GUILESS_MAIN(tst_PrivilegeDrop)
#include "tst_privilegedrop.moc"
