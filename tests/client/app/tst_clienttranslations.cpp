#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// German is complete for the desktop client: lupdate over every client source (the list the build uses),
// merged into a copy of translations/confidant_client_de.ts, finds no text without a German translation.
class tst_ClientTranslations : public QObject {
    Q_OBJECT
private slots:
    void everyTextHasGerman();
};

void tst_ClientTranslations::everyTextHasGerman()
{
    QTemporaryDir dir;
    const QString catalogue = dir.filePath(QStringLiteral("confidant_client_de.ts"));
    QVERIFY(QFile::copy(qEnvironmentVariable("CONFIDANT_SOURCE_DIR") + QStringLiteral("/translations/confidant_client_de.ts"), catalogue));
    QFile::setPermissions(catalogue, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QStringList sources = qEnvironmentVariable("CONFIDANT_CLIENT_SOURCES").split(QLatin1Char('|'), Qt::SkipEmptyParts);
    QVERIFY(sources.size() > 10);
    QProcess lupdate;
    lupdate.start(qEnvironmentVariable("CONFIDANT_LUPDATE"), QStringList{QStringLiteral("-silent"), QStringLiteral("-no-obsolete")} + sources
                                                                 + QStringList{QStringLiteral("-ts"), catalogue});
    QVERIFY(lupdate.waitForFinished(60000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QFile file(catalogue);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList missing;
    int messages = 0;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty())
                missing << source;
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 100);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no German for (run the confidant-client_lupdate target, then translations/fill_de.py):\n  ")
                                           + missing.join(QStringLiteral("\n  "))));
}

QTEST_GUILESS_MAIN(tst_ClientTranslations)
#include "tst_clienttranslations.moc"
