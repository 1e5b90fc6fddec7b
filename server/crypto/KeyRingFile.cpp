#include "crypto/KeyRingFile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace confidant::server {
namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Keeps a descriptor closed on every way out of a function.
class Descriptor {
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

KeyRingFile::Stamp stampOf(const struct stat &info)
{
    return {qint64(info.st_ino), qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec, qint64(info.st_size)};
}

// Refuses a file that someone else could read or change: anyone who reads it can read every backup.
bool ownedAndPrivate(const QString &path, const struct stat &info, QString *error)
{
    if (info.st_uid != ::geteuid()) {
        *error = QStringLiteral("the key ring %1 belongs to another user; it must belong to the user the server runs as").arg(path);
        return false;
    }
    if ((info.st_mode & 077) != 0) {
        *error = QStringLiteral("the key ring %1 can be read or changed by other users (mode %2); run chmod 600 %1")
                     .arg(path).arg(info.st_mode & 0777, 3, 8, QLatin1Char('0'));
        return false;
    }
    return true;
}

bool writeAll(int fd, const QByteArray &contents)
{
    qsizetype written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.constData() + written, size_t(contents.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

bool syncDirectory(const QString &directory)
{
    const Descriptor fd(::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    return fd.get() >= 0 && ::fsync(fd.get()) == 0;
}

} // namespace

std::optional<QByteArray> KeyRingFile::read(const QString &path, Stamp *stamp, QString *error)
{
    const QString missing = QStringLiteral("cannot read the key ring %1: %2 (create one with confidant-admin create-key-ring, "
                                           "or pass the right file with --key-ring)");
    const Descriptor fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
    struct stat info = {};
    if (fd.get() < 0 || ::fstat(fd.get(), &info) != 0) {
        *error = missing.arg(path, systemError());
        return std::nullopt;
    }
    if (!ownedAndPrivate(path, info, error))
        return std::nullopt;
    QByteArray contents(qsizetype(info.st_size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < contents.size()) {
        const ssize_t n = ::read(fd.get(), contents.data() + done, size_t(contents.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = missing.arg(path, n < 0 ? systemError() : QStringLiteral("it ended early"));
            return std::nullopt;
        }
        done += n;
    }
    *stamp = stampOf(info);
    return contents;
}

bool KeyRingFile::write(const QString &path, const QByteArray &contents, QString *error)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("cannot create the folder %1 for the key ring").arg(directory);
        return false;
    }
    const QString temporary = path + QStringLiteral(".new");
    const QByteArray temporaryName = QFile::encodeName(temporary);
    ::unlink(temporaryName.constData()); // left by a crash during an earlier write
    bool ok = false;
    {
        const Descriptor fd(::open(temporaryName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600));
        ok = fd.get() >= 0 && ::fchmod(fd.get(), 0600) == 0 && writeAll(fd.get(), contents) && ::fsync(fd.get()) == 0;
    }
    ok = ok && ::rename(temporaryName.constData(), QFile::encodeName(path).constData()) == 0 && syncDirectory(directory);
    if (!ok) {
        *error = QStringLiteral("cannot write the key ring %1: %2").arg(path, systemError());
        ::unlink(temporaryName.constData());
    }
    return ok;
}

std::optional<KeyRingFile::Stamp> KeyRingFile::stamp(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return stampOf(info);
}

} // namespace confidant::server
