#include "AdvisorAccount.h"

#include <QLocale>

namespace confidant::client {

QString AdvisorAccount::expiryWarning(const QDateTime &now) const
{
    if (!certificateExpires.isValid())
        return {};
    const QString date = QLocale().toString(certificateExpires.toLocalTime().date(), QLocale::LongFormat);
    if (now >= certificateExpires)
        return tr("Your certificate expired on %1. Ask your administrator for a new one, then choose Account \u2192 Import new certificate.").arg(date);
    const qint64 days = daysLeft(now);
    if (days > warningDays)
        return {};
    // Spelled out instead of "%n day(s)": without an English catalogue Qt would show the "(s)".
    const QString when = days == 0 ? tr("today") : days == 1 ? tr("tomorrow") : tr("in %1 days").arg(days);
    return tr("Your certificate expires on %1 (%2). Ask your administrator for a new one in good time, "
              "then choose Account \u2192 Import new certificate.").arg(date, when);
}

} // namespace confidant::client
