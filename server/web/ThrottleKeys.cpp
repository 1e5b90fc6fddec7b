#include "web/ThrottleKeys.h"

#include "validation/Validation.h"

#include <QCryptographicHash>

namespace confidant::server {

QByteArray ThrottleKeys::ofAddress(const QHostAddress &address)
{
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4); // also unwraps ::ffff:a.b.c.d
    if (isIpv4) {
        QByteArray key(4, '\0');
        for (int i = 0; i < 4; ++i)
            key[i] = char((ipv4 >> (24 - 8 * i)) & 0xff);
        return key;
    }
    const Q_IPV6ADDR ipv6 = address.toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(ipv6.c), 8);
}

QByteArray ThrottleKeys::ofAccount(QStringView account)
{
    // A little more than the longest address, so surrounding spaces do not matter; what is longer is no address.
    const QString bounded = account.trimmed().left(validation::EmailMaxLength + 8).toString();
    return QCryptographicHash::hash(validation::normalisedEmail(bounded).toUtf8(), QCryptographicHash::Sha256);
}

} // namespace confidant::server
