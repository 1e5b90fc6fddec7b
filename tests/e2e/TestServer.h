#pragma once

#include "HttpsClient.h"
#include "app/ServerConfig.h"

#include <memory>

namespace confidant::server {
class ServerApplication;
}

namespace confidant::testing {

class TestPki;
class TestPostgres;

// What every end-to-end test's server shares: the test database and PKI, on free loopback ports.
server::ServerConfig testServerConfig(const TestPostgres &pg, const TestPki &pki, server::PasswordHasher::Cost cost = server::PasswordHasher::Cost::Minimal);
// A client of the server's advisor API presenting the PKI's advisor certificate.
std::unique_ptr<HttpsClient> advisorClient(const server::ServerApplication &server, const TestPki &pki);

} // namespace confidant::testing
