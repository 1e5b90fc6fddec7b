#include "app/PrivilegeDrop.h"

#include "store/SystemAccount.h"

#include <QDir>
#include <QFileInfo>

namespace confidant::server {
namespace {

bool inside(const QString &path, const QString &directory)
{
    return QFileInfo(path).absoluteFilePath().startsWith(QDir(directory).absolutePath() + QLatin1Char('/'));
}

} // namespace

bool PrivilegeDrop::leaveRoot(const ServerConfig &config, QString *error)
{
    if (config.runAs.isEmpty() || !SystemAccount::runningAsRoot())
        return true;
    const auto account = SystemAccount::find(config.runAs);
    if (!account) {
        *error = QStringLiteral("started as root, the server goes on only as the system account \"%1\", and there is none: create it "
                                "(adduser --system --group --no-create-home %1) or name another with --run-as ACCOUNT")
                     .arg(config.runAs);
        return false;
    }
    if (account->userId() == 0) {
        *error = QStringLiteral("--run-as %1 names root; name an unprivileged system account such as confidant").arg(config.runAs);
        return false;
    }
    return handOverKeyRing(config, *account, error) && handOverCluster(config, *account, error) && account->become(error);
}

// The private cluster runs as the account from now on, so the server can stop it when it stops.
bool PrivilegeDrop::handOverCluster(const ServerConfig &config, const SystemAccount &account, QString *error)
{
    if (!config.databaseUrl.isEmpty())
        return true;
    const QString directory = QDir(config.dataDirectory).absoluteFilePath(QStringLiteral("postgres"));
    const QFileInfo info(directory);
    if (info.exists() && info.ownerId() != account.userId() && QFileInfo::exists(directory + QStringLiteral("/data/postmaster.pid"))) {
        *error = QStringLiteral("the private PostgreSQL cluster in %1 is running as %2 (a confidant-admin command, or a server of an "
                                "older version); stop it (runuser -u %2 -- pg_ctl stop -D %1/data) and start the server again")
                     .arg(directory, info.owner());
        return false;
    }
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("cannot create %1").arg(directory);
        return false;
    }
    return (QFileInfo(directory).ownerId() == account.userId() || account.handOver(directory, error))
        && account.reachThroughDataDirectory(directory, error);
}

// The server rewrites the key ring at each rotation and reads it again when another instance rotated; the file must
// be the account's (KeyRing refuses one of another owner). Inside the data directory its folder is handed over;
// elsewhere (--key-ring) the administrator decides, and the server names what to do.
bool PrivilegeDrop::handOverKeyRing(const ServerConfig &config, const SystemAccount &account, QString *error)
{
    const QString folder = QFileInfo(config.keyRingFile).absolutePath();
    if (inside(folder, config.dataDirectory))
        return account.handOver(folder, error) && account.reachThroughDataDirectory(folder, error);
    if (QFileInfo(config.keyRingFile).ownerId() != account.userId() || QFileInfo(folder).ownerId() != account.userId()) {
        *error = QStringLiteral("the key ring %1 and its folder must belong to %2, as which the server runs (it rewrites the file at "
                                "each rotation): chown %2: %3 %1")
                     .arg(QFileInfo(config.keyRingFile).absoluteFilePath(), account.name(), folder);
        return false;
    }
    return account.reachThroughDataDirectory(folder, error);
}

} // namespace confidant::server
