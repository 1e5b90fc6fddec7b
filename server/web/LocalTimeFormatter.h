#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace confidant::server {

// Times on the customer pages, in the server's configured time zone (ServerConfig --time-zone) with the zone's
// abbreviation, so "10:15 CET" and "10:15 CEST" cannot be mistaken: "26.11.2026, 10:15 CET" (de),
// "26 Nov 2026, 10:15 CET" (en). The customer's own zone is unknown to pages without JavaScript.
class LocalTimeFormatter {
public:
    explicit LocalTimeFormatter(QTimeZone zone);

    QString format(const QDateTime &time, const QString &language) const;
    const QTimeZone &zone() const { return m_zone; }

private:
    QTimeZone m_zone;
};

} // namespace confidant::server
