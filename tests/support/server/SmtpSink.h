#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace confidant::testing {

class TestPki;

// A real SMTP server on loopback (scripts/lib/smtp-sink.py over Debian's python3-aiosmtpd) with the test PKI's
// server certificate. It requires STARTTLS, or with `offerStartTls` false does not offer it. What it accepts is
// read back as whole messages.
class SmtpSink {
public:
    explicit SmtpSink(const TestPki &pki);
    ~SmtpSink();

    // Starts on `port` (0: a free one); false with errorString() when it did not come up.
    bool start(quint16 port = 0, bool offerStartTls = true);
    void stop();
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

    // Every message received so far, oldest first, as the relay got it (headers and body).
    QList<QByteArray> messages() const;
    // The text of a message's base64 body, decoded.
    static QString bodyText(const QByteArray &message);
    static QByteArray header(const QByteArray &message, const QByteArray &name);

private:
    const TestPki &m_pki;
    QTemporaryDir m_maildir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace confidant::testing
