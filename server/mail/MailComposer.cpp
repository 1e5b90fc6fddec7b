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

// What each kind of mail says. None names the inquiry, an advisor or anything of an answer, and a link's mail only
// what to do with it: mail is copied to every server on its way and kept there beyond our deletion.
MailComposer::Content MailComposer::content(const OutboxMail &mail) const
{
    const QString &language = mail.language;
    const auto say = [this, &language](const char *source) { return text(language, source); };
    const QString link = m_publicUrl + QLatin1String(mail.kind == QLatin1String("verify_address") ? "/verify?token=" : "/password/reset?token=")
                         + QString::fromLatin1(mail.linkToken);
    if (mail.kind == QLatin1String("verify_address"))
        return {say(QT_TRANSLATE_NOOP("Mail", "Please confirm your e-mail address")),
                {say(QT_TRANSLATE_NOOP("Mail", "Someone registered for the customer mailbox with this address. If it was you, open this link within 24 hours to confirm it:")),
                 link, say(QT_TRANSLATE_NOOP("Mail", "If it was not you, ignore this e-mail: without the confirmation the registration is deleted."))}};
    if (mail.kind == QLatin1String("reset_password"))
        return {say(QT_TRANSLATE_NOOP("Mail", "Setting a new password")),
                {say(QT_TRANSLATE_NOOP("Mail", "Someone asked to set a new password for your customer mailbox. If it was you, open this link within 30 minutes:")),
                 link, say(QT_TRANSLATE_NOOP("Mail", "If it was not you, ignore this e-mail: your password stays as it is."))}};
    if (mail.kind == QLatin1String("registration_attempt"))
        return {say(QT_TRANSLATE_NOOP("Mail", "Someone tried to register with your address")),
                {say(QT_TRANSLATE_NOOP("Mail", "Someone tried to register for the customer mailbox with your address, which already has an account. Nothing was changed.")),
                 say(QT_TRANSLATE_NOOP("Mail", "If it was you and you no longer know your password, you can set a new one here:")),
                 m_publicUrl + QStringLiteral("/password/forgot")}};
    const char *waiting = mail.kind == QLatin1String("daily_digest")
                              ? QT_TRANSLATE_NOOP("Mail", "Since yesterday, new answers have arrived in your mailbox. Please sign in to read them:")
                              : QT_TRANSLATE_NOOP("Mail", "You have a new answer in your mailbox. Please sign in to read it:");
    return {say(QT_TRANSLATE_NOOP("Mail", "A new answer is waiting in your mailbox")),
            {say(waiting), m_publicUrl + QStringLiteral("/inquiries"),
             say(QT_TRANSLATE_NOOP("Mail", "For your protection this e-mail holds nothing of the answer itself. On your account page you choose how often you are told.")),
             m_publicUrl + QStringLiteral("/account/settings")}};
}

QByteArray MailComposer::compose(const OutboxMail &mail) const
{
    const Content written = content(mail);
    const QString &subject = written.subject;
    const QString body = written.paragraphs.join(QStringLiteral("\r\n\r\n")) + QStringLiteral("\r\n");
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
