#include "http/ResponseSink.h"

#include "http/HttpConnection.h"

namespace confidant::server {

ResponseSink::ResponseSink(HttpConnection *connection, quint64 requestNumber)
    : m_connection(connection), m_requestNumber(requestNumber)
{
}

void ResponseSink::send(HttpResponse response) const
{
    if (m_connection)
        m_connection->respond(m_requestNumber, std::move(response));
}

bool ResponseSink::isOpen() const
{
    return m_connection && m_connection->isAwaiting(m_requestNumber);
}

void ResponseSink::onAbandoned(std::function<void()> callback) const
{
    if (m_connection)
        m_connection->addAbandonHandler(m_requestNumber, std::move(callback));
}

} // namespace confidant::server
