#include "web/WebTranslator.h"

#include <QList>
#include <QLocale>


namespace confidant::server {

WebTranslator::WebTranslator()
{
    auto german = std::make_unique<QTranslator>();
    if (german->load(QStringLiteral(":/i18n/confidant_web_de.qm")))
        m_german = std::move(german);
}

QString WebTranslator::languageFor(const QByteArray &acceptLanguage)
{
    // "de-DE,de;q=0.9,en;q=0.8": the first supported language with the highest q wins.
    double bestQ = -1;
    QString best = QStringLiteral("en");
    for (const QByteArray &part : acceptLanguage.split(',')) {
        const QList<QByteArray> pieces = part.trimmed().split(';');
        const QString tag = QString::fromLatin1(pieces.value(0).trimmed()).toLower();
        double q = 1.0;
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QByteArray parameter = pieces.at(i).trimmed();
            if (parameter.startsWith("q="))
                q = parameter.mid(2).toDouble();
        }
        const QString primary = tag.section(QLatin1Char('-'), 0, 0);
        if ((primary == QLatin1String("de") || primary == QLatin1String("en")) && q > bestQ) {
            bestQ = q;
            best = primary;
        }
    }
    return best;
}

QString WebTranslator::translate(const QString &language, const char *context, const QString &source, int n) const
{
    QString text;
    if (language == QLatin1String("de") && m_german)
        text = m_german->translate(context, source.toUtf8().constData(), nullptr, n);
    if (text.isEmpty()) {
        text = source;
        if (n >= 0)
            text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
    // QTranslator leaves %n in place; QCoreApplication::translate would fill it, but it only knows global translators.
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

} // namespace confidant::server
