#include "time/ProcessTimeZone.h"

#include <QFileInfo>
#include <QtGlobal>

#include <ctime>

namespace confidant {

void pinProcessTimeZone()
{
    if (qEnvironmentVariableIsSet("TZ") || !QFileInfo::exists(QStringLiteral("/etc/localtime")))
        return;
    qputenv("TZ", ":/etc/localtime");
    tzset();
}

} // namespace confidant
