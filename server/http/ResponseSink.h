#pragma once

#include "http/HttpResponse.h"

#include <QPointer>
#include <functional>

namespace confidant::server {

class HttpConnection;

// The handle a handler answers through, now or later (long-poll). Copyable; sending twice, or after the
// client went away, does nothing. Lives on the server's thread.
class ResponseSink {
public:
    ResponseSink() = default;
    explicit ResponseSink(HttpConnection *connection, quint64 requestNumber);

    void send(HttpResponse response) const;
    bool isOpen() const;
    // Called once when the connection closes before an answer was sent; lets a long-poll forget its waiter.
    void onAbandoned(std::function<void()> callback) const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_requestNumber = 0;
};

} // namespace confidant::server
