#include "BenchIdentity.h"

#include <QFile>

std::optional<confidant::client::AdvisorIdentity> benchIdentity(const QString &p12File, const QString &passphrase)
{
    QFile p12(p12File);
    if (!p12.open(QIODevice::ReadOnly)) {
        qCritical("cannot read %s", qPrintable(p12File));
        return std::nullopt;
    }
    QString error;
    auto identity = confidant::client::AdvisorIdentity::fromPkcs12(p12.readAll(), passphrase, &error);
    if (!identity)
        qCritical("%s", qPrintable(error));
    return identity;
}
