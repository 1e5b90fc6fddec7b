#include "HttpServerFixture.h"
#include "http/BodySource.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

#include <atomic>
#include <memory>
#include <vector>

using namespace confidant::server;

namespace {

// `pieces` pieces of `size` bytes, each filled with its number's last digit; counts what was made. Fails at
// `failAt` when set.
class CountingSource : public BodySource {
public:
    CountingSource(int pieces, int size, std::atomic<int> *made, int failAt = -1) : m_pieces(pieces), m_size(size), m_made(made), m_failAt(failAt) {}
    std::optional<QByteArray> next() override
    {
        if (m_next == m_failAt)
            return std::nullopt;
        if (m_next == m_pieces)
            return QByteArray();
        ++*m_made;
        return QByteArray(m_size, char('0' + m_next++ % 10));
    }

private:
    int m_pieces, m_size;
    std::atomic<int> *m_made;
    int m_failAt;
    int m_next = 0;
};

} // namespace

// A body made piece by piece (BodySource, the customer's export): sent chunked and complete, asked for only as fast
// as the client takes it, and cut off without its last chunk when a piece fails. (The rest of the connection:
// tst_httpserver.)
class tst_StreamedBody : public confidant::testing::HttpServerFixture {
    Q_OBJECT
private slots:
    void bodyArrivesChunkedAndComplete();
    void http10GetsTheBodyUntilTheConnectionCloses();
    void aReaderThatWaitsHoldsThePiecesBack();
    void aFailedPieceEndsWithoutTheLastChunk();
    void aStalledStreamMakesRoomAtTheCap();

private:
    Router streamingRouter(int pieces, int size, int failAt = -1);
    // The body of a chunked response that ended with its last chunk, or nullopt.
    static std::optional<QByteArray> dechunk(const QByteArray &response, qsizetype *consumed = nullptr);

    std::atomic<int> m_made{0};
};

Router tst_StreamedBody::streamingRouter(int pieces, int size, int failAt)
{
    Router router;
    router.add("GET", QStringLiteral("/stream"), [this, pieces, size, failAt](const HttpRequest &, const ResponseSink &sink) {
        HttpResponse response{200, {{"Content-Type", "application/octet-stream"}}, {}};
        response.stream = std::make_shared<CountingSource>(pieces, size, &m_made, failAt);
        sink.send(std::move(response));
    });
    router.add("GET", QStringLiteral("/hello"), [](const HttpRequest &, const ResponseSink &sink) { sink.send(HttpResponse::text(200, "hello")); });
    return router;
}

std::optional<QByteArray> tst_StreamedBody::dechunk(const QByteArray &response, qsizetype *consumed)
{
    qsizetype at = response.indexOf("\r\n\r\n");
    if (at < 0)
        return std::nullopt;
    at += 4;
    QByteArray body;
    for (;;) {
        const qsizetype lineEnd = response.indexOf("\r\n", at);
        if (lineEnd < 0)
            return std::nullopt;
        bool ok = false;
        const qsizetype size = response.mid(at, lineEnd - at).toLongLong(&ok, 16);
        if (!ok || response.size() < lineEnd + 2 + size + 2)
            return std::nullopt;
        if (size == 0) {
            if (consumed)
                *consumed = lineEnd + 4;
            return body;
        }
        body += response.mid(lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
    }
}

void tst_StreamedBody::bodyArrivesChunkedAndComplete()
{
    m_made = 0;
    const Router router = streamingRouter(20, 10'000);
    RunningServer server(&router, {}, std::nullopt);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(socket.waitForConnected());
    socket.write("GET /stream HTTP/1.1\r\nHost: x\r\n\r\nGET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray received = readUntil(socket, [](const QByteArray &data) { return data.endsWith("hello"); });
    QVERIFY2(received.startsWith("HTTP/1.1 200 OK\r\n"), received.left(200).constData());
    const QByteArray head = received.left(received.indexOf("\r\n\r\n"));
    QVERIFY(head.contains("Transfer-Encoding: chunked"));
    QVERIFY(!head.contains("Content-Length"));
    QVERIFY(head.contains("Connection: keep-alive"));
    qsizetype consumed = 0;
    const auto body = dechunk(received, &consumed);
    QVERIFY(body);
    QCOMPARE(body->size(), 200'000);
    QCOMPARE(body->at(0), '0');
    QCOMPARE(body->at(199'999), '9');
    QCOMPARE(m_made.load(), 20);
    // The pipelined request waited for the whole body, then was answered on the same connection.
    QVERIFY(received.mid(consumed).startsWith("HTTP/1.1 200 OK\r\n"));
}

void tst_StreamedBody::http10GetsTheBodyUntilTheConnectionCloses()
{
    const Router router = streamingRouter(3, 1000);
    RunningServer server(&router, {}, std::nullopt);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(socket.waitForConnected());
    socket.write("GET /stream HTTP/1.0\r\n\r\n");
    const QByteArray received = readUntil(socket, [](const QByteArray &) { return false; }, 3000);
    QVERIFY(received.contains("Connection: close"));
    QVERIFY(!received.contains("Transfer-Encoding"));
    QCOMPARE(received.mid(received.indexOf("\r\n\r\n") + 4).size(), 3000);
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
}

// 64 MB the client does not read for a while: the server makes only what fits the sockets' buffers, then waits; the
// whole body still arrives once the client reads.
void tst_StreamedBody::aReaderThatWaitsHoldsThePiecesBack()
{
    m_made = 0;
    constexpr int pieces = 1000, size = 64 * 1024;
    const Router router = streamingRouter(pieces, size);
    RunningServer server(&router, {}, std::nullopt);
    QTcpSocket socket;
    socket.setReadBufferSize(64 * 1024);
    socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 64 * 1024);
    socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(socket.waitForConnected());
    socket.write("GET /stream HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QVERIFY(socket.waitForBytesWritten());
    QTest::qWait(500); // not reading: the server's writes fill the buffers and stop
    const int madeWhileWaiting = m_made.load();
    QVERIFY2(madeWhileWaiting < 100, qPrintable(QString::number(madeWhileWaiting))); // at most a tenth
    QTest::qWait(300);
    QCOMPARE(m_made.load(), madeWhileWaiting); // and stays there

    qint64 received = 0;
    QByteArray tail;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 30'000) {
        if (socket.bytesAvailable() == 0)
            socket.waitForReadyRead(200);
        const QByteArray data = socket.readAll();
        received += data.size();
        tail = (tail + data).right(16);
    }
    tail += socket.readAll();
    QCOMPARE(m_made.load(), pieces);
    QVERIFY(tail.endsWith("\r\n0\r\n\r\n"));
    QVERIFY(received > qint64(pieces) * size);
}

void tst_StreamedBody::aFailedPieceEndsWithoutTheLastChunk()
{
    const Router router = streamingRouter(10, 1000, 2);
    RunningServer server(&router, {}, std::nullopt);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(socket.waitForConnected());
    socket.write("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray received = readUntil(socket, [](const QByteArray &) { return false; }, 3000);
    QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(!dechunk(received)); // incomplete: no last chunk
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(server.openConnectionCount(), 0);
}

// Customers reading exports very slowly must not hold every place: at the connection cap, a stream whose client has
// stopped taking it is closed for a newcomer, as a trickled request body is (second audit, finding 2).
void tst_StreamedBody::aStalledStreamMakesRoomAtTheCap()
{
    HttpLimits limits;
    limits.maxConnections = 2;
    const Router router = streamingRouter(1000, 64 * 1024);
    RunningServer server(&router, limits, std::nullopt);
    std::vector<std::unique_ptr<QTcpSocket>> readers;
    for (int i = 0; i < 2; ++i) {
        auto reader = std::make_unique<QTcpSocket>();
        reader->setReadBufferSize(64 * 1024);
        reader->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 64 * 1024);
        reader->connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(reader->waitForConnected());
        reader->write("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(reader->waitForBytesWritten());
        readers.push_back(std::move(reader));
    }
    QTRY_COMPARE(server.openConnectionCount(), 2);
    QTest::qWait(500); // neither reads: both streams wait for their clients
    QTcpSocket newcomer;
    newcomer.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(newcomer.waitForConnected());
    newcomer.write("GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    const QByteArray answer = readUntil(newcomer, [](const QByteArray &data) { return data.endsWith("hello"); }, 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n") && answer.endsWith("hello"), answer.left(80).constData());
}

QTEST_MAIN(tst_StreamedBody)
#include "tst_streamedbody.moc"
