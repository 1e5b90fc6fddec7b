#pragma once

#include "admin/AdminSession.h"

#include <QStringList>

namespace confidant {
class Clock;
}

namespace confidant::server {

// What confidant-admin does with its command line: reads the global options (--data-dir, --database-url,
// --key-ring, --help), finds the command in its table, reads that command's own options and runs it against the
// installation. Returns the exit code: 0 done, 1 failed (message on stderr), 2 misuse.
class AdminCommandLine {
public:
    AdminCommandLine(const AdminStreams &streams, const Clock &clock);

    // `arguments` as QCoreApplication::arguments() has them: the program's name first.
    int run(const QStringList &arguments);

private:
    int runCommand(const Installation &installation, const QString &command, const QStringList &arguments);

    AdminStreams m_streams;
    const Clock &m_clock;
};

} // namespace confidant::server
