#include "app/ServerApplication.h"

#include "api/AdvisorApi.h"
#include "crypto/KeyRing.h"
#include "store/ChangeNotifier.h"
#include "store/Database.h"
#include "store/DatabaseWorkers.h"
#include "store/KeyRotation.h"
#include "store/PlaintextSealing.h"
#include "store/StoreLog.h"
#include "store/PostgresCluster.h"
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
    // hashes hand their continuations to the workers, which finish every queued job before the services go.
    // The cluster last.
    m_webServer.reset();
    m_apiServer.reset();
    if (m_portal)
        m_portal->finishHashing();
    if (m_workers)
        m_workers->stop();
    if (m_reportWorkers)
        m_reportWorkers->stop();
    m_api.reset();
    m_portal.reset();
    m_notifier.reset();
    m_database.reset();
    m_cluster.reset();
}

bool ServerApplication::start(QString *error)
{
    if (!loadTls(error) || !loadKeyRing(error) || !openDatabase(error))
        return false;
    m_notifier = std::make_unique<ChangeNotifier>(connectionName(this, "notifier"));
    DatabaseConfig databaseConfig = m_cluster ? m_cluster->config() : *DatabaseConfig::fromUrl(QUrl(m_config.databaseUrl));
    if (!m_notifier->start(databaseConfig, error))
        return false;
    CustomerPortalSettings portalSettings;
    portalSettings.timeZone = m_config.timeZone;
    m_workers = std::make_unique<DatabaseWorkers>(*m_database, m_config.databaseConnections);
    m_portal = std::make_unique<CustomerPortal>(*m_database, m_clock, m_hasher, m_workers->executor(), portalSettings);
    m_portal->registerRoutes(m_webRoutes);
    m_webRoutes.setExecutor(m_workers->executor());
    m_reportWorkers = std::make_unique<DatabaseWorkers>(*m_database, m_config.reportConnections);
    AdvisorApiSettings apiSettings;
    apiSettings.company = m_company;
    apiSettings.reportWorkers = m_reportWorkers->executor();
    m_api = std::make_unique<AdvisorApi>(*m_database, m_clock, *m_notifier, m_workers->executor(), std::move(apiSettings));
    m_api->registerRoutes(m_apiRoutes);
    m_apiRoutes.setExecutor(m_workers->executor());
    // Ended sessions are useless but still name a customer: delete them rather than let them pile up.
    connect(&m_sessionPurge, &QTimer::timeout, this, [this] {
        m_workers->post([this] {
            m_portal->purgeEndedSessions();
            m_api->forgetOldReplyKeys();
        });
    });
    m_sessionPurge.start(std::chrono::minutes(15));
    // Absences end at any minute; inquiries held for the advisor go back to them within one.
    connect(&m_absenceSweep, &QTimer::timeout, this, [this] { m_workers->post([this] { m_api->returnHeldInquiries(); }); });
    m_absenceSweep.start(std::chrono::minutes(1));
    // Rotation is what makes a deleted inquiry unreadable in older backups; the clock decides when it is due, the
    // timer only looks.
    if (m_config.keyRotationHours > 0) {
        connect(&m_keyRotation, &QTimer::timeout, this, &ServerApplication::rotateKeysWhenDue);
        m_keyRotation.start(std::chrono::minutes(10));
    }
    // Deadlines are days long; five minutes late is within any grace period. The sweep reads the injected clock.
    connect(&m_deletionSweep, &QTimer::timeout, this, [this] { m_workers->post([this] { m_api->sweepDeletions(); }); });
    m_deletionSweep.start(std::chrono::minutes(5));
    return listen(error);
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
    m_keyRing = KeyRing::load(m_config.keyRingFile, error);
    return m_keyRing != nullptr;
}

void ServerApplication::rotateKeysWhenDue()
{
    m_workers->post([this] {
        KeyRotation rotation(*m_database);
        // After a deletion within the hour, so deleted texts leave older dumps soon; otherwise at the configured age.
        if (!rotation.isDue(m_clock.now(), std::chrono::hours(m_config.keyRotationHours), std::chrono::minutes(60)))
            return;
        QString error;
        if (!rotation.rotate(m_clock.now(), &error))
            qCWarning(lcStore) << "the periodic key rotation did not finish:" << error;
    });
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
    return m_database->open(config, error) && m_database->migrate(error) && PlaintextSealing(*m_database).run(error);
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
