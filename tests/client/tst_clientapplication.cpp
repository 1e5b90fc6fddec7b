#include "ApiTestServer.h"
#include "ClientApplication.h"
#include "MainWindow.h"
#include "QueueFilterModel.h"
#include "SetupDialog.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace confidant;
using namespace confidant::client;

// The advisor's first start and the next one, as the program does them: import the PKCS#12 file, keep the
// passphrase in the real keychain (run_with_keyring.sh), open the workstation and sync from the real API.
class tst_ClientApplication : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void firstStartImportsThenSecondStartUsesTheKeychain();
    void wrongPassphraseIsRefused();
};

void tst_ClientApplication::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("Confidant"));
    QApplication::setApplicationName(QStringLiteral("confidant-client"));
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("needs a D-Bus session with an unlocked Secret Service; run through run_with_keyring.sh");
}

void tst_ClientApplication::firstStartImportsThenSecondStartUsesTheKeychain()
{
    testing::ApiTestServer server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    server.writeInquiry(QStringLiteral("Card blocked abroad"), QDateTime::currentDateTimeUtc().addSecs(-600));
    const QString passphrase = QStringLiteral("test-passphrase-123");
    {
        SystemClock clock;
        QSettings settings;
        ClientApplication first(clock, &settings);
        first.importAndStart(server.p12File(), passphrase, server.url().toString());
        QTRY_VERIFY_WITH_TIMEOUT(first.window() != nullptr || (first.setupDialog() && first.setupDialog()->isVisible()), 10000);
        QVERIFY(first.window());
        QTRY_COMPARE_WITH_TIMEOUT(first.window()->queueModel()->rowCount(), 1, 10000);
    }
    // Nothing secret was written to a plain file: not the settings, not the data folder.
    QDirIterator it(QString::fromLocal8Bit(qgetenv("HOME")), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(passphrase.toUtf8()), qPrintable(file.fileName()));
    }
    const QString stored = QSettings().value(QStringLiteral("certificateFile")).toString();
    QVERIFY(stored.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QCOMPARE(QFile(stored).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    // The next start finds the certificate and reads its passphrase from the keychain: no dialog.
    SystemClock clock;
    QSettings settings;
    ClientApplication second(clock, &settings);
    second.start();
    QTRY_VERIFY_WITH_TIMEOUT(second.window() != nullptr, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(second.window()->queueModel()->rowCount(), 1, 10000);
}

void tst_ClientApplication::wrongPassphraseIsRefused()
{
    testing::ApiTestServer server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    SystemClock clock;
    QSettings settings;
    ClientApplication client(clock, &settings);
    client.importAndStart(server.p12File(), QStringLiteral("not the passphrase"), server.url().toString());
    // Not an exit: the setup dialog shows what is wrong, with the file and address kept for the next try.
    QVERIFY(client.setupDialog() && client.setupDialog()->isVisible());
    QCOMPARE(client.setupDialog()->certificateFile(), server.p12File());
    QVERIFY(client.setupDialog()->findChild<QLabel *>(QStringLiteral("setupError"))->text().contains(QLatin1String("Check the passphrase")));
    QVERIFY(!client.window());
}

QTEST_MAIN(tst_ClientApplication)
#include "tst_clientapplication.moc"
