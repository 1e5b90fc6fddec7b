#include "HttpServerFixture.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

using namespace confidant::server;

// HttpServer's limits on one connection: the size of a head and a body, and how long a head, an idle connection
// or a TLS handshake may take.
class tst_HttpLimits : public confidant::testing::HttpServerFixture {
    Q_OBJECT
private slots:
    void oversizeHeadIs431();
    void announcedOversizeBodyIs413BeforeReading();
    void chunkedOversizeBodyIs413();
    void slowHeadIsCutOff();
    void idleConnectionIsClosed();
};

void tst_HttpLimits::oversizeHeadIs431()
{
    HttpLimits limits;
    limits.maxHeaderBytes = 1024;
    auto server = plainServer(limits);
    const QByteArray response = exchange(server->serverPort(), "GET /hello/a HTTP/1.1\r\nX-Big: " + QByteArray(2000, 'a') + "\r\n\r\n");
    QVERIFY2(response.startsWith("HTTP/1.1 431"), response.constData());
    QVERIFY(response.contains("Connection: close"));
}

void tst_HttpLimits::announcedOversizeBodyIs413BeforeReading()
{
    auto server = plainServer();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->serverPort());
    QVERIFY(socket.waitForConnected());
    // Announce 100 MB but send only the head: the answer must come without the server waiting for the body.
    socket.write("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 104857600\r\n\r\n");
    QElapsedTimer timer;
    timer.start();
    const QByteArray response = readUntil(socket, [](const QByteArray &d) { return hasCompleteResponses(d, 1); });
    QVERIFY2(response.startsWith("HTTP/1.1 413"), response.constData());
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(closedBy(socket, 3000));
    QVERIFY(exchange(server->serverPort(), "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello").endsWith("hello"));
}

void tst_HttpLimits::chunkedOversizeBodyIs413()
{
    auto server = plainServer();
    QByteArray request = "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 3; ++i)
        request += "200\r\n" + QByteArray(512, 'x') + "\r\n";
    QVERIFY(exchange(server->serverPort(), request).startsWith("HTTP/1.1 413"));
    const QByteArray small = exchange(server->serverPort(), "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n");
    QVERIFY(small.endsWith("abc"));
    QVERIFY(exchange(server->serverPort(), "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n").startsWith("HTTP/1.1 501"));
    QVERIFY(exchange(server->serverPort(), "POST /echo HTTP/1.1\r\nHost: x\r\nExpect: magic\r\nContent-Length: 1\r\n\r\n").startsWith("HTTP/1.1 417"));
}

void tst_HttpLimits::slowHeadIsCutOff()
{
    HttpLimits limits;
    limits.headerTimeoutMs = 300;
    auto server = plainServer(limits);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->serverPort());
    QVERIFY(socket.waitForConnected());
    socket.write("GET /hello/slow HTTP/1.1\r\nHost: x\r\n"); // never finished
    const QByteArray response = readUntil(socket, [](const QByteArray &d) { return hasCompleteResponses(d, 1); }, 3000);
    QVERIFY2(response.startsWith("HTTP/1.1 408"), response.constData());
    QVERIFY(closedBy(socket, 3000));
}

void tst_HttpLimits::idleConnectionIsClosed()
{
    HttpLimits limits;
    limits.idleTimeoutMs = 300;
    limits.handshakeTimeoutMs = 300;
    auto server = plainServer(limits);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->serverPort());
    QVERIFY(socket.waitForConnected());
    QVERIFY(closedBy(socket, 3000));
    QTRY_COMPARE(server->openConnectionCount(), 0);

    // A TLS client that never starts its handshake is cut off as well.
    RunningServer tls(&m_router, limits, TlsSettings{m_pki->serverCertificate, {}, m_pki->serverKey, {}, TlsPolicy()});
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, tls.serverPort());
    QVERIFY(silent.waitForConnected());
    QVERIFY(closedBy(silent, 3000));
}

QTEST_GUILESS_MAIN(tst_HttpLimits)
#include "tst_httplimits.moc"
