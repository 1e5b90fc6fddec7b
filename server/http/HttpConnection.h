#pragma once

#include "http/BodySource.h"
#include "http/HttpLimits.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "http/ResponseSink.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <functional>
#include <http_parser.h>
#include <memory>

class QTcpSocket;

namespace confidant::server {

class Router;
struct Route;

// What the server's connections share so that, near the cap, the one that has waited longest can be found and
// everyone's waits shortened. `serial` orders the moments connections began to wait (no clock needed).
struct ConnectionPressure {
    quint64 serial = 0;
    bool high = false;
};

// One client connection: parses requests with http_parser, enforces the limits (head size, body size before
// buffering, timeouts), hands each request to its route and writes the answers in order. Pipelined requests
// wait, unread, until the previous answer is written.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    // `client`: the socket's peer, or the client a trusted load balancer named in its PROXY header.
    HttpConnection(QTcpSocket *socket, const QHostAddress &client, const Router *router, const HttpLimits &limits, bool tls, ConnectionPressure *pressure,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    void start();
    QHostAddress peerAddress() const { return m_peerAddress; }

    void respond(quint64 requestNumber, HttpResponse response);
    bool isAwaiting(quint64 requestNumber) const;
    void addAbandonHandler(quint64 requestNumber, std::function<void()> callback);

    // Waiting for a handshake, a request head, its body or the next request: such a connection may be closed to make
    // room. One whose request is being handled never is.
    bool isEvictable() const;
    // When it began to wait, for a body when its request began (ConnectionPressure::serial); the smallest has waited
    // longest.
    quint64 waitingSince() const { return m_waitingSince; }
    // Closes the connection now (closed() is emitted before this returns).
    void evict();
    // The server came under pressure: a wait longer than pressureTimeoutMs is cut short; for a body, its deadline.
    void shortenWait();

signals:
    void closed(HttpConnection *connection);

private:
    enum class State { Handshaking, Idle, ReadingHead, ReadingBody, Awaiting, Streaming, Closing };

    static const http_parser_settings &parserSettings();
    static int onMessageBegin(http_parser *parser);
    static int onUrl(http_parser *parser, const char *at, size_t length);
    static int onHeaderField(http_parser *parser, const char *at, size_t length);
    static int onHeaderValue(http_parser *parser, const char *at, size_t length);
    static int onHeadersComplete(http_parser *parser);
    static int onBody(http_parser *parser, const char *at, size_t length);
    static int onMessageComplete(http_parser *parser);

    int headersComplete();
    bool countHeadBytes(size_t length);
    void readIncoming();
    void parseBuffered();
    void dispatch();
    bool prepareRequest();
    void reject(int status, const QByteArray &message);
    void writeResponse(const HttpResponse &response, bool headOnly, bool close);
    void finishExchange(bool close);
    // A streamed body (BodySource): the next piece is asked for while little of the last one waits to be sent.
    void startStream(std::shared_ptr<BodySource> source, bool close);
    void askForPiece();
    void takePiece(quint64 requestNumber, std::optional<QByteArray> piece);
    void onBytesWritten();
    qint64 unsentBytes() const;
    void enterState(State state);
    void armBodyTimer();
    void onTimeout();
    void onDisconnected();
    int waitTimeout(int normalMs) const;

    QTcpSocket *m_socket;
    std::shared_ptr<ResponseTarget> m_target; // what handlers answer through, from any thread
    const Router *m_router;
    HttpLimits m_limits;
    bool m_tls;
    ConnectionPressure *m_pressure;
    quint64 m_waitingSince = 0;
    QHostAddress m_peerAddress;
    http_parser m_parser;
    State m_state = State::Idle;
    QTimer m_timer;
    QByteArray m_input;

    // The request being parsed.
    HttpRequest m_request;
    QByteArray m_headerField;
    bool m_lastWasValue = false;
    qint64 m_headBytes = 0;
    const Route *m_route = nullptr;
    QList<QByteArray> m_allowedMethods;
    bool m_keepAlive = true;
    bool m_messageComplete = false;
    int m_rejectStatus = 0;

    quint64 m_requestNumber = 0;
    int m_requestsServed = 0;
    qint64 m_startedMs = 0;
    qint64 m_deadlineMs = 0; // when the request being read must be complete (monotonic ms): requestTimeoutMs after its start
    std::vector<std::function<void()>> m_abandonHandlers;
    struct Stream {
        std::shared_ptr<BodySource> source;
        bool chunked = true; // HTTP/1.0 knows no chunks: the body ends with the connection
        bool close = false;
        bool asking = false; // a piece is being made on the executor
    } m_stream;
    bool m_closedEmitted = false;
    bool m_closeRequested = false;
    qint64 m_drained = 0;
};

} // namespace confidant::server
