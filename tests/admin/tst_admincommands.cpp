#include "AdminRun.h"
#include "TestPostgres.h"
#include "store/AdvisorStore.h"
#include "store/Database.h"
#include "store/PostgresCluster.h"
#include "store/TopicStore.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QTest>

// confidant-admin as an administrator runs it: a real process against a real database.
class tst_AdminCommands : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void keyRingCommands();
    void setsUpACompany();
    void refusesBadInput_data();
    void refusesBadInput();
    void worksOnThePrivateCluster();

private:
    using Run = confidant::testing::AdminRun;
    Run admin(const QStringList &arguments, const QByteArray &input = {});
    static Run run(const QStringList &arguments, const QByteArray &input = {});

    std::unique_ptr<confidant::testing::TestPostgres> m_pg;
    QTemporaryDir m_dir;
    QString m_url;
};

void tst_AdminCommands::initTestCase()
{
    m_pg = std::make_unique<confidant::testing::TestPostgres>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->errorString()));
    const auto db = m_pg->config();
    m_url = QStringLiteral("postgresql://%1@/%2?host=%3").arg(db.userName, db.databaseName, db.host);
}

tst_AdminCommands::Run tst_AdminCommands::admin(const QStringList &arguments, const QByteArray &input)
{
    // The test database's key ring, so the test reads what the commands wrote.
    return run(QStringList{QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--database-url"), m_url, QStringLiteral("--key-ring"),
                           m_pg->keyRingFile()} + arguments, input);
}

tst_AdminCommands::Run tst_AdminCommands::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(qEnvironmentVariable("CONFIDANT_ADMIN"), arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// create-key-ring makes an owner-only file once; commands that write texts need it and say how to make it;
// rotate-keys moves to a new epoch.
void tst_AdminCommands::keyRingCommands()
{
    QTemporaryDir dir;
    const QStringList own{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--database-url"), m_url};
    const Run without = run(own + QStringList{QStringLiteral("seed-demo"), QStringLiteral("--customer-password"), QStringLiteral("demo password 1")});
    QCOMPARE(without.exitCode, 1);
    QVERIFY2(without.err.contains(QLatin1String("confidant-admin create-key-ring")), qPrintable(without.err));
    const Run created = run(own + QStringList{QStringLiteral("create-key-ring")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QString ring = dir.filePath(QStringLiteral("keys/keyring"));
    QCOMPARE(QFile(ring).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup | QFileDevice::WriteOther | QFileDevice::WriteGroup),
             QFileDevice::Permissions());
    QCOMPARE(run(own + QStringList{QStringLiteral("create-key-ring")}).exitCode, 1); // never replaced
    const Run rotated = admin({QStringLiteral("rotate-keys")});
    QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.err));
    QVERIFY2(rotated.out.contains(QLatin1String("epoch 2 is current")), qPrintable(rotated.out));
}

void tst_AdminCommands::setsUpACompany()
{
    QCOMPARE(admin({QStringLiteral("init-ca"), QStringLiteral("--organisation"), QStringLiteral("Test Bank")}).exitCode, 0);
    QCOMPARE(QFile(m_dir.filePath(QStringLiteral("pki/ca.key"))).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    const Run again = admin({QStringLiteral("init-ca"), QStringLiteral("--organisation"), QStringLiteral("Test Bank")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QLatin1String("refusing to replace")));
    QCOMPARE(admin({QStringLiteral("server-cert"), QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--ip"), QStringLiteral("127.0.0.1")}).exitCode, 0);
    QCOMPARE(admin({QStringLiteral("create-team"), QStringLiteral("Private clients")}).exitCode, 0);
    QCOMPARE(admin({QStringLiteral("create-advisor"), QStringLiteral("s.wagner"), QStringLiteral("--name"), QStringLiteral("Sabine Wagner"),
                    QStringLiteral("--team"), QStringLiteral("Private clients"), QStringLiteral("--lead")}).exitCode, 0);
    QCOMPARE(admin({QStringLiteral("create-topic"), QStringLiteral("pension"), QStringLiteral("--title"), QStringLiteral("Pension plans"),
                    QStringLiteral("--title-de"), QStringLiteral("Altersvorsorge")}).exitCode, 0);
    const QString p12 = m_dir.filePath(QStringLiteral("s.wagner.p12"));
    const Run issued = admin({QStringLiteral("issue-advisor-cert"), QStringLiteral("s.wagner"), QStringLiteral("--out"), p12}, "a good passphrase\n");
    QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
    QFile file(p12);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSslKey key;
    QSslCertificate certificate;
    QVERIFY(QSslCertificate::importPkcs12(&file, &key, &certificate, nullptr, "a good passphrase"));
    QVERIFY(issued.out.contains(QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex())));
    // The certificate now identifies the advisor.
    auto db = m_pg->open(QStringLiteral("admin-check"));
    const auto advisor = confidant::server::AdvisorStore(*db).findByCertificate(
        QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()), QDateTime::currentDateTimeUtc());
    QVERIFY(advisor && advisor->teamLead);
    const Run listed = admin({QStringLiteral("list-advisors")});
    QVERIFY(listed.out.contains(QLatin1String("s.wagner\tSabine Wagner\tPrivate clients\tlead")));
    QCOMPARE(admin({QStringLiteral("seed-demo"), QStringLiteral("--customer-password"), QStringLiteral("demo password 1")}).exitCode, 0);
    QVERIFY(admin({QStringLiteral("seed-demo"), QStringLiteral("--customer-password"), QStringLiteral("demo password 1")}).out.contains(QLatin1String("present")));
    QVERIFY(admin({QStringLiteral("list-topics")}).out.contains(QLatin1String("mortgage\tMortgages and building finance")));
    // The demo shows routing: topics in the team's queue with targets, Maria's customers, a closed inquiry.
    QSqlQuery demo(db->connection());
    QVERIFY(demo.exec(QStringLiteral("SELECT (SELECT count(*) FROM topics t JOIN teams tm ON tm.id = t.team_id WHERE tm.name = 'Private clients'), "
                                     "(SELECT response_target_minutes FROM topics WHERE key = 'accounts'), "
                                     "(SELECT count(*) FROM customers c JOIN advisors a ON a.id = c.fixed_advisor_id WHERE a.login = 'm.mueller'), "
                                     "(SELECT count(*) FROM inquiries WHERE state = 'closed'), (SELECT count(DISTINCT customer_id) FROM inquiries), "
                                     "(SELECT count(*) FROM inquiry_events WHERE kind = 'reopened'), "
                                     "(SELECT count(*) FROM inquiry_events WHERE kind = 'transferred'), "
                                     "(SELECT count(*) FROM inquiries i WHERE first_response_at IS DISTINCT FROM (SELECT min(created_at) FROM messages m "
                                     "  WHERE m.inquiry_id = i.id AND m.author = 'advisor')), "
                                     "(SELECT count(*) FROM inquiries WHERE first_response_at IS NOT NULL)")));
    QVERIFY(demo.next());
    QCOMPARE(demo.value(0).toInt(), 4);
    QCOMPARE(demo.value(1).toInt(), 240);
    QCOMPARE(demo.value(2).toInt(), 2);
    // Six weeks of history for the statistics: 3 + (days ago mod 3) inquiries a day, closed from four days back:
    // 39 days (4..42) x 3 + 13 x (1 + 2 + 0) = 156, and the settled one. Six more customers carry them.
    QCOMPARE(demo.value(3).toInt(), 157);
    QCOMPARE(demo.value(4).toInt(), 10);
    QVERIFY(demo.value(5).toInt() > 0);
    QVERIFY(demo.value(6).toInt() > 0);
    // The statistics' first responses: every answered inquiry knows when it was first answered (InquiryStore).
    QCOMPARE(demo.value(7).toInt(), 0);
    QVERIFY(demo.value(8).toInt() >= 157);
    // Routing: the topic goes to the team with a four-hour target; the demo customer gets a fixed advisor.
    QCOMPARE(admin({QStringLiteral("route-topic"), QStringLiteral("pension"), QStringLiteral("--team"), QStringLiteral("Private clients"),
                    QStringLiteral("--target-hours"), QStringLiteral("4")}).exitCode, 0);
    QCOMPARE(admin({QStringLiteral("route-topic"), QStringLiteral("pension"), QStringLiteral("--team"), QStringLiteral("Nobody")}).exitCode, 1);
    QCOMPARE(admin({QStringLiteral("route-topic"), QStringLiteral("pension")}).exitCode, 2);
    QCOMPARE(admin({QStringLiteral("set-fixed-advisor"), QStringLiteral("demo@example.com"), QStringLiteral("--advisor"), QStringLiteral("s.wagner")}).exitCode, 0);
    QCOMPARE(admin({QStringLiteral("set-fixed-advisor"), QStringLiteral("nobody@example.com"), QStringLiteral("--none")}).exitCode, 1);
    // A lead's team, and an absence the administrator sets and clears.
    QCOMPARE(admin({QStringLiteral("create-team"), QStringLiteral("Corporate clients")}).exitCode, 0);
    QCOMPARE(admin({QStringLiteral("set-advisor-team"), QStringLiteral("s.wagner"), QStringLiteral("--team"), QStringLiteral("Corporate clients"),
                    QStringLiteral("--no-lead")}).exitCode, 0);
    QVERIFY(admin({QStringLiteral("list-advisors")}).out.contains(QLatin1String("s.wagner\tSabine Wagner\tCorporate clients\n")));
    QCOMPARE(admin({QStringLiteral("set-advisor-team"), QStringLiteral("s.wagner"), QStringLiteral("--team"), QStringLiteral("Private clients"),
                    QStringLiteral("--lead")}).exitCode, 0);
    QVERIFY(admin({QStringLiteral("list-advisors")}).out.contains(QLatin1String("s.wagner\tSabine Wagner\tPrivate clients\tlead")));
    const QString from = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString to = QDateTime::currentDateTimeUtc().addDays(5).toOffsetFromUtc(7200).toString(Qt::ISODate);
    QCOMPARE(admin({QStringLiteral("set-absence"), QStringLiteral("s.wagner"), QStringLiteral("--from"), from, QStringLiteral("--to"), to}).exitCode, 0);
    QSqlQuery absent(db->connection());
    QVERIFY(absent.exec(QStringLiteral("SELECT count(*) FROM advisor_absences WHERE ends_at > now()")) && absent.next());
    QCOMPARE(absent.value(0).toInt(), 1);
    QCOMPARE(admin({QStringLiteral("set-absence"), QStringLiteral("s.wagner"), QStringLiteral("--clear")}).exitCode, 0);
    QVERIFY(absent.exec(QStringLiteral("SELECT count(*) FROM advisor_absences WHERE ends_at > now()")) && absent.next());
    QCOMPARE(absent.value(0).toInt(), 0);
    QSqlQuery routed(db->connection());
    QVERIFY(routed.exec(QStringLiteral("SELECT tm.name, t.response_target_minutes, a.login FROM topics t JOIN teams tm ON tm.id = t.team_id, "
                                       "customers c JOIN advisors a ON a.id = c.fixed_advisor_id WHERE t.key = 'pension' AND c.email = 'demo@example.com'")));
    QVERIFY(routed.next());
    QCOMPARE(routed.value(0).toString(), QStringLiteral("Private clients"));
    QCOMPARE(routed.value(1).toInt(), 240);
    QCOMPARE(routed.value(2).toString(), QStringLiteral("s.wagner"));
    // The working calendar: taken from standard input, refused with the field named, shown as it is stored.
    const QByteArray calendar = R"({"timeZone":"Europe/Vienna","hours":{"mon":["07:30","16:00"],"tue":["07:30","16:00"],
        "wed":["07:30","16:00"],"thu":["07:30","16:00"],"fri":["07:30","12:00"],"sat":null,"sun":null},"holidays":["2026-12-08"]})";
    const Run set = admin({QStringLiteral("set-calendar"), QStringLiteral("-")}, calendar);
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const Run shown = admin({QStringLiteral("show-calendar")});
    QVERIFY(shown.out.contains(QLatin1String("Europe/Vienna")));
    QVERIFY(shown.out.contains(QLatin1String("2026-12-08")));
    QVERIFY(shown.out.contains(QLatin1String("\"12:00\"")));
    const Run refused = admin({QStringLiteral("set-calendar"), QStringLiteral("-")}, QByteArray(calendar).replace("07:30\",\"16:00\"],\"tue", "17:00\",\"16:00\"],\"tue"));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("hours.mon")), qPrintable(refused.err));
    QVERIFY(admin({QStringLiteral("show-calendar")}).out.contains(QLatin1String("07:30")));
    QCOMPARE(admin({QStringLiteral("set-calendar")}).exitCode, 2);
    QStringList german;
    const auto topics = confidant::server::TopicStore(*db).list(QStringLiteral("de"));
    for (const confidant::Topic &topic : topics.value())
        german << topic.title;
    QCOMPARE(german, (QStringList{QStringLiteral("Altersvorsorge"), QStringLiteral("Baufinanzierung und Immobilienkredite"),
                                  QStringLiteral("Konten und Karten"), QStringLiteral("Versicherungssch\u00e4den")}));
}

void tst_AdminCommands::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray() << 2;
    QTest::newRow("bad login") << QStringList{QStringLiteral("create-advisor"), QStringLiteral("Robert'); DROP"), QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--team"), QStringLiteral("T")} << QByteArray() << 2;
    QTest::newRow("unknown team") << QStringList{QStringLiteral("create-advisor"), QStringLiteral("a.b"), QStringLiteral("--name"), QStringLiteral("A B"), QStringLiteral("--team"), QStringLiteral("Nobody")} << QByteArray() << 1;
    QTest::newRow("empty German title") << QStringList{QStringLiteral("create-topic"), QStringLiteral("loans"), QStringLiteral("--title"), QStringLiteral("Loans"), QStringLiteral("--title-de")} << QByteArray() << 2;
    QTest::newRow("bad topic key") << QStringList{QStringLiteral("create-topic"), QStringLiteral("Bad Key"), QStringLiteral("--title"), QStringLiteral("x")} << QByteArray() << 2;
    QTest::newRow("short passphrase") << QStringList{QStringLiteral("issue-advisor-cert"), QStringLiteral("s.wagner"), QStringLiteral("--out"), QStringLiteral("/tmp/x.p12")} << QByteArray("short") << 1;
    QTest::newRow("bad ip") << QStringList{QStringLiteral("server-cert"), QStringLiteral("--ip"), QStringLiteral("300.1.1.1")} << QByteArray() << 2;
    QTest::newRow("absence without offset") << QStringList{QStringLiteral("set-absence"), QStringLiteral("s.wagner"), QStringLiteral("--from"),
        QStringLiteral("2030-01-01T08:00:00"), QStringLiteral("--to"), QStringLiteral("2030-01-02T08:00:00Z")} << QByteArray() << 2;
    QTest::newRow("absence backwards") << QStringList{QStringLiteral("set-absence"), QStringLiteral("s.wagner"), QStringLiteral("--from"),
        QStringLiteral("2030-01-02T08:00:00Z"), QStringLiteral("--to"), QStringLiteral("2030-01-01T08:00:00Z")} << QByteArray() << 2;
    QTest::newRow("absence and clear") << QStringList{QStringLiteral("set-absence"), QStringLiteral("s.wagner"), QStringLiteral("--clear"),
        QStringLiteral("--to"), QStringLiteral("2030-01-01T08:00:00Z")} << QByteArray() << 2;
    QTest::newRow("absence of nobody") << QStringList{QStringLiteral("set-absence"), QStringLiteral("nobody"), QStringLiteral("--clear")} << QByteArray() << 1;
    QTest::newRow("lead and no lead") << QStringList{QStringLiteral("set-advisor-team"), QStringLiteral("s.wagner"), QStringLiteral("--team"),
        QStringLiteral("Private clients"), QStringLiteral("--lead"), QStringLiteral("--no-lead")} << QByteArray() << 2;
    QTest::newRow("advisor to no team") << QStringList{QStringLiteral("set-advisor-team"), QStringLiteral("s.wagner"), QStringLiteral("--team"),
        QStringLiteral("Nobody")} << QByteArray() << 1;
    QTest::newRow("unknown fingerprint") << QStringList{QStringLiteral("revoke-advisor-cert"), QString(64, QLatin1Char('0'))} << QByteArray() << 1;
}

void tst_AdminCommands::refusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    const Run run = admin(arguments, input);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.err.startsWith(QLatin1String("confidant-admin: ")));
}

// Without --database-url the tool uses the server's private cluster in the data directory: it starts a stopped
// one itself, and it adopts one the server is running; both under the owner-only access rules.
void tst_AdminCommands::worksOnThePrivateCluster()
{
    QTemporaryDir dir(QStringLiteral("/tmp/confidant-admin-XXXXXX"));
    const auto onCluster = [&dir](const QStringList &arguments) {
        return run(QStringList{QStringLiteral("--data-dir"), dir.path()} + arguments);
    };
    const Run created = onCluster({QStringLiteral("create-topic"), QStringLiteral("pension"), QStringLiteral("--title"), QStringLiteral("Pension plans")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const Run restarted = onCluster({QStringLiteral("list-topics")});
    QVERIFY2(restarted.out.contains(QLatin1String("pension\tPension plans")), qPrintable(restarted.err));

    confidant::server::PostgresCluster running(dir.filePath(QStringLiteral("postgres"))); // as the server keeps it
    QString error;
    QVERIFY2(running.start(&error), qPrintable(error));
    const Run adopted = onCluster({QStringLiteral("list-topics")});
    QVERIFY2(adopted.out.contains(QLatin1String("pension\tPension plans")), qPrintable(adopted.err));
    QVERIFY(running.isRunning()); // the tool leaves a cluster it did not start running
}

QTEST_GUILESS_MAIN(tst_AdminCommands)
#include "tst_admincommands.moc"
