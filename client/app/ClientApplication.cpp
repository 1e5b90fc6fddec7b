#include "ClientApplication.h"

#include "ApiClient.h"
#include "AdvisorNetworkAccess.h"
#include "CredentialStore.h"
#include "InquiryModel.h"
#include "MainWindow.h"
#include "MessageStore.h"
#include "SetupDialog.h"
#include "SyncEngine.h"

#include <QFile>
#include <QStandardPaths>

namespace confidant::client {
namespace {
const QString keychainAccount = QStringLiteral("advisor-certificate");
}

ClientApplication::ClientApplication(QObject *parent)
    : QObject(parent), m_settings(QStringLiteral("Confidant"), QStringLiteral("confidant-client")),
      m_credentials(std::make_unique<CredentialStore>())
{
}

ClientApplication::~ClientApplication() = default;

QString ClientApplication::dataDirectory() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void ClientApplication::importAndStart(const QString &p12File, const QString &passphrase, const QString &apiUrl)
{
    QString error;
    QFile file(p12File);
    const auto identity = file.open(QIODevice::ReadOnly) ? AdvisorIdentity::fromPkcs12(file.readAll(), passphrase, &error) : std::nullopt;
    const auto stored = identity ? AdvisorIdentity::storePkcs12(p12File, dataDirectory(), &error) : std::nullopt;
    if (!stored) {
        emit fatalError(error.isEmpty() ? tr("Cannot read %1.").arg(p12File) : error);
        return;
    }
    m_credentials->writePassphrase(keychainAccount, passphrase, [this, identity, stored, apiUrl](bool ok, const QString &message) {
        if (!ok) {
            emit fatalError(message);
            return;
        }
        m_settings.setValue(QStringLiteral("certificateFile"), *stored);
        m_settings.setValue(QStringLiteral("apiUrl"), apiUrl);
        openWorkstation(*identity, QUrl(apiUrl));
    });
}

void ClientApplication::start()
{
    const QString stored = m_settings.value(QStringLiteral("certificateFile")).toString();
    const QUrl apiUrl(m_settings.value(QStringLiteral("apiUrl")).toString());
    if (stored.isEmpty() || !QFile::exists(stored) || !apiUrl.isValid()) {
        runSetup(QString());
        return;
    }
    m_credentials->readPassphrase(keychainAccount, [this, stored, apiUrl](bool ok, const QString &passphraseOrError) {
        if (!ok) {
            runSetup(passphraseOrError);
            return;
        }
        QFile file(stored);
        QString error;
        const auto identity = file.open(QIODevice::ReadOnly) ? AdvisorIdentity::fromPkcs12(file.readAll(), passphraseOrError, &error) : std::nullopt;
        if (!identity) {
            runSetup(error);
            return;
        }
        openWorkstation(*identity, apiUrl);
    });
}

void ClientApplication::runSetup(const QString &message)
{
    SetupDialog dialog(m_settings.value(QStringLiteral("apiUrl"), QStringLiteral("https://")).toString());
    if (!message.isEmpty())
        dialog.showError(message);
    if (dialog.exec() != QDialog::Accepted) {
        emit fatalError(QString());
        return;
    }
    importAndStart(dialog.certificateFile(), dialog.passphrase(), dialog.apiUrl());
}

void ClientApplication::openWorkstation(const AdvisorIdentity &identity, const QUrl &apiUrl)
{
    m_network = std::make_unique<AdvisorNetworkAccess>(identity);
    m_api = std::make_unique<ApiClient>(m_network.get(), apiUrl);
    m_inquiries = std::make_unique<InquiryModel>(m_clock, OpenDurationPolicy());
    m_messages = std::make_unique<MessageStore>();
    m_sync = std::make_unique<SyncEngine>(m_api.get(), m_inquiries.get(), m_messages.get(), SyncEngine::Timing{});
    m_window = std::make_unique<MainWindow>(m_inquiries.get(), m_messages.get());
    m_window->setAdvisorName(identity.login());
    connect(m_sync.get(), &SyncEngine::stateChanged, m_window.get(), [this](SyncEngine::State state) {
        m_window->setConnectionText(state == SyncEngine::State::Live ? tr("Up to date")
                                    : state == SyncEngine::State::Offline ? tr("Offline – retrying")
                                                                          : tr("Synchronising…"));
    });
    connect(m_sync.get(), &SyncEngine::failed, m_window.get(), &MainWindow::setConnectionText);
    connect(m_window.get(), &MainWindow::replyRequested, this, [this](qint64 inquiryId, const QString &body) {
        m_api->reply(inquiryId, body, [this](const ApiResult<Message> &result) {
            if (const auto *failure = std::get_if<ApiFailure>(&result))
                m_window->replyFailed(failure->message);
            else
                m_window->replySent();
        });
    });
    m_api->me([this](const ApiResult<AdvisorProfile> &result) {
        if (const auto *profile = std::get_if<AdvisorProfile>(&result))
            m_window->setAdvisorName(profile->displayName);
        else
            m_window->setConnectionText(std::get<ApiFailure>(result).message);
    });
    // "Open for" moves with the clock; a repaint of that column once a minute is enough.
    connect(&m_minuteTick, &QTimer::timeout, m_inquiries.get(), &InquiryModel::refreshDurations);
    m_minuteTick.start(60 * 1000);
    m_sync->start();
    m_window->show();
}

} // namespace confidant::client
