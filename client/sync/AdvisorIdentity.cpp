#include "AdvisorIdentity.h"

#include "files/PrivateFile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcIdentity, "confidant.identity")

namespace confidant::client {

std::optional<AdvisorIdentity> AdvisorIdentity::fromPkcs12(const QByteArray &pkcs12, const QString &passphrase, QString *error)
{
    QBuffer buffer;
    buffer.setData(pkcs12);
    buffer.open(QIODevice::ReadOnly);
    AdvisorIdentity identity;
    if (!QSslCertificate::importPkcs12(&buffer, &identity.key, &identity.certificate, &identity.companyCa, passphrase.toUtf8())) {
        *error = AdvisorIdentityText::tr("The certificate file could not be opened. Check the passphrase, or ask your administrator for a new file.");
        return std::nullopt;
    }
    if (identity.companyCa.isEmpty()) {
        *error = AdvisorIdentityText::tr("The certificate file does not contain the company's CA certificate. Ask your administrator for a new file.");
        return std::nullopt;
    }
    return identity;
}

std::optional<QString> AdvisorIdentity::storePkcs12(const QString &sourceFile, const QString &dataDirectory, QString *error)
{
    QFile source(sourceFile);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = AdvisorIdentityText::tr("Cannot read %1.").arg(sourceFile);
        return std::nullopt;
    }
    const QByteArray contents = source.readAll();
    QDir().mkpath(dataDirectory);
    const QString target = QDir(dataDirectory).filePath(QStringLiteral("advisor.p12"));
    // Owner-only from the first byte and whole or not at all: it holds the advisor's private key.
    QString reason;
    if (!PrivateFile::write(target, contents, &reason)) {
        qCWarning(lcIdentity) << reason;
        *error = AdvisorIdentityText::tr("Cannot store the certificate in %1.").arg(dataDirectory);
        return std::nullopt;
    }
    return target;
}

} // namespace confidant::client
