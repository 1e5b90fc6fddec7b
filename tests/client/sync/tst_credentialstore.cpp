#include "CredentialStore.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace confidant::client;

// Against a real Secret Service (GNOME Keyring in a private D-Bus session, see run_with_keyring.sh):
// the passphrase goes into the keychain and nowhere else.
class tst_CredentialStore : public QObject {
    Q_OBJECT
private slots:
    void writesReadsAndDeletesThroughTheKeychain();
};

namespace {

std::pair<bool, QString> wait(const std::function<void(CredentialStore::Done)> &call)
{
    std::optional<std::pair<bool, QString>> result;
    call([&](bool ok, const QString &text) { result = std::make_pair(ok, text); });
    [[maybe_unused]] const bool arrived = QTest::qWaitFor([&] { return result.has_value(); }, 10000);
    return result.value_or(std::make_pair(false, QStringLiteral("timed out")));
}

bool anyFileUnderHomeContains(const QByteArray &secret)
{
    QDirIterator it(QString::fromLocal8Bit(qgetenv("HOME")), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            return true;
    }
    return false;
}

} // namespace

void tst_CredentialStore::writesReadsAndDeletesThroughTheKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("needs a D-Bus session with an unlocked Secret Service; run through run_with_keyring.sh");
    CredentialStore store(QStringLiteral("Confidant test"));
    const QString secret = QStringLiteral("p12-passphrase-%1").arg(QDateTime::currentMSecsSinceEpoch());
    const auto written = wait([&](auto done) { store.writePassphrase(QStringLiteral("advisor"), secret, done); });
    QVERIFY2(written.first, qPrintable(written.second));
    const auto read = wait([&](auto done) { store.readPassphrase(QStringLiteral("advisor"), done); });
    QVERIFY2(read.first, qPrintable(read.second));
    QCOMPARE(read.second, secret);
    QVERIFY(!anyFileUnderHomeContains(secret.toUtf8())); // the keyring file is encrypted; no plain copy anywhere
    const auto deleted = wait([&](auto done) { store.deletePassphrase(QStringLiteral("advisor"), done); });
    QVERIFY2(deleted.first, qPrintable(deleted.second));
    const auto gone = wait([&](auto done) { store.readPassphrase(QStringLiteral("advisor"), done); });
    QVERIFY(!gone.first);
    QCOMPARE(gone.second, QStringLiteral("The keychain holds no passphrase for this certificate yet."));
}

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
