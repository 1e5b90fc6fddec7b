#include "validation/Validation.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QtGlobal>

#include <algorithm>

namespace confidant::validation {
namespace {

FieldErrors one(const QString &field, const char *message)
{
    return {FieldError{field, QString::fromUtf8(message)}};
}

qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
}

bool hasForbiddenControl(const QString &text)
{
    for (QChar c : text) {
        const auto u = c.unicode();
        if (u == u'\t' || u == u'\n' || u == u'\r')
            continue;
        if (u < 0x20 || u == 0x7f)
            return true;
    }
    return false;
}

// Every control character, C1 included: a name is one plain line, and the database's CHECK on names says the same.
bool hasControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

const char *const unstorableText = QT_TRANSLATE_NOOP("Validation", "This text contains characters that cannot be stored.");

FieldErrors checkText(const QString &value, const QString &field, qsizetype maxLength, const char *emptyMessage,
                      const char *tooLongMessage)
{
    const QString text = normalisedText(value);
    if (text.isEmpty())
        return one(field, emptyMessage);
    if (codePoints(text) > maxLength)
        return one(field, tooLongMessage);
    if (hasForbiddenControl(text))
        return one(field, unstorableText);
    return {};
}

} // namespace

std::optional<QString> decodeStrictUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    for (QChar c : text) {
        const auto u = c.unicode();
        if (u == 0xfffd && !bytes.contains(QByteArrayView("\xef\xbf\xbd")))
            return std::nullopt;
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f)
            return std::nullopt;
    }
    return text;
}

QString normalisedName(const QString &name)
{
    return name.normalized(QString::NormalizationForm_C).simplified();
}

QString normalisedEmail(const QString &email)
{
    return email.normalized(QString::NormalizationForm_C).trimmed().toLower();
}

QString normalisedText(const QString &text)
{
    QString result = text;
    result.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    result.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return result.trimmed();
}

FieldErrors checkEmail(const QString &email, const QString &field)
{
    const QString value = email.trimmed();
    if (value.isEmpty())
        return one(field, QT_TRANSLATE_NOOP("Validation", "Please enter your e-mail address."));
    if (value.size() > EmailMaxLength)
        return one(field, QT_TRANSLATE_NOOP("Validation", "This e-mail address is too long."));
    static const QRegularExpression shape(QStringLiteral(R"(^[^\s@<>()\[\],;:"]+@[^\s@<>()\[\],;:"]+\.[^\s@<>()\[\],;:".]{2,}$)"));
    if (!shape.match(value).hasMatch())
        return one(field, QT_TRANSLATE_NOOP("Validation", "This does not look like an e-mail address."));
    return {};
}

FieldErrors checkPseudonym(const QString &pseudonym, const QString &field)
{
    const QString value = normalisedEmail(pseudonym);
    if (value.isEmpty())
        return one(field, QT_TRANSLATE_NOOP("Validation", "Please choose a pseudonym."));
    static const QRegularExpression shape(QStringLiteral(R"(^[\p{L}\p{N}._-]{3,40}$)"));
    if (!shape.match(value).hasMatch())
        return one(field, QT_TRANSLATE_NOOP("Validation", "A pseudonym has 3 to 40 letters, digits, dots, dashes or underscores."));
    return {};
}

FieldErrors checkNewPassword(const QString &password, const QString &field)
{
    if (codePoints(password) < PasswordMinLength)
        return one(field, QT_TRANSLATE_NOOP("Validation", "Please choose a password of at least 10 characters."));
    if (codePoints(password) > PasswordMaxLength)
        return one(field, QT_TRANSLATE_NOOP("Validation", "This password is too long (at most 256 characters)."));
    if (hasForbiddenControl(password) || password.contains(QLatin1Char('\n')) || password.contains(QLatin1Char('\t')))
        return one(field, QT_TRANSLATE_NOOP("Validation", "The password contains characters that cannot be typed."));
    return {};
}

FieldErrors checkNoteText(const QString &text, const QString &field)
{
    return checkText(text, field, NoteMaxLength, QT_TRANSLATE_NOOP("Validation", "Please write the note."),
                     QT_TRANSLATE_NOOP("Validation", "The note is too long (at most 4,000 characters)."));
}

FieldErrors checkAbsence(const QDateTime &from, const QDateTime &to, const QDateTime &now)
{
    if (to <= from)
        return one(QStringLiteral("to"), QT_TRANSLATE_NOOP("Validation", "The absence must end after it starts."));
    if (to <= now)
        return one(QStringLiteral("to"), QT_TRANSLATE_NOOP("Validation", "The absence must end in the future."));
    if (from.daysTo(to) > AbsenceMaxDays)
        return one(QStringLiteral("to"), QT_TRANSLATE_NOOP("Validation", "An absence can last at most a year."));
    return {};
}

FieldErrors checkPostponement(const QString &reason, const std::optional<QDateTime> &until, const QDateTime &now)
{
    FieldErrors errors = checkText(reason, QStringLiteral("reason"), PostponementReasonMaxLength,
                                   QT_TRANSLATE_NOOP("Validation", "Please say why the deletion is postponed."),
                                   QT_TRANSLATE_NOOP("Validation", "The reason is too long (at most 500 characters)."));
    if (until && *until <= now)
        errors += one(QStringLiteral("until"), QT_TRANSLATE_NOOP("Validation", "The new date must be in the future."));
    else if (until && now.daysTo(*until) > PostponementMaxDays)
        errors += one(QStringLiteral("until"), QT_TRANSLATE_NOOP("Validation", "Postpone by at most a hundred years; for longer, use a legal hold."));
    return errors;
}

FieldErrors checkSubject(const QString &subject, const QString &field)
{
    if (normalisedText(subject).contains(QLatin1Char('\n')))
        return one(field, QT_TRANSLATE_NOOP("Validation", "The subject must fit on one line."));
    return checkText(subject, field, SubjectMaxLength,
                     QT_TRANSLATE_NOOP("Validation", "Please enter a subject."),
                     QT_TRANSLATE_NOOP("Validation", "The subject is too long (at most 200 characters)."));
}

FieldErrors checkMessageBody(const QString &body, const QString &field)
{
    return checkText(body, field, MessageBodyMaxLength,
                     QT_TRANSLATE_NOOP("Validation", "Please write your message."),
                     QT_TRANSLATE_NOOP("Validation", "The message is too long (at most 20,000 characters)."));
}

FieldErrors checkTopicKey(const QString &key, const QString &field)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (key.isEmpty())
        return one(field, QT_TRANSLATE_NOOP("Validation", "Please choose a topic."));
    if (!shape.match(key).hasMatch())
        return one(field, QT_TRANSLATE_NOOP("Validation", "This topic does not exist."));
    return {};
}

FieldErrors checkLogin(const QString &login, const QString &field)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    if (!shape.match(login).hasMatch())
        return one(field, QT_TRANSLATE_NOOP("Validation",
                                            "A login has 2 to 64 lower-case letters, digits, dots, dashes or underscores."));
    return {};
}

FieldErrors checkDisplayName(const QString &name, const QString &field)
{
    const QString value = normalisedName(name);
    if (hasControl(value))
        return one(field, unstorableText);
    return checkText(value, field, DisplayNameMaxLength,
                     QT_TRANSLATE_NOOP("Validation", "Please enter a name."),
                     QT_TRANSLATE_NOOP("Validation", "The name is too long (at most 120 characters)."));
}

} // namespace confidant::validation
