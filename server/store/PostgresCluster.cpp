#include "store/PostgresCluster.h"

#include "store/StoreLog.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace confidant::server {

QString PostgresCluster::toolPath(const QString &tool)
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

namespace {

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// PostgreSQL refuses to run as root; then the cluster belongs to, and runs as, the 'postgres' system user.
bool runTool(const QString &tool, const QStringList &arguments, QString *output, int timeoutMs = 120'000)
{
    const QString path = PostgresCluster::toolPath(tool);
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

// The OS account whose processes are the cluster: PostgreSQL refuses root, so then the 'postgres' system user.
QString clusterOwner()
{
    if (runningAsRoot())
        return QStringLiteral("postgres");
    const passwd *account = ::getpwuid(::geteuid());
    return account ? QString::fromLocal8Bit(account->pw_name) : QString();
}

// The OS accounts allowed to connect, by peer authentication (the kernel names the account on the other end of
// the socket): the one running this server or admin tool, and the cluster's owner, as whom createdb runs.
QStringList clientAccounts()
{
    const passwd *account = ::getpwuid(::geteuid());
    QStringList accounts{clusterOwner()};
    if (account && !accounts.contains(QString::fromLocal8Bit(account->pw_name)))
        accounts.append(QString::fromLocal8Bit(account->pw_name));
    return accounts;
}

// Written on every start, so a cluster made by an older version (trust for every local user) is closed too:
// only the accounts of clientAccounts(), by peer authentication, as the one role 'postgres'. Nothing else: no
// other role, no password, no TCP.
bool writeAccessRules(const QString &dataDirectory, QString *error)
{
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9_.][A-Za-z0-9_.-]*$"));
    QByteArray identities = "# Written by Confidant at every start of the cluster; changes here are lost.\n";
    for (const QString &account : clientAccounts()) {
        if (!plainName.match(account).hasMatch()) {
            *error = QStringLiteral("the account name \"%1\" cannot be written into pg_ident.conf").arg(account);
            return false;
        }
        identities += "confidant " + account.toLocal8Bit() + " postgres\n";
    }
    const QByteArray rules = "# Written by Confidant at every start of the cluster; changes here are lost.\n"
                             "# Only the server's own OS account (pg_ident.conf, map confidant) may connect, as postgres.\n"
                             "local all postgres peer map=confidant\n";
    const passwd *account = ::getpwnam(clusterOwner().toLocal8Bit().constData());
    if (!account) {
        *error = QStringLiteral("there is no account %1 to run PostgreSQL as").arg(clusterOwner());
        return false;
    }
    const uid_t ownerId = account->pw_uid; // copied: getpwnam's result is overwritten by the next lookup
    const gid_t groupId = account->pw_gid;
    for (const auto &[name, content] : {std::pair{QStringLiteral("pg_hba.conf"), rules}, std::pair{QStringLiteral("pg_ident.conf"), identities}}) {
        QSaveFile file(dataDirectory + QLatin1Char('/') + name);
        const bool written = file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
            && ::fchmod(file.handle(), S_IRUSR | S_IWUSR) == 0
            // The cluster's processes must read what root wrote for them.
            && (!runningAsRoot() || ::fchown(file.handle(), ownerId, groupId) == 0)
            && file.commit();
        if (!written) {
            *error = QStringLiteral("cannot write %1/%2").arg(dataDirectory, name);
            return false;
        }
    }
    return true;
}

// The cluster's directory and its socket directory are for the cluster's owner only (root passes anyway): a
// stranger cannot even reach the socket, whatever the authentication says.
bool restrictToOwner(const QString &directory, const QString &socketDirectory, QString *error)
{
    for (const QString &path : {directory, socketDirectory}) {
        if (::chmod(QFile::encodeName(path).constData(), S_IRWXU) != 0) {
            *error = QStringLiteral("cannot make %1 owner-only").arg(path);
            return false;
        }
    }
    return true;
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

PostgresCluster::PostgresCluster(QString directory, QString databaseName, WhenRunning whenRunning)
    : m_directory(QDir(directory).absolutePath()), m_databaseName(std::move(databaseName)), m_whenRunning(whenRunning)
{
}

PostgresCluster::~PostgresCluster()
{
    if (m_owned)
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
    if (!QDir().mkpath(socketDir) || !QDir().mkpath(m_directory + QStringLiteral("/data"))) {
        *error = QStringLiteral("cannot create %1").arg(m_directory);
        return false;
    }
    if (!restrictToOwner(m_directory, socketDir, error) || !handToPostgresUser(m_directory, error))
        return false;
    const bool fresh = !QFileInfo::exists(m_directory + QStringLiteral("/data/PG_VERSION"));
    if (fresh && !initialise(error))
        return false;
    if (!writeAccessRules(m_directory + QStringLiteral("/data"), error))
        return false;
    QString output;
    if (isRunning()) {
        // A running cluster must read the access rules just written.
        if (runTool(QStringLiteral("pg_ctl"), {QStringLiteral("reload"), QStringLiteral("-D"), m_directory + QStringLiteral("/data")}, &output)) {
            m_owned = m_owned || m_whenRunning == WhenRunning::Adopt;
            return true;
        }
        *error = QStringLiteral("the running PostgreSQL did not reload its access rules: %1").arg(output.trimmed());
        return false;
    }
    // The socket is for its owner only (root passes regardless); no TCP at all.
    const QString options = QStringLiteral("-c listen_addresses='' -c unix_socket_directories='%1' -c unix_socket_permissions=0700 "
                                           "-c shared_buffers=64MB -c max_connections=100").arg(socketDir);
    if (!runTool(QStringLiteral("pg_ctl"), {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                            QStringLiteral("-D"), m_directory + QStringLiteral("/data"),
                                            QStringLiteral("-l"), m_directory + QStringLiteral("/postgres.log"),
                                            QStringLiteral("-o"), options}, &output)) {
        *error = QStringLiteral("PostgreSQL did not start (see %1/postgres.log): %2").arg(m_directory, output.trimmed());
        return false;
    }
    m_owned = true;
    qCDebug(lcStore) << "private PostgreSQL cluster running in" << m_directory;
    return !fresh || createDatabase(error);
}

bool PostgresCluster::initialise(QString *error)
{
    QString output;
    // Peer authentication from the first start; writeAccessRules() then narrows it to our own accounts.
    if (!runTool(QStringLiteral("initdb"), {QStringLiteral("-D"), m_directory + QStringLiteral("/data"), QStringLiteral("-U"),
                                           QStringLiteral("postgres"), QStringLiteral("--auth-local=peer"), QStringLiteral("--auth-host=reject"),
                                           QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")}, &output)) {
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
    m_owned = false;
    if (!isRunning())
        return;
    QString output;
    if (!runTool(QStringLiteral("pg_ctl"), {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"), QStringLiteral("fast"),
                                           QStringLiteral("-D"), m_directory + QStringLiteral("/data")}, &output))
        qCWarning(lcStore) << "stopping PostgreSQL failed:" << output.trimmed();
}

} // namespace confidant::server
