#include "time/Clock.h"

namespace confidant {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace confidant
