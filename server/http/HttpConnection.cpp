#include "http/HttpConnection.h"

#include "http/HttpLog.h"
#include "http/ResponseHead.h"
#include "http/ResponseSink.h"
#include "http/Router.h"

#include <QElapsedTimer>
#include <QSslSocket>
#include <QUrl>

namespace confidant::server {
namespace {

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] { QElapsedTimer t; t.start(); return t; }();
    return clock.elapsed();
}

// A streamed body's next piece is asked for once less than this waits to be sent: what one stream holds is this, one
// piece and Qt's own buffers, however long the body.
constexpr qint64 streamLowWater = 64 * 1024;

HttpConnection *self(http_parser *parser)
{
    return static_cast<HttpConnection *>(parser->data);
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const QHostAddress &client, const Router *router, const HttpLimits &limits, bool tls,
                               ConnectionPressure *pressure, QObject *parent)
    : QObject(parent), m_socket(socket), m_target(std::make_shared<ResponseTarget>(this)), m_router(router), m_limits(limits), m_tls(tls), m_pressure(pressure),
      m_peerAddress(client)
{
    m_socket->setParent(this);
    // While an answer is pending, pipelined bytes stay in the socket; this caps how much Qt buffers for us.
    m_socket->setReadBufferSize(64 * 1024);
    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readIncoming);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    if (m_tls)
        connect(static_cast<QSslSocket *>(m_socket), &QSslSocket::encryptedBytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcHttp) << "connection error from" << m_peerAddress << m_socket->errorString();
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            onDisconnected();
    });
}

HttpConnection::~HttpConnection()
{
    m_target->detach();
}

void HttpConnection::start()
{
    if (!m_tls) {
        enterState(State::Idle);
        return;
    }
    auto *ssl = static_cast<QSslSocket *>(m_socket);
    enterState(State::Handshaking);
    connect(ssl, &QSslSocket::encrypted, this, [this] {
        enterState(State::Idle);
        readIncoming();
    });
    // Any certificate problem ends the handshake; we never ignore errors.
    connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        qCDebug(lcHttp) << "TLS handshake refused for" << m_peerAddress << errors;
    });
    ssl->startServerEncryption();
}

int HttpConnection::waitTimeout(int normalMs) const
{
    return m_pressure->high ? std::min(normalMs, m_limits.pressureTimeoutMs) : normalMs;
}

bool HttpConnection::isEvictable() const
{
    // A body still arriving is a wait as well: were it exempt, a flood of trickled bodies would hold every slot. So is a
    // streamed answer the client has stopped taking (a piece waits in full for it), or slow readers of exports would.
    const bool stalledStream = m_state == State::Streaming && !m_stream.asking && unsentBytes() >= streamLowWater;
    return m_state == State::Handshaking || m_state == State::Idle || m_state == State::ReadingHead || m_state == State::ReadingBody
           || stalledStream;
}

void HttpConnection::evict()
{
    const char *what = m_state == State::ReadingBody ? "in the middle of a body" : m_state == State::Streaming ? "that stopped taking its answer"
                                                                                                            : "waiting for its next step";
    qCDebug(lcHttp) << "closing a connection from" << m_peerAddress << what << "to make room";
    m_socket->abort();
    onDisconnected();
}

void HttpConnection::shortenWait()
{
    if (m_state == State::ReadingBody) {
        m_deadlineMs = std::min(m_deadlineMs, monotonicMs() + m_limits.pressureTimeoutMs);
        armBodyTimer();
        return;
    }
    if (isEvictable() && m_timer.remainingTime() > m_limits.pressureTimeoutMs)
        m_timer.start(m_limits.pressureTimeoutMs);
}

void HttpConnection::enterState(State state)
{
    // A body keeps the place in the eviction order its request took when it began: by then it has been running longest.
    if (state == State::Handshaking || state == State::Idle || state == State::ReadingHead)
        m_waitingSince = ++m_pressure->serial;
    m_state = state;
    switch (state) {
    case State::Handshaking: m_timer.start(waitTimeout(m_limits.handshakeTimeoutMs)); break;
    case State::Idle: m_timer.start(waitTimeout(m_limits.idleTimeoutMs)); break;
    case State::ReadingHead:
        // The head's timer starts once and no read restarts it, so it bounds a trickled head in total as well.
        m_deadlineMs = monotonicMs() + m_limits.requestTimeoutMs;
        m_timer.start(std::min(waitTimeout(m_limits.headerTimeoutMs), m_limits.requestTimeoutMs));
        break;
    case State::ReadingBody:
        if (m_pressure->high)
            m_deadlineMs = std::min(m_deadlineMs, monotonicMs() + m_limits.pressureTimeoutMs);
        armBodyTimer();
        break;
    case State::Awaiting: m_timer.stop(); break;
    case State::Streaming: m_timer.start(m_limits.bodyTimeoutMs); break; // a client must keep taking the body
    case State::Closing: m_timer.start(2000); break; // a client that never reads our last answer is cut off
    }
}

// Each read may restart the wait for the next one (bodyTimeoutMs), but never beyond the request's deadline.
void HttpConnection::armBodyTimer()
{
    const qint64 left = std::max<qint64>(0, m_deadlineMs - monotonicMs());
    m_timer.start(int(std::min<qint64>(m_limits.bodyTimeoutMs, left)));
}

void HttpConnection::onTimeout()
{
    switch (m_state) {
    case State::ReadingHead:
    case State::ReadingBody:
        // Debug, not info: under a slowloris flood this line would come hundreds of times a second.
        qCDebug(lcHttp) << "request from" << m_peerAddress << "still" << (m_state == State::ReadingHead ? "in its head" : "in its body") << "after"
                        << (monotonicMs() - m_startedMs) << "ms";
        reject(408, "The request took too long to arrive.\n");
        break;
    case State::Awaiting:
        break;
    case State::Streaming:
        qCDebug(lcHttp) << "client" << m_peerAddress << "stopped taking the streamed answer to" << m_request.path;
        m_socket->abort();
        onDisconnected();
        break;
    case State::Closing:
        if (m_socket->state() == QAbstractSocket::ConnectedState && !m_closeRequested) {
            m_closeRequested = true;
            m_socket->disconnectFromHost();
            m_timer.start(2000);
            break;
        }
        m_socket->abort();
        onDisconnected();
        break;
    default:
        m_socket->abort();
        onDisconnected();
        break;
    }
}

void HttpConnection::readIncoming()
{
    if (m_state == State::Closing) {
        m_drained += m_socket->skip(m_socket->bytesAvailable());
        if (m_drained > 1024 * 1024)
            m_socket->disconnectFromHost();
        return;
    }
    if (m_state == State::Handshaking || m_state == State::Awaiting || m_state == State::Streaming)
        return;
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    m_input.append(data);
    if (m_state == State::ReadingBody)
        armBodyTimer(); // a body must keep moving, and be complete by the request's deadline
    parseBuffered();
}

void HttpConnection::parseBuffered()
{
    while (!m_input.isEmpty() && (m_state == State::Idle || m_state == State::ReadingHead || m_state == State::ReadingBody)) {
        if (m_state == State::Idle)
            enterState(State::ReadingHead);
        const size_t parsed = http_parser_execute(&m_parser, &parserSettings(), m_input.constData(), size_t(m_input.size()));
        m_input.remove(0, qsizetype(parsed));
        const auto error = HTTP_PARSER_ERRNO(&m_parser);
        if (m_messageComplete) {
            m_messageComplete = false;
            http_parser_pause(&m_parser, 0);
            dispatch();
            continue;
        }
        if (error != HPE_OK) {
            if (m_rejectStatus == 0)
                m_rejectStatus = error == HPE_HEADER_OVERFLOW ? 431 : 400;
            reject(m_rejectStatus, m_rejectStatus == 431 ? QByteArray("The request head is too large.\n")
                                 : m_rejectStatus == 413 ? QByteArray("The request body is too large.\n")
                                 : m_rejectStatus == 417 ? QByteArray("This expectation is not supported.\n")
                                 : m_rejectStatus == 501 ? QByteArray("This transfer encoding is not supported.\n")
                                 : m_rejectStatus == 505 ? QByteArray("Only HTTP/1.0 and HTTP/1.1 are supported.\n")
                                                         : QByteArray("The request is malformed.\n"));
            return;
        }
        if (m_parser.upgrade) {
            reject(400, "Protocol upgrades are not supported.\n");
            return;
        }
    }
}

const http_parser_settings &HttpConnection::parserSettings()
{
    static const http_parser_settings settings = [] {
        http_parser_settings s;
        http_parser_settings_init(&s);
        s.on_message_begin = &HttpConnection::onMessageBegin;
        s.on_url = &HttpConnection::onUrl;
        s.on_header_field = &HttpConnection::onHeaderField;
        s.on_header_value = &HttpConnection::onHeaderValue;
        s.on_headers_complete = &HttpConnection::onHeadersComplete;
        s.on_body = &HttpConnection::onBody;
        s.on_message_complete = &HttpConnection::onMessageComplete;
        return s;
    }();
    return settings;
}

int HttpConnection::onMessageBegin(http_parser *parser)
{
    HttpConnection *c = self(parser);
    c->m_request = HttpRequest();
    c->m_headerField.clear();
    c->m_lastWasValue = false;
    c->m_headBytes = 0;
    c->m_route = nullptr;
    c->m_rejectStatus = 0;
    c->m_startedMs = monotonicMs();
    if (c->m_state == State::Idle)
        c->enterState(State::ReadingHead);
    return 0;
}

bool HttpConnection::countHeadBytes(size_t length)
{
    m_headBytes += qint64(length);
    if (m_headBytes <= m_limits.maxHeaderBytes)
        return true;
    m_rejectStatus = 431;
    return false;
}

int HttpConnection::onUrl(http_parser *parser, const char *at, size_t length)
{
    HttpConnection *c = self(parser);
    if (!c->countHeadBytes(length))
        return -1;
    c->m_request.rawTarget.append(at, qsizetype(length));
    return 0;
}

int HttpConnection::onHeaderField(http_parser *parser, const char *at, size_t length)
{
    HttpConnection *c = self(parser);
    if (!c->countHeadBytes(length))
        return -1;
    if (c->m_lastWasValue) { // a new header begins; a field split across reads keeps growing
        c->m_headerField.clear();
        c->m_lastWasValue = false;
    }
    c->m_headerField.append(at, qsizetype(length));
    return 0;
}

int HttpConnection::onHeaderValue(http_parser *parser, const char *at, size_t length)
{
    HttpConnection *c = self(parser);
    if (!c->countHeadBytes(length))
        return -1;
    if (!c->m_lastWasValue) {
        c->m_request.headers.append({c->m_headerField.toLower(), QByteArray()});
        c->m_lastWasValue = true;
    }
    c->m_request.headers.last().second.append(at, qsizetype(length));
    return 0;
}

int HttpConnection::onHeadersComplete(http_parser *parser)
{
    return self(parser)->headersComplete();
}

int HttpConnection::headersComplete()
{
    // http_parser accepts any digit pair as a version; only HTTP/1.0 and 1.1 are spoken here.
    if (m_parser.http_major != 1 || m_parser.http_minor > 1) {
        m_rejectStatus = 505;
        return -1;
    }
    m_keepAlive = http_should_keep_alive(&m_parser) != 0;
    m_request.method = QByteArray(http_method_str(http_method(m_parser.method)));
    m_request.httpMinorVersion = m_parser.http_minor;
    m_request.peerAddress = m_peerAddress;
    m_request.secure = m_tls;
    if (m_tls) {
        auto *ssl = static_cast<QSslSocket *>(m_socket);
        // Only a certificate that passed verification reaches the handshake's end, so this one is verified.
        if (ssl->peerVerifyMode() == QSslSocket::VerifyPeer)
            m_request.verifiedPeerCertificate = ssl->peerCertificate();
    }
    if (!prepareRequest())
        return -1;
    const QByteArray expect = m_request.header("expect");
    if (!expect.isEmpty() && expect.compare("100-continue", Qt::CaseInsensitive) != 0) {
        m_rejectStatus = 417;
        return -1;
    }
    const QByteArray transferEncoding = m_request.header("transfer-encoding");
    if (!transferEncoding.isEmpty() && transferEncoding.trimmed().compare("chunked", Qt::CaseInsensitive) != 0) {
        m_rejectStatus = 501;
        return -1;
    }
    // Decide on the body before reading any of it: an announced oversize body is refused unread.
    const qint64 limit = m_route ? m_route->maxBodyBytes : 0;
    if ((m_parser.flags & F_CONTENTLENGTH) && m_parser.content_length > quint64(limit)) {
        m_rejectStatus = 413;
        return -1;
    }
    if (!expect.isEmpty())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    enterState(State::ReadingBody);
    return 0;
}

bool HttpConnection::prepareRequest()
{
    http_parser_url url;
    http_parser_url_init(&url);
    if (http_parser_parse_url(m_request.rawTarget.constData(), size_t(m_request.rawTarget.size()), 0, &url) != 0
        || !(url.field_set & (1 << UF_PATH))) {
        m_rejectStatus = 400;
        return false;
    }
    const QByteArray rawPath = m_request.rawTarget.mid(url.field_data[UF_PATH].off, url.field_data[UF_PATH].len);
    const QByteArray decoded = QByteArray::fromPercentEncoding(rawPath);
    const QString path = QString::fromUtf8(decoded);
    if (decoded.contains('\0') || path.contains(QChar::ReplacementCharacter) || path.split(QLatin1Char('/')).contains(QStringLiteral(".."))) {
        m_rejectStatus = 400;
        return false;
    }
    m_request.path = path;
    if (url.field_set & (1 << UF_QUERY))
        m_request.query = QUrlQuery(QString::fromUtf8(m_request.rawTarget.mid(url.field_data[UF_QUERY].off, url.field_data[UF_QUERY].len)));
    const Router::Match match = m_router->match(m_request.method, m_request.path);
    m_route = match.route;
    m_request.pathParameters = match.pathParameters;
    // Without a route the answer is 404/405 after the body, and any body is refused (limit 0).
    m_allowedMethods = match.allowedMethods;
    return true;
}

int HttpConnection::onBody(http_parser *parser, const char *at, size_t length)
{
    HttpConnection *c = self(parser);
    const qint64 limit = c->m_route ? c->m_route->maxBodyBytes : 0;
    if (c->m_request.body.size() + qint64(length) > limit) {
        c->m_rejectStatus = 413;
        return -1;
    }
    c->m_request.body.append(at, qsizetype(length));
    return 0;
}

int HttpConnection::onMessageComplete(http_parser *parser)
{
    HttpConnection *c = self(parser);
    c->m_messageComplete = true;
    http_parser_pause(parser, 1); // pipelined requests wait until this one is answered
    return 0;
}

void HttpConnection::dispatch()
{
    enterState(State::Awaiting);
    const quint64 number = ++m_requestNumber;
    m_abandonHandlers.clear();
    if (!m_route) {
        HttpResponse response = HttpResponse::text(m_allowedMethods.isEmpty() ? 404 : 405,
                                                   m_allowedMethods.isEmpty() ? "Not found.\n" : "Method not allowed.\n");
        if (!m_allowedMethods.isEmpty())
            response.setHeader("Allow", m_allowedMethods.join(", "));
        respond(number, std::move(response));
        return;
    }
    // The handler gets copies: it may run on a database worker while this connection reads on.
    auto handle = [handler = m_route->handler, request = m_request, sink = ResponseSink(m_target, number)] {
        try {
            handler(request, sink);
        } catch (const std::exception &e) {
            qCCritical(lcHttp) << "handler failed for" << request.method << request.path << e.what();
            sink.send(HttpResponse::text(500, "Something went wrong on our side. Please try again.\n"));
        } catch (...) {
            qCCritical(lcHttp) << "handler failed for" << request.method << request.path;
            sink.send(HttpResponse::text(500, "Something went wrong on our side. Please try again.\n"));
        }
    };
    if (m_router->executor())
        m_router->executor()(std::move(handle));
    else
        handle();
}

bool HttpConnection::isAwaiting(quint64 requestNumber) const
{
    return m_state == State::Awaiting && requestNumber == m_requestNumber;
}

void HttpConnection::addAbandonHandler(quint64 requestNumber, std::function<void()> callback)
{
    if (isAwaiting(requestNumber))
        m_abandonHandlers.push_back(std::move(callback));
}

void HttpConnection::respond(quint64 requestNumber, HttpResponse response)
{
    if (!isAwaiting(requestNumber))
        return;
    m_abandonHandlers.clear();
    ++m_requestsServed;
    const bool headOnly = m_request.method == "HEAD";
    // A handler may end the connection with its answer ("Connection: close"), e.g. for a revoked certificate. A
    // streamed body to an HTTP/1.0 client ends with the connection.
    const bool close = !m_keepAlive || m_requestsServed >= m_limits.maxRequestsPerConnection
        || response.header("connection").compare("close", Qt::CaseInsensitive) == 0 || (response.stream && m_request.httpMinorVersion == 0);
    qCDebug(lcHttp) << m_request.method << m_request.path << response.status << (monotonicMs() - m_startedMs) << "ms" << (response.stream ? "(streamed)" : "");
    writeResponse(response, headOnly, close);
    if (response.stream && !headOnly)
        return startStream(response.stream, close);
    finishExchange(close);
}

void HttpConnection::startStream(std::shared_ptr<BodySource> source, bool close)
{
    m_stream = Stream{std::move(source), m_request.httpMinorVersion >= 1, close, false};
    enterState(State::Streaming);
    askForPiece();
}

void HttpConnection::askForPiece()
{
    m_stream.asking = true;
    auto make = [source = m_stream.source, target = m_target, number = m_requestNumber, path = m_request.path] {
        std::optional<QByteArray> piece;
        try {
            piece = source->next();
        } catch (const std::exception &e) {
            qCCritical(lcHttp) << "a streamed body failed for" << path << e.what();
        }
        target->run([number, piece = std::move(piece)](HttpConnection *connection) mutable { connection->takePiece(number, std::move(piece)); });
    };
    if (m_router->executor())
        m_router->executor()(std::move(make));
    else
        QMetaObject::invokeMethod(this, std::move(make), Qt::QueuedConnection); // never recursively: a body may be long
}

void HttpConnection::takePiece(quint64 requestNumber, std::optional<QByteArray> piece)
{
    if (m_state != State::Streaming || requestNumber != m_requestNumber)
        return; // the client went away meanwhile
    m_stream.asking = false;
    m_timer.start(m_limits.bodyTimeoutMs);
    if (!piece) {
        qCWarning(lcHttp) << "the streamed answer to" << m_request.path << "could not be completed; the connection ends without its last chunk";
        m_socket->abort();
        return onDisconnected();
    }
    if (piece->isEmpty()) {
        if (m_stream.chunked)
            m_socket->write("0\r\n\r\n");
        const bool close = m_stream.close;
        m_stream = {};
        return finishExchange(close);
    }
    m_socket->write(m_stream.chunked ? QByteArray::number(piece->size(), 16) + "\r\n" + *piece + "\r\n" : *piece);
    if (unsentBytes() < streamLowWater)
        askForPiece();
}

void HttpConnection::onBytesWritten()
{
    if (m_state != State::Streaming)
        return;
    m_timer.start(m_limits.bodyTimeoutMs);
    if (!m_stream.asking && unsentBytes() < streamLowWater)
        askForPiece();
}

qint64 HttpConnection::unsentBytes() const
{
    const qint64 plain = m_socket->bytesToWrite();
    return m_tls ? plain + static_cast<const QSslSocket *>(m_socket)->encryptedBytesToWrite() : plain;
}

void HttpConnection::reject(int status, const QByteArray &message)
{
    qCDebug(lcHttp) << "refused request from" << m_peerAddress << "with" << status;
    m_abandonHandlers.clear();
    writeResponse(HttpResponse::text(status, message), false, true);
    finishExchange(true);
}

void HttpConnection::writeResponse(const HttpResponse &response, bool headOnly, bool close)
{
    const auto body = !response.stream ? ResponseHead::Body::Sized
                      : m_request.httpMinorVersion >= 1 ? ResponseHead::Body::Chunked : ResponseHead::Body::UntilClose;
    QByteArray out = ResponseHead::serialise(response, m_tls, body, close);
    if (!headOnly)
        out += response.body;
    m_socket->write(out);
}

void HttpConnection::finishExchange(bool close)
{
    if (close) {
        enterState(State::Closing);
        m_input.clear();
        // Lingering close: a client still sending a refused body would see a reset instead of our answer if we
        // closed at once, so read and discard up to 1 MiB (or 1 s) first.
        if (m_socket->bytesAvailable() == 0 && m_parser.http_errno == HPE_OK && m_rejectStatus == 0)
            m_socket->disconnectFromHost();
        else
            m_timer.start(1000);
        return;
    }
    enterState(State::Idle);
    // Continue with pipelined bytes already read, then with what waits in the socket.
    QMetaObject::invokeMethod(this, [this] {
        parseBuffered();
        readIncoming();
    }, Qt::QueuedConnection);
}

void HttpConnection::onDisconnected()
{
    if (m_state == State::Closing && m_socket->state() != QAbstractSocket::UnconnectedState)
        return;
    const auto handlers = std::exchange(m_abandonHandlers, {});
    m_state = State::Closing;
    m_stream = {}; // a piece being made is dropped when it comes
    m_timer.stop();
    for (const auto &handler : handlers)
        handler();
    if (!m_closedEmitted) {
        m_closedEmitted = true;
        emit closed(this);
    }
}

} // namespace confidant::server
