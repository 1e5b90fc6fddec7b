#pragma once

#include <functional>

class QCoreApplication;

namespace confidant::server {

class ServerApplication;

// What confidant-server does after main() made the application object: reads the command line, starts the server,
// prints CUSTOMER_URL, API_URL and SERVER_READY, runs until SIGINT/SIGTERM. `started` runs once the server is up
// (the benchmark's server adds a command there). Returns the process's exit code.
int runServer(QCoreApplication &app, const std::function<void(ServerApplication &)> &started = {});

} // namespace confidant::server
