#include "ClientApplication.h"
#include "time/ProcessTimeZone.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLibraryInfo>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {

// The passphrase from standard input: typed at a prompt without echo when it is a terminal, or piped in.
QString readPassphrase(const QString &file)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        QTextStream prompt(stderr);
        prompt << QApplication::translate("main", "Passphrase for %1: ").arg(file) << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile input;
    QString passphrase;
    if (input.open(stdin, QIODevice::ReadOnly))
        passphrase = QString::fromUtf8(input.readLine()).trimmed();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        QTextStream newline(stderr);
        newline << Qt::endl;
    }
    return passphrase;
}

} // namespace

int main(int argc, char *argv[])
{
    confidant::pinProcessTimeZone();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Confidant"));
    QApplication::setApplicationName(QStringLiteral("confidant-client"));
    QApplication::setApplicationDisplayName(QStringLiteral("Confidant"));
    QApplication::setApplicationVersion(QStringLiteral(CONFIDANT_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("confidant_client"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Confidant advisor workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption apiUrl(QStringLiteral("api-url"), QApplication::translate("main", "Address of the advisor API."), QStringLiteral("url"));
    const QCommandLineOption importP12(QStringLiteral("import-p12"),
        QApplication::translate("main", "Import this certificate file; the passphrase is read from standard input."), QStringLiteral("file"));
    const QCommandLineOption statusLines(QStringLiteral("status"),
        QApplication::translate("main", "Print the progress of the start and the sync as lines on standard output (for scripts and tests)."));
    const QCommandLineOption keychainTimeout(QStringLiteral("keychain-timeout"),
        QApplication::translate("main", "How many seconds to wait for the keychain, which may be asking for its own password (default 120)."),
        QStringLiteral("seconds"), QStringLiteral("120"));
    parser.addOptions({apiUrl, importP12, statusLines, keychainTimeout});
    parser.process(app);

    // Read before the event loop starts and handed over by value (a queued lambda once captured a local by reference).
    const QString passphrase = parser.isSet(importP12) ? readPassphrase(parser.value(importP12)) : QString();

    confidant::SystemClock clock;
    QSettings settings;
    const int keychainSeconds = std::max(1, parser.value(keychainTimeout).toInt());
    confidant::client::ClientApplication client(clock, &settings, std::chrono::seconds(keychainSeconds));
    QObject::connect(&client, &confidant::client::ClientApplication::setupCancelled, &app, [] { QApplication::exit(0); });
    if (parser.isSet(statusLines)) {
        QObject::connect(&client, &confidant::client::ClientApplication::status, &app, [](const QString &event, const QString &detail) {
            QTextStream out(stdout);
            out << "CONFIDANT_STATUS " << event << (detail.isEmpty() ? QString() : QLatin1Char(' ') + QString(detail).replace(QLatin1Char('\n'), QLatin1Char(' ')))
                << Qt::endl;
        });
    }
    const QString file = parser.value(importP12);
    const QString url = parser.value(apiUrl);
    if (parser.isSet(importP12))
        QMetaObject::invokeMethod(&client, [&client, file, passphrase, url] { client.importAndStart(file, passphrase, url); }, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(&client, [&client] { client.start(); }, Qt::QueuedConnection);
    return app.exec();
}
