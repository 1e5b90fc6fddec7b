#include "app/ServerApplication.h"
#include "time/ProcessTimeZone.h"
#include "app/ServerConfig.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2];

// SIGINT/SIGTERM only write a byte; the event loop then shuts down cleanly (listeners, then the private cluster).
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    confidant::pinProcessTimeZone();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("confidant-server"));
    // Debug output per request is for developers; QT_LOGGING_RULES=confidant.*.debug=true turns it on.
    QLoggingCategory::setFilterRules(QStringLiteral("confidant.*.debug=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QString error;
    const auto config = confidant::server::ServerConfig::fromArguments(app.arguments(), &error);
    if (!config) {
        err << error << Qt::endl;
        return app.arguments().contains(QStringLiteral("--help")) ? 0 : 2;
    }
    ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe);
    QSocketNotifier shutdown(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&shutdown, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    confidant::SystemClock clock;
    confidant::server::ServerApplication server(*config, clock);
    if (!server.start(&error)) {
        err << "confidant-server: " << error << Qt::endl;
        return 1;
    }
    out << "CUSTOMER_URL=" << server.customerUrl().toString() << Qt::endl;
    out << "API_URL=" << server.apiUrl().toString() << Qt::endl;
    out << "SERVER_READY" << Qt::endl;
    return app.exec();
}
