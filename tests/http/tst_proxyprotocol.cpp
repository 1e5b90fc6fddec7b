#include "HttpServerFixture.h"

#include <QHostAddress>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using namespace confidant::server;

namespace {

// A PROXY protocol v2 header as a load balancer sends it: PROXY (or LOCAL) over TCP, IPv4 or IPv6.
QByteArray proxyHeader(const QHostAddress &client, bool local = false)
{
    QByteArray header("\r\n\r\n\0\r\nQUIT\n", 12);
    header.append(char(local ? 0x20 : 0x21));
    const bool v4 = client.protocol() == QAbstractSocket::IPv4Protocol;
    header.append(char(v4 ? 0x11 : 0x21));
    QByteArray addresses;
    if (v4) {
        const quint32 source = client.toIPv4Address();
        for (int shift = 24; shift >= 0; shift -= 8)
            addresses.append(char((source >> shift) & 0xff));
        addresses.append(QByteArray("\x7f\x00\x00\x01", 4));
    } else {
        const Q_IPV6ADDR source = client.toIPv6Address();
        addresses.append(reinterpret_cast<const char *>(source.c), 16);
        addresses.append(QByteArray(15, '\0') + '\x01');
    }
    addresses.append(QByteArray("\xc3\x50\x01\xbb", 4)); // ports 50000 -> 443
    header.append(char(addresses.size() >> 8));
    header.append(char(addresses.size() & 0xff));
    return header + addresses;
}

} // namespace

// HttpServer behind a load balancer that speaks the PROXY protocol (v2): whom it believes, which client it names,
// and how that meets the per-address cap and TLS.
class tst_ProxyProtocol : public confidant::testing::HttpServerFixture {
    Q_OBJECT
private slots:
    void proxyHeaderNamesTheClient_data();
    void proxyHeaderNamesTheClient();
    void proxyHeaderIsReadOnlyFromTrustedBalancers();
    void proxiedClientsAreLimitedOneByOne();
    void proxyHeaderBeforeTls();
};

void tst_ProxyProtocol::proxyHeaderNamesTheClient_data()
{
    QTest::addColumn<QHostAddress>("client");
    QTest::addColumn<bool>("split");
    QTest::newRow("IPv4") << QHostAddress(QStringLiteral("203.0.113.7")) << false;
    QTest::newRow("IPv6") << QHostAddress(QStringLiteral("2001:db8::1")) << false;
    QTest::newRow("header in pieces") << QHostAddress(QStringLiteral("198.51.100.23")) << true;
}

// Behind a trusted load balancer the request's address is the one the PROXY header names.
void tst_ProxyProtocol::proxyHeaderNamesTheClient()
{
    QFETCH(QHostAddress, client);
    QFETCH(bool, split);
    HttpLimits limits;
    limits.trustedProxies = {QHostAddress::LocalHost};
    auto server = plainServer(limits);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->serverPort());
    QVERIFY(socket.waitForConnected());
    const QByteArray header = proxyHeader(client);
    const QByteArray request("GET /peer HTTP/1.1\r\nHost: x\r\n\r\n");
    if (split) {
        socket.write(header.left(7));
        socket.flush();
        QTest::qWait(50);
        socket.write(header.mid(7) + request);
    } else {
        socket.write(header + request);
    }
    const QByteArray response = readUntil(socket, [](const QByteArray &d) { return hasCompleteResponses(d, 1); });
    QVERIFY2(response.startsWith("HTTP/1.1 200"), response.constData());
    QVERIFY2(response.endsWith(client.toString().toUtf8()), response.constData());
}

// A header from anywhere else is not believed (it is just a malformed request), and a trusted balancer that sends
// no valid header is cut off.
void tst_ProxyProtocol::proxyHeaderIsReadOnlyFromTrustedBalancers()
{
    auto untrusting = plainServer();
    const QByteArray forged = exchange(untrusting->serverPort(), proxyHeader(QHostAddress(QStringLiteral("203.0.113.7")))
                                                                      + "GET /peer HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY2(forged.startsWith("HTTP/1.1 400"), forged.constData());

    HttpLimits limits;
    limits.trustedProxies = {QHostAddress::LocalHost};
    auto trusting = plainServer(limits);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, trusting->serverPort());
    QVERIFY(socket.waitForConnected());
    socket.write("GET /peer HTTP/1.1\r\nHost: x\r\n\r\n"); // no header at all
    QVERIFY(readUntil(socket, [](const QByteArray &d) { return !d.isEmpty(); }, 2000).isEmpty());
    QVERIFY(closedBy(socket, 3000));
    // LOCAL: the balancer's own health check, answered as from the balancer.
    const QByteArray health = exchange(trusting->serverPort(), proxyHeader(QHostAddress(QStringLiteral("203.0.113.7")), true)
                                                                   + "GET /peer HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY2(health.endsWith("127.0.0.1"), health.constData());
}

// The per-address cap counts the clients behind the balancer, not the balancer.
void tst_ProxyProtocol::proxiedClientsAreLimitedOneByOne()
{
    HttpLimits limits;
    limits.trustedProxies = {QHostAddress::LocalHost};
    limits.maxConnectionsPerAddress = 1;
    auto server = plainServer(limits);
    const auto openAs = [&](const char *client) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, server->serverPort());
        socket->waitForConnected();
        socket->write(proxyHeader(QHostAddress(QString::fromLatin1(client))) + "GET /peer HTTP/1.1\r\nHost: x\r\n\r\n");
        return socket;
    };
    auto first = openAs("203.0.113.7");
    QVERIFY(readUntil(*first, [](const QByteArray &d) { return hasCompleteResponses(d, 1); }).endsWith("203.0.113.7"));
    auto second = openAs("198.51.100.23"); // another client: its own slot
    QVERIFY(readUntil(*second, [](const QByteArray &d) { return hasCompleteResponses(d, 1); }).endsWith("198.51.100.23"));
    auto again = openAs("203.0.113.7"); // the first client once more: over its cap
    QVERIFY(closedBy(*again, 3000));
    QTRY_COMPARE(server->refused(), 1);
}

// TLS still ends at the server: the header comes first, in the clear, then the handshake.
void tst_ProxyProtocol::proxyHeaderBeforeTls()
{
    HttpLimits limits;
    limits.trustedProxies = {QHostAddress::LocalHost};
    RunningServer server(&m_router, limits, TlsSettings{m_pki->serverCertificate, {}, m_pki->serverKey, {}, TlsPolicy()});
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates({m_pki->caCertificate});
    socket.setSslConfiguration(config);
    socket.connectToHost(QStringLiteral("localhost"), server.serverPort());
    QVERIFY(socket.waitForConnected());
    socket.write(proxyHeader(QHostAddress(QStringLiteral("2001:db8::42"))));
    QVERIFY(socket.waitForBytesWritten());
    socket.startClientEncryption();
    QVERIFY2(socket.waitForEncrypted(5000), qPrintable(socket.errorString()));
    socket.write("GET /peer HTTP/1.1\r\nHost: localhost\r\n\r\n");
    const QByteArray response = readUntil(socket, [](const QByteArray &d) { return hasCompleteResponses(d, 1); });
    QVERIFY2(response.endsWith("2001:db8::42"), response.constData());
}

QTEST_GUILESS_MAIN(tst_ProxyProtocol)
#include "tst_proxyprotocol.moc"
