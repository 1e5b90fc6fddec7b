#include "files/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <filesystem>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace confidant {
namespace {

QString temporaryNameNextTo(const QString &path)
{
    return path + QStringLiteral(".new-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}

// The rename reaches the disk only with the folder's entry.
void syncFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    const int folder = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
#else
    Q_UNUSED(path)
#endif
}

bool writeNew(QFile &file, const QByteArray &contents)
{
    // NewOnly: O_CREAT | O_EXCL; the permissions are the mode open() creates the file with (Qt 6.3).
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    bool ok = file.write(contents) == contents.size() && file.flush();
#ifdef Q_OS_UNIX
    ok = ok && ::fsync(file.handle()) == 0;
#endif
    file.close();
    return ok && file.error() == QFileDevice::NoError;
}

} // namespace

bool PrivateFile::write(const QString &path, const QByteArray &contents, QString *error)
{
    QFile temporary(temporaryNameNextTo(path));
    if (!writeNew(temporary, contents)) {
        *error = QStringLiteral("cannot write %1: %2").arg(temporary.fileName(), temporary.errorString());
        temporary.remove();
        return false;
    }
    std::error_code renameError;
    // Replaces an existing file in one step on POSIX and Windows alike (QFile::rename refuses to).
    std::filesystem::rename(std::filesystem::path(temporary.fileName().toStdU16String()), std::filesystem::path(path.toStdU16String()),
                            renameError);
    if (renameError) {
        *error = QStringLiteral("cannot put %1 in place: %2").arg(path, QString::fromLocal8Bit(renameError.message()));
        temporary.remove();
        return false;
    }
    syncFolder(path);
    return true;
}

} // namespace confidant
