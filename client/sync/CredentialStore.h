#pragma once

#include <QObject>
#include <chrono>
#include <QString>
#include <functional>

namespace QKeychain {
class Job;
}

namespace confidant::client {

// The passphrase of the advisor's certificate file, in the operating system's keychain (QtKeychain: Secret Service,
// macOS Keychain, Windows Credential Manager). There is deliberately no plain-text fallback.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    // `timeout`: how long to wait for the keychain, which may be showing its own unlock prompt.
    explicit CredentialStore(QString service = QStringLiteral("Confidant"), std::chrono::milliseconds timeout = std::chrono::minutes(2),
                             QObject *parent = nullptr);

    using Done = std::function<void(bool ok, const QString &secretOrError)>;
    void writePassphrase(const QString &account, const QString &passphrase, Done done);
    void readPassphrase(const QString &account, Done done);
    void deletePassphrase(const QString &account, Done done);

private:
    void run(QKeychain::Job *job, std::function<QString(QKeychain::Job *)> secretOf, Done done);

    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace confidant::client
