#pragma once

#include "mail/SmtpSettings.h"

#include <chrono>
#include "pki/PasswordHasher.h"
#include "service/MailboxLimits.h"
#include "web/MailboxPageSizes.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace confidant::server {

struct ListenAddress {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
};

// Everything the server is told at start, from the command line and CONFIDANT_DATABASE_URL.
struct ServerConfig {
    QString dataDirectory = QStringLiteral("confidant-data");
    QString databaseUrl; // empty: a private PostgreSQL cluster in <data>/postgres
    ListenAddress web{QHostAddress::LocalHost, 8443};
    ListenAddress api{QHostAddress::LocalHost, 9443};
    QString tlsCertificateFile; // default <data>/pki/server.pem
    QString tlsKeyFile;         // default <data>/pki/server.key
    QString clientCaFile;       // default <data>/pki/ca.pem
    QString keyRingFile;        // default <data>/keys/keyring (docs/operations.md, "Keys"); the server refuses to start without it
    // How old the current key-encryption key may grow before the server rotates (KeyRotation); 0: never by itself.
    int keyRotationHours = 24;
    PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Interactive;
    // The zone the customer pages show times in (IANA id); the customers' browsers do not tell us theirs.
    QTimeZone timeZone{QByteArrayLiteral("Europe/Berlin")};
    QList<QHostAddress> trustedProxies; // load balancers that send a PROXY protocol v2 header (--trust-proxy)
    int databaseConnections = 0; // database workers, each with its connection; 0: DatabaseWorkers::defaultThreadCount()
    // Workers that only build reports, each with its connection: a long report waits for one of these, never for a
    // worker the write path needs (--report-connections).
    int reportConnections = 1;
    // Workers for the customer pages only, each with its connection (--customer-connections; 0: as many as
    // DatabaseWorkers::defaultThreadCount()). The advisor API keeps databaseConnections to itself: a flood of customer
    // work (one customer's eight exports, 50,000 inquiries) queues here, never in front of an advisor's queue read.
    int customerConnections = 0;
    // What one customer may write per hour, counted in the database (--inquiries-per-hour, --messages-per-hour).
    MailboxLimits mailboxLimits;
    // How much one mailbox or thread page shows; tests make them small (no option: 50 and 100 suit every browser).
    MailboxPageSizes pageSizes;
    // The relay customers' notices go out through (--smtp-url, --smtp-from, --smtp-ca); none: they wait in the outbox.
    std::optional<SmtpSettings> smtp;
    // The customer pages as customers reach them, for the links in mails (--public-url; default https://WEB-LISTEN).
    QString publicUrl;
    // How often the sender looks into the outbox; tests shorten it (no option: five seconds suit every relay).
    std::chrono::milliseconds mailRound{std::chrono::seconds(5)};
    // The company's rule that every customer signs in with a code from an app as well (--require-two-factor).
    bool requireTwoFactor = false;
    // Anonymous counselling: customers may register with a pseudonym and no e-mail address (--allow-pseudonyms).
    bool allowPseudonyms = false;
    // What customers' authenticator apps show beside their codes (--service-name; default Confidant).
    QString serviceName = QStringLiteral("Confidant");
    // Started as root, the server goes on as this system account (PrivilegeDrop; --run-as, default confidant).
    // Empty: it stays who it is, as a test that runs it in its own process does.
    QString runAs;

    // nullopt with a message for the person who typed the command.
    static std::optional<ServerConfig> fromArguments(const QStringList &arguments, QString *error);
    static std::optional<ListenAddress> parseListen(const QString &text);

private:
    struct MailOptions;
    static bool readMail(const QCommandLineParser &parser, const MailOptions &options, ServerConfig &config, QString *error);
    struct LimitOptions;
    static bool readLimits(const QCommandLineParser &parser, const LimitOptions &options, ServerConfig &config, QString *error);
};

} // namespace confidant::server
