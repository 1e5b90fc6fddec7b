#include "admin/AdminCommands.h"
#include "admin/CommandArguments.h"
#include "time/ProcessTimeZone.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

namespace {

const char help[] = R"(Usage: confidant-admin [--data-dir DIR] [--database-url URL] [--key-ring FILE] COMMAND [ARGS]

Administers a Confidant installation. DIR (default ./confidant-data) holds pki/ and, without --database-url
(or CONFIDANT_DATABASE_URL), the private PostgreSQL cluster. FILE (default DIR/keys/keyring) is the key ring
that encrypts the stored texts (docs/operations.md).

Commands:
  init-ca --organisation NAME                       create the company CA (DIR/pki/ca.pem, ca.key)
  server-cert --host NAME... --ip ADDRESS...         issue the server certificate (DIR/pki/server.pem, server.key)
  create-team NAME                                  create a team
  create-advisor LOGIN --name "NAME" --team TEAM [--lead]
  issue-advisor-cert LOGIN --out FILE.p12 [--passphrase-file FILE]
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
  list-advisors | list-topics
  seed-demo --customer-password PASSWORD            demo topics, advisors, customer and inquiries
  create-key-ring                                   create the key ring (owner-only); the server needs it to start
  rotate-keys                                       new key-encryption key, data keys wrapped again, old keys
                                                    removed: backups from before can no longer show deleted
                                                    inquiries (the server does it daily by itself)
)";

} // namespace

int main(int argc, char *argv[])
{
    confidant::pinProcessTimeZone();
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    // Debug output per request is for developers; QT_LOGGING_RULES=confidant.*.debug=true turns it on.
    QLoggingCategory::setFilterRules(QStringLiteral("confidant.*.debug=false"));
    QTextStream err(stderr);
    using confidant::server::CommandArguments;
    QString error;
    const auto global = CommandArguments::parse(app.arguments().mid(1),
                                                {CommandArguments::withValue(QStringLiteral("data-dir")), CommandArguments::withValue(QStringLiteral("database-url")),
                                                 CommandArguments::withValue(QStringLiteral("key-ring")), CommandArguments::flag(QStringLiteral("help"))},
                                                CommandArguments::Options::BeforeFirstPositional, &error);
    if (!global) {
        err << "confidant-admin: " << error << "\n" << help;
        return 2;
    }
    if (global->isSet(QStringLiteral("help"))) {
        out << help;
        return 0;
    }
    QStringList arguments = global->positional();
    if (arguments.isEmpty()) {
        err << help;
        return 2;
    }
    // A global option given twice counts as it was given last, as it always has.
    const auto last = [&](const char *name, const QString &otherwise) {
        return global->isSet(QString::fromLatin1(name)) ? global->values(QString::fromLatin1(name)).constLast() : otherwise;
    };
    const QString dataDirectory = last("data-dir", QStringLiteral("confidant-data"));
    const QString databaseUrl = last("database-url", qEnvironmentVariable("CONFIDANT_DATABASE_URL"));
    const QString keyRingFile = last("key-ring", QString());
    const QString command = arguments.takeFirst();
    confidant::server::AdminCommands commands(dataDirectory, databaseUrl, keyRingFile, out, err);
    return commands.run(command, arguments);
}
