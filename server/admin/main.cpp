#include "admin/AdminCommandLine.h"
#include "time/Clock.h"
#include "time/ProcessTimeZone.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>

int main(int argc, char *argv[])
{
    confidant::pinProcessTimeZone();
    QCoreApplication app(argc, argv);
    // Debug output per request is for developers; QT_LOGGING_RULES=confidant.*.debug=true turns it on.
    QLoggingCategory::setFilterRules(QStringLiteral("confidant.*.debug=false"));
    QFile input;
    input.open(stdin, QIODevice::ReadOnly); // passphrases, and set-calendar's "-"
    QTextStream out(stdout);
    QTextStream err(stderr);
    const confidant::SystemClock clock;
    confidant::server::AdminCommandLine commandLine({input, out, err}, clock);
    return commandLine.run(app.arguments());
}
