#include "crypto/KeyRing.h"

#include <QFile>
#include <QDir>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <sys/stat.h>

using namespace confidant::server;

class tst_KeyRing : public QObject {
    Q_OBJECT
private slots:
    void init();
    void createdOwnerOnlyAndLoaded();
    void refusesToReplaceAnExistingRing();
    void refusesAFileOthersCanRead_data();
    void refusesAFileOthersCanRead();
    void missingFileNamesTheCommand();
    void wrapAndUnwrap();
    void rotationBookkeeping();
    void saveIsAtomic();
    void anotherProcessesRotationIsSeen();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("keys/keyring")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    const QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
};

void tst_KeyRing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(KeyRing::create(path(), m_now, &error), qPrintable(error));
}

void tst_KeyRing::createdOwnerOnlyAndLoaded()
{
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(path()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    QString error;
    const auto ring = KeyRing::load(path(), &error);
    QVERIFY2(ring, qPrintable(error));
    QCOMPARE(ring->currentEpoch(), 1);
    QCOMPARE(ring->currentSince(), m_now);
}

void tst_KeyRing::refusesToReplaceAnExistingRing()
{
    QString error;
    QVERIFY(!KeyRing::create(path(), m_now, &error));
    QVERIFY(error.contains(QLatin1String("exists already")));
}

void tst_KeyRing::refusesAFileOthersCanRead_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("group may read") << 0640;
    QTest::newRow("others may read") << 0604;
    QTest::newRow("group may write") << 0620;
}

void tst_KeyRing::refusesAFileOthersCanRead()
{
    QFETCH(int, mode);
    QCOMPARE(::chmod(QFile::encodeName(path()).constData(), mode_t(mode)), 0);
    QString error;
    QVERIFY(!KeyRing::load(path(), &error));
    QVERIFY2(error.contains(QStringLiteral("chmod 600 ") + path()), qPrintable(error));
}

void tst_KeyRing::missingFileNamesTheCommand()
{
    QString error;
    QVERIFY(!KeyRing::load(m_dir->filePath(QStringLiteral("nothing")), &error));
    QVERIFY2(error.contains(QLatin1String("confidant-admin create-key-ring")), qPrintable(error));
    QVERIFY(error.contains(m_dir->filePath(QStringLiteral("nothing"))));
}

void tst_KeyRing::wrapAndUnwrap()
{
    QString error;
    const auto ring = KeyRing::load(path(), &error);
    const SecretKey dataKey = *SecretKey::random();
    const auto wrapped = ring->wrap(7, dataKey);
    QVERIFY(wrapped);
    QCOMPARE(wrapped->epoch, 1);
    QCOMPARE(ring->unwrap(7, *wrapped)->toBytes(), dataKey.toBytes());
    QVERIFY(!ring->unwrap(8, *wrapped));                        // another inquiry's row
    QVERIFY(!ring->unwrap(7, WrappedKey{2, wrapped->bytes}));   // an epoch the ring does not have
}

// A new current epoch wraps new keys; the old one opens what it wrapped until it is retired, then nothing.
void tst_KeyRing::rotationBookkeeping()
{
    QString error;
    const auto ring = KeyRing::load(path(), &error);
    const SecretKey dataKey = *SecretKey::random();
    const WrappedKey old = *ring->wrap(1, dataKey);
    QCOMPARE(ring->addEpoch(m_now.addDays(1), &error), 2);
    QCOMPARE(ring->epochs(), (QList<int>{1, 2}));
    QCOMPARE(ring->wrap(1, dataKey)->epoch, 2);
    QVERIFY(ring->unwrap(1, old));
    QVERIFY2(ring->retireBefore(2, &error), qPrintable(error));
    QCOMPARE(ring->epochs(), QList<int>{2});
    QVERIFY(!ring->unwrap(1, old));
    QCOMPARE(KeyRing::load(path(), &error)->epochs(), QList<int>{2}); // and so does the file
    QVERIFY(!ring->retireBefore(3, &error)); // never the last key
    QCOMPARE(ring->epochs(), QList<int>{2});
}

// The file is replaced whole (a new inode, owner-only), and no temporary file stays behind.
void tst_KeyRing::saveIsAtomic()
{
    struct stat before = {};
    struct stat after = {};
    QCOMPARE(::stat(QFile::encodeName(path()).constData(), &before), 0);
    QString error;
    QVERIFY(KeyRing::load(path(), &error)->addEpoch(m_now, &error));
    QCOMPARE(::stat(QFile::encodeName(path()).constData(), &after), 0);
    QVERIFY(before.st_ino != after.st_ino);
    QCOMPARE(after.st_mode & 0777, mode_t(0600));
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("keys"))).entryList(QDir::Files), QStringList{QStringLiteral("keyring")});
}

// A server instance learns of a rotation another process made from the file, at the first epoch it does not know.
void tst_KeyRing::anotherProcessesRotationIsSeen()
{
    QString error;
    const auto server = KeyRing::load(path(), &error);
    const auto admin = KeyRing::load(path(), &error);
    const SecretKey dataKey = *SecretKey::random();
    QVERIFY(admin->addEpoch(m_now, &error));
    const WrappedKey rewrapped = *admin->wrap(3, dataKey);
    QCOMPARE(rewrapped.epoch, 2);
    QCOMPARE(server->unwrap(3, rewrapped)->toBytes(), dataKey.toBytes());
    QCOMPARE(server->currentEpoch(), 2);
}

QTEST_GUILESS_MAIN(tst_KeyRing)
#include "tst_keyring.moc"
