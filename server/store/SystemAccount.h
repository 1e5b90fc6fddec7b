#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace confidant::server {

// An operating-system account, as far as Confidant needs one: who may pass which folder, handing files to it, and
// becoming it. PostgreSQL refuses to run as root, and the server started as root goes on as a system account
// (docs/operations.md, "Accounts"), so both need to know whether an account reaches a path without widening
// anything above the data directory. On systems without POSIX accounts there is nothing to find or become.
class SystemAccount {
public:
    // nullopt when there is no account of that name.
    static std::optional<SystemAccount> find(const QString &name);
    static SystemAccount current();
    static bool runningAsRoot();

    QString name() const { return m_name; }
    uint userId() const { return m_userId; }
    uint groupId() const { return m_groupId; }

    // The first folder on the way to `path` (its parents, from / down, and `path` itself if it exists) that the
    // account may not pass, or an empty string when it reaches `path`.
    QString firstBlockingFolder(const QString &path) const;
    // Lets the account reach `path`: the folder it is in (the data directory) becomes passable (o+x) if the account
    // can pass everything above it; above the data directory nothing is changed, a folder there that the account
    // cannot pass is named in `error`.
    bool reachThroughDataDirectory(const QString &path, QString *error) const;
    // `path` and everything in it belong to this account and its login group from now on (we must be root).
    bool handOver(const QString &path, QString *error) const;
    // setgroups/setgid/setuid: this process is the account from now on, without a way back to root.
    bool become(QString *error) const;

private:
    bool canPass(const QString &folder) const;

    QString m_name;
    QString m_home;
    uint m_userId = 0;
    uint m_groupId = 0;
    QList<uint> m_groups; // the supplementary groups, as initgroups() would set them
};

} // namespace confidant::server
