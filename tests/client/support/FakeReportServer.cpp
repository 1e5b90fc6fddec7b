#include "FakeReportServer.h"

#include <QTcpSocket>
#include <QTimer>

namespace confidant::testing {

FakeReportServer::FakeReportServer()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QUrl FakeReportServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()));
}

void FakeReportServer::serve(QTcpSocket *socket)
{
    // GETs only: the request is complete with its empty line.
    if (!socket->peek(1 << 16).contains("\r\n\r\n"))
        return;
    const QByteArray request = socket->readAll();
    const QString target = QString::fromLatin1(request.split(' ').value(1));
    m_requests << target;
    const QString path = QUrl(target).path();
    const Answer answer = m_answers.value(path, {404, QByteArrayLiteral("{\"error\":{\"code\":\"notFound\",\"message\":\"Not found.\"}}")});
    QTimer::singleShot(answer.delayMs, socket, [socket, answer] {
        socket->write("HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body);
    });
}

} // namespace confidant::testing
