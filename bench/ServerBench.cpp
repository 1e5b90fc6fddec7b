// confidant-server as it ships (runServer), plus two commands on stdin: "hold SECONDS" (bench/advice_loop) puts a
// read-only query that runs that long (pg_sleep) on one of the server's database workers, holding its pool
// connection, as a report would; "sweep" (bench/retention_sweep) posts the deletion sweep to the workers as the
// server's five-minute timer does, and prints SWEEP_STARTED when a worker takes it and SWEEP_DONE with what it
// deleted and its time. Never installed, never used by tests.
#include "app/ServerApplication.h"
#include "app/ServerMain.h"
#include "store/Database.h"
#include "store/DeletionStore.h"
#include "store/DatabaseWorkers.h"
#include "time/ProcessTimeZone.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QSqlQuery>

#include <cstdio>
#include <cstring>
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

// The same call the timer makes (ServerMaintenance::sweepDeletions), on the wall clock; the lines go to stdout at once.
void sweepNow(ServerApplication &server)
{
    server.databaseWorkers().post([&database = server.database()] {
        std::printf("SWEEP_STARTED\n");
        std::fflush(stdout);
        QElapsedTimer timer;
        timer.start();
        const auto deleted = confidant::server::DeletionStore(database).sweep(QDateTime::currentDateTimeUtc());
        std::printf("SWEEP_DONE inquiries=%d accounts=%d ms=%lld\n", deleted.inquiries, deleted.accounts, timer.elapsed());
        std::fflush(stdout);
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
        else if (std::strncmp(line, "sweep", 5) == 0)
            sweepNow(server);
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
