#include "TestPki.h"
#include "pki/CertificateAuthority.h"
#include "pki/PasswordHasher.h"

#include <QFile>
#include <QSslCertificateExtension>
#include <QTest>

#include <openssl/x509.h>

using namespace confidant::server;

class tst_CertificateAuthority : public QObject {
    Q_OBJECT
private slots:
    void serverCertificateVerifiesAgainstTheCa();
    void clientCertificatesVerifyOnlyAgainstTheirCa();
    void pkcs12RoundTripsThroughQt();
    void caKeyIsEncryptedAndReloads();
    void passwordsHashWithArgon2id();
    void tokensAreRandom();
};

void tst_CertificateAuthority::serverCertificateVerifiesAgainstTheCa()
{
    confidant::testing::TestPki pki;
    QVERIFY2(pki.isValid(), qPrintable(pki.errorString()));
    // verify() trusts only the system's CAs, so the one complaint allowed is that our own root is not among them.
    const auto kinds = [](const QList<QSslError> &errors) {
        QSet<QSslError::SslError> found;
        for (const QSslError &error : errors)
            found << error.error();
        return found;
    };
    const auto errors = kinds(QSslCertificate::verify({pki.serverCertificate, pki.caCertificate}, QStringLiteral("localhost")));
    QCOMPARE(errors, QSet<QSslError::SslError>{QSslError::SelfSignedCertificateInChain});
    QVERIFY(pki.serverCertificate.subjectAlternativeNames().values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(kinds(QSslCertificate::verify({pki.serverCertificate, pki.caCertificate}, QStringLiteral("evil.example")))
                .contains(QSslError::HostNameMismatch));
    QVERIFY(pki.caCertificate.isSelfSigned());
}

namespace {
// Whether `issuer`'s key signed `certificate`: the check a TLS stack makes, not a comparison of names.
bool signedBy(const QSslCertificate &certificate, const QSslCertificate &issuer)
{
    auto *x509 = static_cast<X509 *>(certificate.handle());
    EVP_PKEY *key = X509_get0_pubkey(static_cast<X509 *>(issuer.handle()));
    return x509 && key && X509_verify(x509, key) == 1;
}
} // namespace

void tst_CertificateAuthority::clientCertificatesVerifyOnlyAgainstTheirCa()
{
    confidant::testing::TestPki pki;
    QCOMPARE(pki.advisorCertificate.subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("m.mueller"));
    QVERIFY(signedBy(pki.advisorCertificate, pki.caCertificate));
    QVERIFY(signedBy(pki.serverCertificate, pki.caCertificate));
    QVERIFY(signedBy(pki.caCertificate, pki.caCertificate));
    QVERIFY(!signedBy(pki.foreignCertificate, pki.caCertificate));
    QVERIFY(!signedBy(pki.advisorCertificate, pki.foreignCertificate));
    QCOMPARE(certificateFingerprint(pki.advisorCertificate).size(), 64);
    QVERIFY(certificateFingerprint(pki.advisorCertificate) != certificateFingerprint(pki.foreignCertificate));
    QVERIFY(pki.advisorCertificate.serialNumber() != pki.foreignCertificate.serialNumber());
}

void tst_CertificateAuthority::pkcs12RoundTripsThroughQt()
{
    confidant::testing::TestPki pki;
    QFile file(pki.advisorP12File());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    QVERIFY(QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, pki.p12Passphrase));
    QCOMPARE(certificate, pki.advisorCertificate);
    QVERIFY(!key.isNull());
    QVERIFY(chain.contains(pki.caCertificate));
    file.seek(0);
    QVERIFY(!QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, "wrong passphrase"));

    QString error;
    const auto ca = CertificateAuthority::create(QStringLiteral("X"), QDateTime::currentDateTimeUtc(), &error);
    const auto issued = ca->issueClientCertificate(QStringLiteral("a.b"), QDateTime::currentDateTimeUtc(), &error);
    QVERIFY(!ca->exportPkcs12(*issued, "short", QStringLiteral("a.b"), &error));
    QVERIFY(error.contains(QLatin1String("8 characters")));
}

void tst_CertificateAuthority::caKeyIsEncryptedAndReloads()
{
    QString error;
    const auto ca = CertificateAuthority::create(QStringLiteral("Bank"), QDateTime::currentDateTimeUtc(), &error);
    QVERIFY(ca);
    const QByteArray encrypted = ca->privateKeyPem("ca secret");
    QVERIFY(encrypted.contains("ENCRYPTED"));
    QVERIFY(CertificateAuthority::load(ca->certificatePem(), encrypted, "ca secret", &error));
    QVERIFY(!CertificateAuthority::load(ca->certificatePem(), encrypted, "wrong", &error));
    QVERIFY(error.contains(QLatin1String("passphrase")));
    const auto other = CertificateAuthority::create(QStringLiteral("Other"), QDateTime::currentDateTimeUtc(), &error);
    QVERIFY(!CertificateAuthority::load(ca->certificatePem(), other->privateKeyPem(), {}, &error));
}

void tst_CertificateAuthority::passwordsHashWithArgon2id()
{
    const PasswordHasher hasher(PasswordHasher::Cost::Minimal);
    const QByteArray first = hasher.hash(QStringLiteral("correct horse \u00e4\u00f6\u00fc"));
    const QByteArray second = hasher.hash(QStringLiteral("correct horse \u00e4\u00f6\u00fc"));
    QVERIFY(first.startsWith("$argon2id$"));
    QVERIFY(first != second); // salted
    QVERIFY(hasher.verify(first, QStringLiteral("correct horse \u00e4\u00f6\u00fc")));
    QVERIFY(!hasher.verify(first, QStringLiteral("correct horse")));
    QVERIFY(!hasher.verify("garbage", QStringLiteral("x")));
    QVERIFY(PasswordHasher(PasswordHasher::Cost::Interactive).needsRehash(first));
    QVERIFY(!hasher.needsRehash(first));
}

void tst_CertificateAuthority::tokensAreRandom()
{
    const QByteArray a = randomToken();
    QCOMPARE(a.size(), 43);
    QVERIFY(a != randomToken());
}

QTEST_GUILESS_MAIN(tst_CertificateAuthority)
#include "tst_certificateauthority.moc"
