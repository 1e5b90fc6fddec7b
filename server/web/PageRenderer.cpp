#include "web/PageRenderer.h"

#include "web/WebTranslator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>


namespace confidant::server {

using kainjow::mustache::mustache;

PageRenderer::PageRenderer(const WebTranslator &translator) : m_translator(translator)
{
    const QDir dir(QStringLiteral(":/web/templates"));
    for (const QString &file : dir.entryList({QStringLiteral("*.html")})) {
        QFile f(dir.filePath(file));
        if (f.open(QIODevice::ReadOnly))
            m_templates.insert(file.chopped(5), f.readAll().toStdString());
    }
}

std::string PageRenderer::load(const QString &name) const
{
    return m_templates.value(name);
}

void PageRenderer::prepare(PageData &data, const QString &language, const QString &title) const
{
    const auto tr = kainjow::mustache::lambda{[this, language](const std::string &text) {
        return m_translator.translate(language, "Web", QString::fromStdString(text)).toStdString();
    }};
    data.set("tr", tr);
    // Templates named "_name" are partials, shared by several pages as {{>_name}}.
    for (auto it = m_templates.cbegin(); it != m_templates.cend(); ++it) {
        if (it.key().startsWith(QLatin1Char('_')))
            data.set(it.key().toStdString(), kainjow::mustache::partial{[text = it.value()] { return text; }});
    }
    data.set("lang", language.toStdString());
    data.set("title", title.toStdString());
}

QByteArray PageRenderer::renderDocument(const QString &page, PageData data, const QString &language, const QString &title) const
{
    prepare(data, language, title);
    mustache document(load(page));
    return QByteArray::fromStdString(document.render(data));
}

QByteArray PageRenderer::render(const QString &page, PageData data, const QString &language, const QString &title) const
{
    prepare(data, language, title);
    mustache content(load(page));
    const std::string body = content.render(data);
    // The layout inserts the rendered page with {{{content}}}: it is our template output, already escaped.
    data.set("content", body);
    mustache layout(load(QStringLiteral("layout")));
    return QByteArray::fromStdString(layout.render(data));
}

QStringList PageRenderer::translatableTexts() const
{
    static const QRegularExpression section(QStringLiteral("\\{\\{#tr\\}\\}(.*?)\\{\\{/tr\\}\\}"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QStringList texts;
    for (const std::string &content : m_templates) {
        auto it = section.globalMatch(QString::fromStdString(content));
        while (it.hasNext())
            texts << it.next().captured(1);
    }
    texts.removeDuplicates();
    return texts;
}

} // namespace confidant::server
