#pragma once

#include <QString>

namespace confidant::server {

// confidant-admin, or the server before it leaves root, run as root on a key ring that the server's system account
// owns (the server, started as root, hands it over before leaving root: PrivilegeDrop). KeyRing accepts only a file of the effective user, and a
// file root rewrote would lock the server out at its next read; so while this lives the process has the file's
// owner as effective user and group (the folder's owner for a file yet to be made), and root's ids come back
// after. Not root, a root-owned key ring, or no POSIX accounts: nothing changes.
class KeyRingOwnerScope {
public:
    explicit KeyRingOwnerScope(const QString &keyRingFile);
    ~KeyRingOwnerScope();

    KeyRingOwnerScope(const KeyRingOwnerScope &) = delete;
    KeyRingOwnerScope &operator=(const KeyRingOwnerScope &) = delete;

private:
    bool m_switched = false;
};

} // namespace confidant::server
