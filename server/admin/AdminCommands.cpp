#include "admin/AdminCommands.h"

#include "admin/CommandArguments.h"

#include "crypto/KeyRing.h"
#include "pki/CertificateAuthority.h"
#include "pki/PasswordHasher.h"
#include "store/AbsenceStore.h"
#include "store/AdvisorStore.h"
#include "store/CalendarStore.h"
#include "store/CustomerStore.h"
#include "store/Database.h"
#include "store/InquiryStore.h"
#include "store/KeyRotation.h"
#include "store/PostgresCluster.h"
#include "store/RetentionPolicyStore.h"
#include "store/TopicStore.h"
#include "validation/Validation.h"
#include "wire/WireFormat.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace confidant::server {
namespace {

bool writePrivateFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    // Keys and PKCS#12 files are readable by their owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(data) == data.size();
}

QByteArray readAllFrom(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "--OPTION N" or "--OFF-FLAG", exactly one of them: a number of days from minimum to maximum, or none (keep / off).
// nullopt in `valid` when the arguments are wrong.
std::optional<std::optional<int>> daysOrOff(const CommandArguments &arguments, const QString &option, const QString &offFlag, int minimum,
                                           int maximum)
{
    const bool off = arguments.isSet(offFlag);
    const QStringList given = arguments.values(option);
    if (off == (given.size() == 1) || given.size() > 1)
        return std::nullopt;
    if (off)
        return std::optional<int>();
    bool ok = false;
    const int days = given.first().toInt(&ok);
    if (!ok || days < minimum || days > maximum)
        return std::nullopt;
    return std::optional<int>(days);
}

QString daysText(std::optional<int> days, const char *none)
{
    return days ? QStringLiteral("%1 days").arg(*days) : QString::fromLatin1(none);
}

QByteArray readPassphraseFromStdin()
{
    QFile input;
    input.open(stdin, QIODevice::ReadOnly);
    return input.readAll().trimmed();
}

QCommandLineOption flag(const char *name)
{
    return CommandArguments::flag(QString::fromLatin1(name));
}

QCommandLineOption withValue(const char *name)
{
    return CommandArguments::withValue(QString::fromLatin1(name));
}

} // namespace

AdminCommands::AdminCommands(QString dataDirectory, QString databaseUrl, QString keyRingFile, QTextStream &out, QTextStream &err)
    : m_dataDirectory(QDir(dataDirectory).absolutePath()), m_databaseUrl(std::move(databaseUrl)),
      m_keyRingFile(keyRingFile.isEmpty() ? m_dataDirectory + QStringLiteral("/keys/keyring") : std::move(keyRingFile)), m_out(out), m_err(err)
{
}

AdminCommands::~AdminCommands()
{
    m_database.reset();
    m_cluster.reset(); // stops the private cluster only if this run started it
}

int AdminCommands::run(const QString &command, const QStringList &arguments)
{
    struct Command {
        const char *name;
        QList<QCommandLineOption> options;
        int (AdminCommands::*run)(const CommandArguments &);
    };
    // Each command with the options it takes; what it makes of them (and of its positional arguments) is its own.
    const Command commands[] = {
        {"init-ca", {withValue("organisation")}, &AdminCommands::initCa},
        {"server-cert", {withValue("host"), withValue("ip")}, &AdminCommands::serverCert},
        {"create-team", {}, &AdminCommands::createTeam},
        {"create-advisor", {withValue("name"), withValue("team"), flag("lead")}, &AdminCommands::createAdvisor},
        {"issue-advisor-cert", {withValue("out"), withValue("passphrase-file")}, &AdminCommands::issueAdvisorCert},
        {"revoke-advisor-cert", {}, &AdminCommands::revokeAdvisorCert},
        {"create-topic", {withValue("title"), withValue("title-de")}, &AdminCommands::createTopic},
        {"route-topic", {withValue("team"), flag("shared"), withValue("target-hours")}, &AdminCommands::routeTopic},
        {"set-fixed-advisor", {withValue("advisor"), flag("none")}, &AdminCommands::setFixedAdvisor},
        {"set-calendar", {}, &AdminCommands::setCalendar},
        {"show-calendar", {}, &AdminCommands::showCalendar},
        {"set-advisor-team", {withValue("team"), flag("lead"), flag("no-lead")}, &AdminCommands::setAdvisorTeam},
        {"set-absence", {withValue("from"), withValue("to"), flag("clear")}, &AdminCommands::setAbsence},
        {"set-retention", {withValue("days"), flag("keep")}, &AdminCommands::setRetention},
        {"set-account-retention", {withValue("days"), flag("keep")}, &AdminCommands::setAccountRetention},
        {"set-auto-delete", {withValue("grace-days"), flag("off")}, &AdminCommands::setAutoDelete},
        {"list-advisors", {}, &AdminCommands::listAdvisors},
        {"list-topics", {}, &AdminCommands::listTopics},
        {"seed-demo", {withValue("customer-password")}, &AdminCommands::seedDemo},
        {"create-key-ring", {}, &AdminCommands::createKeyRing},
        {"rotate-keys", {}, &AdminCommands::rotateKeys},
    };
    for (const Command &candidate : commands) {
        if (command != QLatin1String(candidate.name))
            continue;
        QString error;
        const auto parsed = CommandArguments::parse(arguments, candidate.options, CommandArguments::Options::Anywhere, &error);
        return parsed ? (this->*candidate.run)(*parsed) : usage(command + QStringLiteral(": ") + error);
    }
    return usage(QStringLiteral("unknown command \"%1\"").arg(command));
}

int AdminCommands::fail(const QString &message)
{
    m_err << "confidant-admin: " << message << Qt::endl;
    return 1;
}

int AdminCommands::usage(const QString &message)
{
    m_err << "confidant-admin: " << message << " (see confidant-admin --help)" << Qt::endl;
    return 2;
}

QString AdminCommands::pkiPath(const QString &file) const
{
    return m_dataDirectory + QStringLiteral("/pki/") + file;
}

bool AdminCommands::openDatabase()
{
    QString error;
    DatabaseConfig config;
    if (m_databaseUrl.isEmpty()) {
        QDir().mkpath(m_dataDirectory);
        m_cluster = std::make_unique<PostgresCluster>(m_dataDirectory + QStringLiteral("/postgres"));
        if (!m_cluster->start(&error))
            return fail(error), false;
        config = m_cluster->config();
    } else {
        const auto parsed = DatabaseConfig::fromUrl(QUrl(m_databaseUrl), &error);
        if (!parsed)
            return fail(error), false;
        config = *parsed;
    }
    m_database = std::make_unique<Database>(QStringLiteral("admin"));
    // Commands that never touch a text work without a key ring; a ring that is there but unsafe is refused.
    if (QFileInfo::exists(m_keyRingFile)) {
        std::shared_ptr<KeyRing> ring = KeyRing::load(m_keyRingFile, &error);
        if (!ring)
            return fail(error), false;
        m_database->setKeyRing(std::move(ring));
    }
    if (!m_database->open(config, &error) || !m_database->migrate(&error))
        return fail(error), false;
    return true;
}

bool AdminCommands::requireKeyRing()
{
    if (m_database->keyRing())
        return true;
    fail(QStringLiteral("no key ring at %1: create one with confidant-admin create-key-ring, or name it with --key-ring").arg(m_keyRingFile));
    return false;
}

int AdminCommands::createKeyRing(const CommandArguments &)
{
    QString error;
    if (!KeyRing::create(m_keyRingFile, QDateTime::currentDateTimeUtc(), &error))
        return fail(error);
    m_out << "key ring created: " << m_keyRingFile << " (owner-only; back it up apart from the database backups, "
          << "see docs/operations.md)" << Qt::endl;
    return 0;
}

int AdminCommands::rotateKeys(const CommandArguments &)
{
    if (!openDatabase() || !requireKeyRing())
        return 1;
    QString error;
    const auto report = KeyRotation(*m_database).rotate(QDateTime::currentDateTimeUtc(), &error);
    if (!report)
        return fail(error);
    QStringList retired;
    for (int epoch : report->retired)
        retired << QString::number(epoch);
    m_out << "keys rotated: epoch " << report->epoch << " is current, " << report->rewrapped << " data keys wrapped again, "
          << "retired epochs: " << (retired.isEmpty() ? QStringLiteral("none") : retired.join(QStringLiteral(", "))) << Qt::endl;
    return 0;
}

int AdminCommands::initCa(const CommandArguments &arguments)
{
    const QString organisation = arguments.value(QStringLiteral("organisation"));
    if (organisation.trimmed().isEmpty())
        return usage(QStringLiteral("init-ca needs --organisation NAME"));
    if (QFile::exists(pkiPath(QStringLiteral("ca.pem"))))
        return fail(QStringLiteral("a CA exists already in %1; refusing to replace it").arg(pkiPath(QString())));
    QString error;
    const auto ca = CertificateAuthority::create(organisation, QDateTime::currentDateTimeUtc(), &error);
    if (!ca)
        return fail(error);
    QDir().mkpath(pkiPath(QString()));
    if (!writePrivateFile(pkiPath(QStringLiteral("ca.key")), ca->privateKeyPem())
        || !writePrivateFile(pkiPath(QStringLiteral("ca.pem")), ca->certificatePem()))
        return fail(QStringLiteral("cannot write to %1").arg(pkiPath(QString())));
    m_out << "CA created: " << pkiPath(QStringLiteral("ca.pem")) << Qt::endl;
    return 0;
}

int AdminCommands::serverCert(const CommandArguments &arguments)
{
    QList<QHostAddress> addresses;
    for (const QString &ip : arguments.values(QStringLiteral("ip"))) {
        const QHostAddress address(ip);
        if (address.isNull())
            return usage(QStringLiteral("\"%1\" is not an IP address").arg(ip));
        addresses << address;
    }
    QString error;
    const auto ca = CertificateAuthority::load(readAllFrom(pkiPath(QStringLiteral("ca.pem"))), readAllFrom(pkiPath(QStringLiteral("ca.key"))), {}, &error);
    if (!ca)
        return fail(QStringLiteral("no usable CA in %1 (run init-ca first): %2").arg(pkiPath(QString()), error));
    const auto issued = ca->issueServerCertificate(arguments.values(QStringLiteral("host")), addresses, QDateTime::currentDateTimeUtc(), &error);
    if (!issued)
        return fail(error);
    if (!writePrivateFile(pkiPath(QStringLiteral("server.key")), issued->privateKeyPem)
        || !writePrivateFile(pkiPath(QStringLiteral("server.pem")), issued->certificatePem))
        return fail(QStringLiteral("cannot write to %1").arg(pkiPath(QString())));
    m_out << "server certificate created: " << pkiPath(QStringLiteral("server.pem")) << Qt::endl;
    return 0;
}

int AdminCommands::createTeam(const CommandArguments &arguments)
{
    if (arguments.positional().size() != 1 || !validation::checkDisplayName(arguments.positional().first()).isEmpty())
        return usage(QStringLiteral("create-team takes one team name"));
    if (!openDatabase())
        return 1;
    const auto team = AdvisorStore(*m_database).createTeam(arguments.positional().first().trimmed());
    return team ? (m_out << "team created: " << team->name << Qt::endl, 0) : fail(team.error().message);
}

int AdminCommands::createAdvisor(const CommandArguments &arguments)
{
    const QString login = arguments.positional().value(0);
    const QString name = arguments.value(QStringLiteral("name"));
    const QString teamName = arguments.value(QStringLiteral("team"));
    if (arguments.positional().size() != 1 || !validation::checkLogin(login).isEmpty() || !validation::checkDisplayName(name).isEmpty() || teamName.isEmpty())
        return usage(QStringLiteral("create-advisor takes LOGIN --name \"Display Name\" --team TEAM [--lead]; a login has 2-64 of a-z 0-9 . _ -"));
    if (!openDatabase())
        return 1;
    AdvisorStore advisors(*m_database);
    const auto team = advisors.findTeam(teamName);
    if (!team)
        return fail(QStringLiteral("there is no team \"%1\" (create it with create-team)").arg(teamName));
    const auto advisor = advisors.createAdvisor(login, name.trimmed(), team->id, arguments.isSet(QStringLiteral("lead")));
    return advisor ? (m_out << "advisor created: " << advisor->login << Qt::endl, 0) : fail(advisor.error().message);
}

int AdminCommands::issueAdvisorCert(const CommandArguments &arguments)
{
    const QString login = arguments.positional().value(0);
    const QString outFile = arguments.value(QStringLiteral("out"));
    if (arguments.positional().size() != 1 || outFile.isEmpty())
        return usage(QStringLiteral("issue-advisor-cert takes LOGIN --out FILE.p12 [--passphrase-file FILE]; without a file the passphrase is read from standard input"));
    const QString passphraseFile = arguments.value(QStringLiteral("passphrase-file"));
    const QByteArray passphrase = passphraseFile.isEmpty() ? readPassphraseFromStdin() : readAllFrom(passphraseFile).trimmed();
    QString error;
    const auto ca = CertificateAuthority::load(readAllFrom(pkiPath(QStringLiteral("ca.pem"))), readAllFrom(pkiPath(QStringLiteral("ca.key"))), {}, &error);
    if (!ca)
        return fail(QStringLiteral("no usable CA in %1 (run init-ca first): %2").arg(pkiPath(QString()), error));
    if (!openDatabase())
        return 1;
    AdvisorStore advisors(*m_database);
    const auto advisor = advisors.findByLogin(login);
    if (!advisor)
        return fail(QStringLiteral("there is no advisor \"%1\" (create it with create-advisor)").arg(login));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto issued = ca->issueClientCertificate(login, now, &error);
    const auto p12 = issued ? ca->exportPkcs12(*issued, passphrase, advisor->displayName, &error) : std::nullopt;
    if (!p12)
        return fail(error);
    const QSslCertificate certificate = issued->certificate();
    const auto registered = advisors.registerCertificate(advisor->id, certificateFingerprint(certificate),
                                                         QString::fromLatin1(certificate.serialNumber()), certificate.expiryDate());
    if (!registered)
        return fail(registered.error().message);
    if (!writePrivateFile(outFile, *p12))
        return fail(QStringLiteral("cannot write %1").arg(outFile));
    m_out << "certificate for " << login << " written to " << outFile << " (fingerprint " << certificateFingerprint(certificate) << ")" << Qt::endl;
    return 0;
}

int AdminCommands::revokeAdvisorCert(const CommandArguments &arguments)
{
    if (arguments.positional().size() != 1)
        return usage(QStringLiteral("revoke-advisor-cert takes the certificate's SHA-256 fingerprint"));
    if (!openDatabase())
        return 1;
    const auto revoked = AdvisorStore(*m_database).revokeCertificate(arguments.positional().first(), QDateTime::currentDateTimeUtc());
    return revoked ? (m_out << "certificate revoked" << Qt::endl, 0) : fail(revoked.error().message);
}

int AdminCommands::createTopic(const CommandArguments &arguments)
{
    const QString key = arguments.positional().value(0);
    const QString title = arguments.value(QStringLiteral("title"));
    const bool hasGerman = arguments.isSet(QStringLiteral("title-de"));
    const QString germanTitle = arguments.value(QStringLiteral("title-de"));
    if (arguments.positional().size() != 1 || !validation::checkTopicKey(key).isEmpty() || !validation::checkDisplayName(title).isEmpty()
        || (hasGerman && !validation::checkDisplayName(germanTitle).isEmpty()))
        return usage(QStringLiteral("create-topic takes KEY --title TITLE [--title-de TITLE]; a key has a-z, 0-9 and dashes"));
    if (!openDatabase())
        return 1;
    TopicStore topics(*m_database);
    const auto topic = topics.create(key, title.trimmed());
    if (!topic)
        return fail(topic.error().message);
    if (hasGerman) {
        const auto german = topics.setTitle(topic->id, QStringLiteral("de"), germanTitle.trimmed());
        if (!german)
            return fail(german.error().message);
    }
    m_out << "topic created: " << topic->key << Qt::endl;
    return 0;
}

int AdminCommands::routeTopic(const CommandArguments &arguments)
{
    const QString key = arguments.positional().value(0);
    const bool shared = arguments.isSet(QStringLiteral("shared"));
    const QString teamName = arguments.value(QStringLiteral("team"));
    const QString hours = arguments.value(QStringLiteral("target-hours"));
    bool hoursOk = hours.isEmpty();
    const double targetHours = hours.isEmpty() ? 0 : hours.toDouble(&hoursOk);
    if (arguments.positional().size() != 1 || shared == !teamName.isEmpty() || !hoursOk || (!hours.isEmpty() && (targetHours <= 0 || targetHours > 1000)))
        return usage(QStringLiteral("route-topic takes KEY and either --team TEAM or --shared, and optionally --target-hours (0 to 1000)"));
    if (!openDatabase())
        return 1;
    TopicStore topics(*m_database);
    const auto topic = topics.findByKey(key);
    if (!topic)
        return fail(topic.error().message);
    if (!topic.value())
        return fail(QStringLiteral("there is no topic \"%1\"").arg(key));
    std::optional<qint64> teamId;
    if (!shared) {
        const auto team = AdvisorStore(*m_database).findTeam(teamName);
        if (!team)
            return fail(QStringLiteral("there is no team \"%1\"").arg(teamName));
        teamId = team->id;
    }
    if (const auto routed = topics.setTeam(topic.value()->id, teamId); !routed)
        return fail(routed.error().message);
    if (!hours.isEmpty()) {
        if (const auto target = topics.setResponseTarget(topic.value()->id, int(targetHours * 60)); !target)
            return fail(target.error().message);
    }
    m_out << "topic " << key << " routed to " << (shared ? QStringLiteral("the shared queue") : teamName) << Qt::endl;
    return 0;
}

int AdminCommands::setRetention(const CommandArguments &arguments)
{
    const auto days = daysOrOff(arguments, QStringLiteral("days"), QStringLiteral("keep"), 1, RetentionPolicyStore::maxRetentionDays);
    if (arguments.positional().size() != 1 || !days)
        return usage(QStringLiteral("set-retention takes TOPIC and either --days N (1 to %1) or --keep").arg(RetentionPolicyStore::maxRetentionDays));
    if (!openDatabase())
        return 1;
    const QString key = arguments.positional().first();
    if (const auto set = RetentionPolicyStore(*m_database).setTopicRetention(key, *days); !set)
        return fail(set.error().kind == ServiceError::NotFound ? QStringLiteral("there is no topic \"%1\"").arg(key) : set.error().message);
    m_out << "closed inquiries of topic " << key << " are kept " << daysText(*days, "until someone deletes them") << Qt::endl;
    return 0;
}

int AdminCommands::setAccountRetention(const CommandArguments &arguments)
{
    const auto days = daysOrOff(arguments, QStringLiteral("days"), QStringLiteral("keep"), 1, RetentionPolicyStore::maxRetentionDays);
    if (!arguments.positional().isEmpty() || !days)
        return usage(QStringLiteral("set-account-retention takes either --days N (1 to %1) or --keep").arg(RetentionPolicyStore::maxRetentionDays));
    if (!openDatabase())
        return 1;
    if (const auto set = RetentionPolicyStore(*m_database).setInactiveAccountDays(*days); !set)
        return fail(set.error().message);
    m_out << "accounts are kept " << daysText(*days, "until someone deletes them") << " after their customer last signed in" << Qt::endl;
    return 0;
}

int AdminCommands::setAutoDelete(const CommandArguments &arguments)
{
    const auto days = daysOrOff(arguments, QStringLiteral("grace-days"), QStringLiteral("off"), 0, RetentionPolicyStore::maxGraceDays);
    if (!arguments.positional().isEmpty() || !days)
        return usage(QStringLiteral("set-auto-delete takes either --grace-days N (0 to %1) or --off").arg(RetentionPolicyStore::maxGraceDays));
    if (!openDatabase())
        return 1;
    if (const auto set = RetentionPolicyStore(*m_database).setAutoDeleteGraceDays(*days); !set)
        return fail(set.error().message);
    if (*days)
        m_out << "what is due is deleted automatically " << **days << " days after its deadline" << Qt::endl;
    else
        m_out << "automatic deletion is off: advisors confirm every deletion" << Qt::endl;
    return 0;
}

int AdminCommands::setFixedAdvisor(const CommandArguments &arguments)
{
    const QString email = arguments.positional().value(0).trimmed().toLower();
    const bool none = arguments.isSet(QStringLiteral("none"));
    const QString login = arguments.value(QStringLiteral("advisor"));
    if (arguments.positional().size() != 1 || none == !login.isEmpty())
        return usage(QStringLiteral("set-fixed-advisor takes CUSTOMER-EMAIL and either --advisor LOGIN or --none"));
    if (!openDatabase())
        return 1;
    CustomerStore customers(*m_database);
    const auto customer = customers.findByEmail(email);
    if (!customer)
        return fail(customer.error().message);
    if (!customer.value())
        return fail(QStringLiteral("there is no customer with that address"));
    std::optional<qint64> advisorId;
    if (!none) {
        const auto advisor = AdvisorStore(*m_database).findByLogin(login);
        if (!advisor)
            return fail(QStringLiteral("there is no advisor \"%1\"").arg(login));
        advisorId = advisor->id;
    }
    if (const auto set = customers.setFixedAdvisor(customer.value()->id, advisorId, QDateTime::currentDateTimeUtc()); !set)
        return fail(set.error().message);
    m_out << (none ? QStringLiteral("the customer has no fixed advisor now") : QStringLiteral("fixed advisor set: ") + login) << Qt::endl;
    return 0;
}

int AdminCommands::setCalendar(const CommandArguments &arguments)
{
    if (arguments.positional().size() != 1)
        return usage(QStringLiteral("set-calendar takes a JSON file (- for standard input): "
                                    "{\"timeZone\":\"Europe/Berlin\",\"hours\":{\"mon\":[\"08:00\",\"17:00\"],...,\"sun\":null},"
                                    "\"holidays\":[\"2026-12-25\"]}"));
    QFile file;
    const bool opened = arguments.positional().first() == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                                : (file.setFileName(arguments.positional().first()), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(QStringLiteral("cannot read %1: %2").arg(arguments.positional().first(), file.errorString()));
    QString error;
    const std::optional<QJsonObject> json = wire::parseObject(file.read(64 * 1024), &error);
    const std::optional<WorkingCalendar> calendar = json ? wire::workingCalendarFromJson(*json, &error) : std::nullopt;
    if (!calendar)
        return fail(QStringLiteral("the calendar is refused: %1").arg(error));
    if (!openDatabase())
        return 1;
    if (const auto saved = CalendarStore(*m_database).save(*calendar, QDateTime::currentDateTimeUtc()); !saved)
        return fail(saved.error().message);
    m_out << "working calendar set: " << calendar->timeZone().id() << ", " << calendar->holidays().size() << " holidays" << Qt::endl;
    return 0;
}

int AdminCommands::showCalendar(const CommandArguments &)
{
    if (!openDatabase())
        return 1;
    const auto calendar = CalendarStore(*m_database).load();
    if (!calendar)
        return fail(calendar.error().message);
    m_out << QJsonDocument(wire::toJson(calendar.value())).toJson(QJsonDocument::Indented);
    return 0;
}

int AdminCommands::setAdvisorTeam(const CommandArguments &arguments)
{
    const QString login = arguments.positional().value(0);
    const QString teamName = arguments.value(QStringLiteral("team"));
    const bool lead = arguments.isSet(QStringLiteral("lead"));
    const bool noLead = arguments.isSet(QStringLiteral("no-lead"));
    if (arguments.positional().size() != 1 || teamName.isEmpty() || (lead && noLead))
        return usage(QStringLiteral("set-advisor-team takes LOGIN --team TEAM and optionally --lead or --no-lead"));
    if (!openDatabase())
        return 1;
    AdvisorStore advisors(*m_database);
    const auto advisor = advisors.findByLogin(login);
    if (!advisor)
        return fail(QStringLiteral("there is no advisor \"%1\"").arg(login));
    const auto team = advisors.findTeam(teamName);
    if (!team)
        return fail(QStringLiteral("there is no team \"%1\"").arg(teamName));
    const auto set = advisors.setTeam(advisor->id, team->id, lead || noLead ? std::optional<bool>(lead) : std::nullopt);
    if (!set)
        return fail(set.error().message);
    const bool leads = (lead || noLead) ? lead : advisor->teamLead;
    m_out << login << " is now in " << team->name << (leads ? " as its lead" : "") << Qt::endl;
    return 0;
}

// The administrator sets or clears an advisor's absence, as they or their lead would through the client.
int AdminCommands::setAbsence(const CommandArguments &arguments)
{
    const bool clear = arguments.isSet(QStringLiteral("clear"));
    const auto from = wire::timeWithOffsetFromText(arguments.value(QStringLiteral("from")));
    const auto to = wire::timeWithOffsetFromText(arguments.value(QStringLiteral("to")));
    const bool hasTimes = arguments.isSet(QStringLiteral("from")) || arguments.isSet(QStringLiteral("to"));
    if (arguments.positional().size() != 1 || clear == hasTimes || (!clear && (!from || !to)))
        return usage(QStringLiteral("set-absence takes LOGIN and either --from TIME --to TIME (ISO 8601 with offset, "
                                    "e.g. 2026-08-03T08:00:00+02:00) or --clear"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!clear) {
        if (const FieldErrors errors = validation::checkAbsence(*from, *to, now); !errors.isEmpty())
            return usage(errors.first().message);
    }
    if (!openDatabase())
        return 1;
    const auto advisor = AdvisorStore(*m_database).findByLogin(arguments.positional().first());
    if (!advisor)
        return fail(QStringLiteral("there is no advisor \"%1\"").arg(arguments.positional().first()));
    AbsenceStore absences(*m_database);
    if (clear) {
        if (const auto ended = absences.end(std::nullopt, advisor->id, now); !ended)
            return fail(ended.error().message);
    } else if (const auto set = absences.set(std::nullopt, advisor->id, *from, *to, now); !set) {
        return fail(set.error().message);
    }
    // A running server's sweep returns the held inquiries within a minute; doing it here makes it at once.
    absences.returnHeldInquiries(now);
    m_out << (clear ? QStringLiteral("absence cleared") : QStringLiteral("absence set")) << Qt::endl;
    return 0;
}

int AdminCommands::listAdvisors(const CommandArguments &)
{
    if (!openDatabase())
        return 1;
    const auto advisors = AdvisorStore(*m_database).list();
    if (!advisors) {
        m_err << "cannot read the advisors: " << advisors.error().message << Qt::endl;
        return 1;
    }
    for (const AdvisorProfile &advisor : advisors.value())
        m_out << advisor.login << '\t' << advisor.displayName << '\t' << advisor.teamName << (advisor.teamLead ? "\tlead" : "") << Qt::endl;
    return 0;
}

int AdminCommands::listTopics(const CommandArguments &)
{
    if (!openDatabase())
        return 1;
    const auto topics = TopicStore(*m_database).list();
    if (!topics) {
        m_err << "cannot read the topics: " << topics.error().message << Qt::endl;
        return 1;
    }
    for (const Topic &topic : topics.value())
        m_out << topic.key << '\t' << topic.title << Qt::endl;
    return 0;
}

} // namespace confidant::server
