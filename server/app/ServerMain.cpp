#include "app/ServerMain.h"

#include "app/QuitOnSignals.h"
#include "app/ServerApplication.h"
#include "app/ServerConfig.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

namespace confidant::server {

int runServer(QCoreApplication &app, const std::function<void(ServerApplication &)> &started)
{
    // Debug output per request is for developers; QT_LOGGING_RULES=confidant.*.debug=true turns it on.
    QLoggingCategory::setFilterRules(QStringLiteral("confidant.*.debug=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QString error;
    const auto config = ServerConfig::fromArguments(app.arguments(), &error);
    if (!config) {
        err << error << Qt::endl;
        return app.arguments().contains(QStringLiteral("--help")) ? 0 : 2;
    }
    QuitOnSignals quitOnSignals;
    SystemClock clock;
    ServerApplication server(*config, clock);
    if (!server.start(&error)) {
        err << QCoreApplication::applicationName() << ": " << error << Qt::endl;
        return 1;
    }
    if (started)
        started(server);
    out << "CUSTOMER_URL=" << server.customerUrl().toString() << Qt::endl;
    out << "API_URL=" << server.apiUrl().toString() << Qt::endl;
    out << "SERVER_READY" << Qt::endl;
    return app.exec();
}

} // namespace confidant::server
