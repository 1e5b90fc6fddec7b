#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QStringView>

namespace confidant::server {

// What the sign-in throttle counts by. Bounded in size whatever a visitor sends, so its tables cannot be
// inflated by long fields, and equal for everything one person controls as one.
class ThrottleKeys {
public:
    // IPv4 (an IPv4-mapped IPv6 address too) as its four bytes; IPv6 by its /64 prefix: one customer line
    // usually gets a whole /64 and can pick any address in it.
    static QByteArray ofAddress(const QHostAddress &address);
    // SHA-256 of the address as the accounts store it (validation::normalisedEmail), cut to the longest e-mail
    // address first: "Anna@Example.de " and a decomposed "ä" count as the account they name.
    static QByteArray ofAccount(QStringView account);
};

} // namespace confidant::server
