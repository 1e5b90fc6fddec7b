#include "mail/MailComposer.h"

#include <QLocale>
#include <QUuid>

namespace confidant::server {

MailComposer::MailComposer(QString from, QString publicUrl, const Clock &clock)
    : m_from(std::move(from)), m_publicUrl(std::move(publicUrl)), m_clock(clock)
{
    while (m_publicUrl.endsWith(QLatin1Char('/')))
        m_publicUrl.chop(1);
}

QString MailComposer::text(const QString &language, const char *source) const
{
    return m_translator.translate(language, "Mail", QString::fromUtf8(source));
}

// RFC 2047, so a German subject survives every relay.
QByteArray MailComposer::encodedWord(const QString &text)
{
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray MailComposer::compose(const OutboxMail &mail) const
{
    const QString &language = mail.language;
    const QString subject = text(language, QT_TRANSLATE_NOOP("Mail", "A new answer is waiting in your mailbox"));
    const QString body = text(language, QT_TRANSLATE_NOOP("Mail", "You have a new answer in your mailbox. Please sign in to read it:"))
                         + QStringLiteral("\r\n\r\n") + m_publicUrl + QStringLiteral("/inquiries\r\n\r\n")
                         // Not yet "choose on your account page how often": that page has no such choice so far.
                         + text(language, QT_TRANSLATE_NOOP("Mail", "For your protection this e-mail holds nothing of the answer itself."))
                         + QStringLiteral("\r\n");
    const QString domain = m_from.section(QLatin1Char('@'), 1).isEmpty() ? QStringLiteral("confidant.invalid") : m_from.section(QLatin1Char('@'), 1);
    QByteArray message;
    message += "Date: " + QLocale::c().toString(m_clock.now().toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000")).toLatin1() + "\r\n";
    message += "From: " + m_from.toUtf8() + "\r\n";
    message += "To: " + mail.recipient.toUtf8() + "\r\n";
    message += "Subject: " + encodedWord(subject) + "\r\n";
    // One id per outbox row: a relay that sees the same mail twice can tell.
    message += "Message-ID: <outbox-" + QByteArray::number(mail.id) + "." + QUuid::createUuid().toByteArray(QUuid::Id128) + "@" + domain.toUtf8() + ">\r\n";
    message += "Auto-Submitted: auto-generated\r\n";
    message += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray encoded = body.toUtf8().toBase64();
    for (qsizetype at = 0; at < encoded.size(); at += 76)
        message += encoded.mid(at, 76) + "\r\n";
    return message;
}

} // namespace confidant::server
