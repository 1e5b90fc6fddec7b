#pragma once

#include "app/ServerConfig.h"

#include <QString>

namespace confidant::server {

class SystemAccount;

// Started as root (to listen on ports below 1024 and read keys only root may read), the server goes on as a system
// account (ServerConfig::runAs, `confidant` by default), for good: setgroups, setgid, setuid. Before that it hands
// the account what it still writes: the private cluster's directory and the key ring's folder (rewritten at each
// rotation). The server key and the CA certificate stay root's: they were read already. Without the account it
// does not go on at all. Not root, or on a system without POSIX accounts: nothing happens.
class PrivilegeDrop {
public:
    static bool leaveRoot(const ServerConfig &config, QString *error);

private:
    static bool handOverCluster(const ServerConfig &config, const SystemAccount &account, QString *error);
    static bool handOverKeyRing(const ServerConfig &config, const SystemAccount &account, QString *error);
};

} // namespace confidant::server
