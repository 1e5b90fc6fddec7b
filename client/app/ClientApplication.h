#pragma once

#include "AdvisorIdentity.h"
#include "time/Clock.h"

#include <QObject>
#include <QSettings>
#include <QTimer>
#include <memory>

namespace confidant::client {

class AdvisorNetworkAccess;
class ApiClient;
class CredentialStore;
class InquiryModel;
class MainWindow;
class MessageStore;
class SyncEngine;

// The composition root of the desktop client: credentials from the keychain, the network access that carries
// the certificate, the API client, the sync engine, the models and the main window.
class ClientApplication : public QObject {
    Q_OBJECT
public:
    explicit ClientApplication(QObject *parent = nullptr);
    ~ClientApplication() override;

    // From --import-p12: stores the file and its passphrase, then starts.
    void importAndStart(const QString &p12File, const QString &passphrase, const QString &apiUrl);
    // Normal start: the stored certificate, passphrase from the keychain; the setup dialog when there is none.
    void start();
    // The window once the workstation is open; for tests and the screenshots.
    MainWindow *window() const { return m_window.get(); }

signals:
    void fatalError(const QString &message);

private:
    void runSetup(const QString &message);
    void openWorkstation(const AdvisorIdentity &identity, const QUrl &apiUrl);
    QString dataDirectory() const;

    SystemClock m_clock;
    QSettings m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AdvisorNetworkAccess> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<InquiryModel> m_inquiries;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<MainWindow> m_window;
    QTimer m_minuteTick;
};

} // namespace confidant::client
