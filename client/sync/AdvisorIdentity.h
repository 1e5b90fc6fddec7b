#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <optional>

namespace confidant::client {

// The advisor's certificate, key and company CA, as read from the PKCS#12 file the administrator issued.
struct AdvisorIdentity {
    QSslCertificate certificate;
    QSslKey key;
    QList<QSslCertificate> companyCa; // the only certificates trusted for the server

    QString login() const { return certificate.subjectInfo(QSslCertificate::CommonName).value(0); }

    // nullopt with an explanation for a wrong passphrase, an unreadable file or a file without a CA.
    static std::optional<AdvisorIdentity> fromPkcs12(const QByteArray &pkcs12, const QString &passphrase, QString *error);
    // Copies the file into the application's data folder (owner-only) and returns the stored path.
    static std::optional<QString> storePkcs12(const QString &sourceFile, const QString &dataDirectory, QString *error);
};

class AdvisorIdentityText {
    Q_DECLARE_TR_FUNCTIONS(AdvisorIdentity)
    friend struct AdvisorIdentity;
};

} // namespace confidant::client
