#pragma once

#include "store/MailOutboxStore.h"
#include "time/Clock.h"
#include "web/WebTranslator.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace confidant::server {

// Writes the mails of the outbox (RFC 5322, UTF-8 text): notices, daily digests, and the links that confirm an
// address or set a new password. A notice says that something waits and links to the mailbox; it never holds the
// inquiry's subject, a name or any text of the answer, since mail is copied to every server on the way and kept
// there beyond our deletion.
class MailComposer {
public:
    MailComposer(QString from, QString publicUrl, const Clock &clock);

    QByteArray compose(const OutboxMail &mail) const;

private:
    struct Content {
        QString subject;
        QStringList paragraphs;
    };
    Content content(const OutboxMail &mail) const;
    QString text(const QString &language, const char *source) const;
    static QByteArray encodedWord(const QString &text);

    QString m_from;
    QString m_publicUrl; // the customer pages as customers reach them, e.g. https://postfach.bank.example
    const Clock &m_clock;
    WebTranslator m_translator;
};

} // namespace confidant::server
