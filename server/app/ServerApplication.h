#pragma once

#include "app/ServerConfig.h"
#include "http/HttpServer.h"
#include "http/Router.h"
#include "pki/PasswordHasher.h"
#include "time/Clock.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace confidant::server {

class AdvisorApi;
struct AdvisorServices;
class ChangeNotifier;
struct CustomerServices;
class CustomerPortal;
class Database;
class DatabaseWorkers;
class KeyRing;
class PostgresCluster;
class ServerMaintenance;
class MailComposer;
class MailDispatcher;
struct Stores;

// The composition root: creates the database connection (or private cluster), the stores once, the services over
// them, both listeners with their routes, and the maintenance timers.
class ServerApplication : public QObject {
    Q_OBJECT
public:
    ServerApplication(ServerConfig config, const Clock &clock, QObject *parent = nullptr);
    ~ServerApplication() override;

    bool start(QString *error);
    QUrl customerUrl() const;
    QUrl apiUrl() const;
    // For tests and monitoring: the customer pages (hashing queue, renderer).
    const CustomerPortal &customerPortal() const { return *m_portal; }
    // For tests: the threads that do the advisor API's and the maintenance's database work (a test holds one busy in
    // a slow query).
    DatabaseWorkers &databaseWorkers() { return *m_workers; }
    // For tests: the threads that do the customer pages' database work, apart from the advisors'.
    DatabaseWorkers &customerWorkers() { return *m_customerWorkers; }
    // For tests: the threads that build reports, apart from the others.
    DatabaseWorkers &reportWorkers() { return *m_reportWorkers; }
    Database &database() { return *m_database; }

private:
    bool loadKeyRing(QString *error);
    bool openDatabase(QString *error);
    void buildServices();
    void startMail();
    bool loadTls(QString *error);
    bool listen(QString *error);

    ServerConfig m_config;
    const Clock &m_clock;
    PasswordHasher m_hasher;
    std::unique_ptr<PostgresCluster> m_cluster;
    std::shared_ptr<KeyRing> m_keyRing;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DatabaseWorkers> m_workers;
    std::unique_ptr<DatabaseWorkers> m_reportWorkers;
    std::unique_ptr<DatabaseWorkers> m_customerWorkers;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<Stores> m_stores;
    std::unique_ptr<CustomerServices> m_customerServices;
    std::unique_ptr<AdvisorServices> m_advisorServices;
    std::unique_ptr<CustomerPortal> m_portal;
    std::unique_ptr<AdvisorApi> m_api;
    std::unique_ptr<ServerMaintenance> m_maintenance;
    std::unique_ptr<MailComposer> m_mailComposer;
    std::unique_ptr<MailDispatcher> m_mail;
    Router m_webRoutes;
    Router m_apiRoutes;
    TlsSettings m_webTls;
    TlsSettings m_apiTls;
    QString m_company; // the organisation of the company CA, for reports
    std::unique_ptr<HttpServer> m_webServer;
    std::unique_ptr<HttpServer> m_apiServer;
};

} // namespace confidant::server
