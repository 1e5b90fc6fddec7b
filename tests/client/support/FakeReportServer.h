#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

namespace confidant::testing {

// A plain-HTTP stand-in for the report routes: answers each GET with the status and body set for its path (query
// left off), and remembers what was asked. The real API's TLS and SQL are tested on the server's side; this
// tests what the client does with an answer. `delayMs` holds an answer back, to let a newer request overtake it.
class FakeReportServer : public QObject {
    Q_OBJECT
public:
    struct Answer {
        int status = 200;
        QByteArray body;
        int delayMs = 0;
    };

    FakeReportServer();
    QUrl url() const;
    void answer(const QString &path, const Answer &answer) { m_answers.insert(path, answer); }
    // Every request's path and query, in order.
    QStringList requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QString, Answer> m_answers;
    QStringList m_requests;
};

} // namespace confidant::testing
