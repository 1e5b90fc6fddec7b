#include "admin/CaPassphrase.h"

#include "admin/CommandArguments.h"

#include <QFile>

#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace confidant::server {
namespace {

// A passphrase file ends with a newline more often than not; it is not part of the passphrase.
QByteArray withoutLineEnd(QByteArray text)
{
    while (text.endsWith('\n') || text.endsWith('\r'))
        text.chop(1);
    return text;
}

const QString tooShort = QStringLiteral("the CA passphrase must have 8 characters or more");

} // namespace

std::optional<QByteArray> CaPassphrase::forNewKey(const CommandArguments &arguments, QString *error)
{
    std::optional<QByteArray> passphrase = QByteArray();
    if (arguments.isSet(descriptorOption()))
        passphrase = fromDescriptor(arguments.value(descriptorOption()), error);
    else if (arguments.isSet(askOption())) {
        passphrase = fromTerminal("Passphrase for the new CA key: ", error);
        const auto again = passphrase ? fromTerminal("The same passphrase again: ", error) : std::nullopt;
        if (again && *again != *passphrase) {
            *error = QStringLiteral("the two passphrases differ; nothing was created");
            return std::nullopt;
        }
    }
    if (passphrase && (arguments.isSet(descriptorOption()) || arguments.isSet(askOption())) && passphrase->size() < 8) {
        *error = tooShort;
        return std::nullopt;
    }
    return passphrase;
}

std::optional<QByteArray> CaPassphrase::forExistingKey(const CommandArguments &arguments, QString *error)
{
    if (arguments.isSet(descriptorOption()))
        return fromDescriptor(arguments.value(descriptorOption()), error);
    return fromTerminal("Passphrase of the CA key: ", error);
}

std::optional<QByteArray> CaPassphrase::fromDescriptor(const QString &descriptor, QString *error)
{
    bool ok = false;
    const int fd = descriptor.toInt(&ok);
    QFile file;
    if (!ok || fd < 0 || !file.open(fd, QIODevice::ReadOnly, QFileDevice::DontCloseHandle)) {
        *error = QStringLiteral("--ca-passphrase-fd takes an open file descriptor, e.g. --ca-passphrase-fd 3 3<passphrase-file");
        return std::nullopt;
    }
    const QByteArray passphrase = withoutLineEnd(file.readAll());
    if (passphrase.isEmpty()) {
        *error = QStringLiteral("file descriptor %1 gave no CA passphrase").arg(fd);
        return std::nullopt;
    }
    return passphrase;
}

std::optional<QByteArray> CaPassphrase::fromTerminal(const char *prompt, QString *error)
{
    const QString noTerminal = QStringLiteral("the CA key's passphrase is needed: run the command at a terminal, or give it with "
                                              "--ca-passphrase-fd N from a file (e.g. --ca-passphrase-fd 3 3<passphrase-file)");
#ifdef Q_OS_UNIX
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    termios saved {};
    if (tty < 0 || ::tcgetattr(tty, &saved) != 0) {
        if (tty >= 0)
            ::close(tty);
        *error = noTerminal;
        return std::nullopt;
    }
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(tty, TCSAFLUSH, &silent);
    [[maybe_unused]] const auto shown = ::write(tty, prompt, ::strlen(prompt));
    QByteArray line;
    char c = 0;
    while (::read(tty, &c, 1) == 1 && c != '\n')
        line.append(c);
    ::tcsetattr(tty, TCSAFLUSH, &saved);
    [[maybe_unused]] const auto newline = ::write(tty, "\n", 1);
    ::close(tty);
    if (line.isEmpty()) {
        *error = QStringLiteral("no CA passphrase was typed");
        return std::nullopt;
    }
    return withoutLineEnd(line);
#else
    Q_UNUSED(prompt)
    *error = noTerminal;
    return std::nullopt;
#endif
}

} // namespace confidant::server
