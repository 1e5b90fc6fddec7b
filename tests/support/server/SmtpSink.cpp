#include "SmtpSink.h"

#include "TestPki.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace confidant::testing {

SmtpSink::SmtpSink(const TestPki &pki) : m_pki(pki) {}

SmtpSink::~SmtpSink()
{
    stop();
}

bool SmtpSink::start(quint16 port, bool offerStartTls)
{
    const QString script = qEnvironmentVariable("CONFIDANT_SOURCE_DIR") + QStringLiteral("/scripts/lib/smtp-sink.py");
    QStringList arguments{script, QStringLiteral("--port"), QString::number(port), QStringLiteral("--cert"), m_pki.serverCertificateFile(),
                          QStringLiteral("--key"), m_pki.serverKeyFile(), QStringLiteral("--maildir"), m_maildir.path()};
    if (!offerStartTls)
        arguments << QStringLiteral("--no-starttls");
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("/usr/bin/python3"), arguments); // Debian's, where python3-aiosmtpd is
    if (!m_process.waitForStarted(10000) || !m_process.waitForReadyRead(15000)) {
        m_error = QStringLiteral("the SMTP sink did not start: %1").arg(m_process.errorString());
        return false;
    }
    const QRegularExpressionMatch ready = QRegularExpression(QStringLiteral("listening on (\\d+)")).match(QString::fromLatin1(m_process.readLine()));
    if (!ready.hasMatch()) {
        m_error = QStringLiteral("the SMTP sink said something else than where it listens");
        return false;
    }
    m_port = quint16(ready.captured(1).toUInt());
    return true;
}

void SmtpSink::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(2000);
}

QList<QByteArray> SmtpSink::messages() const
{
    QList<QByteArray> all;
    const QDir dir(m_maildir.path());
    for (const QString &name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all.append(file.readAll());
    }
    return all;
}

QByteArray SmtpSink::header(const QByteArray &message, const QByteArray &name)
{
    const QByteArray head = message.left(message.indexOf("\r\n\r\n"));
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith(name.toLower() + ':'))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

QString SmtpSink::bodyText(const QByteArray &message)
{
    const qsizetype start = message.indexOf("\r\n\r\n");
    return QString::fromUtf8(QByteArray::fromBase64(message.mid(start + 4).replace("\r\n", "")));
}

} // namespace confidant::testing
