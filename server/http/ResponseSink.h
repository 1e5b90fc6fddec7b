#pragma once

#include "http/HttpResponse.h"

#include <QMutex>
#include <functional>
#include <memory>

class QThread;

namespace confidant::server {

class HttpConnection;

// A connection as the handlers see it from any thread. The connection clears it when it goes, under the lock,
// so work posted from a worker reaches a live connection or nobody: Qt drops the events posted to a QObject
// that is destroyed before they are delivered.
class ResponseTarget {
public:
    explicit ResponseTarget(HttpConnection *connection);
    void detach();
    // Runs `work` with the connection on the connection's thread: at once when called there, else posted.
    void run(std::function<void(HttpConnection *)> work);
    bool onConnectionThread() const;
    // The connection, or null once it has gone; only meaningful on the connection's thread.
    HttpConnection *connection() const;

private:
    mutable QMutex m_mutex;
    HttpConnection *m_connection;
    QThread *m_thread;
};

// The handle a handler answers through, now or later (long-poll), from the server's thread or a database
// worker. Copyable; sending twice, or after the client went away, does nothing.
class ResponseSink {
public:
    ResponseSink() = default;
    ResponseSink(std::shared_ptr<ResponseTarget> target, quint64 requestNumber);

    void send(HttpResponse response) const;
    // Whether the request still waits for its answer. On the connection's thread only (a worker's answer is
    // delivered later anyway).
    bool isOpen() const;
    // Called once when the connection closes before an answer was sent; lets a long-poll forget its waiter.
    // On the connection's thread only.
    void onAbandoned(std::function<void()> callback) const;

private:
    std::shared_ptr<ResponseTarget> m_target;
    quint64 m_requestNumber = 0;
};

} // namespace confidant::server
