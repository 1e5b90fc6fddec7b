#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace confidant::server {

class CommandArguments;

// The passphrase of the company CA's key (audit 11 of issue 20). Never a command-line value, which every local
// user can read in the process list and which shells keep in their history: either from a file descriptor the
// administrator opened (--ca-passphrase-fd 3 3<file), or typed at the terminal without echo.
class CaPassphrase {
public:
    // The option commands that use or create the CA take.
    static QString descriptorOption() { return QStringLiteral("ca-passphrase-fd"); }
    // init-ca: ask at the terminal, twice.
    static QString askOption() { return QStringLiteral("ask-ca-passphrase"); }

    // For init-ca: an empty passphrase when none was asked for (the key is then written unencrypted, as before).
    static std::optional<QByteArray> forNewKey(const CommandArguments &arguments, QString *error);
    // For a key that is encrypted: from the descriptor, else from the terminal; nullopt with a message when neither.
    static std::optional<QByteArray> forExistingKey(const CommandArguments &arguments, QString *error);

private:
    static std::optional<QByteArray> fromDescriptor(const QString &descriptor, QString *error);
    static std::optional<QByteArray> fromTerminal(const char *prompt, QString *error);
};

} // namespace confidant::server
