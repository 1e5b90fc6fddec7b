#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace confidant::server {

// The key ring's bytes on disk: read only from a file that belongs to this process's user and that nobody else
// may read or write, written atomically (a new file made 0600, synced, renamed over the old one, directory
// synced), so a crash leaves the old ring or the new one, never half of either.
class KeyRingFile {
public:
    // What tells that the file was replaced: another process (confidant-admin rotate-keys, another server
    // instance) rotated the keys.
    struct Stamp {
        qint64 inode = 0;
        qint64 modifiedNs = 0;
        qint64 size = 0;
        friend bool operator==(const Stamp &, const Stamp &) = default;
    };

    // None with a message naming the path and what to do.
    static std::optional<QByteArray> read(const QString &path, Stamp *stamp, QString *error);
    static bool write(const QString &path, const QByteArray &contents, QString *error);
    // None when the file cannot be looked at.
    static std::optional<Stamp> stamp(const QString &path);
};

} // namespace confidant::server
