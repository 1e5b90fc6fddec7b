#include "mail/SmtpClient.h"

#include "mail/MailLog.h"

#include <QSslConfiguration>

namespace confidant::server {
namespace {

int msecs(std::chrono::seconds timeout)
{
    return int(std::chrono::milliseconds(timeout).count());
}

} // namespace

SmtpOutcome SmtpClient::send(const QString &recipient, const QByteArray &message, const std::function<bool()> &beforeEnd)
{
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_settings.caCertificates.isEmpty())
        tls.setCaCertificates(m_settings.caCertificates);
    socket.setSslConfiguration(tls);
    socket.connectToHost(m_settings.host, m_settings.port);
    if (!socket.waitForConnected(msecs(m_settings.timeout)))
        return {SmtpOutcome::RetryLater, QStringLiteral("cannot reach the relay: ") + socket.errorString()};
    SmtpOutcome outcome = converse(socket, recipient, message, beforeEnd);
    if (socket.state() == QAbstractSocket::ConnectedState) {
        command(socket, "QUIT");
        socket.disconnectFromHost();
    }
    return outcome;
}

SmtpOutcome SmtpClient::converse(QSslSocket &socket, const QString &recipient, const QByteArray &message, const std::function<bool()> &beforeEnd)
{
    if (const Reply greeting = readReply(socket); greeting.code != 220)
        return refusal(greeting, "greeting");
    SmtpOutcome failure;
    if (!startTls(socket, &failure) || !authenticate(socket, &failure))
        return failure;
    if (const Reply from = command(socket, "MAIL FROM:<" + m_settings.from.toUtf8() + ">"); from.code != 250)
        return refusal(from, "MAIL FROM");
    if (const Reply to = command(socket, "RCPT TO:<" + recipient.toUtf8() + ">"); to.code != 250 && to.code != 251)
        return refusal(to, "RCPT TO", true);
    if (const Reply data = command(socket, "DATA"); data.code != 354)
        return refusal(data, "DATA");
    if (!beforeEnd())
        return {SmtpOutcome::RetryLater, QStringLiteral("the outbox could not be updated before the message's end")};
    socket.write(dotStuffed(message) + "\r\n.\r\n");
    const Reply accepted = readReply(socket);
    if (accepted.code == 0)
        return {SmtpOutcome::Uncertain, QStringLiteral("no answer after the message's end")};
    if (accepted.code != 250)
        return refusal(accepted, "end of message", true);
    return {SmtpOutcome::Sent, QString::fromLatin1(accepted.text)};
}

// Required, not opportunistic: without STARTTLS in the relay's EHLO answer nothing about the mail is said.
bool SmtpClient::startTls(QSslSocket &socket, SmtpOutcome *failure)
{
    const Reply hello = command(socket, "EHLO " + m_settings.heloName.toUtf8());
    if (hello.code != 250) {
        *failure = refusal(hello, "EHLO");
        return false;
    }
    if (!hello.text.toUpper().contains("STARTTLS")) {
        *failure = {SmtpOutcome::RetryLater, QStringLiteral("the relay does not offer STARTTLS; nothing was sent")};
        return false;
    }
    if (const Reply ready = command(socket, "STARTTLS"); ready.code != 220) {
        *failure = refusal(ready, "STARTTLS");
        return false;
    }
    socket.startClientEncryption();
    if (!socket.waitForEncrypted(msecs(m_settings.timeout))) {
        *failure = {SmtpOutcome::RetryLater, QStringLiteral("TLS with the relay failed: ") + socket.errorString()};
        return false;
    }
    // What the relay said before TLS may have been changed on the way: ask again.
    const Reply again = command(socket, "EHLO " + m_settings.heloName.toUtf8());
    if (again.code != 250) {
        *failure = refusal(again, "EHLO after STARTTLS");
        return false;
    }
    return true;
}

bool SmtpClient::authenticate(QSslSocket &socket, SmtpOutcome *failure)
{
    if (m_settings.user.isEmpty())
        return true;
    const QByteArray plain = QByteArray(1, '\0') + m_settings.user.toUtf8() + QByteArray(1, '\0') + m_settings.password.toUtf8();
    const Reply reply = command(socket, "AUTH PLAIN " + plain.toBase64());
    if (reply.code == 235)
        return true;
    *failure = refusal(reply, "AUTH");
    return false;
}

SmtpClient::Reply SmtpClient::command(QSslSocket &socket, const QByteArray &line)
{
    socket.write(line + "\r\n");
    return readReply(socket);
}

// A reply is one or more lines "250-..." ending with "250 ...".
SmtpClient::Reply SmtpClient::readReply(QSslSocket &socket)
{
    Reply reply;
    QByteArray line;
    while (readLine(socket, &line)) {
        if (line.size() < 3)
            return {};
        reply.text += line.mid(4) + '\n';
        if (line.size() == 3 || line.at(3) == ' ') {
            reply.code = line.left(3).toInt();
            return reply;
        }
    }
    return {};
}

bool SmtpClient::readLine(QSslSocket &socket, QByteArray *line)
{
    while (!socket.canReadLine()) {
        if (socket.bytesAvailable() > 4096 || !socket.waitForReadyRead(msecs(m_settings.timeout)))
            return false;
    }
    *line = socket.readLine(4096).trimmed();
    return true;
}

// Only a permanent refusal of this recipient or this message drops the mail; a relay that refuses everything (a
// 5xx to EHLO or MAIL FROM: a configuration fault) keeps it waiting until it is mended.
SmtpOutcome SmtpClient::refusal(const Reply &reply, const char *step, bool aboutThisMail)
{
    const QString detail = QStringLiteral("%1: %2 %3").arg(QLatin1String(step)).arg(reply.code).arg(QString::fromLatin1(reply.text.trimmed()));
    if (aboutThisMail && reply.code >= 500)
        return {SmtpOutcome::Rejected, detail};
    return {SmtpOutcome::RetryLater, reply.code == 0 ? QStringLiteral("%1: no answer from the relay").arg(QLatin1String(step)) : detail};
}

// RFC 5321 4.5.2: a line that starts with a dot gets another one.
QByteArray SmtpClient::dotStuffed(const QByteArray &message)
{
    QByteArray stuffed = message;
    if (stuffed.startsWith('.'))
        stuffed.prepend('.');
    stuffed.replace("\r\n.", "\r\n..");
    return stuffed;
}

} // namespace confidant::server
