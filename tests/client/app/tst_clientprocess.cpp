#include "ApiTestServer.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace confidant;

// The real confidant-client executable, started as an advisor starts it: on the offscreen platform (or a private X
// display where the setup dialog is typed into), with GNOME Keyring in a private D-Bus session, against the real
// advisor API. It prints its progress with --status; the tests read those lines as the advisor reads the window.
class tst_ClientProcess : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void importFromTheCommandLineThenStartFromTheKeychain();
    void wrongPassphraseShowsTheSetupAgain();
    void unreachableServerIsExplained();
    void revokedCertificateIsRefusedAtFirstAndSecondStart();
    void missingKeychainIsExplained();
    void setupDialogTypedInAtTheFirstStart();
    void lockedKeychainIsExplained(); // last: the keyring stays locked

private:
    struct Client {
        std::unique_ptr<QProcess> process;
        QStringList lines;
    };
    std::unique_ptr<Client> launch(const QStringList &arguments, const QByteArray &input = {}, const QString &platform = QStringLiteral("offscreen"),
                                   const QProcessEnvironment &extra = {});
    // Waits for a status line starting with `prefix`; fails with everything the client printed if none comes.
    QString waitForStatus(Client &client, const QString &prefix, int timeoutMs = 20000);
    void stop(Client &client);
    void xdotool(const QStringList &arguments);

    std::unique_ptr<testing::ApiTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home; // the advisor's settings and data folders, new for each test
    int m_written = 0; // inquiries waiting on the server, all of them for this advisor
    QString liveLine() const { return QStringLiteral("CONFIDANT_STATUS sync state=live inquiries=%1 waiting=%1").arg(m_written); }
};

void tst_ClientProcess::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("needs a D-Bus session with an unlocked Secret Service; run through run_with_desktop.sh");
    m_server = std::make_unique<testing::ApiTestServer>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->errorString()));
    m_server->writeInquiry(QStringLiteral("Card blocked abroad"), QDateTime::currentDateTimeUtc().addSecs(-600));
    m_server->writeInquiry(QStringLiteral("Statement missing"), QDateTime::currentDateTimeUtc().addSecs(-7200));
    m_written = 2;
}

void tst_ClientProcess::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_server->registerAdvisor();
}

std::unique_ptr<tst_ClientProcess::Client> tst_ClientProcess::launch(const QStringList &arguments, const QByteArray &input, const QString &platform,
                                                                     const QProcessEnvironment &extra)
{
    auto client = std::make_unique<Client>();
    client->process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    client->process->setProcessEnvironment(environment);
    client->process->setProcessChannelMode(QProcess::SeparateChannels);
    Client *raw = client.get();
    connect(client->process.get(), &QProcess::readyReadStandardOutput, this, [raw] {
        while (raw->process->canReadLine())
            raw->lines << QString::fromUtf8(raw->process->readLine()).trimmed();
    });
    client->process->start(qEnvironmentVariable("CONFIDANT_CLIENT"), QStringList{QStringLiteral("--status")} + arguments);
    if (!client->process->waitForStarted(10000))
        return client;
    client->process->write(input);
    client->process->closeWriteChannel();
    return client;
}

QString tst_ClientProcess::waitForStatus(Client &client, const QString &prefix, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        for (const QString &line : std::as_const(client.lines)) {
            if (line.startsWith(prefix))
                return line;
        }
        if (client.process->state() == QProcess::NotRunning)
            break;
        QTest::qWait(20);
    }
    const QString output = client.lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + QString::fromUtf8(client.process->readAllStandardError());
    qWarning().noquote() << "waited for" << prefix << "; the client printed:\n" << output;
    return {};
}

void tst_ClientProcess::stop(Client &client)
{
    client.process->terminate();
    if (!client.process->waitForFinished(10000))
        client.process->kill();
}

void tst_ClientProcess::xdotool(const QStringList &arguments)
{
    QProcess tool;
    tool.start(QStringLiteral("xdotool"), arguments);
    QVERIFY2(tool.waitForFinished(20000) && tool.exitCode() == 0, qPrintable(arguments.join(QLatin1Char(' ')) + QString::fromUtf8(tool.readAllStandardError())));
}

// The README's way in: the passphrase on standard input. The next start finds everything without asking.
void tst_ClientProcess::importFromTheCommandLineThenStartFromTheKeychain()
{
    auto first = launch({QStringLiteral("--api-url"), m_server->url().toString(), QStringLiteral("--import-p12"), m_server->p12File()},
                        QByteArray(m_server->p12Passphrase()) + '\n');
    QVERIFY(!waitForStatus(*first, liveLine()).isEmpty());
    QVERIFY(waitForStatus(*first, QStringLiteral("CONFIDANT_STATUS setup"), 0).isEmpty());
    stop(*first);
    // Nothing secret in a plain file: not the settings, not the data folder.
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(m_server->p12Passphrase()), qPrintable(file.fileName()));
        if (file.fileName().endsWith(QLatin1String(".p12")))
            QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        ++checked;
    }
    QVERIFY(checked >= 2); // the settings file and the copied certificate

    auto second = launch({});
    QVERIFY(!waitForStatus(*second, QStringLiteral("CONFIDANT_STATUS keychain")).isEmpty());
    QVERIFY(!waitForStatus(*second, liveLine()).isEmpty());
    QVERIFY(waitForStatus(*second, QStringLiteral("CONFIDANT_STATUS setup"), 0).isEmpty());
    // A new inquiry reaches the running client through the long-poll.
    m_server->writeInquiry(QStringLiteral("Arrives live"), QDateTime::currentDateTimeUtc());
    ++m_written;
    QVERIFY(!waitForStatus(*second, liveLine()).isEmpty());
    stop(*second);
}

// Never a silent exit: the setup dialog shows the reason and the process waits for the advisor to correct it.
void tst_ClientProcess::wrongPassphraseShowsTheSetupAgain()
{
    auto client = launch({QStringLiteral("--api-url"), m_server->url().toString(), QStringLiteral("--import-p12"), m_server->p12File()},
                         "not the passphrase\n");
    const QString line = waitForStatus(*client, QStringLiteral("CONFIDANT_STATUS setup"));
    QVERIFY2(line.contains(QLatin1String("Check the passphrase")), qPrintable(line));
    QTest::qWait(300);
    QCOMPARE(client->process->state(), QProcess::Running);
    stop(*client);
}

void tst_ClientProcess::unreachableServerIsExplained()
{
    auto client = launch({QStringLiteral("--api-url"), QStringLiteral("https://127.0.0.1:1/"), QStringLiteral("--import-p12"), m_server->p12File()},
                         QByteArray(m_server->p12Passphrase()));
    const QString line = waitForStatus(*client, QStringLiteral("CONFIDANT_STATUS setup"));
    QVERIFY2(line.contains(QLatin1String("cannot be reached")), qPrintable(line));
    stop(*client);
    auto bad = launch({QStringLiteral("--api-url"), QStringLiteral("http://example.com/"), QStringLiteral("--import-p12"), m_server->p12File()},
                      QByteArray(m_server->p12Passphrase()));
    QVERIFY(waitForStatus(*bad, QStringLiteral("CONFIDANT_STATUS setup")).contains(QLatin1String("https://")));
    stop(*bad);
}

void tst_ClientProcess::revokedCertificateIsRefusedAtFirstAndSecondStart()
{
    m_server->revokeAdvisor();
    auto first = launch({QStringLiteral("--api-url"), m_server->url().toString(), QStringLiteral("--import-p12"), m_server->p12File()},
                        QByteArray(m_server->p12Passphrase()));
    const QString refused = waitForStatus(*first, QStringLiteral("CONFIDANT_STATUS setup"));
    QVERIFY2(refused.contains(QLatin1String("refused this certificate")), qPrintable(refused));
    stop(*first);

    // Accepted once, revoked later: the workstation opens, stops syncing and says why.
    m_server->registerAdvisor();
    auto accepted = launch({QStringLiteral("--api-url"), m_server->url().toString(), QStringLiteral("--import-p12"), m_server->p12File()},
                           QByteArray(m_server->p12Passphrase()));
    QVERIFY(!waitForStatus(*accepted, liveLine()).isEmpty());
    stop(*accepted);
    m_server->revokeAdvisor();
    auto second = launch({});
    QVERIFY(!waitForStatus(*second, QStringLiteral("CONFIDANT_STATUS sync state=refused")).isEmpty());
    stop(*second);
}

void tst_ClientProcess::missingKeychainIsExplained()
{
    QProcessEnvironment noKeychain;
    noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + m_home->filePath(QStringLiteral("no-bus")));
    auto client = launch({QStringLiteral("--api-url"), m_server->url().toString(), QStringLiteral("--import-p12"), m_server->p12File()},
                         QByteArray(m_server->p12Passphrase()), QStringLiteral("offscreen"), noKeychain);
    const QString line = waitForStatus(*client, QStringLiteral("CONFIDANT_STATUS setup"));
    QVERIFY2(line.contains(QLatin1String("keychain")), qPrintable(line));
    QVERIFY(!QSettings(m_home->filePath(QStringLiteral("config/Confidant/confidant-client.conf")), QSettings::IniFormat).contains(QStringLiteral("certificateFile")));
    stop(*client);
}

// A locked keyring whose unlock prompt nobody can answer: the client gave up waiting (it once stayed in "checking"
// for ever), tells the advisor to unlock it and try again, and keeps nothing.
void tst_ClientProcess::lockedKeychainIsExplained()
{
    QProcess lock;
    lock.start(QStringLiteral("gdbus"), {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"), QStringLiteral("org.freedesktop.secrets"),
                                         QStringLiteral("--object-path"), QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
                                         QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                                         QStringLiteral("[objectpath '/org/freedesktop/secrets/collection/login']")});
    QVERIFY(lock.waitForFinished(10000) && lock.exitCode() == 0);
    QProcessEnvironment noPrompter; // gcr-prompter has no display to show its window on, so the prompt fails
    noPrompter.insert(QStringLiteral("DISPLAY"), QString());
    auto client = launch({QStringLiteral("--keychain-timeout"), QStringLiteral("3"), QStringLiteral("--api-url"), m_server->url().toString(),
                          QStringLiteral("--import-p12"), m_server->p12File()},
                         m_server->p12Passphrase(), QStringLiteral("offscreen"), noPrompter);
    const QString line = waitForStatus(*client, QStringLiteral("CONFIDANT_STATUS setup"), 30000);
    QVERIFY2(line.contains(QLatin1String("keychain"), Qt::CaseInsensitive), qPrintable(line));
    QVERIFY(!QSettings(m_home->filePath(QStringLiteral("config/Confidant/confidant-client.conf")), QSettings::IniFormat).contains(QStringLiteral("certificateFile")));
    stop(*client);
}

// The other way in: no arguments, the setup dialog, typed into with the keyboard on a real X display.
void tst_ClientProcess::setupDialogTypedInAtTheFirstStart()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        QFAIL("needs an X display; run through run_with_desktop.sh");
    auto first = launch({}, {}, QStringLiteral("xcb"));
    QVERIFY(!waitForStatus(*first, QStringLiteral("CONFIDANT_STATUS setup")).isEmpty());
    QProcess search;
    search.start(QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"), QStringLiteral("Set up Confidant")});
    QVERIFY(search.waitForFinished(20000));
    const QString window = QString::fromUtf8(search.readAllStandardOutput()).split(QLatin1Char('\n')).value(0).trimmed();
    QVERIFY2(!window.isEmpty(), "the setup dialog did not appear");
    xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), window});
    // Focus starts in the file field; the passphrase and address are reached by their Alt shortcuts.
    xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("5"), m_server->p12File()});
    xdotool({QStringLiteral("key"), QStringLiteral("alt+p")});
    xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("5"), QString::fromLatin1(m_server->p12Passphrase())});
    xdotool({QStringLiteral("key"), QStringLiteral("alt+s"), QStringLiteral("ctrl+a")});
    xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("5"), m_server->url().toString()});
    xdotool({QStringLiteral("key"), QStringLiteral("Return")});
    QVERIFY(!waitForStatus(*first, liveLine()).isEmpty());
    stop(*first);

    auto second = launch({});
    QVERIFY(!waitForStatus(*second, liveLine()).isEmpty());
    QVERIFY(waitForStatus(*second, QStringLiteral("CONFIDANT_STATUS setup"), 0).isEmpty());
    stop(*second);
}

QTEST_GUILESS_MAIN(tst_ClientProcess)
#include "tst_clientprocess.moc"
