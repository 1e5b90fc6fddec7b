// The client's copy of the advisor's .p12 (audit 11 of issue 20): owner-only from its first byte, whole or not at
// all, and never written through something planted at its name.
#include "AdvisorIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using confidant::client::AdvisorIdentity;

class tst_AdvisorIdentity : public QObject {
    Q_OBJECT
private slots:
    void init() { m_umask = ::umask(0); } // whatever takes the default mode is then open to everyone
    void cleanup() { ::umask(m_umask); }
    void storedCopyIsOwnerOnlyUnderAnOpenUmask();
    void linkPlantedAtTheCopysNameReceivesNothing();

private:
    mode_t m_umask = 022;
};

namespace {

QString writeSource(const QTemporaryDir &dir, const QByteArray &contents)
{
    const QString path = dir.filePath(QStringLiteral("from-the-administrator.p12"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return {};
    return path;
}

mode_t modeOf(const QString &path)
{
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : mode_t(-1);
}

} // namespace

void tst_AdvisorIdentity::storedCopyIsOwnerOnlyUnderAnOpenUmask()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QString error;
    const auto stored = AdvisorIdentity::storePkcs12(writeSource(dir, "first key"), data, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(modeOf(*stored), mode_t(0600));
    // A new certificate replaces the old copy in one step, and nothing is left beside it.
    const auto replaced = AdvisorIdentity::storePkcs12(writeSource(dir, "second key"), data, &error);
    QVERIFY2(replaced, qPrintable(error));
    QFile copy(*replaced);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), QByteArray("second key"));
    QCOMPARE(modeOf(*replaced), mode_t(0600));
    QCOMPARE(QDir(data).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("advisor.p12")});
}

// Someone who could write the data folder once left a link where the copy goes, to a file others may read: the key
// must not land there (the copy used to be opened by name, following the link, with the umask's mode).
void tst_AdvisorIdentity::linkPlantedAtTheCopysNameReceivesNothing()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    const QString bait = dir.filePath(QStringLiteral("readable-by-all"));
    QFile baitFile(bait);
    QVERIFY(baitFile.open(QIODevice::WriteOnly));
    baitFile.close();
    QVERIFY(QFile::link(bait, data + QStringLiteral("/advisor.p12")));
    QString error;
    const auto stored = AdvisorIdentity::storePkcs12(writeSource(dir, "the advisor's key"), data, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(QFileInfo(bait).size(), 0);
    QVERIFY(!QFileInfo(*stored).isSymLink());
    QCOMPARE(modeOf(*stored), mode_t(0600));
}

QTEST_GUILESS_MAIN(tst_AdvisorIdentity)
#include "tst_advisoridentity.moc"
