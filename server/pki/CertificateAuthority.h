#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QStringList>
#include <memory>
#include <optional>

namespace confidant::server {

// A certificate and its private key in PEM, as issued by the company CA.
struct IssuedCertificate {
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    QSslCertificate certificate() const { return QSslCertificate(certificatePem, QSsl::Pem); }
};

// The company's own CA (OpenSSL 3): EC P-256 keys, SHA-256 signatures, random 128-bit serials. It signs the
// server certificate and one client certificate per advisor; advisors are identified by that certificate.
class CertificateAuthority {
public:
    ~CertificateAuthority();
    CertificateAuthority(CertificateAuthority &&) noexcept;
    CertificateAuthority &operator=(CertificateAuthority &&) noexcept;

    static std::optional<CertificateAuthority> create(const QString &organisation, const QDateTime &now, QString *error);
    static std::optional<CertificateAuthority> load(const QByteArray &certificatePem, const QByteArray &privateKeyPem,
                                                    const QByteArray &passphrase, QString *error);

    QByteArray certificatePem() const;
    // Encrypted with AES-256 when a passphrase is given.
    QByteArray privateKeyPem(const QByteArray &passphrase = {}) const;
    QSslCertificate certificate() const { return QSslCertificate(certificatePem(), QSsl::Pem); }

    std::optional<IssuedCertificate> issueServerCertificate(const QStringList &dnsNames, const QList<QHostAddress> &addresses,
                                                            const QDateTime &now, QString *error) const;
    std::optional<IssuedCertificate> issueClientCertificate(const QString &login, const QDateTime &now, QString *error) const;

    // Key, certificate and this CA's certificate in one PKCS#12 file protected by `passphrase`.
    std::optional<QByteArray> exportPkcs12(const IssuedCertificate &issued, const QByteArray &passphrase,
                                           const QString &friendlyName, QString *error) const;

private:
    struct Keys;
    explicit CertificateAuthority(std::unique_ptr<Keys> keys);
    std::unique_ptr<Keys> m_keys;
};

// Lower-case hex SHA-256 of the certificate's DER: how the server recognises an advisor's certificate.
QString certificateFingerprint(const QSslCertificate &certificate);

} // namespace confidant::server
