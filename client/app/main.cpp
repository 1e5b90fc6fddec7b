#include "ClientApplication.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Confidant"));
    QApplication::setApplicationName(QStringLiteral("confidant-client"));
    QApplication::setApplicationDisplayName(QStringLiteral("Confidant"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("confidant_client"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Confidant advisor workstation"));
    parser.addHelpOption();
    const QCommandLineOption apiUrl(QStringLiteral("api-url"), QApplication::translate("main", "Address of the advisor API."), QStringLiteral("url"));
    const QCommandLineOption importP12(QStringLiteral("import-p12"), QApplication::translate("main", "Import this certificate file; the passphrase is read from standard input."), QStringLiteral("file"));
    parser.addOptions({apiUrl, importP12});
    parser.process(app);

    confidant::client::ClientApplication client;
    QObject::connect(&client, &confidant::client::ClientApplication::fatalError, &app, [](const QString &message) {
        if (!message.isEmpty())
            QMessageBox::critical(nullptr, QStringLiteral("Confidant"), message);
        QApplication::exit(message.isEmpty() ? 0 : 1);
    });
    if (parser.isSet(importP12)) {
        QFile input;
        input.open(stdin, QIODevice::ReadOnly);
        const QString passphrase = QString::fromUtf8(input.readAll()).trimmed();
        QMetaObject::invokeMethod(&client, [&] { client.importAndStart(parser.value(importP12), passphrase, parser.value(apiUrl)); }, Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(&client, [&] { client.start(); }, Qt::QueuedConnection);
    }
    return app.exec();
}
