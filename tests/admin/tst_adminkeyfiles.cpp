// confidant-admin's key files (audit 11 of issue 20): created owner-only, never with the umask's mode for a moment,
// and the CA key encrypted with a passphrase that no command line carries.
#include "AdminRun.h"
#include "TestPostgres.h"
#include "pki/CertificateAuthority.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

class tst_AdminKeyFiles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void keyFilesAreOwnerOnlyFromTheirFirstByte();
    void encryptedCaKeyIsUsableOnlyWithItsPassphrase();

private:
    using Run = confidant::testing::AdminRun;
    // confidant-admin with umask 000 and no controlling terminal, against the test database; under strace when
    // `trace` names a log file.
    Run admin(const QString &dataDirectory, const QStringList &arguments, const QByteArray &input = {}, const QString &trace = {});

    std::unique_ptr<confidant::testing::TestPostgres> m_pg;
};

namespace {

mode_t modeOf(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : mode_t(-1);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void tst_AdminKeyFiles::initTestCase()
{
    m_pg = std::make_unique<confidant::testing::TestPostgres>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->errorString()));
}

tst_AdminKeyFiles::Run tst_AdminKeyFiles::admin(const QString &dataDirectory, const QStringList &arguments, const QByteArray &input,
                                                const QString &trace)
{
    const auto db = m_pg->config();
    QStringList command{qEnvironmentVariable("CONFIDANT_ADMIN"), QStringLiteral("--data-dir"), dataDirectory, QStringLiteral("--database-url"),
                        QStringLiteral("postgresql://%1@/%2?host=%3").arg(db.userName, db.databaseName, db.host),
                        QStringLiteral("--key-ring"), m_pg->keyRingFile()};
    if (!trace.isEmpty())
        command = QStringList{QStringLiteral("strace"), QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"),
                              QStringLiteral("trace=open,openat,creat"), QStringLiteral("-o"), trace} + command;
    QProcess process;
    // umask 000: whatever is created with the default mode is readable and writable by everyone until changed. No
    // terminal: a passphrase can only come from where the test says.
    process.setChildProcessModifier([] {
        ::umask(0);
        ::setsid();
    });
    const QString program = command.takeFirst();
    process.start(program, command + arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60'000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// Every file that comes into being in the data directory or as the .p12 is created exclusively with mode 0600, as
// strace sees the open() that creates it; and that is what stays. Before, they were opened 0666 and chmod-ed after.
void tst_AdminKeyFiles::keyFilesAreOwnerOnlyFromTheirFirstByte()
{
    if (QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty())
        QSKIP("strace is not installed (scripts/install-deps.sh installs it)");
    QTemporaryDir dir;
    const QString trace = dir.filePath(QStringLiteral("trace.log"));
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString p12 = dir.filePath(QStringLiteral("m.mueller.p12"));
    for (const Run &run : {admin(data, {QStringLiteral("init-ca"), QStringLiteral("--organisation"), QStringLiteral("Test Bank")}, {}, trace),
                           admin(data, {QStringLiteral("server-cert"), QStringLiteral("--host"), QStringLiteral("localhost")}, {}, trace + QLatin1Char('2')),
                           admin(data, {QStringLiteral("create-team"), QStringLiteral("Private clients")}),
                           admin(data, {QStringLiteral("create-advisor"), QStringLiteral("m.mueller"), QStringLiteral("--name"), QStringLiteral("Maria Müller"),
                                        QStringLiteral("--team"), QStringLiteral("Private clients")}),
                           admin(data, {QStringLiteral("issue-advisor-cert"), QStringLiteral("m.mueller"), QStringLiteral("--out"), p12},
                                 "a good passphrase\n", trace + QLatin1Char('3'))})
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    for (const QString &file : {data + QStringLiteral("/pki/ca.key"), data + QStringLiteral("/pki/server.key"), p12})
        QCOMPARE(modeOf(file), mode_t(0600));
    QCOMPARE(QDir(data + QStringLiteral("/pki")).entryList(QDir::Files).size(), 4); // no temporary file left behind

    const QByteArray traced = readAll(trace) + readAll(trace + QLatin1Char('2')) + readAll(trace + QLatin1Char('3'));
    static const QRegularExpression created(QStringLiteral("open(?:at)?\\((?:AT_FDCWD, )?\"([^\"]*)\", ([A-Z_|]*O_CREAT[A-Z_|]*), (0[0-7]+)\\)"));
    int keyFiles = 0;
    for (const QString &line : QString::fromUtf8(traced).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = created.match(line);
        if (!match.hasMatch() || !(match.captured(1).startsWith(data + QStringLiteral("/pki/")) || match.captured(1).startsWith(p12)))
            continue;
        ++keyFiles;
        QVERIFY2(match.captured(3) == QLatin1String("0600"), qPrintable(line));
        QVERIFY2(match.captured(2).contains(QLatin1String("O_EXCL")), qPrintable(line));
    }
    QCOMPARE(keyFiles, 5); // ca.key, ca.pem, server.key, server.pem, the .p12
}

// init-ca reads the passphrase from a descriptor (here 0: init-ca reads nothing else); the key is then encrypted,
// and issuing with it needs the passphrase: none without a terminal, a wrong one, then the right one.
void tst_AdminKeyFiles::encryptedCaKeyIsUsableOnlyWithItsPassphrase()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QByteArray passphrase = "correct horse battery staple";
    const Run created = admin(data, {QStringLiteral("init-ca"), QStringLiteral("--organisation"), QStringLiteral("Test Bank"),
                                     QStringLiteral("--ca-passphrase-fd"), QStringLiteral("0")}, passphrase + '\n');
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QByteArray key = readAll(data + QStringLiteral("/pki/ca.key"));
    QVERIFY2(key.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"), key.constData());

    const QByteArray certificate = readAll(data + QStringLiteral("/pki/ca.pem"));
    QString error;
    QVERIFY(!confidant::server::CertificateAuthority::load(certificate, key, {}, &error));
    QVERIFY(!confidant::server::CertificateAuthority::load(certificate, key, "wrong passphrase", &error));
    QVERIFY2(confidant::server::CertificateAuthority::load(certificate, key, passphrase, &error), qPrintable(error));

    const QStringList serverCert{QStringLiteral("server-cert"), QStringLiteral("--host"), QStringLiteral("localhost")};
    const Run without = admin(data, serverCert);
    QCOMPARE(without.exitCode, 1);
    QVERIFY2(without.err.contains(QLatin1String("--ca-passphrase-fd")), qPrintable(without.err));
    const QStringList fromStdin{QStringLiteral("--ca-passphrase-fd"), QStringLiteral("0")};
    const Run wrong = admin(data, serverCert + fromStdin, "wrong passphrase\n");
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QLatin1String("wrong passphrase")), qPrintable(wrong.err));
    QVERIFY(!QFile::exists(data + QStringLiteral("/pki/server.key")));
    const Run right = admin(data, serverCert + fromStdin, passphrase + '\n');
    QVERIFY2(right.exitCode == 0, qPrintable(right.err));
    QCOMPARE(modeOf(data + QStringLiteral("/pki/server.key")), mode_t(0600));
}

QTEST_GUILESS_MAIN(tst_AdminKeyFiles)
#include "tst_adminkeyfiles.moc"
