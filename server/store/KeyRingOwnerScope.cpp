#include "store/KeyRingOwnerScope.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace confidant::server {

KeyRingOwnerScope::KeyRingOwnerScope(const QString &keyRingFile)
{
#ifdef Q_OS_UNIX
    if (::geteuid() != 0)
        return;
    struct stat owner {};
    const QString path = QFileInfo::exists(keyRingFile) ? keyRingFile : QFileInfo(keyRingFile).absolutePath();
    if (::stat(QFile::encodeName(path).constData(), &owner) != 0 || owner.st_uid == 0)
        return;
    // Group first: without root's effective id it could not be changed any more.
    m_switched = ::setegid(owner.st_gid) == 0 && ::seteuid(owner.st_uid) == 0;
#else
    Q_UNUSED(keyRingFile)
#endif
}

KeyRingOwnerScope::~KeyRingOwnerScope()
{
#ifdef Q_OS_UNIX
    if (m_switched && (::seteuid(0) != 0 || ::setegid(0) != 0))
        qFatal("could not take back root's ids after using the key ring");
#endif
}

} // namespace confidant::server
