#include "store/SystemAccount.h"

#include "store/StoreLog.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstring>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace confidant::server {

#ifdef Q_OS_UNIX

std::optional<SystemAccount> SystemAccount::find(const QString &name)
{
    const passwd *entry = ::getpwnam(name.toLocal8Bit().constData());
    if (!entry)
        return std::nullopt;
    SystemAccount account;
    account.m_name = QString::fromLocal8Bit(entry->pw_name);
    account.m_home = QString::fromLocal8Bit(entry->pw_dir);
    account.m_userId = entry->pw_uid;
    account.m_groupId = entry->pw_gid; // copied: the next lookup overwrites getpwnam's result
    int count = 64;
    QList<gid_t> groups(count);
    if (::getgrouplist(entry->pw_name, entry->pw_gid, groups.data(), &count) < 0) {
        groups.resize(count);
        ::getgrouplist(entry->pw_name, entry->pw_gid, groups.data(), &count);
    }
    for (int i = 0; i < count; ++i)
        account.m_groups.append(groups.at(i));
    return account;
}

SystemAccount SystemAccount::current()
{
    const passwd *entry = ::getpwuid(::geteuid());
    if (const auto account = entry ? find(QString::fromLocal8Bit(entry->pw_name)) : std::nullopt)
        return *account;
    SystemAccount unnamed;
    unnamed.m_userId = ::geteuid();
    unnamed.m_groupId = ::getegid();
    return unnamed;
}

bool SystemAccount::runningAsRoot()
{
    return ::geteuid() == 0;
}

bool SystemAccount::canPass(const QString &folder) const
{
    struct stat info {};
    if (::stat(QFile::encodeName(folder).constData(), &info) != 0)
        return false;
    if (m_userId == 0)
        return true;
    if (info.st_uid == m_userId)
        return info.st_mode & S_IXUSR;
    if (m_groups.contains(info.st_gid))
        return info.st_mode & S_IXGRP;
    return info.st_mode & S_IXOTH;
}

QString SystemAccount::firstBlockingFolder(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QString folder;
    for (const QString &part : absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        folder += QLatin1Char('/') + part;
        if (!QFileInfo(folder).isDir())
            break; // not there yet: whoever creates it decides
        if (!canPass(folder))
            return folder;
    }
    return canPass(QStringLiteral("/")) ? QString() : QStringLiteral("/");
}

bool SystemAccount::reachThroughDataDirectory(const QString &path, QString *error) const
{
    const QString dataDirectory = QFileInfo(path).absolutePath();
    if (!firstBlockingFolder(dataDirectory).isEmpty() && firstBlockingFolder(QFileInfo(dataDirectory).absolutePath()).isEmpty()) {
        QFile folder(dataDirectory);
        folder.setPermissions(folder.permissions() | QFileDevice::ExeOther);
    }
    const QString blocking = firstBlockingFolder(path);
    if (!blocking.isEmpty()) {
        *error = QStringLiteral("the account %1 cannot pass %2 on the way to %3, and Confidant opens no folder above its data directory: "
                                "put the data directory where %1 may pass, or let %1 through %2")
                     .arg(m_name, blocking, path);
        return false;
    }
    return true;
}

bool SystemAccount::handOver(const QString &path, QString *error) const
{
    QStringList paths{path};
    QDirIterator contents(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (contents.hasNext())
        paths.append(contents.next());
    for (const QString &entry : paths) {
        // lchown: a link inside is handed over itself, never what it points to.
        if (::lchown(QFile::encodeName(entry).constData(), m_userId, m_groupId) != 0) {
            *error = QStringLiteral("cannot hand %1 to the account %2: %3").arg(entry, m_name, QString::fromLocal8Bit(::strerror(errno)));
            return false;
        }
    }
    return true;
}

bool SystemAccount::become(QString *error) const
{
    // Groups first: once the user id is gone, the groups can no longer be changed.
    const QByteArray name = m_name.toLocal8Bit();
    if (::initgroups(name.constData(), m_groupId) != 0 || ::setgid(m_groupId) != 0 || ::setuid(m_userId) != 0) {
        *error = QStringLiteral("cannot become the account %1: %2").arg(m_name, QString::fromLocal8Bit(::strerror(errno)));
        return false;
    }
    // setuid() as root changes every id; this proves there is no way back.
    if (::getuid() != m_userId || ::geteuid() != m_userId || ::getegid() != m_groupId || (m_userId != 0 && ::setuid(0) == 0)) {
        *error = QStringLiteral("the process could not leave root for the account %1").arg(m_name);
        return false;
    }
    qputenv("HOME", QFile::encodeName(m_home)); // root's home is no longer ours
    qputenv("USER", name);
    qputenv("LOGNAME", name);
    qCInfo(lcStore) << "running as the account" << m_name;
    return true;
}

#else // no POSIX accounts: nothing to find, hand over or become

std::optional<SystemAccount> SystemAccount::find(const QString &)
{
    return std::nullopt;
}

SystemAccount SystemAccount::current()
{
    return {};
}

bool SystemAccount::runningAsRoot()
{
    return false;
}

bool SystemAccount::canPass(const QString &) const
{
    return true;
}

QString SystemAccount::firstBlockingFolder(const QString &) const
{
    return {};
}

bool SystemAccount::reachThroughDataDirectory(const QString &, QString *) const
{
    return true;
}

bool SystemAccount::handOver(const QString &, QString *) const
{
    return true;
}

bool SystemAccount::become(QString *) const
{
    return true;
}

#endif

} // namespace confidant::server
