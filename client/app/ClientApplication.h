#pragma once

#include "AdvisorAccount.h"
#include "AdvisorIdentity.h"
#include "SetupDialog.h"
#include "SyncEngine.h"
#include "time/Clock.h"

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <memory>

namespace confidant::client {

class AdvisorNetworkAccess;
class ApiClient;
class CredentialStore;
class InquiryModel;
class MainWindow;
class OpenThread;

// The composition root of the desktop client. It takes the advisor in (certificate file, passphrase, server),
// checks them with the server before keeping anything, keeps the passphrase in the OS keychain and a copy of the
// file in the data folder, then builds the workstation: network access with the certificate, API client, models,
// sync and window. Anything that goes wrong on the way in shows the setup dialog again with what to do.
class ClientApplication : public QObject {
    Q_OBJECT
public:
    // `settings` holds the certificate file's path and the server address, never a secret.
    // `keychainTimeout`: how long to wait for the keychain, which may be showing an unlock prompt.
    ClientApplication(const Clock &clock, QSettings *settings, std::chrono::milliseconds keychainTimeout = std::chrono::minutes(2),
                      QObject *parent = nullptr);
    ~ClientApplication() override;

    // --import-p12: checks the file, its passphrase and the server, keeps them, opens the workstation.
    void importAndStart(const QString &p12File, const QString &passphrase, const QString &apiUrl);
    // Normal start: the kept certificate with its passphrase from the keychain; the setup dialog when there is none.
    void start();

    MainWindow *window() const;
    SetupDialog *setupDialog() const { return m_setup; }
    QString dataDirectory() const;

signals:
    // A line for people and tests watching the start (`--status` prints them): "setup", "checking", "open", "sync".
    void status(const QString &event, const QString &detail);
    // The advisor cancelled the setup while no workstation was open.
    void setupCancelled();

private:
    struct Workstation;
    struct Probe;

    void showSetup(const QString &message, const QString &certificateFile, const QString &apiUrl);
    void check(const AdvisorIdentity &identity, const QUrl &apiUrl, std::function<void(std::shared_ptr<Probe>)> accepted,
               std::function<void(const QString &)> refused);
    void keep(const QString &p12File, const QString &passphrase, std::shared_ptr<Probe> probe);
    void openWorkstation(std::shared_ptr<Probe> probe);
    void switchServer(const QUrl &apiUrl);
    void signOut();
    void reportSync(Workstation &workstation, SyncEngine::State state);

    const Clock &m_clock;
    QSettings *m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Workstation> m_workstation;
    QPointer<SetupDialog> m_setup;
};

} // namespace confidant::client
