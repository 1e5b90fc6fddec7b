#include "store/PostgresCluster.h"

#include "store/DatabaseOwnerRole.h"
#include "store/StoreLog.h"
#include "store/SystemAccount.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

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
    return SystemAccount::runningAsRoot();
}

// PostgreSQL refuses to run as root; then the tool runs as the cluster's owner. In the cluster's directory, since
// the folder we were started in may be one the owner cannot enter.
bool runTool(const QString &tool, const QStringList &arguments, const QString &owner, const QString &directory, QString *output,
             int timeoutMs = 120'000)
{
    const QString path = PostgresCluster::toolPath(tool);
    if (path.isEmpty()) {
        *output = QStringLiteral("%1 not found: install Debian's postgresql package").arg(tool);
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (QFileInfo(directory).isDir())
        process.setWorkingDirectory(directory);
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), owner, QStringLiteral("--"), path} + arguments);
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

// The OS accounts allowed to connect, by peer authentication (the kernel names the account on the other end of
// the socket): the one running this server or admin tool, and the cluster's owner, as whom createdb runs.
QStringList clientAccounts(const QString &owner)
{
    QStringList accounts{owner};
    const QString own = SystemAccount::current().name();
    if (!own.isEmpty() && !accounts.contains(own))
        accounts.append(own);
    return accounts;
}

// Written on every start, so a cluster made by an older version (trust for every local user) is closed too:
// only the accounts of clientAccounts(), by peer authentication, as the superuser 'postgres' (to set up the owner
// role) or as that owner role (DatabaseOwnerRole). Nothing else: no other role, no password, no TCP.
bool writeAccessRules(const QString &dataDirectory, const QString &owner, QString *error)
{
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9_.][A-Za-z0-9_.-]*$"));
    QByteArray identities = "# Written by Confidant at every start of the cluster; changes here are lost.\n";
    for (const QString &account : clientAccounts(owner)) {
        if (!plainName.match(account).hasMatch()) {
            *error = QStringLiteral("the account name \"%1\" cannot be written into pg_ident.conf").arg(account);
            return false;
        }
        for (const QString &role : {QStringLiteral("postgres"), DatabaseOwnerRole::name()})
            identities += "confidant " + account.toLocal8Bit() + ' ' + role.toLocal8Bit() + '\n';
    }
    const QByteArray rules = "# Written by Confidant at every start of the cluster; changes here are lost.\n"
                             "# Only the server's own OS account (pg_ident.conf, map confidant) may connect, as postgres or the owner role.\n"
                             "local all postgres," + DatabaseOwnerRole::name().toLatin1() + " peer map=confidant\n";
    const auto account = SystemAccount::find(owner);
    if (!account) {
        *error = QStringLiteral("there is no account %1 to run PostgreSQL as").arg(owner);
        return false;
    }
    for (const auto &[name, content] : {std::pair{QStringLiteral("pg_hba.conf"), rules}, std::pair{QStringLiteral("pg_ident.conf"), identities}}) {
        QSaveFile file(dataDirectory + QLatin1Char('/') + name);
        const bool written = file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
            && ::fchmod(file.handle(), S_IRUSR | S_IWUSR) == 0
            // The cluster's processes must read what root wrote for them.
            && (!runningAsRoot() || ::fchown(file.handle(), account->userId(), account->groupId()) == 0)
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

bool handToOwner(const QString &owner, const QString &directory, QString *error)
{
    if (!runningAsRoot())
        return true;
    const auto account = SystemAccount::find(owner);
    if (!account) {
        *error = QStringLiteral("there is no account %1 to run PostgreSQL as (is the postgresql package installed?)").arg(owner);
        return false;
    }
    // Nothing above the data directory is opened for it (audit 7); a folder there it cannot pass is named.
    return account->handOver(directory, error) && account->reachThroughDataDirectory(directory, error);
}

// Bound values of a failing statement are names, e-mail addresses, hashes and tokens (audit 9): the log names
// the error, never the statement, its parameters or the DETAIL that repeats a conflicting key's value.
QString quietLogOptions()
{
    return QStringLiteral("-c log_min_error_statement=panic -c log_error_verbosity=terse -c log_parameter_max_length=0 "
                          "-c log_parameter_max_length_on_error=0");
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

QString PostgresCluster::logFile() const
{
    return m_directory + QStringLiteral("/postgres.log");
}

// PostgreSQL refuses root, so then the cluster runs as whoever its directory belongs to: 'postgres' for one root
// made, the server's system account for one the server handed to it (SystemAccount::handOver). Not root: ourselves.
QString PostgresCluster::owner() const
{
    if (!runningAsRoot())
        return SystemAccount::current().name();
    const QFileInfo info(m_directory);
    return info.exists() && info.ownerId() != 0 && !info.owner().isEmpty() ? info.owner() : QStringLiteral("postgres");
}

DatabaseConfig PostgresCluster::config() const
{
    DatabaseConfig config = superuserConfig();
    config.databaseName = m_databaseName;
    config.userName = DatabaseOwnerRole::name();
    return config;
}

DatabaseConfig PostgresCluster::superuserConfig() const
{
    DatabaseConfig config;
    config.host = m_directory + QStringLiteral("/socket");
    config.port = 5432;
    config.databaseName = QStringLiteral("postgres");
    config.userName = QStringLiteral("postgres");
    return config;
}

bool PostgresCluster::isRunning() const
{
    QString output;
    return QFileInfo::exists(m_directory + QStringLiteral("/data/PG_VERSION"))
        && tool(QStringLiteral("pg_ctl"), {QStringLiteral("status"), QStringLiteral("-D"), m_directory + QStringLiteral("/data")}, &output);
}

bool PostgresCluster::tool(const QString &name, const QStringList &arguments, QString *output) const
{
    return runTool(name, arguments, owner(), m_directory, output);
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
    const QString account = owner();
    if (!restrictToOwner(m_directory, socketDir, error) || !handToOwner(account, m_directory, error))
        return false;
    const bool fresh = !QFileInfo::exists(m_directory + QStringLiteral("/data/PG_VERSION"));
    if (fresh && !initialise(error))
        return false;
    if (!writeAccessRules(m_directory + QStringLiteral("/data"), account, error))
        return false;
    if (isRunning())
        return reload(error) && DatabaseOwnerRole::ensure(superuserConfig(), m_databaseName, error);
    // The socket is for its owner only (root passes regardless); no TCP at all.
    const QString options = QStringLiteral("-c listen_addresses='' -c unix_socket_directories='%1' -c unix_socket_permissions=0700 "
                                           "-c shared_buffers=64MB -c max_connections=100 ").arg(socketDir) + quietLogOptions();
    QString output;
    if (!tool(QStringLiteral("pg_ctl"), {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                         QStringLiteral("-D"), m_directory + QStringLiteral("/data"), QStringLiteral("-l"), logFile(),
                                         QStringLiteral("-o"), options}, &output)) {
        *error = QStringLiteral("PostgreSQL did not start (see %1): %2").arg(logFile(), output.trimmed());
        return false;
    }
    m_owned = true;
    qCDebug(lcStore) << "private PostgreSQL cluster running in" << m_directory << "as" << account;
    return (!fresh || createDatabase(error)) && DatabaseOwnerRole::ensure(superuserConfig(), m_databaseName, error);
}

// A running cluster must read the access rules just written.
bool PostgresCluster::reload(QString *error)
{
    QString output;
    if (!tool(QStringLiteral("pg_ctl"), {QStringLiteral("reload"), QStringLiteral("-D"), m_directory + QStringLiteral("/data")}, &output)) {
        *error = QStringLiteral("the running PostgreSQL did not reload its access rules: %1").arg(output.trimmed());
        return false;
    }
    m_owned = m_owned || m_whenRunning == WhenRunning::Adopt;
    return true;
}

bool PostgresCluster::initialise(QString *error)
{
    QString output;
    // Peer authentication from the first start; writeAccessRules() then narrows it to our own accounts.
    if (!tool(QStringLiteral("initdb"), {QStringLiteral("-D"), m_directory + QStringLiteral("/data"), QStringLiteral("-U"),
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
    if (!tool(QStringLiteral("createdb"), {QStringLiteral("-h"), m_directory + QStringLiteral("/socket"), QStringLiteral("-U"),
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
    if (!tool(QStringLiteral("pg_ctl"), {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"), QStringLiteral("fast"),
                                         QStringLiteral("-D"), m_directory + QStringLiteral("/data")}, &output))
        qCWarning(lcStore) << "stopping PostgreSQL failed:" << output.trimmed();
}

} // namespace confidant::server
