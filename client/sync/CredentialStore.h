#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace confidant::client {

// The passphrase of the advisor's certificate file, in the operating system's keychain (QtKeychain: Secret Service,
// macOS Keychain, Windows Credential Manager). There is deliberately no plain-text fallback.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    explicit CredentialStore(QString service = QStringLiteral("Confidant"), QObject *parent = nullptr);

    using Done = std::function<void(bool ok, const QString &secretOrError)>;
    void writePassphrase(const QString &account, const QString &passphrase, Done done);
    void readPassphrase(const QString &account, Done done);
    void deletePassphrase(const QString &account, Done done);

private:
    QString m_service;
};

} // namespace confidant::client
