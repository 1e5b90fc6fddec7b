#include "web/PageRenderer.h"
#include "web/WebTranslator.h"

#include <QTest>

namespace confidant::server {
extern const char *const templateTexts[];
}

using namespace confidant::server;

// German must be complete: every text in the page templates is in the catalogue lupdate reads, and the compiled
// German translation has an entry for it; so do the validation and service messages the pages show.
class tst_WebTranslations : public QObject {
    Q_OBJECT
private slots:
    void everyTemplateTextIsCatalogued();
    void everyTemplateTextHasGerman();
    void messagesShownOnPagesHaveGerman_data();
    void messagesShownOnPagesHaveGerman();
    void languageFollowsAcceptLanguage_data();
    void languageFollowsAcceptLanguage();
};

void tst_WebTranslations::everyTemplateTextIsCatalogued()
{
    WebTranslator translator;
    PageRenderer renderer(translator);
    QStringList catalogue;
    for (const char *const *text = templateTexts; *text; ++text)
        catalogue << QString::fromUtf8(*text);
    const QStringList texts = renderer.translatableTexts();
    QVERIFY(texts.size() > 30);
    for (const QString &text : texts)
        QVERIFY2(catalogue.contains(text), qPrintable(QStringLiteral("add to server/web/TemplateTexts.cpp: ") + text));
}

void tst_WebTranslations::everyTemplateTextHasGerman()
{
    WebTranslator translator;
    QVERIFY(translator.hasGerman());
    PageRenderer renderer(translator);
    for (const QString &text : renderer.translatableTexts()) {
        const QString german = translator.translate(QStringLiteral("de"), "Web", text);
        QVERIFY2(german != text || text == QLatin1String("Version"), qPrintable(QStringLiteral("no German for: ") + text));
    }
}

void tst_WebTranslations::messagesShownOnPagesHaveGerman_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::newRow("subject") << QStringLiteral("Validation") << QStringLiteral("Please enter a subject.");
    QTest::newRow("body") << QStringLiteral("Validation") << QStringLiteral("The message is too long (at most 20,000 characters).");
    QTest::newRow("email") << QStringLiteral("Validation") << QStringLiteral("This does not look like an e-mail address.");
    QTest::newRow("password") << QStringLiteral("Validation") << QStringLiteral("E-mail address or password is wrong.");
    QTest::newRow("name") << QStringLiteral("Validation") << QStringLiteral("Please enter a name.");
    QTest::newRow("long name") << QStringLiteral("Validation") << QStringLiteral("The name is too long (at most 120 characters).");
    QTest::newRow("unavailable") << QStringLiteral("ServiceError") << QStringLiteral("The mailbox is not available right now. Please try again later.");
    QTest::newRow("taken") << QStringLiteral("ServiceError") << QStringLiteral("This e-mail address is already registered. Please sign in instead.");
    QTest::newRow("csrf") << QStringLiteral("Web") << QStringLiteral("This form has expired. Please go back, reload the page and send it again.");
}

void tst_WebTranslations::messagesShownOnPagesHaveGerman()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    WebTranslator translator;
    QVERIFY(translator.translate(QStringLiteral("de"), context.toLatin1().constData(), source) != source);
}

void tst_WebTranslations::languageFollowsAcceptLanguage_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("language");
    QTest::newRow("none") << QByteArray() << QStringLiteral("en");
    QTest::newRow("german") << QByteArray("de-DE,de;q=0.9") << QStringLiteral("de");
    QTest::newRow("english preferred") << QByteArray("en-US,en;q=0.9,de;q=0.8") << QStringLiteral("en");
    QTest::newRow("german by q") << QByteArray("fr;q=1.0, en;q=0.3, de;q=0.7") << QStringLiteral("de");
    QTest::newRow("unsupported only") << QByteArray("fr-FR, it") << QStringLiteral("en");
    QTest::newRow("garbage") << QByteArray(";;;,q=abc") << QStringLiteral("en");
}

void tst_WebTranslations::languageFollowsAcceptLanguage()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, language);
    QCOMPARE(WebTranslator::languageFor(header), language);
}

QTEST_GUILESS_MAIN(tst_WebTranslations)
#include "tst_webtranslations.moc"
