#include "app/ServerApplication.h"

#include "api/AdvisorApi.h"
#include "app/PrivilegeDrop.h"
#include "app/ServerMaintenance.h"
#include "mail/MailComposer.h"
#include "mail/MailDispatcher.h"
#include "mail/MailLog.h"
#include "crypto/KeyRing.h"
#include "service/AdvisorServices.h"
#include "service/CustomerServices.h"
#include "store/ChangeNotifier.h"
#include "store/Database.h"
#include "store/DatabaseWorkers.h"
#include "store/KeyRingOwnerScope.h"
#include "store/PlaintextSealing.h"
#include "store/RowBoundSealing.h"
#include "store/PostgresCluster.h"
#include "store/Stores.h"
#include "web/CustomerPortal.h"

#include <QFile>

namespace confidant::server {
namespace {

QByteArray readFile(const QString &path, const char *what, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the %1 %2 (create it with confidant-admin init-ca and server-cert)")
                     .arg(QLatin1String(what), path);
        return {};
    }
    return file.readAll();
}

// Qt's database connections are named process-wide; each application instance needs names of its own.
QString connectionName(const void *instance, const char *purpose)
{
    return QStringLiteral("confidant-%1-%2").arg(QLatin1String(purpose)).arg(quintptr(instance), 0, 16);
}

QString hostForUrl(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                                                                : address.toString();
}

} // namespace

ServerApplication::ServerApplication(ServerConfig config, const Clock &clock, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_clock(clock), m_hasher(m_config.passwordCost)
{
}

ServerApplication::~ServerApplication()
{
    // Listeners first, so no request reaches a service that is being torn down. Then the work in flight ends:
    // hashes hand their continuations to the customer workers, which finish every queued job before the services go.
    // The cluster last.
    m_webServer.reset();
    m_apiServer.reset();
    if (m_portal)
        m_portal->finishHashing();
    if (m_customerWorkers)
        m_customerWorkers->stop();
    if (m_workers)
        m_workers->stop();
    if (m_reportWorkers)
        m_reportWorkers->stop();
    m_mail.reset(); // its thread ends before the database goes
    m_mailComposer.reset();
    m_maintenance.reset();
    m_api.reset();
    m_portal.reset();
    m_advisorServices.reset();
    m_customerServices.reset();
    m_stores.reset();
    m_notifier.reset();
    m_database.reset();
    m_cluster.reset();
}

bool ServerApplication::start(QString *error)
{
    // Root is needed for the ports and keys only: listening comes before the database, and the database work is done
    // as the system account (PrivilegeDrop). No request is read before exec(), so the routes may come after.
    if (!loadTls(error) || !loadKeyRing(error) || !listen(error) || !PrivilegeDrop::leaveRoot(m_config, error) || !openDatabase(error))
        return false;
    m_notifier = std::make_unique<ChangeNotifier>(connectionName(this, "notifier"));
    DatabaseConfig databaseConfig = m_cluster ? m_cluster->config() : *DatabaseConfig::fromUrl(QUrl(m_config.databaseUrl));
    if (!m_notifier->start(databaseConfig, error))
        return false;
    buildServices();
    return true;
}

void ServerApplication::buildServices()
{
    m_workers = std::make_unique<DatabaseWorkers>(*m_database, m_config.databaseConnections);
    m_reportWorkers = std::make_unique<DatabaseWorkers>(*m_database, m_config.reportConnections);
    m_customerWorkers = std::make_unique<DatabaseWorkers>(*m_database, m_config.customerConnections);
    m_stores = std::make_unique<Stores>(*m_database);
    m_customerServices = std::make_unique<CustomerServices>(*m_stores, m_clock, m_hasher, m_config.mailboxLimits, m_config.serviceName);
    m_advisorServices = std::make_unique<AdvisorServices>(*m_stores, m_clock, m_company);
    CustomerPortalSettings portalSettings;
    portalSettings.timeZone = m_config.timeZone;
    portalSettings.requireTwoFactor = m_config.requireTwoFactor;
    portalSettings.allowPseudonyms = m_config.allowPseudonyms;
    portalSettings.pageSizes = m_config.pageSizes;
    // The customer pages, their password continuations and their exports' chunks run on a pool of their own.
    m_portal = std::make_unique<CustomerPortal>(*m_customerServices, m_stores->sessions, m_clock, m_customerWorkers->executor(), portalSettings);
    m_portal->registerRoutes(m_webRoutes);
    m_webRoutes.setExecutor(m_customerWorkers->executor());
    AdvisorApiSettings apiSettings;
    apiSettings.reportWorkers = m_reportWorkers->executor();
    m_api = std::make_unique<AdvisorApi>(*m_advisorServices, m_stores->advisors, m_clock, *m_notifier, m_workers->executor(), apiSettings);
    m_api->registerRoutes(m_apiRoutes);
    m_apiRoutes.setExecutor(m_workers->executor());
    m_maintenance = std::make_unique<ServerMaintenance>(
        ServerMaintenance::Jobs{*m_portal, m_stores->messages, m_advisorServices->absences, m_advisorServices->deletions, *m_database,
                              m_customerServices->accounts}, m_clock,
        m_workers->executor(), m_config.keyRotationHours);
    m_maintenance->start();
    startMail();
}

// Mail goes out on a thread of its own; without a relay the notices wait in the outbox, and the log says so once.
void ServerApplication::startMail()
{
    if (!m_config.smtp) {
        qCWarning(lcMail) << "no --smtp-url: notices to customers wait in the outbox until a relay is configured";
        return;
    }
    m_mailComposer = std::make_unique<MailComposer>(m_config.smtp->from, m_config.publicUrl, m_clock);
    MailDispatcher::Timing timing;
    timing.interval = m_config.mailRound;
    m_mail = std::make_unique<MailDispatcher>(*m_database, *m_config.smtp, *m_mailComposer, m_clock, timing);
    m_mail->start();
    m_customerServices->accounts.onMailQueued([mail = m_mail.get()] { mail->wake(); });
}

bool ServerApplication::loadTls(QString *error)
{
    const QByteArray certificate = readFile(m_config.tlsCertificateFile, "server certificate", error);
    const QByteArray key = certificate.isEmpty() ? QByteArray() : readFile(m_config.tlsKeyFile, "server key", error);
    const QByteArray ca = key.isEmpty() ? QByteArray() : readFile(m_config.clientCaFile, "company CA certificate", error);
    if (ca.isEmpty())
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificate, QSsl::Pem);
    QSslKey privateKey(key, QSsl::Ec, QSsl::Pem);
    if (privateKey.isNull())
        privateKey = QSslKey(key, QSsl::Rsa, QSsl::Pem);
    const QList<QSslCertificate> caCertificates = QSslCertificate::fromData(ca, QSsl::Pem);
    if (chain.isEmpty() || privateKey.isNull() || caCertificates.isEmpty()) {
        *error = QStringLiteral("the server certificate, key or CA file is not valid PEM");
        return false;
    }
    m_webTls = TlsSettings{chain.first(), chain.mid(1), privateKey, {}, TlsPolicy()};
    m_apiTls = TlsSettings{chain.first(), chain.mid(1), privateKey, caCertificates, TlsPolicy()};
    m_company = caCertificates.first().subjectInfo(QSslCertificate::Organization).join(QStringLiteral(", "));
    return true;
}

// Without its key ring the server could neither read nor write a text: it does not start.
bool ServerApplication::loadKeyRing(QString *error)
{
    const KeyRingOwnerScope owner(m_config.keyRingFile); // handed to the system account at an earlier start
    m_keyRing = KeyRing::load(m_config.keyRingFile, error);
    return m_keyRing != nullptr;
}

bool ServerApplication::openDatabase(QString *error)
{
    DatabaseConfig config;
    if (m_config.databaseUrl.isEmpty()) {
        m_cluster = std::make_unique<PostgresCluster>(m_config.dataDirectory + QStringLiteral("/postgres"), QStringLiteral("confidant"),
                                                      PostgresCluster::WhenRunning::Adopt);
        if (!m_cluster->start(error))
            return false;
        config = m_cluster->config();
    } else {
        const auto parsed = DatabaseConfig::fromUrl(QUrl(m_config.databaseUrl), error);
        if (!parsed)
            return false;
        config = *parsed;
    }
    m_database = std::make_unique<Database>(connectionName(this, "main"));
    m_database->setKeyRing(m_keyRing);
    // Texts from before 0013 are sealed first: the pass after 0016 needs every inquiry's key.
    return m_database->open(config, error) && m_database->migrate(error) && PlaintextSealing(*m_database).run(error)
        && RowBoundSealing(*m_database).run(error);
}

bool ServerApplication::listen(QString *error)
{
    HttpLimits limits;
    limits.trustedProxies = m_config.trustedProxies;
    m_webServer = std::make_unique<HttpServer>(&m_webRoutes, limits, m_webTls);
    m_apiServer = std::make_unique<HttpServer>(&m_apiRoutes, limits, m_apiTls);
    if (!m_webServer->listen(m_config.web.address, m_config.web.port)) {
        *error = QStringLiteral("cannot listen for customers on %1:%2: %3").arg(m_config.web.address.toString()).arg(m_config.web.port).arg(m_webServer->errorString());
        return false;
    }
    if (!m_apiServer->listen(m_config.api.address, m_config.api.port)) {
        *error = QStringLiteral("cannot listen for advisors on %1:%2: %3").arg(m_config.api.address.toString()).arg(m_config.api.port).arg(m_apiServer->errorString());
        return false;
    }
    return true;
}

QUrl ServerApplication::customerUrl() const
{
    return QUrl(QStringLiteral("https://%1:%2/").arg(hostForUrl(m_config.web.address)).arg(m_webServer->serverPort()));
}

QUrl ServerApplication::apiUrl() const
{
    return QUrl(QStringLiteral("https://%1:%2/").arg(hostForUrl(m_config.api.address)).arg(m_apiServer->serverPort()));
}

} // namespace confidant::server
