#include "TestPki.h"
#include "http/HttpServer.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <atomic>
#include <mutex>

using namespace confidant::server;

namespace {

// Reads from a socket until `done` says the collected bytes are complete, the peer closes, or time runs out.
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

QByteArray readUntil(QTcpSocket &socket, const std::function<bool(const QByteArray &)> &done, int timeoutMs = 5000)
{
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (!done(received) && timer.elapsed() < timeoutMs) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(100)) {
            if (socket.state() == QAbstractSocket::UnconnectedState)
                break;
            continue;
        }
        received += socket.readAll();
    }
    return received;
}

bool hasCompleteResponses(const QByteArray &data, int count)
{
    int complete = 0;
    qsizetype from = 0;
    while (true) {
        const qsizetype end = data.indexOf("\r\n\r\n", from);
        if (end < 0)
            break;
        const qsizetype lengthAt = data.indexOf("Content-Length: ", from);
        const qint64 length = lengthAt >= 0 && lengthAt < end ? data.mid(lengthAt + 16, data.indexOf("\r\n", lengthAt) - lengthAt - 16).toLongLong() : 0;
        if (data.size() < end + 4 + length)
            break;
        ++complete;
        from = end + 4 + length;
    }
    return complete >= count;
}

bool closedBy(QTcpSocket &socket, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < timeoutMs) {
        socket.waitForReadyRead(50);
        socket.readAll();
    }
    return socket.state() == QAbstractSocket::UnconnectedState;
}


// Runs an HttpServer in its own thread, so the blocking test clients below don't starve its event loop.
class RunningServer {
public:
    RunningServer(const Router *router, HttpLimits limits, std::optional<TlsSettings> tls)
    {
        m_thread.start();
        QMetaObject::invokeMethod(&m_context, [&] {
            m_server = new HttpServer(router, limits, tls);
            m_server->listen(QHostAddress::LocalHost, 0);
            QObject::connect(m_server, &HttpServer::connectionRefused, m_server, [this] { ++m_refused; });
        }, Qt::BlockingQueuedConnection);
    }
    ~RunningServer()
    {
        QMetaObject::invokeMethod(&m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 serverPort() const { return m_server->serverPort(); }
    int openConnectionCount()
    {
        int count = 0;
        QMetaObject::invokeMethod(&m_context, [&] { count = m_server->openConnectionCount(); }, Qt::BlockingQueuedConnection);
        return count;
    }
    int refused() const { return m_refused; }

private:
    struct Context : QObject {} m_context;
    QThread m_thread;
    HttpServer *m_server = nullptr;
    std::atomic<int> m_refused{0};
    bool m_moved = (m_context.moveToThread(&m_thread), true);
};

} // namespace

class tst_HttpServer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void proxyHeaderNamesTheClient_data();
    void proxyHeaderNamesTheClient();
    void proxyHeaderIsReadOnlyFromTrustedBalancers();
    void proxiedClientsAreLimitedOneByOne();
    void proxyHeaderBeforeTls();
    void answersAndKeepsAlive();
    void unknownPathAndWrongMethod();
    void oversizeHeadIs431();
    void announcedOversizeBodyIs413BeforeReading();
    void chunkedOversizeBodyIs413();
    void connectionCloseAndHttp10AreHonoured();
    void pipelinedRequestsAnswerInOrder();
    void slowHeadIsCutOff();
    void idleConnectionIsClosed();
    void connectionCapsPerAddress();
    void connectionCapInTotal();
    void fullServerStillServes();
    void waitsAreShortenedUnderPressure();
    void pathTraversalAndGarbageAre400();
    void unknownHttpVersionIs505_data();
    void unknownHttpVersionIs505();
    void abandonedLongPollIsReported();
    void handlerExceptionIs500AndServerLives();
    void mutualTls_data();
    void mutualTls();

private:
    std::unique_ptr<RunningServer> plainServer(HttpLimits limits = {});
    QByteArray exchange(quint16 port, const QByteArray &request, int responses = 1);

    Router m_router;
    std::atomic<bool> m_parkedOpen{false};
    std::atomic<bool> m_abandoned{false};
    std::unique_ptr<confidant::testing::TestPki> m_pki;
};

void tst_HttpServer::initTestCase()
{
    m_router.add("GET", QStringLiteral("/hello/{name}"), [](const HttpRequest &request, const ResponseSink &sink) {
        sink.send(HttpResponse::text(200, "hello " + request.pathParameters.value(QStringLiteral("name")).toUtf8()));
    });
    m_router.add("POST", QStringLiteral("/echo"), [](const HttpRequest &request, const ResponseSink &sink) {
        sink.send(HttpResponse::text(200, request.body));
    }, 1024);
    m_router.add("GET", QStringLiteral("/park"), [this](const HttpRequest &, const ResponseSink &sink) {
        m_parkedOpen = sink.isOpen();
        sink.onAbandoned([this, sink] {
            m_abandoned = true;
            sink.send(HttpResponse::text(200, "too late")); // must be harmless
            m_parkedOpen = sink.isOpen();
        });
    });
    m_router.add("GET", QStringLiteral("/throw"), [](const HttpRequest &, const ResponseSink &) {
        throw std::runtime_error("boom");
    });
    m_router.add("GET", QStringLiteral("/peer"), [](const HttpRequest &request, const ResponseSink &sink) {
        sink.send(HttpResponse::text(200, request.peerAddress.toString().toUtf8()));
    });
    m_router.add("GET", QStringLiteral("/whoami"), [](const HttpRequest &request, const ResponseSink &sink) {
        sink.send(HttpResponse::text(200, request.verifiedPeerCertificate.subjectInfo(QSslCertificate::CommonName).value(0).toUtf8()));
    });
    m_pki = std::make_unique<confidant::testing::TestPki>();
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
}

std::unique_ptr<RunningServer> tst_HttpServer::plainServer(HttpLimits limits)
{
    return std::make_unique<RunningServer>(&m_router, limits, std::nullopt);
}

QByteArray tst_HttpServer::exchange(quint16 port, const QByteArray &request, int responses)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(2000))
        return {};
    socket.write(request);
    return readUntil(socket, [responses](const QByteArray &data) { return hasCompleteResponses(data, responses); });
}

void tst_HttpServer::answersAndKeepsAlive()
{
    auto server = plainServer();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->serverPort());
    QVERIFY(socket.waitForConnected());
    for (int i = 0; i < 3; ++i) {
        socket.write("GET /hello/anna HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray response = readUntil(socket, [](const QByteArray &d) { return hasCompleteResponses(d, 1); });
        QVERIFY2(response.startsWith("HTTP/1.1 200 OK\r\n"), response.constData());
        QVERIFY(response.endsWith("\r\n\r\nhello anna"));
        QVERIFY(response.contains("Connection: keep-alive"));
        QVERIFY(response.contains("X-Content-Type-Options: nosniff"));
        QVERIFY(response.contains("Cache-Control: no-store"));
    }
    QCOMPARE(server->openConnectionCount(), 1);
    const QByteArray head = exchange(server->serverPort(), "HEAD /hello/x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QVERIFY(head.contains("Content-Length: 7"));
    QVERIFY(head.endsWith("\r\n\r\n"));
}

void tst_HttpServer::unknownPathAndWrongMethod()
{
    auto server = plainServer();
    QVERIFY(exchange(server->serverPort(), "GET /nope HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 404"));
    const QByteArray wrong = exchange(server->serverPort(), "DELETE /echo HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(wrong.startsWith("HTTP/1.1 405"));
    QVERIFY(wrong.contains("Allow: POST"));
}

void tst_HttpServer::oversizeHeadIs431()
{
    HttpLimits limits;
    limits.maxHeaderBytes = 1024;
    auto server = plainServer(limits);
    const QByteArray response = exchange(server->serverPort(), "GET /hello/a HTTP/1.1\r\nX-Big: " + QByteArray(2000, 'a') + "\r\n\r\n");
    QVERIFY2(response.startsWith("HTTP/1.1 431"), response.constData());
    QVERIFY(response.contains("Connection: close"));
}

void tst_HttpServer::announcedOversizeBodyIs413BeforeReading()
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

void tst_HttpServer::chunkedOversizeBodyIs413()
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

void tst_HttpServer::connectionCloseAndHttp10AreHonoured()
{
    auto server = plainServer();
    for (const QByteArray &request : {QByteArray("GET /hello/a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                                      QByteArray("GET /hello/a HTTP/1.0\r\n\r\n")}) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->serverPort());
        QVERIFY(socket.waitForConnected());
        socket.write(request);
        const QByteArray response = readUntil(socket, [](const QByteArray &d) { return hasCompleteResponses(d, 1); });
        QVERIFY(response.contains("Connection: close"));
        QVERIFY(closedBy(socket, 2000));
    }
    QTRY_COMPARE(server->openConnectionCount(), 0);
}

void tst_HttpServer::pipelinedRequestsAnswerInOrder()
{
    auto server = plainServer();
    const QByteArray response = exchange(server->serverPort(),
                                         "GET /hello/one HTTP/1.1\r\nHost: x\r\n\r\nGET /hello/two HTTP/1.1\r\nHost: x\r\n\r\n"
                                         "GET /hello/three HTTP/1.1\r\nHost: x\r\n\r\n", 3);
    const qsizetype one = response.indexOf("hello one"), two = response.indexOf("hello two"), three = response.indexOf("hello three");
    QVERIFY2(one > 0 && two > one && three > two, response.constData());
}

void tst_HttpServer::slowHeadIsCutOff()
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

void tst_HttpServer::idleConnectionIsClosed()
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

void tst_HttpServer::connectionCapsPerAddress()
{
    HttpLimits limits;
    limits.maxConnectionsPerAddress = 2;
    auto server = plainServer(limits);
    QTcpSocket a, b, c;
    for (QTcpSocket *s : {&a, &b}) {
        s->connectToHost(QHostAddress::LocalHost, server->serverPort());
        QVERIFY(s->waitForConnected());
    }
    QTRY_COMPARE(server->openConnectionCount(), 2);
    c.connectToHost(QHostAddress::LocalHost, server->serverPort());
    QVERIFY(c.waitForConnected());
    QTRY_COMPARE(server->refused(), 1);
    QVERIFY(closedBy(c, 5000));
    a.disconnectFromHost();
    QTRY_COMPARE(server->openConnectionCount(), 1);
    QVERIFY(exchange(server->serverPort(), "GET /hello/again HTTP/1.1\r\nHost: x\r\n\r\n").endsWith("hello again"));
}

// A socket from one of the loopback addresses (127.0.0.2, ...), so the per-address cap is not what decides.
std::unique_ptr<QTcpSocket> connectFrom(const QString &local, quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->bind(QHostAddress(local));
    socket->connectToHost(QHostAddress::LocalHost, port);
    return socket->waitForConnected(5000) ? std::move(socket) : nullptr;
}

// Connections that are busy (a body is on its way) keep their slots: the cap refuses the next one.
void tst_HttpServer::connectionCapInTotal()
{
    HttpLimits limits;
    limits.maxConnections = 3;
    auto server = plainServer(limits);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (const char *local : {"127.0.0.2", "127.0.0.3", "127.0.0.4"}) {
        auto socket = connectFrom(QString::fromLatin1(local), server->serverPort());
        QVERIFY(socket);
        // "100 Continue" is the server's own word that it has read the head and now waits for the body.
        socket->write("POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
        QVERIFY(readUntil(*socket, [](const QByteArray &d) { return d.contains("\r\n\r\n"); }).startsWith("HTTP/1.1 100 Continue"));
        sockets.push_back(std::move(socket));
    }
    QCOMPARE(server->openConnectionCount(), 3);
    auto fourth = connectFrom(QStringLiteral("127.0.0.5"), server->serverPort());
    QVERIFY(fourth);
    QTRY_COMPARE(server->refused(), 1);
    QVERIFY(closedBy(*fourth, 5000));
    sockets.front()->write("hello");
    QVERIFY(readUntil(*sockets.front(), [](const QByteArray &d) { return hasCompleteResponses(d, 1); }).endsWith("hello"));
    sockets.front()->disconnectFromHost();
    QTRY_COMPARE(server->openConnectionCount(), 2);
}

// Hundreds of idle connections from several addresses hold every slot: a new client still gets one, and the
// connections that waited longest are the ones closed for it.
void tst_HttpServer::fullServerStillServes()
{
    HttpLimits limits;
    limits.maxConnections = 240;
    limits.maxConnectionsPerAddress = 40;
    limits.pressureTimeoutMs = 600'000; // only the eviction is under test here
    auto server = plainServer(limits);
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < limits.maxConnections; ++i) {
        idle.push_back(connectFrom(QStringLiteral("127.0.0.%1").arg(2 + i % 6), server->serverPort()));
        QVERIFY(idle.back());
        if (i == 0) { // the first one has also served a request and now waits as an idle keep-alive connection
            idle.back()->write("GET /hello/first HTTP/1.1\r\nHost: x\r\n\r\n");
            QVERIFY(readUntil(*idle.back(), [](const QByteArray &d) { return hasCompleteResponses(d, 1); }).endsWith("hello first"));
        }
    }
    QTRY_COMPARE(server->openConnectionCount(), limits.maxConnections);
    // The new clients stay connected, so each one needs a slot of its own.
    const int fresh = 15;
    std::vector<std::unique_ptr<QTcpSocket>> newcomers;
    for (int i = 0; i < fresh; ++i) {
        newcomers.push_back(connectFrom(QStringLiteral("127.0.0.100"), server->serverPort()));
        QVERIFY(newcomers.back());
        newcomers.back()->write("GET /hello/fresh HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray response = readUntil(*newcomers.back(), [](const QByteArray &d) { return hasCompleteResponses(d, 1); });
        QVERIFY2(response.endsWith("hello fresh"), qPrintable(QStringLiteral("client %1: %2").arg(i).arg(QString::fromLatin1(response))));
    }
    QCOMPARE(server->refused(), 0);
    for (int i = 0; i < fresh; ++i)
        QVERIFY2(closedBy(*idle[size_t(i)], 5000), qPrintable(QStringLiteral("idle connection %1 is still open").arg(i)));
    QCOMPARE(server->openConnectionCount(), limits.maxConnections);
    // The ones that came later still work.
    idle.back()->write("GET /hello/later HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(readUntil(*idle.back(), [](const QByteArray &d) { return hasCompleteResponses(d, 1); }).endsWith("hello later"));
}

// Near the cap, a connection may wait only pressureTimeoutMs for its next step, however long it may otherwise.
void tst_HttpServer::waitsAreShortenedUnderPressure()
{
    HttpLimits limits;
    limits.maxConnections = 40;
    limits.pressureConnections = 10;
    limits.idleTimeoutMs = limits.headerTimeoutMs = limits.handshakeTimeoutMs = 600'000;
    limits.pressureTimeoutMs = 100;
    auto server = plainServer(limits);
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 12; ++i) {
        idle.push_back(connectFrom(QStringLiteral("127.0.0.%1").arg(2 + i % 3), server->serverPort()));
        QVERIFY(idle.back());
    }
    idle.front()->write("GET /hello/slow HTTP/1.1\r\n"); // an unfinished head is cut short too
    for (auto &socket : idle)
        QVERIFY(closedBy(*socket, 20'000)); // far below the ten minutes the limits allow otherwise
    QTRY_COMPARE(server->openConnectionCount(), 0);
}

void tst_HttpServer::pathTraversalAndGarbageAre400()
{
    auto server = plainServer();
    QVERIFY(exchange(server->serverPort(), "GET /hello/%2e%2e HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 400"));
    QVERIFY(exchange(server->serverPort(), "GET /hello/a%00b HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 400"));
    QVERIFY(exchange(server->serverPort(), "NONSENSE\r\n\r\n").startsWith("HTTP/1.1 400"));
    QVERIFY(exchange(server->serverPort(), "GET /hello/%ff HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 400"));
}

void tst_HttpServer::unknownHttpVersionIs505_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::newRow("9.9") << QByteArray("HTTP/9.9");
    QTest::newRow("1.2") << QByteArray("HTTP/1.2");
    QTest::newRow("2.0") << QByteArray("HTTP/2.0");
    QTest::newRow("0.9") << QByteArray("HTTP/0.9");
}

void tst_HttpServer::unknownHttpVersionIs505()
{
    QFETCH(QByteArray, version);
    auto server = plainServer();
    const QByteArray response = exchange(server->serverPort(), "GET /hello/a " + version + "\r\nHost: x\r\n\r\n");
    QVERIFY2(response.startsWith("HTTP/1.1 505 HTTP Version Not Supported\r\n"), response.constData());
    QVERIFY(response.contains("Connection: close"));
    QVERIFY(!response.contains("hello a"));
}

void tst_HttpServer::abandonedLongPollIsReported()
{
    auto server = plainServer();
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->serverPort());
        QVERIFY(socket.waitForConnected());
        socket.write("GET /park HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(m_parkedOpen);
        socket.abort();
        QTRY_VERIFY(m_abandoned);
        QVERIFY(!m_parkedOpen);
    }
    QTRY_COMPARE(server->openConnectionCount(), 0);
}

void tst_HttpServer::handlerExceptionIs500AndServerLives()
{
    auto server = plainServer();
    QVERIFY(exchange(server->serverPort(), "GET /throw HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 500"));
    QVERIFY(exchange(server->serverPort(), "GET /hello/alive HTTP/1.1\r\nHost: x\r\n\r\n").endsWith("hello alive"));
}

void tst_HttpServer::mutualTls_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("company certificate") << QStringLiteral("advisor") << true;
    QTest::newRow("no certificate") << QStringLiteral("none") << false;
    QTest::newRow("foreign CA") << QStringLiteral("foreign") << false;
}

void tst_HttpServer::mutualTls()
{
    QFETCH(QString, client);
    QFETCH(bool, accepted);
    RunningServer server(&m_router, HttpLimits{}, TlsSettings{m_pki->serverCertificate, {}, m_pki->serverKey, {m_pki->caCertificate}, TlsPolicy()});
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates({m_pki->caCertificate});
    config.setProtocol(QSsl::TlsV1_2OrLater);
    if (client == QLatin1String("advisor")) {
        config.setLocalCertificate(m_pki->advisorCertificate);
        config.setPrivateKey(m_pki->advisorKey);
    } else if (client == QLatin1String("foreign")) {
        config.setLocalCertificate(m_pki->foreignCertificate);
        config.setPrivateKey(m_pki->foreignKey);
    }
    socket.setSslConfiguration(config);
    socket.connectToHostEncrypted(QStringLiteral("localhost"), server.serverPort());
    socket.waitForEncrypted(5000);
    socket.write("GET /whoami HTTP/1.1\r\nHost: localhost\r\n\r\n");
    const QByteArray response = readUntil(socket, [](const QByteArray &d) { return hasCompleteResponses(d, 1); }, 3000);
    if (accepted) {
        QVERIFY2(response.startsWith("HTTP/1.1 200"), qPrintable(socket.errorString()));
        QVERIFY(response.endsWith("m.mueller"));
        QVERIFY(response.contains("Strict-Transport-Security"));
    } else {
        QVERIFY2(response.isEmpty(), response.constData());
        QVERIFY(closedBy(socket, 3000));
    }
}

void tst_HttpServer::proxyHeaderNamesTheClient_data()
{
    QTest::addColumn<QHostAddress>("client");
    QTest::addColumn<bool>("split");
    QTest::newRow("IPv4") << QHostAddress(QStringLiteral("203.0.113.7")) << false;
    QTest::newRow("IPv6") << QHostAddress(QStringLiteral("2001:db8::1")) << false;
    QTest::newRow("header in pieces") << QHostAddress(QStringLiteral("198.51.100.23")) << true;
}

// Behind a trusted load balancer the request's address is the one the PROXY header names.
void tst_HttpServer::proxyHeaderNamesTheClient()
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
void tst_HttpServer::proxyHeaderIsReadOnlyFromTrustedBalancers()
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
void tst_HttpServer::proxiedClientsAreLimitedOneByOne()
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
void tst_HttpServer::proxyHeaderBeforeTls()
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

QTEST_GUILESS_MAIN(tst_HttpServer)
#include "tst_httpserver.moc"
