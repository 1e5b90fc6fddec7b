#pragma once

#include <QByteArray>
#include <QString>

namespace confidant {

// Keys, certificates with their keys (.p12) and other secrets on disk (audit 11 of issue 20): readable by the
// owner only from the first byte, never the umask's mode for a moment and a chmod after; and whole or not at all.
// The contents go into a new file next to the target (created exclusively with mode 0600, so nothing planted there
// is followed), reach the disk, and are renamed over the target: a crash leaves the old file or none, never half a
// key. (server/crypto/KeyRingFile writes the key ring the same way with its own checks.)
class PrivateFile {
public:
    static bool write(const QString &path, const QByteArray &contents, QString *error);
};

} // namespace confidant
