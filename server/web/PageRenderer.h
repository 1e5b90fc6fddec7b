#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <kainjow/mustache.hpp>

namespace confidant::server {

class WebTranslator;

using PageData = kainjow::mustache::data;

// Renders the compiled-in templates (server/web/templates) with kainjow mustache: {{value}} is HTML-escaped,
// so user text can only ever appear as text. Template wording goes through {{#tr}}…{{/tr}}, translated for the
// request's language; the page is wrapped in layout.html.
class PageRenderer {
public:
    explicit PageRenderer(const WebTranslator &translator);

    QByteArray render(const QString &page, PageData data, const QString &language, const QString &title) const;
    // A page that is a whole document of its own (a download), without the site's layout around it.
    QByteArray renderDocument(const QString &page, PageData data, const QString &language, const QString &title) const;
    // Every {{#tr}}…{{/tr}} text of every template, for the translation completeness test.
    QStringList translatableTexts() const;

private:
    std::string load(const QString &name) const;
    void prepare(PageData &data, const QString &language, const QString &title) const;

    const WebTranslator &m_translator;
    QHash<QString, std::string> m_templates;
};

} // namespace confidant::server
