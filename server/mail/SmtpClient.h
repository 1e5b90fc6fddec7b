#pragma once

#include "mail/SmtpSettings.h"

#include <QByteArray>
#include <QSslSocket>
#include <functional>

namespace confidant::server {

// What became of one mail.
struct SmtpOutcome {
    enum Kind {
        Sent,       // the relay took responsibility for it (250 after the message's end)
        RetryLater, // nothing was handed over: the relay was away, refused for now (4xx) or STARTTLS failed
        Rejected,   // the relay refused this mail for good (5xx for the recipient or the message)
        Uncertain,  // the message's end went out and no answer came: the relay may have it
    };
    Kind kind = RetryLater;
    QString detail; // for the log: the relay's answer or the socket's error, never the recipient or the text
};

// A blocking SMTP client for the mail thread (MailDispatcher): one connection per mail, STARTTLS required before
// anything about the mail is said, AUTH PLAIN only inside TLS.
class SmtpClient {
public:
    explicit SmtpClient(SmtpSettings settings) : m_settings(std::move(settings)) {}

    // `beforeEnd` runs after the relay has accepted DATA and before the message's end goes out; returning false
    // stops here with RetryLater (the outbox could not note that the mail is about to be handed over).
    SmtpOutcome send(const QString &recipient, const QByteArray &message, const std::function<bool()> &beforeEnd);

private:
    struct Reply {
        int code = 0;        // 0: no answer in time, or the connection ended
        QByteArray text;
    };
    SmtpOutcome converse(QSslSocket &socket, const QString &recipient, const QByteArray &message, const std::function<bool()> &beforeEnd);
    bool startTls(QSslSocket &socket, SmtpOutcome *failure);
    bool authenticate(QSslSocket &socket, SmtpOutcome *failure);
    Reply command(QSslSocket &socket, const QByteArray &line);
    Reply readReply(QSslSocket &socket);
    bool readLine(QSslSocket &socket, QByteArray *line);
    static SmtpOutcome refusal(const Reply &reply, const char *step, bool aboutThisMail = false);
    static QByteArray dotStuffed(const QByteArray &message);

    SmtpSettings m_settings;
};

} // namespace confidant::server
