#include "HttpServerFixture.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

using namespace confidant::server;

// HttpServer's limits on one connection: the size of a head and a body, and how long a head, a whole request, an
// idle connection or a TLS handshake may take.
class tst_HttpLimits : public confidant::testing::HttpServerFixture {
    Q_OBJECT
private slots:
    void oversizeHeadIs431();
    void announcedOversizeBodyIs413BeforeReading();
    void chunkedOversizeBodyIs413();
    void slowHeadIsCutOff();
    void trickledHeadIsCutAtItsDeadline();
    void trickledBodyIsCutAtTheRequestDeadline();
    void idleConnectionIsClosed();

private:
    struct Trickled {
        QByteArray response;
        qint64 elapsedMs = 0; // from the request's first byte to the answer
        bool closed = false;  // the server closed the connection after answering
    };
    // Sends `start` at once, then `trickled` one byte every 50 ms until the server answers.
    Trickled trickledExchange(quint16 port, const QByteArray &start, const QByteArray &trickled);
};

tst_HttpLimits::Trickled tst_HttpLimits::trickledExchange(quint16 port, const QByteArray &start, const QByteArray &trickled)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected())
        return {};
    QElapsedTimer timer;
    timer.start();
    Trickled result;
    socket.write(start);
    for (const char byte : trickled) {
        socket.write(&byte, 1);
        socket.flush();
        if (socket.waitForReadyRead(50) || socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
    result.response = readUntil(socket, [](const QByteArray &d) { return hasCompleteResponses(d, 1); }, 3000);
    result.elapsedMs = timer.elapsed();
    result.closed = closedBy(socket, 3000);
    return result;
}

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

// Each byte of the head restarts nothing: the head as a whole must be complete within headerTimeoutMs.
void tst_HttpLimits::trickledHeadIsCutAtItsDeadline()
{
    HttpLimits limits;
    limits.headerTimeoutMs = 600;
    auto server = plainServer(limits);
    QByteArray head = "Host: x\r\n";
    while (head.size() < 200) // 200 bytes at 50 ms each would take 10 s
        head += "X-Padding: y\r\n";
    const Trickled t = trickledExchange(server->serverPort(), "GET /hello/slow HTTP/1.1\r\n", head);
    QVERIFY2(t.response.startsWith("HTTP/1.1 408"), t.response.constData());
    QVERIFY2(t.elapsedMs < 4000, qPrintable(QString::number(t.elapsedMs)));
    QVERIFY(t.closed);
}

// A body that keeps moving, one byte every 50 ms, is still cut when the request has taken requestTimeoutMs: every gap
// is far below bodyTimeoutMs, so only a total deadline can end it (a client could otherwise hold its slot forever).
void tst_HttpLimits::trickledBodyIsCutAtTheRequestDeadline()
{
    HttpLimits limits;
    limits.bodyTimeoutMs = 500;
    limits.requestTimeoutMs = 1000;
    auto server = plainServer(limits);
    // The first 100 of the 1000 bytes take 5 s at this pace.
    const Trickled t = trickledExchange(server->serverPort(), "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n", QByteArray(100, 'b'));
    QVERIFY2(t.response.startsWith("HTTP/1.1 408"), t.response.constData());
    QVERIFY(t.response.contains("Connection: close"));
    // Not before the deadline (coarse timers may fire a few percent early), and not long after it.
    QVERIFY2(t.elapsedMs >= 900 && t.elapsedMs < 4000, qPrintable(QString::number(t.elapsedMs)));
    QVERIFY(t.closed);
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
