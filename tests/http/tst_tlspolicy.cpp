#include "TestPki.h"
#include "http/HttpServer.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace confidant::server;

// The server's TLS offer as a foreign client sees it: OpenSSL's own s_client, asked to speak one version and one
// suite at a time, against a listener with the product's default policy. BSI TR-02102-2 is the yardstick.
class tst_TlsPolicy : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void handshakes_data();
    void handshakes();

private:
    // The suite the handshake agreed on, or an empty string when it failed (s_client's whole output in `log`).
    QString handshake(quint16 port, const QStringList &clientArguments, QString *log);

    std::unique_ptr<confidant::testing::TestPki> m_pki;
    QTemporaryDir m_rsaDir;
    QSslCertificate m_rsaCertificate;
    QSslKey m_rsaKey;
    Router m_router;
};

void tst_TlsPolicy::initTestCase()
{
    m_pki = std::make_unique<confidant::testing::TestPki>();
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    // The company PKI issues P-256 keys only; an RSA certificate is what lets a client even ask for ECDHE-RSA
    // suites or RSA key exchange, so the server must be shown to refuse those too.
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:3072"),
                                              QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-days"),
                                              QStringLiteral("1"), QStringLiteral("-keyout"), m_rsaDir.filePath(QStringLiteral("rsa.key")),
                                              QStringLiteral("-out"), m_rsaDir.filePath(QStringLiteral("rsa.pem"))});
    QVERIFY2(openssl.waitForFinished(60'000) && openssl.exitCode() == 0, openssl.readAll().constData());
    QFile certificate(m_rsaDir.filePath(QStringLiteral("rsa.pem")));
    QFile key(m_rsaDir.filePath(QStringLiteral("rsa.key")));
    QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    m_rsaCertificate = QSslCertificate(&certificate);
    m_rsaKey = QSslKey(&key, QSsl::Rsa);
    QVERIFY(!m_rsaCertificate.isNull() && !m_rsaKey.isNull());
}

QString tst_TlsPolicy::handshake(quint16 port, const QStringList &clientArguments, QString *log)
{
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    // -brief prints the agreed protocol and suite; with stdin closed, s_client leaves right after the handshake.
    client.start(QStringLiteral("openssl"), QStringList{QStringLiteral("s_client"), QStringLiteral("-brief"), QStringLiteral("-connect"),
                                                        QStringLiteral("127.0.0.1:%1").arg(port)} + clientArguments);
    client.closeWriteChannel();
    // The server lives on this thread, so wait with the event loop running, not with waitForFinished().
    QSignalSpy finished(&client, &QProcess::finished);
    if (!finished.wait(15'000))
        client.kill();
    *log = QString::fromLocal8Bit(client.readAll());
    if (client.exitStatus() != QProcess::NormalExit || client.exitCode() != 0)
        return {};
    static const QRegularExpression suite(QStringLiteral("Ciphersuite: (\\S+)"));
    return suite.match(*log).captured(1);
}

void tst_TlsPolicy::handshakes_data()
{
    QTest::addColumn<bool>("rsa");                  // the server's certificate: RSA, else the company's P-256
    QTest::addColumn<QStringList>("client");        // what s_client is allowed to offer
    QTest::addColumn<QString>("agreed");            // the suite that must be agreed, empty: refused
    const auto tls13 = [](const char *suite) {
        return QStringList{QStringLiteral("-tls1_3"), QStringLiteral("-ciphersuites"), QString::fromLatin1(suite)};
    };
    const auto tls12 = [](const char *cipher) {
        return QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), QString::fromLatin1(cipher)};
    };
    QTest::newRow("1.3 AES-128-GCM") << false << tls13("TLS_AES_128_GCM_SHA256") << QStringLiteral("TLS_AES_128_GCM_SHA256");
    QTest::newRow("1.3 AES-256-GCM") << false << tls13("TLS_AES_256_GCM_SHA384") << QStringLiteral("TLS_AES_256_GCM_SHA384");
    QTest::newRow("1.3 AES-128-CCM") << false << tls13("TLS_AES_128_CCM_SHA256") << QStringLiteral("TLS_AES_128_CCM_SHA256");
    QTest::newRow("1.3 ChaCha20") << false << tls13("TLS_CHACHA20_POLY1305_SHA256") << QString();
    QTest::newRow("1.3 AES-128-CCM-8") << false << tls13("TLS_AES_128_CCM_8_SHA256") << QString();
    QTest::newRow("1.3 over P-256") << false << (tls13("TLS_AES_128_GCM_SHA256") << QStringLiteral("-groups") << QStringLiteral("P-256"))
                                    << QStringLiteral("TLS_AES_128_GCM_SHA256");
    QTest::newRow("1.3 over X25519 only") << false << (tls13("TLS_AES_128_GCM_SHA256") << QStringLiteral("-groups") << QStringLiteral("X25519"))
                                          << QString();
    QTest::newRow("1.2 ECDHE-ECDSA-AES128-GCM") << false << tls12("ECDHE-ECDSA-AES128-GCM-SHA256") << QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256");
    QTest::newRow("1.2 ECDHE-ECDSA-AES256-GCM") << false << tls12("ECDHE-ECDSA-AES256-GCM-SHA384") << QStringLiteral("ECDHE-ECDSA-AES256-GCM-SHA384");
    QTest::newRow("1.2 ECDHE-ECDSA-AES128-CCM") << false << tls12("ECDHE-ECDSA-AES128-CCM") << QStringLiteral("ECDHE-ECDSA-AES128-CCM");
    QTest::newRow("1.2 ECDHE-ECDSA-ChaCha20") << false << tls12("ECDHE-ECDSA-CHACHA20-POLY1305") << QString();
    QTest::newRow("1.2 ECDHE-ECDSA CBC-SHA1") << false << tls12("ECDHE-ECDSA-AES128-SHA") << QString();
    QTest::newRow("1.2 ECDHE-RSA-AES256-GCM") << true << tls12("ECDHE-RSA-AES256-GCM-SHA384") << QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384");
    QTest::newRow("1.2 ECDHE-RSA-ChaCha20") << true << tls12("ECDHE-RSA-CHACHA20-POLY1305") << QString();
    QTest::newRow("1.2 ECDHE-RSA CBC-SHA1") << true << tls12("ECDHE-RSA-AES128-SHA") << QString();
    QTest::newRow("1.2 RSA key exchange") << true << tls12("AES128-GCM-SHA256") << QString();
    QTest::newRow("1.2 DHE-RSA 2048-bit group") << true << tls12("DHE-RSA-AES128-GCM-SHA256") << QString();
    QTest::newRow("1.2 PSK") << false << (tls12("PSK-AES128-GCM-SHA256") << QStringLiteral("-psk") << QStringLiteral("00112233445566778899aabbccddeeff"))
                             << QString();
    QTest::newRow("1.2 ECDHE-PSK") << false << (tls12("ECDHE-PSK-AES128-CBC-SHA256") << QStringLiteral("-psk") << QStringLiteral("00112233445566778899aabbccddeeff"))
                                   << QString();
    // OpenSSL 3 itself refuses TLS 1.1 at its default security level; level 0 makes the client really offer it.
    QTest::newRow("1.1") << false << QStringList{QStringLiteral("-tls1_1"), QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")} << QString();
    QTest::newRow("1.0") << false << QStringList{QStringLiteral("-tls1"), QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")} << QString();
}

void tst_TlsPolicy::handshakes()
{
    QFETCH(bool, rsa);
    QFETCH(QStringList, client);
    QFETCH(QString, agreed);
    HttpServer server(&m_router, HttpLimits{}, TlsSettings{rsa ? m_rsaCertificate : m_pki->serverCertificate, {},
                                                           rsa ? m_rsaKey : m_pki->serverKey, {}, {}});
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QString log;
    QCOMPARE(handshake(server.serverPort(), client, &log), agreed);
    if (agreed.isEmpty())
        QVERIFY2(!log.contains(QLatin1String("CONNECTION ESTABLISHED")), qPrintable(log));
}

QTEST_GUILESS_MAIN(tst_TlsPolicy)
#include "tst_tlspolicy.moc"
