#include "store/PostgresCluster.h"

#include "store/StoreLog.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

namespace confidant::server {
namespace {

QString toolPath(const QString &tool)
{
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), numeric);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString candidate = QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(*it, tool);
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QStandardPaths::findExecutable(tool);
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// PostgreSQL refuses to run as root; then the cluster belongs to, and runs as, the 'postgres' system user.
bool runTool(const QString &tool, const QStringList &arguments, QString *output, int timeoutMs = 120'000)
{
    const QString path = toolPath(tool);
    if (path.isEmpty()) {
        *output = QStringLiteral("%1 not found: install Debian's postgresql package").arg(tool);
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), path} + arguments);
    else
        process.start(path, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *output = QStringLiteral("%1 did not finish: %2").arg(tool, QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool handToPostgresUser(const QString &directory, QString *error)
{
    if (!runningAsRoot())
        return true;
    QProcess chown;
    chown.start(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), directory});
    if (!chown.waitForFinished() || chown.exitCode() != 0) {
        *error = QStringLiteral("cannot hand %1 to the postgres user (is the postgresql package installed?)").arg(directory);
        return false;
    }
    // The postgres user must be able to reach the directory through its parents.
    for (QDir dir(QFileInfo(directory).absolutePath()); !dir.isRoot(); dir.cdUp()) {
        QFile::Permissions permissions = QFile(dir.path()).permissions();
        if (!(permissions & QFileDevice::ExeOther))
            QFile(dir.path()).setPermissions(permissions | QFileDevice::ExeOther);
    }
    return true;
}

} // namespace

PostgresCluster::PostgresCluster(QString directory, QString databaseName)
    : m_directory(QDir(directory).absolutePath()), m_databaseName(std::move(databaseName))
{
}

PostgresCluster::~PostgresCluster()
{
    if (m_startedByUs)
        stop();
}

QString PostgresCluster::directory() const
{
    return m_directory;
}

DatabaseConfig PostgresCluster::config() const
{
    DatabaseConfig config;
    config.host = m_directory + QStringLiteral("/socket");
    config.port = 5432;
    config.databaseName = m_databaseName;
    config.userName = QStringLiteral("postgres");
    return config;
}

bool PostgresCluster::isRunning() const
{
    QString output;
    return QFileInfo::exists(m_directory + QStringLiteral("/data/PG_VERSION"))
        && runTool(QStringLiteral("pg_ctl"), {QStringLiteral("status"), QStringLiteral("-D"), m_directory + QStringLiteral("/data")}, &output);
}

bool PostgresCluster::start(QString *error)
{
    const QString socketDir = m_directory + QStringLiteral("/socket");
    if (socketDir.toUtf8().size() > 90) {
        *error = QStringLiteral("the data directory path is too long for a PostgreSQL socket (%1)").arg(m_directory);
        return false;
    }
    if (isRunning())
        return true;
    if (!QDir().mkpath(socketDir) || !QDir().mkpath(m_directory + QStringLiteral("/data"))) {
        *error = QStringLiteral("cannot create %1").arg(m_directory);
        return false;
    }
    QFile(m_directory).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                      | QFileDevice::ExeOther);
    if (!handToPostgresUser(m_directory, error))
        return false;
    const bool fresh = !QFileInfo::exists(m_directory + QStringLiteral("/data/PG_VERSION"));
    if (fresh && !initialise(error))
        return false;
    QString output;
    const QString options = QStringLiteral("-c listen_addresses='' -c unix_socket_directories='%1' -c shared_buffers=64MB "
                                           "-c max_connections=100").arg(socketDir);
    if (!runTool(QStringLiteral("pg_ctl"), {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                            QStringLiteral("-D"), m_directory + QStringLiteral("/data"),
                                            QStringLiteral("-l"), m_directory + QStringLiteral("/postgres.log"),
                                            QStringLiteral("-o"), options}, &output)) {
        *error = QStringLiteral("PostgreSQL did not start (see %1/postgres.log): %2").arg(m_directory, output.trimmed());
        return false;
    }
    m_startedByUs = true;
    qCDebug(lcStore) << "private PostgreSQL cluster running in" << m_directory;
    return !fresh || createDatabase(error);
}

bool PostgresCluster::initialise(QString *error)
{
    QString output;
    // Only the Unix socket in our own directory is reachable, and only local users who can open it: no TCP at all.
    if (!runTool(QStringLiteral("initdb"), {QStringLiteral("-D"), m_directory + QStringLiteral("/data"), QStringLiteral("-U"),
                                           QStringLiteral("postgres"), QStringLiteral("--auth=trust"), QStringLiteral("-E"),
                                           QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")}, &output)) {
        *error = QStringLiteral("initdb failed: %1").arg(output.trimmed());
        return false;
    }
    return true;
}

bool PostgresCluster::createDatabase(QString *error)
{
    // initdb already made the maintenance database; asking createdb for it again would fail the start.
    if (m_databaseName == QLatin1String("postgres"))
        return true;
    QString output;
    if (!runTool(QStringLiteral("createdb"), {QStringLiteral("-h"), m_directory + QStringLiteral("/socket"), QStringLiteral("-U"),
                                             QStringLiteral("postgres"), m_databaseName}, &output)) {
        *error = QStringLiteral("cannot create the database %1: %2").arg(m_databaseName, output.trimmed());
        return false;
    }
    return true;
}

void PostgresCluster::stop()
{
    QString output;
    if (!runTool(QStringLiteral("pg_ctl"), {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"), QStringLiteral("fast"),
                                           QStringLiteral("-D"), m_directory + QStringLiteral("/data")}, &output))
        qCWarning(lcStore) << "stopping PostgreSQL failed:" << output.trimmed();
    m_startedByUs = false;
}

} // namespace confidant::server
