#include "ClientApplication.h"

#include "AdvisorNetworkAccess.h"
#include "ApiClient.h"
#include "CredentialStore.h"
#include "InquiryModel.h"
#include "MainWindow.h"
#include "ReportService.h"
#include "OpenThread.h"
#include "SetupDialog.h"
#include "TeamAbsences.h"
#include "DeletionQueue.h"

#include <QFile>
#include <QLocale>
#include <QMetaEnum>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QScreen>
#include <QTimer>

namespace confidant::client {

Q_LOGGING_CATEGORY(lcClient, "confidant.client")

namespace {

const QString keychainAccount = QStringLiteral("advisor-certificate");
const QString certificateFileKey = QStringLiteral("certificateFile");
const QString apiUrlKey = QStringLiteral("apiUrl");

std::optional<AdvisorIdentity> readIdentity(const QString &p12File, const QString &passphrase, QString *error)
{
    QFile file(p12File);
    if (p12File.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        *error = ClientApplication::tr("The certificate file \"%1\" cannot be read. Choose the .p12 file your administrator gave you.").arg(p12File);
        return std::nullopt;
    }
    return AdvisorIdentity::fromPkcs12(file.readAll(), passphrase, error);
}

std::optional<QUrl> serverUrl(const QString &text, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        *error = ClientApplication::tr("The server address must be the https:// address your administrator gave you, "
                                       "for example https://mailbox.example.com:9443/.");
        return std::nullopt;
    }
    return url;
}

QString refusalText(const ApiFailure &failure)
{
    if (failure.httpStatus == 403)
        return ClientApplication::tr("The server refused this certificate: %1").arg(failure.message);
    return failure.message;
}

int waitingCount(const InquiryModel &inquiries)
{
    int waiting = 0;
    for (int row = 0; row < inquiries.rowCount(); ++row)
        waiting += inquiries.at(row).state == InquiryState::AwaitingAdvisor ? 1 : 0;
    return waiting;
}

} // namespace

// A connection with one identity to one server: made to check a certificate before anything is kept, then used
// by the workstation, so the advisor's first sync needs no second handshake.
struct ClientApplication::Probe {
    AdvisorIdentity identity;
    QUrl apiUrl;
    std::unique_ptr<AdvisorNetworkAccess> network;
    std::unique_ptr<ApiClient> api;
    std::optional<AdvisorProfile> profile;

    // The last reference to a probe can go inside one of its own replies' callbacks (a refused check): deleting the
    // network access there would delete the reply while Qt is still delivering its signal. Later is always safe.
    ~Probe()
    {
        if (api)
            api.release()->deleteLater();
        if (network)
            network.release()->deleteLater();
    }

    static std::shared_ptr<Probe> connect(const AdvisorIdentity &identity, const QUrl &apiUrl)
    {
        auto probe = std::make_shared<Probe>();
        probe->identity = identity;
        probe->apiUrl = apiUrl;
        probe->network = std::make_unique<AdvisorNetworkAccess>(identity);
        probe->api = std::make_unique<ApiClient>(probe->network.get(), apiUrl);
        return probe;
    }

    AdvisorAccount account() const
    {
        return {identity.login(), profile ? profile->displayName : QString(), profile ? profile->teamName : QString(), apiUrl,
                identity.certificate.expiryDate(), QString::fromLatin1(identity.certificate.digest(QCryptographicHash::Sha256).toHex()),
                profile ? profile->id : 0, profile && profile->teamLead, profile ? profile->teamId : 0};
    }
};

// Everything that exists while an advisor is signed in, destroyed together (the window first).
struct ClientApplication::Workstation {
    std::shared_ptr<Probe> connection;
    std::unique_ptr<InquiryModel> inquiries;
    std::unique_ptr<OpenThread> thread;
    std::unique_ptr<TeamAbsences> absences;
    std::unique_ptr<DeletionQueue> deletions;
    std::unique_ptr<SyncEngine> sync;
    std::unique_ptr<ReportService> reports;
    std::unique_ptr<MainWindow> window;
    QTimer calendarRefresh; // a calendar changed by the administrator reaches a client that stays connected for days
    bool showsRefusal = false; // the notice is the sync's "certificate refused", to be cleared when it syncs again

    // The connection may outlive the workstation (its network objects go later, a pending call may hold it): no
    // answer still on its way may reach the sync engine or open thread destroyed here.
    ~Workstation() { connection->api->abandon(); }
};

ClientApplication::ClientApplication(const Clock &clock, QSettings *settings, std::chrono::milliseconds keychainTimeout, QObject *parent)
    : QObject(parent), m_clock(clock), m_settings(settings), m_credentials(std::make_unique<CredentialStore>(QStringLiteral("Confidant"), keychainTimeout))
{
}

ClientApplication::~ClientApplication()
{
    delete m_setup;
}

MainWindow *ClientApplication::window() const
{
    return m_workstation ? m_workstation->window.get() : nullptr;
}

QString ClientApplication::dataDirectory() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void ClientApplication::start()
{
    const QString file = m_settings->value(certificateFileKey).toString();
    const QString url = m_settings->value(apiUrlKey).toString();
    if (file.isEmpty() || !QFile::exists(file) || url.isEmpty()) {
        showSetup({}, {}, url);
        return;
    }
    emit status(QStringLiteral("keychain"), {});
    m_credentials->readPassphrase(keychainAccount, [this, file, url](bool ok, const QString &passphraseOrError) {
        QString error = ok ? QString() : passphraseOrError;
        const auto identity = ok ? readIdentity(file, passphraseOrError, &error) : std::nullopt;
        const auto apiUrl = identity ? serverUrl(url, &error) : std::nullopt;
        if (!apiUrl) {
            showSetup(error, file, url);
            return;
        }
        auto probe = Probe::connect(*identity, *apiUrl);
        // The certificate was accepted before: open at once, and let the workstation say if the server is away.
        openWorkstation(probe);
    });
}

void ClientApplication::importAndStart(const QString &p12File, const QString &passphrase, const QString &apiUrl)
{
    QString error;
    const auto url = serverUrl(apiUrl, &error);
    const auto identity = url ? readIdentity(p12File, passphrase, &error) : std::nullopt;
    if (!identity) {
        showSetup(error, p12File, apiUrl);
        return;
    }
    if (m_setup)
        m_setup->setBusy(true);
    emit status(QStringLiteral("checking"), url->toString());
    check(*identity, *url, [this, p12File, passphrase](std::shared_ptr<Probe> probe) { keep(p12File, passphrase, probe); },
          [this, p12File, apiUrl](const QString &message) { showSetup(message, p12File, apiUrl); });
}

void ClientApplication::check(const AdvisorIdentity &identity, const QUrl &apiUrl, std::function<void(std::shared_ptr<Probe>)> accepted,
                              std::function<void(const QString &)> refused)
{
    auto probe = Probe::connect(identity, apiUrl);
    probe->api->me([probe, accepted, refused](const ApiResult<AdvisorProfile> &result) {
        if (const auto *failure = std::get_if<ApiFailure>(&result)) {
            qCInfo(lcClient) << "the server did not accept the certificate:" << failure->httpStatus << failure->message;
            refused(refusalText(*failure));
            return;
        }
        probe->profile = std::get<AdvisorProfile>(result);
        accepted(probe);
    });
}

// Only after the server accepted the certificate: the passphrase into the keychain, then the file into the data
// folder. If the keychain refuses, nothing changes and the advisor can unlock it and press OK again.
void ClientApplication::keep(const QString &p12File, const QString &passphrase, std::shared_ptr<Probe> probe)
{
    m_credentials->writePassphrase(keychainAccount, passphrase, [this, p12File, probe](bool ok, const QString &message) {
        QString error = message;
        const auto stored = ok ? AdvisorIdentity::storePkcs12(p12File, dataDirectory(), &error) : std::nullopt;
        if (!stored) {
            showSetup(error, p12File, probe->apiUrl.toString());
            return;
        }
        m_settings->setValue(certificateFileKey, *stored);
        m_settings->setValue(apiUrlKey, probe->apiUrl.toString());
        m_settings->sync();
        openWorkstation(probe);
    });
}

void ClientApplication::showSetup(const QString &message, const QString &certificateFile, const QString &apiUrl)
{
    if (!m_setup) {
        m_setup = new SetupDialog(window());
        m_setup->setValues(certificateFile, apiUrl);
        connect(m_setup, &SetupDialog::submitted, this, [this] {
            importAndStart(m_setup->certificateFile(), m_setup->passphrase(), m_setup->apiUrl());
        });
        connect(m_setup, &QDialog::rejected, this, [this] {
            m_setup->deleteLater();
            if (!m_workstation)
                emit setupCancelled();
        });
    }
    if (!message.isEmpty())
        qCInfo(lcClient) << "setup:" << message;
    m_setup->showError(message);
    m_setup->show();
    m_setup->raise();
    m_setup->activateWindow();
    emit status(QStringLiteral("setup"), message);
}

void ClientApplication::openWorkstation(std::shared_ptr<Probe> probe)
{
    auto next = std::make_unique<Workstation>();
    Workstation &w = *next;
    w.connection = probe;
    w.inquiries = std::make_unique<InquiryModel>(m_clock, OpenDurationPolicy());
    w.thread = std::make_unique<OpenThread>(probe->api.get(), w.inquiries.get());
    w.sync = std::make_unique<SyncEngine>(probe->api.get(), w.inquiries.get(), SyncEngine::Timing{});
    w.absences = std::make_unique<TeamAbsences>(probe->api.get(), m_clock);
    w.window = std::make_unique<MainWindow>(w.inquiries.get(), w.thread.get(), w.absences.get(), m_clock);
    w.window->setAccount(probe->account());
    // Asked every five minutes and after each action; deleted inquiries leave the queue through the feed.
    w.deletions = std::make_unique<DeletionQueue>(probe->api.get(), m_clock);
    w.deletions->nameInquiriesFrom(w.inquiries.get());
    w.window->setDeletions(w.deletions.get());
    w.deletions->start();
    w.reports = std::make_unique<ReportService>(probe->api.get(), m_clock);
    w.window->setReports(w.reports.get());
    connect(w.sync.get(), &SyncEngine::stateChanged, this, [this, &w](SyncEngine::State state) { reportSync(w, state); });
    // Levels count in the company's calendar: asked for whenever the sync is (again) live, and every half hour.
    // The reports count days in the calendar's time zone too.
    const auto fetchCalendar = [api = probe->api.get(), inquiries = QPointer<InquiryModel>(w.inquiries.get()),
                                reports = QPointer<ReportService>(w.reports.get())] {
        api->calendar([inquiries, reports](const ApiResult<WorkingCalendar> &result) {
            const auto *calendar = std::get_if<WorkingCalendar>(&result);
            if (calendar && inquiries)
                inquiries->setCalendar(*calendar);
            if (calendar && reports)
                reports->setTimeZone(calendar->timeZone());
        });
    };
    connect(w.sync.get(), &SyncEngine::stateChanged, this, [fetchCalendar](SyncEngine::State state) {
        if (state == SyncEngine::State::Live)
            fetchCalendar();
    });
    connect(&w.calendarRefresh, &QTimer::timeout, this, fetchCalendar);
    w.calendarRefresh.start(30 * 60 * 1000);
    connect(w.sync.get(), &SyncEngine::batchApplied, this, [this, &w] { reportSync(w, w.sync->state()); });
    connect(w.sync.get(), &SyncEngine::failed, w.window.get(), &MainWindow::setConnectionText);
    connect(w.window.get(), &MainWindow::importCertificateRequested, this, [this] {
        showSetup({}, QString(), m_settings->value(apiUrlKey).toString());
    });
    connect(w.window.get(), &MainWindow::switchServerRequested, this, &ClientApplication::switchServer);
    connect(w.window.get(), &MainWindow::signOutRequested, this, &ClientApplication::signOut);
    if (!probe->profile) {
        probe->api->me([this, window = QPointer<MainWindow>(w.window.get()), probe](const ApiResult<AdvisorProfile> &result) {
            if (const auto *profile = std::get_if<AdvisorProfile>(&result))
                probe->profile = *profile;
            if (window && probe->profile)
                window->setAccount(probe->account());
        });
    }
    // As large as its three panes want, but never larger than the screen it opens on (a 1366 x 768 laptop).
    w.window->resize(w.window->size().boundedTo(w.window->screen()->availableGeometry().size() * 0.95)
                         .expandedTo(w.window->minimumSizeHint()));
    w.window->show();
    // The new window is up before the old one and the dialog go, so the application never sees its last window close.
    if (m_setup) {
        m_setup->hide();
        m_setup->deleteLater();
    }
    QTimer::singleShot(0, this, [previous = std::shared_ptr<Workstation>(std::move(m_workstation))] {});
    m_workstation = std::move(next);
    emit status(QStringLiteral("open"), probe->identity.login());
    m_workstation->sync->start();
}

void ClientApplication::reportSync(Workstation &w, SyncEngine::State state)
{
    const int waiting = waitingCount(*w.inquiries);
    switch (state) {
    case SyncEngine::State::Live:
        w.window->setConnectionText(tr("Up to date"));
        if (w.showsRefusal)
            w.window->showProblem({}); // only the sync's own notice: another one (a failed switch) stays
        w.showsRefusal = false;
        break;
    case SyncEngine::State::Syncing:
        w.window->setConnectionText(tr("Synchronising… (%1 inquiries so far)").arg(QLocale().toString(w.inquiries->rowCount())));
        break;
    case SyncEngine::State::Offline:
        break; // SyncEngine::failed says why; it retries by itself
    case SyncEngine::State::Refused:
        w.window->setConnectionText(tr("Certificate refused"));
        w.window->showProblem(tr("The server refused your certificate, so the queue is not updated. Ask your administrator for a new "
                                 "certificate, then choose Account \u2192 Import new certificate."));
        w.showsRefusal = true;
        break;
    case SyncEngine::State::Stopped:
        break;
    }
    emit status(QStringLiteral("sync"), QStringLiteral("state=%1 inquiries=%2 waiting=%3")
                                            .arg(QString::fromLatin1(QMetaEnum::fromType<SyncEngine::State>().valueToKey(int(state))).toLower())
                                            .arg(w.inquiries->rowCount())
                                            .arg(waiting));
}

void ClientApplication::switchServer(const QUrl &apiUrl)
{
    QString error;
    const auto url = serverUrl(apiUrl.toString(), &error);
    if (!url) {
        window()->showProblem(error);
        return;
    }
    emit status(QStringLiteral("checking"), url->toString());
    check(m_workstation->connection->identity, *url, [this](std::shared_ptr<Probe> probe) {
        m_settings->setValue(apiUrlKey, probe->apiUrl.toString());
        openWorkstation(probe);
    }, [this](const QString &message) {
        if (window())
            window()->showProblem(tr("Could not switch the server: %1").arg(message));
    });
}

// Forgets the passphrase and the copied certificate; the server address stays, as it is no secret.
void ClientApplication::signOut()
{
    const QString file = m_settings->value(certificateFileKey).toString();
    m_credentials->deletePassphrase(keychainAccount, [this, file](bool ok, const QString &message) {
        if (!file.isEmpty())
            QFile::remove(file);
        m_settings->remove(certificateFileKey);
        m_settings->sync();
        const QString url = m_settings->value(apiUrlKey).toString();
        if (m_setup)
            m_setup->deleteLater();
        m_setup = nullptr;
        auto previous = std::shared_ptr<Workstation>(std::move(m_workstation));
        showSetup(ok ? tr("You have signed out. The certificate and its passphrase were removed from this computer.")
                     : tr("You have signed out, but the keychain entry could not be removed: %1").arg(message), {}, url);
        previous->window->hide();
        QTimer::singleShot(0, this, [previous] {});
    });
}

} // namespace confidant::client
