#include "app/ServerMain.h"
#include "time/ProcessTimeZone.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    confidant::pinProcessTimeZone();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("confidant-server"));
    return confidant::server::runServer(app);
}
