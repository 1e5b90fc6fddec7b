#include "HttpServerFixture.h"

#include <QElapsedTimer>
#include <QTest>

namespace confidant::testing {

using namespace confidant::server;

QByteArray HttpServerFixture::readUntil(QTcpSocket &socket, const std::function<bool(const QByteArray &)> &done, int timeoutMs)
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

bool HttpServerFixture::hasCompleteResponses(const QByteArray &data, int count)
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

bool HttpServerFixture::closedBy(QTcpSocket &socket, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < timeoutMs) {
        socket.waitForReadyRead(50);
        socket.readAll();
    }
    return socket.state() == QAbstractSocket::UnconnectedState;
}

void HttpServerFixture::initTestCase()
{
    m_router.add("GET", QStringLiteral("/hello/{name}"), [](const HttpRequest &request, const ResponseSink &sink) {
        sink.send(HttpResponse::text(200, "hello " + request.pathParameters.value(QStringLiteral("name")).toUtf8()));
    });
    m_router.add("POST", QStringLiteral("/echo"), [](const HttpRequest &request, const ResponseSink &sink) {
        sink.send(HttpResponse::text(200, request.body));
    }, 1024);
    m_router.add("GET", QStringLiteral("/park"), [this](const HttpRequest &, const ResponseSink &sink) {
        m_parkedOpen = sink.isOpen();
        ++m_parkedCount;
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

std::unique_ptr<HttpServerFixture::RunningServer> HttpServerFixture::plainServer(HttpLimits limits)
{
    return std::make_unique<RunningServer>(&m_router, limits, std::nullopt);
}

QByteArray HttpServerFixture::exchange(quint16 port, const QByteArray &request, int responses)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(2000))
        return {};
    socket.write(request);
    return readUntil(socket, [responses](const QByteArray &data) { return hasCompleteResponses(data, responses); });
}

} // namespace confidant::testing
