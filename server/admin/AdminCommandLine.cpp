#include "admin/AdminCommandLine.h"

#include "admin/CalendarCommands.h"
#include "admin/CommandArguments.h"
#include "admin/DemoData.h"
#include "admin/KeyRingCommands.h"
#include "admin/LegalHoldCommands.h"
#include "admin/OrganisationCommands.h"
#include "admin/PkiCommands.h"
#include "admin/RetentionCommands.h"

#include <QTextStream>
#include <functional>

namespace confidant::server {
namespace {

const char help[] = R"(Usage: confidant-admin [--data-dir DIR] [--database-url URL] [--key-ring FILE] COMMAND [ARGS]

Administers a Confidant installation. DIR (default ./confidant-data) holds pki/ and, without --database-url
(or CONFIDANT_DATABASE_URL), the private PostgreSQL cluster. FILE (default DIR/keys/keyring) is the key ring
that encrypts the stored texts (docs/operations.md).

Commands:
  init-ca --organisation NAME [--ask-ca-passphrase | --ca-passphrase-fd N]
                                                    create the company CA (DIR/pki/ca.pem, ca.key); with a
                                                    passphrase (typed at the terminal, or read from descriptor N,
                                                    e.g. 3<file) the key is stored encrypted (AES-256)
  server-cert --host NAME... --ip ADDRESS... [--ca-passphrase-fd N]
                                                    issue the server certificate (DIR/pki/server.pem, server.key);
                                                    an encrypted CA key asks for its passphrase at the terminal
  create-team NAME                                  create a team
  create-advisor LOGIN --name "NAME" --team TEAM [--lead]
  issue-advisor-cert LOGIN --out FILE.p12 [--passphrase-file FILE] [--ca-passphrase-fd N]
                                                    issue an advisor's certificate as PKCS#12; without a file the
                                                    passphrase (8+ characters) is read from standard input
  revoke-advisor-cert SHA256-FINGERPRINT
  create-topic KEY --title TITLE [--title-de TITLE]  create a topic; the customer pages show the German title
                                                    to German readers, the default title to everyone else
  route-topic KEY (--team TEAM | --shared) [--target-hours HOURS]
                                                    send the topic's new inquiries to a team's queue (or the queue
                                                    shared by all advisors); answer within HOURS working hours
  set-fixed-advisor CUSTOMER-EMAIL (--advisor LOGIN | --none)
                                                    the customer's new inquiries go straight to that advisor
  set-calendar FILE.json | -                        the working days, hours and holidays response targets count
                                                    in (format: docs/protocol.md, "Calendar")
  show-calendar                                     print the working calendar as set-calendar takes it
  set-advisor-team LOGIN --team TEAM [--lead | --no-lead]
                                                    move an advisor to a team, as its lead or not (without either
                                                    flag the advisor stays a lead or not as before)
  set-absence LOGIN (--from TIME --to TIME | --clear)
                                                    the advisor is away (times ISO 8601 with offset); meanwhile their
                                                    customers' new inquiries wait in their team's queue; --clear ends
                                                    the current absence now and cancels planned ones
  set-retention TOPIC (--days N | --keep)           keep the topic's closed inquiries N days after closing, then
                                                    recommend their deletion (--keep: until someone deletes them)
  set-account-retention (--days N | --keep)         keep a customer account N days after its last sign-in
  set-auto-delete (--grace-days N | --off)          delete what is due N days after its deadline without waiting
                                                    for an advisor (--off: advisors confirm every deletion)
  legal-hold set ID --reason-kind KIND --reason TEXT
  legal-hold lift ID --reason-kind KIND             keep inquiry ID from every deletion (also the customer's own),
                                                    or end that; the deletion log records the administrator. KIND:
                                                    customer-asked, open-matter, legal-obligation or other
  list-advisors | list-topics
  seed-demo --customer-password PASSWORD            demo topics, advisors, customer and inquiries
  create-key-ring                                   create the key ring (owner-only); the server needs it to start
  rotate-keys                                       new key-encryption key, data keys wrapped again, old keys
                                                    removed: backups from before can no longer show deleted
                                                    inquiries (the server does it daily by itself)
)";


QCommandLineOption flag(const char *name)
{
    return CommandArguments::flag(QString::fromLatin1(name));
}

QCommandLineOption withValue(const char *name)
{
    return CommandArguments::withValue(QString::fromLatin1(name));
}

} // namespace

AdminCommandLine::AdminCommandLine(const AdminStreams &streams, const Clock &clock) : m_streams(streams), m_clock(clock) {}

int AdminCommandLine::run(const QStringList &arguments)
{
    QString error;
    const auto global = CommandArguments::parse(arguments.mid(1), {withValue("data-dir"), withValue("database-url"), withValue("key-ring"), flag("help")},
                                                CommandArguments::Options::BeforeFirstPositional, &error);
    if (!global) {
        m_streams.err << "confidant-admin: " << error << "\n" << help;
        return 2;
    }
    if (global->isSet(QStringLiteral("help"))) {
        m_streams.out << help;
        return 0;
    }
    if (global->positional().isEmpty()) {
        m_streams.err << help;
        return 2;
    }
    // A global option given twice counts as it was given last, as it always has.
    const auto last = [&](const char *name, const QString &otherwise) {
        const QStringList values = global->values(QString::fromLatin1(name));
        return values.isEmpty() ? otherwise : values.constLast();
    };
    const Installation installation{last("data-dir", QStringLiteral("confidant-data")),
                                    last("database-url", qEnvironmentVariable("CONFIDANT_DATABASE_URL")), last("key-ring", QString())};
    return runCommand(installation, global->positional().constFirst(), global->positional().mid(1));
}

int AdminCommandLine::runCommand(const Installation &installation, const QString &command, const QStringList &arguments)
{
    AdminSession session(installation, m_streams, m_clock);
    PkiCommands pki(session);
    OrganisationCommands organisation(session);
    CalendarCommands calendar(session);
    RetentionCommands retention(session);
    LegalHoldCommands legalHolds(session);
    KeyRingCommands keyRing(session);
    DemoData demo(session);
    using Run = std::function<int(const CommandArguments &)>;
    const auto bind = [](auto &commands, auto method) -> Run {
        return [&commands, method](const CommandArguments &parsed) { return (commands.*method)(parsed); };
    };
    struct Command {
        const char *name;
        QList<QCommandLineOption> options;
        Run run;
    };
    // Each command with the options it takes; what it makes of them (and of its positional arguments) is its own.
    const Command commands[] = {
        {"init-ca", {withValue("organisation"), withValue("ca-passphrase-fd"), flag("ask-ca-passphrase")}, bind(pki, &PkiCommands::initCa)},
        {"server-cert", {withValue("host"), withValue("ip"), withValue("ca-passphrase-fd")}, bind(pki, &PkiCommands::serverCert)},
        {"create-team", {}, bind(organisation, &OrganisationCommands::createTeam)},
        {"create-advisor", {withValue("name"), withValue("team"), flag("lead")}, bind(organisation, &OrganisationCommands::createAdvisor)},
        {"issue-advisor-cert", {withValue("out"), withValue("passphrase-file"), withValue("ca-passphrase-fd")},
         bind(pki, &PkiCommands::issueAdvisorCert)},
        {"revoke-advisor-cert", {}, bind(pki, &PkiCommands::revokeAdvisorCert)},
        {"create-topic", {withValue("title"), withValue("title-de")}, bind(organisation, &OrganisationCommands::createTopic)},
        {"route-topic", {withValue("team"), flag("shared"), withValue("target-hours")}, bind(organisation, &OrganisationCommands::routeTopic)},
        {"set-fixed-advisor", {withValue("advisor"), flag("none")}, bind(organisation, &OrganisationCommands::setFixedAdvisor)},
        {"set-calendar", {}, bind(calendar, &CalendarCommands::setCalendar)},
        {"show-calendar", {}, bind(calendar, &CalendarCommands::showCalendar)},
        {"set-advisor-team", {withValue("team"), flag("lead"), flag("no-lead")}, bind(organisation, &OrganisationCommands::setAdvisorTeam)},
        {"set-absence", {withValue("from"), withValue("to"), flag("clear")}, bind(organisation, &OrganisationCommands::setAbsence)},
        {"set-retention", {withValue("days"), flag("keep")}, bind(retention, &RetentionCommands::setRetention)},
        {"set-account-retention", {withValue("days"), flag("keep")}, bind(retention, &RetentionCommands::setAccountRetention)},
        {"set-auto-delete", {withValue("grace-days"), flag("off")}, bind(retention, &RetentionCommands::setAutoDelete)},
        {"legal-hold", {withValue("reason-kind"), withValue("reason")}, bind(legalHolds, &LegalHoldCommands::legalHold)},
        {"list-advisors", {}, bind(organisation, &OrganisationCommands::listAdvisors)},
        {"list-topics", {}, bind(organisation, &OrganisationCommands::listTopics)},
        {"seed-demo", {withValue("customer-password")}, bind(demo, &DemoData::seed)},
        {"create-key-ring", {}, bind(keyRing, &KeyRingCommands::createKeyRing)},
        {"rotate-keys", {}, bind(keyRing, &KeyRingCommands::rotateKeys)},
    };
    for (const Command &candidate : commands) {
        if (command != QLatin1String(candidate.name))
            continue;
        QString error;
        const auto parsed = CommandArguments::parse(arguments, candidate.options, CommandArguments::Options::Anywhere, &error);
        return parsed ? candidate.run(*parsed) : session.usage(command + QStringLiteral(": ") + error);
    }
    return session.usage(QStringLiteral("unknown command \"%1\"").arg(command));
}

} // namespace confidant::server
