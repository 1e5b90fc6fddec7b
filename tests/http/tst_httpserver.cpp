#include "HttpServerFixture.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using namespace confidant::server;

// Requests and answers on one connection: keep-alive and its end, pipelining, the status of a bad path, method or
// version, a handler that throws or whose client left, and mutual TLS. (Limits: tst_httplimits; connection caps:
// tst_connectioncaps; PROXY protocol: tst_proxyprotocol.)
class tst_HttpServer : public confidant::testing::HttpServerFixture {
    Q_OBJECT
private slots:
    void answersAndKeepsAlive();
    void unknownPathAndWrongMethod();
    void connectionCloseAndHttp10AreHonoured();
    void pipelinedRequestsAnswerInOrder();
    void pathTraversalAndGarbageAre400();
    void unknownHttpVersionIs505_data();
    void unknownHttpVersionIs505();
    void abandonedLongPollIsReported();
    void handlerExceptionIs500AndServerLives();
    void mutualTls_data();
    void mutualTls();
};

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

QTEST_GUILESS_MAIN(tst_HttpServer)
#include "tst_httpserver.moc"
