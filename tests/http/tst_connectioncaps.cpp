#include "HttpServerFixture.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <sys/resource.h>
#include <vector>

using namespace confidant::server;

namespace {

// A socket from one of the loopback addresses (127.0.0.2, ...), so the per-address cap is not what decides.
std::unique_ptr<QTcpSocket> connectFrom(const QString &local, quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->bind(QHostAddress(local));
    socket->connectToHost(QHostAddress::LocalHost, port);
    return socket->waitForConnected(5000) ? std::move(socket) : nullptr;
}

// Both ends of every test connection live in this process; raises the soft limit on descriptors if it is lower.
bool allowDescriptors(rlim_t needed)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return false;
    if (limit.rlim_cur >= needed)
        return true;
    if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max < needed)
        return false;
    limit.rlim_cur = needed;
    return ::setrlimit(RLIMIT_NOFILE, &limit) == 0;
}

} // namespace

// How many connections HttpServer keeps, per address and in total, and how it makes room when it is full or nearly.
class tst_ConnectionCaps : public confidant::testing::HttpServerFixture {
    Q_OBJECT
private slots:
    void connectionCapsPerAddress();
    void connectionCapInTotal();
    void fullServerStillServes();
    void waitsAreShortenedUnderPressure();
    void slowBodiesDoNotHoldEverySlot();
};

void tst_ConnectionCaps::connectionCapsPerAddress()
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

// Connections whose request is being handled keep their slots: the cap refuses the next one.
void tst_ConnectionCaps::connectionCapInTotal()
{
    HttpLimits limits;
    limits.maxConnections = 3;
    auto server = plainServer(limits);
    const int parkedBefore = m_parkedCount;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (const char *local : {"127.0.0.2", "127.0.0.3", "127.0.0.4"}) {
        auto socket = connectFrom(QString::fromLatin1(local), server->serverPort());
        QVERIFY(socket);
        socket->write("GET /park HTTP/1.1\r\nHost: x\r\n\r\n"); // the handler never answers
        sockets.push_back(std::move(socket));
    }
    QTRY_COMPARE(m_parkedCount - parkedBefore, 3);
    QCOMPARE(server->openConnectionCount(), 3);
    auto fourth = connectFrom(QStringLiteral("127.0.0.5"), server->serverPort());
    QVERIFY(fourth);
    QTRY_COMPARE(server->refused(), 1);
    QVERIFY(closedBy(*fourth, 5000));
    sockets.front()->abort();
    QTRY_COMPARE(server->openConnectionCount(), 2);
    QVERIFY(exchange(server->serverPort(), "GET /hello/again HTTP/1.1\r\nHost: x\r\n\r\n").endsWith("hello again"));
}

// Hundreds of idle connections from several addresses hold every slot: a new client still gets one, and the
// connections that waited longest are the ones closed for it.
void tst_ConnectionCaps::fullServerStillServes()
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
void tst_ConnectionCaps::waitsAreShortenedUnderPressure()
{
    HttpLimits limits;
    limits.maxConnections = 40;
    limits.pressureConnections = 10;
    limits.idleTimeoutMs = limits.headerTimeoutMs = limits.handshakeTimeoutMs = 600'000;
    limits.bodyTimeoutMs = limits.requestTimeoutMs = 600'000;
    limits.pressureTimeoutMs = 100;
    auto server = plainServer(limits);
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 12; ++i) {
        idle.push_back(connectFrom(QStringLiteral("127.0.0.%1").arg(2 + i % 3), server->serverPort()));
        QVERIFY(idle.back());
    }
    idle.front()->write("GET /hello/slow HTTP/1.1\r\n"); // an unfinished head is cut short too
    idle.back()->write("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nh"); // and an unfinished body
    for (auto *socket : {idle.front().get(), idle.back().get()})
        socket->flush(); // before the idle wait, cut to pressureTimeoutMs as well, runs out
    for (auto &socket : idle)
        QVERIFY(closedBy(*socket, 20'000)); // far below the ten minutes the limits allow otherwise
    QTRY_COMPARE(server->openConnectionCount(), 0);
}

// The attack of audit finding 2 (issue 20) at the product's caps: 600 connections from 16 addresses each send a head
// and trickle their bodies, so every slot holds a body "in progress" (32 per address fill all 512). A newcomer is still
// answered at once: the body that has been arriving longest gives up its slot, as an idle connection would.
void tst_ConnectionCaps::slowBodiesDoNotHoldEverySlot()
{
    HttpLimits limits;
    limits.pressureTimeoutMs = 600'000; // only the eviction is under test here; the deadlines have tests of their own
    const int attackers = 600;
    const int addresses = 16;
    if (!allowDescriptors(2 * attackers + 200))
        QSKIP("the descriptor limit is too low for 600 connections and their server ends");
    auto server = plainServer(limits);
    std::vector<std::unique_ptr<QTcpSocket>> flood;
    for (int i = 0; i < attackers; ++i) {
        flood.push_back(connectFrom(QStringLiteral("127.0.0.%1").arg(2 + i % addresses), server->serverPort()));
        QVERIFY(flood.back());
        // "100 Continue" is the server's own word that it has read the head and now waits for the body.
        flood.back()->write("POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 1000\r\n\r\n");
        flood.back()->flush();
    }
    int reading = 0;
    for (auto &socket : flood) {
        const QByteArray answer = readUntil(*socket, [](const QByteArray &d) { return d.contains("\r\n\r\n"); });
        reading += answer.startsWith("HTTP/1.1 100 Continue") ? 1 : 0;
    }
    QCOMPARE(reading, limits.maxConnections);
    QCOMPARE(server->refused(), attackers - limits.maxConnections); // by the per-address cap
    for (int round = 0; round < 3; ++round) { // the bodies keep moving, each gap far below bodyTimeoutMs
        for (auto &socket : flood) {
            if (socket->state() == QAbstractSocket::ConnectedState) {
                socket->write("b");
                socket->flush();
            }
        }
        QThread::msleep(100);
    }
    QCOMPARE(server->openConnectionCount(), limits.maxConnections);

    QElapsedTimer timer;
    timer.start();
    auto newcomer = connectFrom(QStringLiteral("127.0.0.100"), server->serverPort());
    QVERIFY(newcomer);
    newcomer->write("GET /hello/newcomer HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray response = readUntil(*newcomer, [](const QByteArray &d) { return hasCompleteResponses(d, 1); });
    qInfo("newcomer under the flood: %s after %lld ms", response.endsWith("hello newcomer") ? "answered" : "not answered", timer.elapsed());
    QVERIFY2(response.endsWith("hello newcomer"), response.constData());
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(server->refused(), attackers - limits.maxConnections);
    // The slot came from the first body of the flood.
    QVERIFY(closedBy(*flood.front(), 5000));
    QCOMPARE(server->openConnectionCount(), limits.maxConnections);
}

QTEST_GUILESS_MAIN(tst_ConnectionCaps)
#include "tst_connectioncaps.moc"
