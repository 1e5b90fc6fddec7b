#include "web/LocalTimeFormatter.h"

#include <QLocale>

namespace confidant::server {

LocalTimeFormatter::LocalTimeFormatter(QTimeZone zone) : m_zone(std::move(zone)) {}

QString LocalTimeFormatter::format(const QDateTime &time, const QString &language) const
{
    const bool german = language == QLatin1String("de");
    const QLocale locale(german ? QLocale::German : QLocale::English);
    const QDateTime local = time.toTimeZone(m_zone);
    return locale.toString(local, german ? QStringLiteral("dd.MM.yyyy, HH:mm") : QStringLiteral("d MMM yyyy, HH:mm"))
        + QLatin1Char(' ') + m_zone.abbreviation(local);
}

} // namespace confidant::server
