#include "AdminRun.h"
#include "ManualClock.h"
#include "TestPostgres.h"
#include "admin/AdminCommandLine.h"
#include "store/Database.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace confidant;

// The admin commands in-process, on the test's streams and a ManualClock set years away from the wall clock: every
// time they write is the clock's, which a certificate, a revocation or an absence shows.
class tst_AdminCommandLine : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void certificatesAreIssuedAtTheClocksTime();
    void aRevocationRecordsTheClocksTime();
    void absencesAreJudgedAndEndedByTheClock();
    void demoInquiriesAreDatedBackFromTheClock();
    void legalHoldsAreSetAndLiftedAsTheAdministrator();
    void helpGoesToStandardOutput();
    void refusesMisuse_data();
    void refusesMisuse();

private:
    using Run = confidant::testing::AdminRun;
    // Against the test's database and key ring, in the test's data directory.
    Run admin(const QStringList &arguments, const QByteArray &input = {});
    // Creates the CA, a team and s.wagner, and issues s.wagner's certificate at the clock's time.
    QSslCertificate issueCertificate();
    QVariant queryValue(const QString &sql, const QVariantList &values = {});

    const QDateTime m_start = QDateTime(QDate(2031, 3, 3), QTime(10, 0), Qt::UTC);
    testing::ManualClock m_clock{m_start};
    std::unique_ptr<testing::TestPostgres> m_pg;
    std::unique_ptr<server::Database> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_AdminCommandLine::init()
{
    m_clock.set(m_start);
    m_pg = std::make_unique<testing::TestPostgres>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->errorString()));
    m_db = m_pg->open(QStringLiteral("admin-check"));
    QVERIFY(m_db);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_AdminCommandLine::cleanup()
{
    m_db.reset();
    m_pg.reset();
    m_dir.reset();
}

tst_AdminCommandLine::Run tst_AdminCommandLine::admin(const QStringList &arguments, const QByteArray &input)
{
    const auto db = m_pg->config();
    const QString url = QStringLiteral("postgresql://%1@/%2?host=%3").arg(db.userName, db.databaseName, db.host);
    QByteArray inputBytes = input;
    QBuffer in(&inputBytes);
    in.open(QIODevice::ReadOnly);
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    server::AdminCommandLine commandLine({in, out, err}, m_clock);
    const int exitCode = commandLine.run(QStringList{QStringLiteral("confidant-admin"), QStringLiteral("--data-dir"), m_dir->path(),
                                                     QStringLiteral("--database-url"), url, QStringLiteral("--key-ring"), m_pg->keyRingFile()}
                                         + arguments);
    out.flush();
    err.flush();
    return {exitCode, outText, errText};
}

QSslCertificate tst_AdminCommandLine::issueCertificate()
{
    const Run ca = admin({QStringLiteral("init-ca"), QStringLiteral("--organisation"), QStringLiteral("Test Bank")});
    const Run team = admin({QStringLiteral("create-team"), QStringLiteral("Private clients")});
    const Run advisor = admin({QStringLiteral("create-advisor"), QStringLiteral("s.wagner"), QStringLiteral("--name"), QStringLiteral("Sabine Wagner"),
                               QStringLiteral("--team"), QStringLiteral("Private clients")});
    const QString p12 = m_dir->filePath(QStringLiteral("s.wagner.p12"));
    const Run issued = admin({QStringLiteral("issue-advisor-cert"), QStringLiteral("s.wagner"), QStringLiteral("--out"), p12}, "a good passphrase\n");
    if (ca.exitCode != 0 || team.exitCode != 0 || advisor.exitCode != 0 || issued.exitCode != 0) {
        qWarning() << ca.err << team.err << advisor.err << issued.err;
        return QSslCertificate();
    }
    QFile file(p12);
    QSslKey key;
    QSslCertificate certificate;
    if (!file.open(QIODevice::ReadOnly) || !QSslCertificate::importPkcs12(&file, &key, &certificate, nullptr, "a good passphrase"))
        return QSslCertificate();
    return certificate;
}

QVariant tst_AdminCommandLine::queryValue(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db->connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0) : QVariant();
}

// The CA, the server's and the advisor's certificates all start at the clock's time (less the five minutes the CA
// allows for machines whose clocks differ) and run their years from there.
void tst_AdminCommandLine::certificatesAreIssuedAtTheClocksTime()
{
    const QDateTime notBefore = m_start.addSecs(-300);
    const QSslCertificate advisor = issueCertificate();
    QVERIFY(!advisor.isNull());
    QCOMPARE(advisor.effectiveDate(), notBefore);
    QCOMPARE(advisor.expiryDate(), notBefore.addDays(365));

    QFile caFile(m_dir->filePath(QStringLiteral("pki/ca.pem")));
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    const QSslCertificate ca(caFile.readAll(), QSsl::Pem);
    QCOMPARE(ca.effectiveDate(), notBefore);
    QCOMPARE(ca.expiryDate(), notBefore.addDays(3650));

    m_clock.advance(3600);
    const Run server = admin({QStringLiteral("server-cert"), QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--ip"),
                              QStringLiteral("127.0.0.1")});
    QVERIFY2(server.exitCode == 0, qPrintable(server.err));
    QFile serverFile(m_dir->filePath(QStringLiteral("pki/server.pem")));
    QVERIFY(serverFile.open(QIODevice::ReadOnly));
    QCOMPARE(QSslCertificate(serverFile.readAll(), QSsl::Pem).effectiveDate(), m_clock.now().addSecs(-300));

    // The server accepts the advisor's certificate until the year is over.
    const QString fingerprint = QString::fromLatin1(advisor.digest(QCryptographicHash::Sha256).toHex());
    QCOMPARE(queryValue(QStringLiteral("SELECT not_after FROM advisor_certificates WHERE fingerprint = ?"), {fingerprint}).toDateTime(),
             notBefore.addDays(365));
}

void tst_AdminCommandLine::aRevocationRecordsTheClocksTime()
{
    const QSslCertificate certificate = issueCertificate();
    QVERIFY(!certificate.isNull());
    const QString fingerprint = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
    m_clock.advance(2 * 86400 + 17);
    const Run revoked = admin({QStringLiteral("revoke-advisor-cert"), fingerprint});
    QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
    QCOMPARE(revoked.out, QStringLiteral("certificate revoked\n"));
    QCOMPARE(queryValue(QStringLiteral("SELECT revoked_at FROM advisor_certificates WHERE fingerprint = ?"), {fingerprint}).toDateTime(),
             m_clock.now());

    // Revoked once: a second revocation finds no valid certificate and leaves the time as it was.
    m_clock.advance(60);
    const Run again = admin({QStringLiteral("revoke-advisor-cert"), fingerprint});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("No valid certificate")), qPrintable(again.err));
    QCOMPARE(queryValue(QStringLiteral("SELECT revoked_at FROM advisor_certificates WHERE fingerprint = ?"), {fingerprint}).toDateTime(),
             m_clock.now().addSecs(-60));
}

// "In the future" and "now" are the clock's: an absence that ended by the clock is refused although the wall clock
// has not reached it, and --clear ends the current absence at the clock's time and cancels a planned one.
void tst_AdminCommandLine::absencesAreJudgedAndEndedByTheClock()
{
    QCOMPARE(admin({QStringLiteral("create-team"), QStringLiteral("Private clients")}).exitCode, 0);
    QCOMPARE(admin({QStringLiteral("create-advisor"), QStringLiteral("s.wagner"), QStringLiteral("--name"), QStringLiteral("Sabine Wagner"),
                    QStringLiteral("--team"), QStringLiteral("Private clients")}).exitCode, 0);
    const auto setAbsence = [this](const QDateTime &from, const QDateTime &to) {
        return admin({QStringLiteral("set-absence"), QStringLiteral("s.wagner"), QStringLiteral("--from"), from.toString(Qt::ISODate),
                      QStringLiteral("--to"), to.toString(Qt::ISODate)});
    };
    QVERIFY(m_start.addDays(-1) > QDateTime::currentDateTimeUtc()); // the refusal below cannot come from the wall clock
    const Run over = setAbsence(m_start.addDays(-3), m_start.addDays(-1));
    QCOMPARE(over.exitCode, 2);
    QVERIFY2(over.err.contains(QLatin1String("must end in the future")), qPrintable(over.err));

    const Run set = setAbsence(m_start.addSecs(-3600), m_start.addDays(5));
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QCOMPARE(set.out, QStringLiteral("absence set\n"));
    m_clock.advance(7200);
    const Run cleared = admin({QStringLiteral("set-absence"), QStringLiteral("s.wagner"), QStringLiteral("--clear")});
    QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.err));
    QCOMPARE(cleared.out, QStringLiteral("absence cleared\n"));
    QCOMPARE(queryValue(QStringLiteral("SELECT count(*) FROM advisor_absences")).toInt(), 1);
    QCOMPARE(queryValue(QStringLiteral("SELECT ends_at FROM advisor_absences")).toDateTime(), m_clock.now());

    QVERIFY(setAbsence(m_clock.now().addDays(10), m_clock.now().addDays(12)).exitCode == 0);
    QCOMPARE(admin({QStringLiteral("set-absence"), QStringLiteral("s.wagner"), QStringLiteral("--clear")}).exitCode, 0);
    QCOMPARE(queryValue(QStringLiteral("SELECT count(*) FROM advisor_absences WHERE ends_at > ?"), {m_clock.now()}).toInt(), 0);
}

// The demo's inquiries are so many minutes old by the clock: the youngest asked 25 minutes before it, the oldest
// history six weeks back.
void tst_AdminCommandLine::demoInquiriesAreDatedBackFromTheClock()
{
    const Run seeded = admin({QStringLiteral("seed-demo"), QStringLiteral("--customer-password"), QStringLiteral("demo password 1")});
    QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
    QCOMPARE(seeded.out, QStringLiteral("demo data created\n"));
    QCOMPARE(queryValue(QStringLiteral("SELECT max(created_at) FROM inquiries")).toDateTime(), m_start.addSecs(-25 * 60));
    QCOMPARE(queryValue(QStringLiteral("SELECT min(created_at) FROM inquiries")).toDateTime().toUTC().date(), m_start.date().addDays(-42));
}

// Audit 6 of issue 20: the administrator holds any inquiry and lifts the hold; the log names no advisor but the
// administrator, at the clock's time, and keeps the kind of reason only.
void tst_AdminCommandLine::legalHoldsAreSetAndLiftedAsTheAdministrator()
{
    QCOMPARE(admin({QStringLiteral("seed-demo"), QStringLiteral("--customer-password"), QStringLiteral("demo password 1")}).exitCode, 0);
    const qint64 id = queryValue(QStringLiteral("SELECT min(id) FROM inquiries")).toLongLong();
    QVERIFY(id > 0);
    const QString number = QString::number(id);
    const Run set = admin({QStringLiteral("legal-hold"), QStringLiteral("set"), number, QStringLiteral("--reason-kind"), QStringLiteral("legal-obligation"),
                           QStringLiteral("--reason"), QStringLiteral("Court case 4 O 17/26")});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QCOMPARE(set.out, QStringLiteral("inquiry %1 is under a legal hold: nobody can delete it until it is lifted\n").arg(id));
    QCOMPARE(queryValue(QStringLiteral("SELECT legal_hold AND advisor_id IS NULL FROM deletion_postponements WHERE inquiry_id = ?"), {id}).toBool(), true);
    const QString logLine = QStringLiteral("SELECT kind || ' ' || reason_kind || ' ' || by_admin || ' ' || coalesce(advisor_id::text, '-') "
                                           "FROM deletion_log WHERE inquiry_id = ? AND at = ?");
    QCOMPARE(queryValue(logLine, {id, m_clock.now()}).toString(), QStringLiteral("legal_hold legal_obligation true -"));

    m_clock.advance(3600);
    const Run lifted = admin({QStringLiteral("legal-hold"), QStringLiteral("lift"), number, QStringLiteral("--reason-kind"), QStringLiteral("open-matter")});
    QVERIFY2(lifted.exitCode == 0, qPrintable(lifted.err));
    QCOMPARE(lifted.out, QStringLiteral("legal hold on inquiry %1 lifted: the retention policy's deadline applies again\n").arg(id));
    QCOMPARE(queryValue(QStringLiteral("SELECT count(*) FROM deletion_postponements WHERE inquiry_id = ?"), {id}).toInt(), 0);
    QCOMPARE(queryValue(logLine, {id, m_clock.now()}).toString(), QStringLiteral("legal_hold_lifted open_matter true -"));

    const Run again = admin({QStringLiteral("legal-hold"), QStringLiteral("lift"), number, QStringLiteral("--reason-kind"), QStringLiteral("other")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("This inquiry is not under a legal hold.")), qPrintable(again.err));
    QCOMPARE(queryValue(QStringLiteral("SELECT count(*) FROM deletion_log")).toInt(), 2);
    const Run nowhere = admin({QStringLiteral("legal-hold"), QStringLiteral("set"), QStringLiteral("999999"), QStringLiteral("--reason-kind"),
                               QStringLiteral("other"), QStringLiteral("--reason"), QStringLiteral("Audit")});
    QCOMPARE(nowhere.exitCode, 1);
    QVERIFY2(nowhere.err.contains(QLatin1String("there is no inquiry 999999")), qPrintable(nowhere.err));
}

void tst_AdminCommandLine::helpGoesToStandardOutput()
{
    const Run help = admin({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith(QLatin1String("Usage: confidant-admin [--data-dir DIR] [--database-url URL] [--key-ring FILE] COMMAND [ARGS]")));
    QVERIFY(help.out.contains(QLatin1String("  set-auto-delete (--grace-days N | --off)")));
    QVERIFY(help.err.isEmpty());
}

// Misuse ends with 2 and says what was wrong, naming the option; a command that cannot be done ends with 1. Neither
// writes to standard output, so a script that reads it gets nothing half done.
void tst_AdminCommandLine::refusesMisuse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const QStringList &arguments, int exitCode, const char *message) {
        QTest::newRow(name) << arguments << exitCode << QString::fromUtf8(message);
    };
    const auto list = [](std::initializer_list<const char *> arguments) {
        QStringList result;
        for (const char *argument : arguments)
            result << QString::fromUtf8(argument);
        return result;
    };
    row("no command", {}, 2, "Usage: confidant-admin");
    row("unknown command", list({"frobnicate"}), 2, "confidant-admin: unknown command \"frobnicate\" (see confidant-admin --help)");
    row("unknown global option", list({"--colour", "list-topics"}), 2, "confidant-admin: unknown option --colour\nUsage: confidant-admin");
    row("global option without its value", list({"--data-dir"}), 2, "confidant-admin: missing value after '--data-dir'");
    row("unknown command option", list({"create-team", "Private clients", "--colour", "blue"}), 2, "create-team: unknown option --colour");
    row("unknown short option", list({"list-topics", "-x"}), 2, "list-topics: unknown option -x");
    row("option without its value", list({"create-topic", "loans", "--title"}), 2, "create-topic: missing value after '--title'");
    row("value given to a flag", list({"route-topic", "loans", "--shared=yes"}), 2, "route-topic: unexpected value after '--shared'");
    row("global option after the command", list({"list-topics", "--data-dir", "/tmp"}), 2, "list-topics: unknown option --data-dir");
    row("no organisation", list({"init-ca"}), 2, "init-ca needs --organisation NAME");
    row("not an IP address", list({"server-cert", "--host", "localhost", "--ip", "300.1.1.1"}), 2, "\"300.1.1.1\" is not an IP address");
    row("certificate without a file", list({"issue-advisor-cert", "s.wagner"}), 2, "issue-advisor-cert takes LOGIN --out FILE.p12");
    row("two fingerprints", list({"revoke-advisor-cert", "aa", "bb"}), 2, "revoke-advisor-cert takes the certificate's SHA-256 fingerprint");
    row("team and shared queue", list({"route-topic", "loans", "--team", "Private clients", "--shared"}), 2, "route-topic takes KEY and either");
    row("target hours not a number", list({"route-topic", "loans", "--shared", "--target-hours", "soon"}), 2, "optionally --target-hours");
    row("fixed advisor and none", list({"set-fixed-advisor", "a@example.com", "--advisor", "s.wagner", "--none"}), 2, "either --advisor LOGIN or --none");
    row("absence without a login", list({"set-absence", "--clear"}), 2, "set-absence takes LOGIN");
    row("retention days and keep", list({"set-retention", "mortgage", "--days", "90", "--keep"}), 2, "set-retention takes TOPIC and either --days N (1 to");
    row("retention days twice", list({"set-retention", "mortgage", "--days", "90", "--days", "30"}), 2, "set-retention takes TOPIC");
    row("retention of no days", list({"set-account-retention", "--days", "0"}), 2, "set-account-retention takes either --days N (1 to");
    row("negative grace days", list({"set-auto-delete", "--grace-days", "-1"}), 2, "set-auto-delete takes either --grace-days N (0 to");
    row("legal hold without a kind", list({"legal-hold", "set", "1", "--reason", "Court"}), 2, "legal-hold takes set ID --reason-kind KIND");
    row("legal hold of an unknown kind", list({"legal-hold", "lift", "1", "--reason-kind", "gossip"}), 2, "legal-hold takes set ID");
    row("legal hold of the stored kind", list({"legal-hold", "lift", "1", "--reason-kind", "open_matter"}), 2, "legal-hold takes set ID");
    row("legal hold of no inquiry", list({"legal-hold", "set", "first", "--reason-kind", "other", "--reason", "Court"}), 2, "legal-hold takes set ID");
    row("legal hold neither set nor lift", list({"legal-hold", "keep", "1", "--reason-kind", "other"}), 2, "legal-hold takes set ID");
    row("legal hold lifted with words", list({"legal-hold", "lift", "1", "--reason-kind", "other", "--reason", "Over"}), 2, "legal-hold takes set ID");
    row("legal hold without a reason", list({"legal-hold", "set", "1", "--reason-kind", "other"}), 2, "legal-hold set needs --reason TEXT, 1 to 500");
    row("legal hold of blank words", list({"legal-hold", "set", "1", "--reason-kind", "other", "--reason", "  "}), 2, "legal-hold set needs --reason");
    row("calendar without a file", list({"set-calendar"}), 2, "set-calendar takes a JSON file");
    row("short demo password", list({"seed-demo", "--customer-password", "short"}), 2, "seed-demo needs --customer-password with at least 10");
    row("no CA yet", list({"server-cert", "--host", "localhost"}), 1, "(run init-ca first)");
    row("unreadable calendar", list({"set-calendar", "/nonexistent/calendar.json"}), 1, "cannot read /nonexistent/calendar.json");
    row("calendar not JSON", list({"set-calendar", "-"}), 1, "the calendar is refused");
    row("unknown fingerprint", list({"revoke-advisor-cert", "00"}), 1, "No valid certificate has this fingerprint");
    row("advisor of no team", list({"create-advisor", "a.b", "--name", "A B", "--team", "Nobody"}), 1, "there is no team \"Nobody\"");
    row("retention of no topic", list({"set-retention", "nothing", "--days", "30"}), 1, "there is no topic \"nothing\"");
}

void tst_AdminCommandLine::refusesMisuse()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = admin(arguments, "not json");
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(tst_AdminCommandLine)
#include "tst_admincommandline.moc"
