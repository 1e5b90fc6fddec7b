#pragma once

#include <QByteArray>
#include <QString>
#include <QTranslator>
#include <memory>

namespace confidant::server {

// The customer pages' languages. English is the source; German comes from translations/confidant_web_de.ts,
// compiled in. Each request picks its language from Accept-Language; nothing global is switched.
class WebTranslator {
public:
    WebTranslator();

    static QString languageFor(const QByteArray &acceptLanguage); // "de" or "en"
    QString translate(const QString &language, const char *context, const QString &source, int n = -1) const;
    bool hasGerman() const { return m_german != nullptr; }

private:
    std::unique_ptr<QTranslator> m_german;
};

} // namespace confidant::server
