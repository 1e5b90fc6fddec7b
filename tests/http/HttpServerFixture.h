#pragma once

#include "TestPki.h"
#include "http/HttpServer.h"

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace confidant::testing {

// What the tests of HttpServer share: a router with a handler for each case (an echo, a long-poll that parks, one
// that throws, the peer's address and certificate) and the test PKI, set up once. A test class derives from it; Qt
// Test finds initTestCase() by name in the base class.
class HttpServerFixture : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

protected:
    // Runs an HttpServer in its own thread, so a test's blocking clients don't starve its event loop.
    class RunningServer {
    public:
        RunningServer(const server::Router *router, server::HttpLimits limits, std::optional<server::TlsSettings> tls)
        {
            m_thread.start();
            QMetaObject::invokeMethod(&m_context, [&] {
                m_server = new server::HttpServer(router, limits, tls);
                m_server->listen(QHostAddress::LocalHost, 0);
                QObject::connect(m_server, &server::HttpServer::connectionRefused, m_server, [this] { ++m_refused; });
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
        server::HttpServer *m_server = nullptr;
        std::atomic<int> m_refused{0};
        bool m_moved = (m_context.moveToThread(&m_thread), true);
    };

    // Reads from a socket until `done` says the collected bytes are complete, the peer closes, or time runs out.
    static QByteArray readUntil(QTcpSocket &socket, const std::function<bool(const QByteArray &)> &done, int timeoutMs = 5000);
    // Whether `data` holds `count` complete responses (heads and, by Content-Length, bodies).
    static bool hasCompleteResponses(const QByteArray &data, int count);
    // Whether the peer closed the socket within `timeoutMs`; what it sends meanwhile is read and dropped.
    static bool closedBy(QTcpSocket &socket, int timeoutMs);

    std::unique_ptr<RunningServer> plainServer(server::HttpLimits limits = {});
    // Sends `request` on a new connection and reads until `responses` complete responses came back.
    QByteArray exchange(quint16 port, const QByteArray &request, int responses = 1);

    server::Router m_router;
    std::atomic<bool> m_parkedOpen{false};
    std::atomic<int> m_parkedCount{0}; // requests /park has taken, i.e. connections busy with an answer
    std::atomic<bool> m_abandoned{false};
    std::unique_ptr<confidant::testing::TestPki> m_pki;
};

} // namespace confidant::testing
