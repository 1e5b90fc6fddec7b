// confidant-server as it ships (runServer), plus one command on stdin for bench/advice_loop: "hold SECONDS" puts a
// read-only query that runs that long (pg_sleep) on one of the server's database workers, holding its pool
// connection, as a report would. Never installed, never used by tests.
#include "app/ServerApplication.h"
#include "app/ServerMain.h"
#include "store/Database.h"
#include "store/DatabaseWorkers.h"
#include "time/ProcessTimeZone.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QSqlQuery>

#include <unistd.h>

using confidant::server::ServerApplication;

namespace {

void holdAConnection(ServerApplication &server, double seconds)
{
    server.databaseWorkers().post([&database = server.database(), seconds] {
        QSqlQuery slow(database.connection());
        slow.exec(QStringLiteral("SELECT pg_sleep(%1)").arg(seconds));
    });
}

void readCommands(ServerApplication &server)
{
    auto *commands = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &server);
    QObject::connect(commands, &QSocketNotifier::activated, &server, [&server, commands] {
        char line[64] = {};
        const ssize_t length = ::read(STDIN_FILENO, line, sizeof line - 1);
        if (length <= 0) {
            commands->setEnabled(false); // stdin closed: no more commands
            return;
        }
        double seconds = 0;
        if (std::sscanf(line, "hold %lf", &seconds) == 1 && seconds > 0 && seconds <= 600)
            holdAConnection(server, seconds);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    confidant::pinProcessTimeZone();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("server_bench"));
    return confidant::server::runServer(app, readCommands);
}
