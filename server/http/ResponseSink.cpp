#include "http/ResponseSink.h"

#include "http/HttpConnection.h"

#include <QThread>

namespace confidant::server {

ResponseTarget::ResponseTarget(HttpConnection *connection) : m_connection(connection), m_thread(connection->thread()) {}

void ResponseTarget::detach()
{
    const QMutexLocker locker(&m_mutex);
    m_connection = nullptr;
}

bool ResponseTarget::onConnectionThread() const
{
    return QThread::currentThread() == m_thread;
}

HttpConnection *ResponseTarget::connection() const
{
    const QMutexLocker locker(&m_mutex);
    return m_connection;
}

void ResponseTarget::run(std::function<void(HttpConnection *)> work)
{
    if (onConnectionThread()) {
        if (HttpConnection *connection = this->connection())
            work(connection);
        return;
    }
    const QMutexLocker locker(&m_mutex);
    if (HttpConnection *connection = m_connection)
        QMetaObject::invokeMethod(connection, [connection, work = std::move(work)] { work(connection); }, Qt::QueuedConnection);
}

ResponseSink::ResponseSink(std::shared_ptr<ResponseTarget> target, quint64 requestNumber)
    : m_target(std::move(target)), m_requestNumber(requestNumber)
{
}

void ResponseSink::send(HttpResponse response) const
{
    if (m_target)
        m_target->run([number = m_requestNumber, response = std::move(response)](HttpConnection *connection) mutable {
            connection->respond(number, std::move(response));
        });
}

bool ResponseSink::isOpen() const
{
    Q_ASSERT(!m_target || m_target->onConnectionThread());
    const HttpConnection *connection = m_target ? m_target->connection() : nullptr;
    return connection && connection->isAwaiting(m_requestNumber);
}

void ResponseSink::onAbandoned(std::function<void()> callback) const
{
    Q_ASSERT(!m_target || m_target->onConnectionThread());
    if (HttpConnection *connection = m_target ? m_target->connection() : nullptr)
        connection->addAbandonHandler(m_requestNumber, std::move(callback));
}

} // namespace confidant::server
