#include "app/ServerConfig.h"

#include <QUrl>

#include <QCommandLineParser>
#include <QDir>

namespace confidant::server {

std::optional<ListenAddress> ServerConfig::parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host);
    if (!ok || port > 65535 || address.isNull())
        return std::nullopt;
    return ListenAddress{address, quint16(port)};
}

struct ServerConfig::MailOptions {
    QCommandLineOption url{QStringLiteral("smtp-url"),
        QStringLiteral("Relay for the mails to customers, smtp://[user:password@]host[:port] (STARTTLS is always required; "
                       "default port 587). Without it, mails wait in the outbox."), QStringLiteral("url")};
    QCommandLineOption from{QStringLiteral("smtp-from"), QStringLiteral("Sender address of the mails to customers."), QStringLiteral("address")};
    QCommandLineOption ca{QStringLiteral("smtp-ca"), QStringLiteral("CA certificate (PEM) the relay's certificate must chain to (default: the system's)."),
        QStringLiteral("file")};
    QCommandLineOption publicUrl{QStringLiteral("public-url"),
        QStringLiteral("The customer pages' address as customers reach them, for links in mails (default https://WEB-LISTEN)."), QStringLiteral("url")};
};

bool ServerConfig::readMail(const QCommandLineParser &parser, const MailOptions &options, ServerConfig &config, QString *error)
{
    config.publicUrl = parser.isSet(options.publicUrl)
                           ? parser.value(options.publicUrl)
                           : QStringLiteral("https://%1:%2").arg(config.web.address.toString()).arg(config.web.port);
    if (!parser.isSet(options.url))
        return true;
    auto smtp = SmtpSettings::fromUrl(QUrl(parser.value(options.url)), error);
    if (!smtp)
        return false;
    smtp->from = parser.value(options.from);
    if (!smtp->from.contains(QLatin1Char('@'))) {
        *error = QStringLiteral("--smtp-url needs --smtp-from, the sender address of the mails (e.g. no-reply@bank.example)");
        return false;
    }
    if (parser.isSet(options.ca)) {
        smtp->caCertificates = QSslCertificate::fromPath(parser.value(options.ca), QSsl::Pem);
        if (smtp->caCertificates.isEmpty()) {
            *error = QStringLiteral("--smtp-ca: no PEM certificate in %1").arg(parser.value(options.ca));
            return false;
        }
    }
    config.smtp = std::move(smtp);
    return true;
}

struct ServerConfig::LimitOptions {
    QCommandLineOption inquiries{QStringLiteral("inquiries-per-hour"),
        QStringLiteral("New inquiries one customer may write per hour (default 20; 0: no limit)."), QStringLiteral("count"),
        QString::number(MailboxLimits().inquiriesPerHour)};
    QCommandLineOption messages{QStringLiteral("messages-per-hour"),
        QStringLiteral("Messages one customer may write in their threads per hour (default 60; 0: no limit)."), QStringLiteral("count"),
        QString::number(MailboxLimits().messagesPerHour)};
};

bool ServerConfig::readLimits(const QCommandLineParser &parser, const LimitOptions &options, ServerConfig &config, QString *error)
{
    const auto read = [&](const QCommandLineOption &option, int *value) {
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        if (ok && *value >= 0 && *value <= 100'000)
            return true;
        *error = QStringLiteral("--%1 takes a number from 0 (no limit) to 100000").arg(option.names().constFirst());
        return false;
    };
    return read(options.inquiries, &config.mailboxLimits.inquiriesPerHour) && read(options.messages, &config.mailboxLimits.messagesPerHour);
}

std::optional<ServerConfig> ServerConfig::fromArguments(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Confidant server: customer pages over HTTPS and the advisor API over mutual TLS."));
    parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Directory for the PKI files and the private database."), QStringLiteral("dir"), QStringLiteral("confidant-data"));
    const QCommandLineOption databaseUrl(QStringLiteral("database-url"), QStringLiteral("postgresql://user:password@host:port/db (default: $CONFIDANT_DATABASE_URL, else a private cluster)."), QStringLiteral("url"));
    const QCommandLineOption webListen(QStringLiteral("web-listen"), QStringLiteral("Address:port of the customer pages (port 0: any free port)."), QStringLiteral("addr:port"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption apiListen(QStringLiteral("api-listen"), QStringLiteral("Address:port of the advisor API."), QStringLiteral("addr:port"), QStringLiteral("127.0.0.1:9443"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QStringLiteral("Server certificate (PEM)."), QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("Server private key (PEM)."), QStringLiteral("file"));
    const QCommandLineOption clientCa(QStringLiteral("client-ca"), QStringLiteral("CA certificate that issues advisor certificates (PEM)."), QStringLiteral("file"));
    const QCommandLineOption cost(QStringLiteral("password-hash-cost"), QStringLiteral("Argon2id cost: interactive (default), moderate, or min (tests and benchmarks only)."), QStringLiteral("cost"), QStringLiteral("interactive"));
    const QCommandLineOption timeZone(QStringLiteral("time-zone"), QStringLiteral("Time zone of the times on the customer pages (IANA id, default Europe/Berlin)."), QStringLiteral("zone"), QString::fromLatin1(ServerConfig().timeZone.id()));
    const QCommandLineOption trustProxy(QStringLiteral("trust-proxy"),
        QStringLiteral("Address of a load balancer that starts each connection with a PROXY protocol v2 header naming the client "
                       "(repeatable). TLS still ends at this server."), QStringLiteral("address"));
    const QCommandLineOption keyRing(QStringLiteral("key-ring"),
        QStringLiteral("Key ring file with the keys that encrypt the stored texts (default DIR/keys/keyring; "
                       "create it with confidant-admin create-key-ring)."), QStringLiteral("file"));
    const QCommandLineOption rotation(QStringLiteral("key-rotation-hours"),
        QStringLiteral("Rotate the key-encryption keys when the current one is this old, so deleted inquiries cannot be read "
                       "from older backups (default 24; 0: only by confidant-admin rotate-keys)."), QStringLiteral("hours"), QStringLiteral("24"));
    const QCommandLineOption connections(QStringLiteral("database-connections"),
        QStringLiteral("Threads doing database work, each with its own connection (default: two per core, at least four)."),
        QStringLiteral("count"), QStringLiteral("0"));
    const QCommandLineOption reportConnections(QStringLiteral("report-connections"),
        QStringLiteral("Threads building statistics and team reports, each with its own connection, apart from the others "
                       "(default 1)."), QStringLiteral("count"), QStringLiteral("1"));
    const QCommandLineOption customerConnections(QStringLiteral("customer-connections"),
        QStringLiteral("Threads doing the customer pages' database work, each with its own connection, apart from the advisor "
                       "API's (default: two per core, at least four)."), QStringLiteral("count"), QStringLiteral("0"));
    const QCommandLineOption runAs(QStringLiteral("run-as"),
        QStringLiteral("System account the server goes on as when started as root, once it listens and has read its keys "
                       "(default confidant; it refuses to go on as root)."), QStringLiteral("account"), QStringLiteral("confidant"));
    const QCommandLineOption requireTwoFactor(QStringLiteral("require-two-factor"),
        QStringLiteral("Every customer must set up two-factor sign-in (a code from an authenticator app) before using the mailbox."));
    const QCommandLineOption allowPseudonyms(QStringLiteral("allow-pseudonyms"),
        QStringLiteral("Anonymous counselling: customers may register with a pseudonym and no e-mail address (recovery codes "
                       "instead of reset links, no notices)."));
    const QCommandLineOption serviceName(QStringLiteral("service-name"),
        QStringLiteral("The name customers' authenticator apps show beside their codes (default Confidant), e.g. the company's."),
        QStringLiteral("name"), QStringLiteral("Confidant"));
    parser.addOptions({dataDir, databaseUrl, webListen, apiListen, tlsCert, tlsKey, clientCa, cost, timeZone, trustProxy, connections,
                       reportConnections, customerConnections, keyRing, rotation, runAs, requireTwoFactor, allowPseudonyms, serviceName});
    const MailOptions mail;
    parser.addOptions({mail.url, mail.from, mail.ca, mail.publicUrl});
    const LimitOptions limits;
    parser.addOptions({limits.inquiries, limits.messages});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *error = parser.helpText();
        return std::nullopt;
    }
    ServerConfig config;
    config.dataDirectory = QDir(parser.value(dataDir)).absolutePath();
    config.databaseUrl = parser.isSet(databaseUrl) ? parser.value(databaseUrl) : qEnvironmentVariable("CONFIDANT_DATABASE_URL");
    const auto web = parseListen(parser.value(webListen));
    const auto api = parseListen(parser.value(apiListen));
    if (!web || !api) {
        *error = QStringLiteral("--web-listen and --api-listen take ADDRESS:PORT, e.g. 127.0.0.1:8443");
        return std::nullopt;
    }
    config.web = *web;
    config.api = *api;
    const QString pki = config.dataDirectory + QStringLiteral("/pki/");
    config.tlsCertificateFile = parser.isSet(tlsCert) ? parser.value(tlsCert) : pki + QStringLiteral("server.pem");
    config.tlsKeyFile = parser.isSet(tlsKey) ? parser.value(tlsKey) : pki + QStringLiteral("server.key");
    config.clientCaFile = parser.isSet(clientCa) ? parser.value(clientCa) : pki + QStringLiteral("ca.pem");
    config.keyRingFile = parser.isSet(keyRing) ? parser.value(keyRing) : config.dataDirectory + QStringLiteral("/keys/keyring");
    config.runAs = parser.value(runAs);
    config.requireTwoFactor = parser.isSet(requireTwoFactor);
    config.allowPseudonyms = parser.isSet(allowPseudonyms);
    config.serviceName = parser.value(serviceName).trimmed();
    if (config.serviceName.isEmpty() || config.serviceName.contains(QLatin1Char(':'))) {
        *error = QStringLiteral("--service-name takes a name without a colon (apps show it beside the codes), e.g. \"Demo Bank\"");
        return std::nullopt;
    }
    if (config.runAs.trimmed().isEmpty()) {
        *error = QStringLiteral("--run-as takes the name of a system account, e.g. confidant");
        return std::nullopt;
    }
    bool hoursOk = false;
    config.keyRotationHours = parser.value(rotation).toInt(&hoursOk);
    if (!hoursOk || config.keyRotationHours < 0) {
        *error = QStringLiteral("--key-rotation-hours takes a number of hours, 0 for none");
        return std::nullopt;
    }
    const QString costName = parser.value(cost);
    if (costName == QLatin1String("min"))
        config.passwordCost = PasswordHasher::Cost::Minimal;
    else if (costName == QLatin1String("moderate"))
        config.passwordCost = PasswordHasher::Cost::Moderate;
    else if (costName != QLatin1String("interactive")) {
        *error = QStringLiteral("--password-hash-cost takes interactive, moderate or min");
        return std::nullopt;
    }
    for (const QString &address : parser.values(trustProxy)) {
        const QHostAddress proxy(address);
        if (proxy.isNull()) {
            *error = QStringLiteral("--trust-proxy takes an IP address, not \"%1\"").arg(address);
            return std::nullopt;
        }
        config.trustedProxies.append(proxy);
    }
    bool countOk = false;
    config.databaseConnections = parser.value(connections).toInt(&countOk);
    if (!countOk || config.databaseConnections < 0 || config.databaseConnections > 256) {
        *error = QStringLiteral("--database-connections takes a number from 1 to 256");
        return std::nullopt;
    }
    config.reportConnections = parser.value(reportConnections).toInt(&countOk);
    if (!countOk || config.reportConnections < 1 || config.reportConnections > 64) {
        *error = QStringLiteral("--report-connections takes a number from 1 to 64");
        return std::nullopt;
    }
    config.customerConnections = parser.value(customerConnections).toInt(&countOk);
    if (!countOk || config.customerConnections < 0 || config.customerConnections > 256) {
        *error = QStringLiteral("--customer-connections takes a number from 1 to 256");
        return std::nullopt;
    }
    config.timeZone = QTimeZone(parser.value(timeZone).toUtf8());
    if (!config.timeZone.isValid()) {
        *error = QStringLiteral("--time-zone takes a zone id such as Europe/Berlin or UTC");
        return std::nullopt;
    }
    if (!readMail(parser, mail, config, error) || !readLimits(parser, limits, config, error))
        return std::nullopt;
    return config;
}

} // namespace confidant::server
