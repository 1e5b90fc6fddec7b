#include "ApiTestServer.h"
#include "ClientApplication.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "QueueFilterModel.h"
#include "SetupDialog.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QScreen>
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
    void accountMenuSwitchesImportsAndSignsOut();
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
        // The offscreen screen is 800 x 600: the window opens within it, not at its preferred 1460 pixels.
        const QSize available = first.window()->screen()->availableGeometry().size();
        QVERIFY2(first.window()->width() <= available.width() && first.window()->height() <= available.height(),
                 qPrintable(QStringLiteral("%1 x %2 on %3 x %4").arg(first.window()->width()).arg(first.window()->height())
                                .arg(available.width()).arg(available.height())));
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

// The Account menu's actions as the window asks for them: a server that can't be reached leaves everything as it
// was; another address of the same server opens a new workstation; "Import new certificate" shows the dialog;
// signing out forgets the keychain entry, the copied file and the path, and shows the way back in.
void tst_ClientApplication::accountMenuSwitchesImportsAndSignsOut()
{
    testing::ApiTestServer server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    SystemClock clock;
    QSettings settings;
    ClientApplication client(clock, &settings);
    client.importAndStart(server.p12File(), QString::fromLatin1(server.p12Passphrase()), server.url().toString());
    QTRY_VERIFY_WITH_TIMEOUT(client.window() != nullptr, 10000);
    MainWindow *first = client.window();

    emit first->switchServerRequested(QUrl(QStringLiteral("https://127.0.0.1:1/")));
    QTRY_VERIFY_WITH_TIMEOUT(first->noticeBar()->isVisible(), 10000);
    QVERIFY2(first->noticeBar()->text().startsWith(QLatin1String("Could not switch the server")), qPrintable(first->noticeBar()->text()));
    QCOMPARE(client.window(), first);
    // The feed answering meanwhile ("up to date" again) must not wipe the notice away unread.
    server.writeInquiry(QStringLiteral("Arrives while the notice shows"), QDateTime::currentDateTimeUtc());
    QTRY_COMPARE_WITH_TIMEOUT(first->queueModel()->rowCount(), 1, 10000);
    QVERIFY(first->noticeBar()->isVisible());
    QCOMPARE(settings.value(QStringLiteral("apiUrl")).toString(), server.url().toString());

    QUrl sameServer = server.url();
    sameServer.setPath(QStringLiteral("/api/../"));
    emit first->switchServerRequested(sameServer);
    QTRY_VERIFY_WITH_TIMEOUT(client.window() != first, 10000);
    QCOMPARE(settings.value(QStringLiteral("apiUrl")).toString(), sameServer.toString());
    QTRY_COMPARE_WITH_TIMEOUT(client.window()->queueModel()->rowCount(), 1, 5000);

    emit client.window()->importCertificateRequested();
    QVERIFY(client.setupDialog() && client.setupDialog()->isVisible());
    QCOMPARE(client.setupDialog()->apiUrl(), sameServer.toString());
    client.setupDialog()->reject();
    QVERIFY(client.window()); // cancelling an import keeps the advisor signed in

    const QString stored = settings.value(QStringLiteral("certificateFile")).toString();
    QVERIFY(QFile::exists(stored));
    emit client.window()->signOutRequested();
    QTRY_VERIFY_WITH_TIMEOUT(client.setupDialog() && client.setupDialog()->isVisible(), 10000);
    QVERIFY(!client.window());
    QVERIFY(!QFile::exists(stored));
    QVERIFY(!settings.contains(QStringLiteral("certificateFile")));
    QVERIFY(client.setupDialog()->findChild<QLabel *>(QStringLiteral("setupError"))->text().startsWith(QLatin1String("You have signed out.")));
    CredentialStore keychain;
    std::optional<bool> found;
    keychain.readPassphrase(QStringLiteral("advisor-certificate"), [&](bool ok, const QString &) { found = ok; });
    QTRY_VERIFY(found.has_value());
    QVERIFY(!*found);
}

QTEST_MAIN(tst_ClientApplication)
#include "tst_clientapplication.moc"
