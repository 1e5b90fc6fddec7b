#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

namespace confidant::testing {

// A throwaway company CA with a server certificate for localhost/127.0.0.1/::1, one advisor client certificate
// (also as PKCS#12 with `p12Passphrase`), and a foreign CA with a client certificate of its own.
class TestPki {
public:
    explicit TestPki(const QString &advisorLogin = QStringLiteral("m.mueller"));

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }

    QSslCertificate caCertificate;
    QSslCertificate serverCertificate;
    QSslKey serverKey;
    QSslCertificate advisorCertificate;
    QSslKey advisorKey;
    QSslCertificate foreignCertificate;
    QSslKey foreignKey;
    QByteArray p12Passphrase = "test-passphrase-123";

    QString directory() const { return m_dir.path(); }
    QString caCertificateFile() const;     // ca.pem
    QString serverCertificateFile() const; // server.pem
    QString serverKeyFile() const;         // server.key
    QString advisorP12File() const;        // advisor.p12

private:
    QTemporaryDir m_dir;
    bool m_valid = false;
    QString m_error;
};

} // namespace confidant::testing
