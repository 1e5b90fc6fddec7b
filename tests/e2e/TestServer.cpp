#include "TestServer.h"

#include "TestPki.h"
#include "TestPostgres.h"
#include "app/ServerApplication.h"

namespace confidant::testing {

server::ServerConfig testServerConfig(const TestPostgres &pg, const TestPki &pki, server::PasswordHasher::Cost cost)
{
    server::ServerConfig config;
    const server::DatabaseConfig db = pg.config();
    config.databaseUrl = QStringLiteral("postgresql://%1@/%2?host=%3").arg(db.userName, db.databaseName, db.host);
    config.web = {QHostAddress::LocalHost, 0};
    config.api = {QHostAddress::LocalHost, 0};
    config.tlsCertificateFile = pki.serverCertificateFile();
    config.tlsKeyFile = pki.serverKeyFile();
    config.clientCaFile = pki.caCertificateFile();
    config.keyRingFile = pg.keyRingFile();
    config.passwordCost = cost;
    return config;
}

std::unique_ptr<HttpsClient> advisorClient(const server::ServerApplication &server, const TestPki &pki)
{
    QUrl url = server.apiUrl();
    url.setHost(QStringLiteral("localhost"));
    return std::make_unique<HttpsClient>(url, pki.caCertificate, pki.advisorCertificate, pki.advisorKey);
}

} // namespace confidant::testing
