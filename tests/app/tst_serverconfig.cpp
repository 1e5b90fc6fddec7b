#include "app/ServerConfig.h"

#include <QTest>

using namespace confidant::server;

// What the server makes of its command line: the defaults an operator relies on without typing them, and a refusal
// that names the option for each value it cannot use (docs/operations.md).
class tst_ServerConfig : public QObject {
    Q_OBJECT

    static std::optional<ServerConfig> parse(const QStringList &options, QString *error = nullptr)
    {
        QString ignored;
        return ServerConfig::fromArguments(QStringList{QStringLiteral("confidant-server")} + options, error ? error : &ignored);
    }

private slots:
    void defaults()
    {
        const auto config = parse({QStringLiteral("--data-dir"), QStringLiteral("/srv/confidant")});
        QVERIFY(config);
        QCOMPARE(config->dataDirectory, QStringLiteral("/srv/confidant"));
        QCOMPARE(config->web.port, quint16(8443));
        QCOMPARE(config->api.port, quint16(9443));
        QCOMPARE(config->web.address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(config->clientCaFile, QStringLiteral("/srv/confidant/pki/ca.pem"));
        QCOMPARE(config->keyRingFile, QStringLiteral("/srv/confidant/keys/keyring"));
        QCOMPARE(config->databaseConnections, 0); // as many as DatabaseWorkers::defaultThreadCount()
        QCOMPARE(config->reportConnections, 1);
        QCOMPARE(config->customerConnections, 0);
        QCOMPARE(config->mailboxLimits.inquiriesPerHour, 20);
        QCOMPARE(config->mailboxLimits.messagesPerHour, 60);
        QCOMPARE(config->keyRotationHours, 24);
        QCOMPARE(config->timeZone.id(), QByteArray("Europe/Berlin"));
        QVERIFY(!config->requireTwoFactor);
        QVERIFY(!config->allowPseudonyms); // anonymous counselling is the company's choice, off unless asked for
        QCOMPARE(config->serviceName, QStringLiteral("Confidant"));
    }

    void customerAccountRules()
    {
        const auto config = parse({QStringLiteral("--require-two-factor"), QStringLiteral("--allow-pseudonyms"), QStringLiteral("--service-name"),
                                   QStringLiteral(" Demo Bank ")});
        QVERIFY(config);
        QVERIFY(config->requireTwoFactor);
        QVERIFY(config->allowPseudonyms);
        QCOMPARE(config->serviceName, QStringLiteral("Demo Bank"));
    }

    void connectionCounts()
    {
        const auto config = parse({QStringLiteral("--database-connections"), QStringLiteral("8"), QStringLiteral("--report-connections"),
                                   QStringLiteral("3")});
        QVERIFY(config);
        QCOMPARE(config->databaseConnections, 8);
        QCOMPARE(config->reportConnections, 3);
        QCOMPARE(parse({QStringLiteral("--report-connections"), QStringLiteral("64")})->reportConnections, 64);
        QCOMPARE(parse({QStringLiteral("--customer-connections"), QStringLiteral("6")})->customerConnections, 6);
    }

    void customerLimits()
    {
        const auto config = parse({QStringLiteral("--inquiries-per-hour"), QStringLiteral("5"), QStringLiteral("--messages-per-hour"),
                                   QStringLiteral("0")});
        QVERIFY(config);
        QCOMPARE(config->mailboxLimits.inquiriesPerHour, 5);
        QCOMPARE(config->mailboxLimits.messagesPerHour, 0); // no limit
    }

    void refusedValuesNameTheirOption_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("option");
        const auto row = [](const char *name, const char *option, const char *value) {
            QTest::newRow(name) << QStringList{QString::fromLatin1(option), QString::fromLatin1(value)} << QString::fromLatin1(option);
        };
        row("no report connection", "--report-connections", "0");
        row("too many report connections", "--report-connections", "65");
        row("report connections not a number", "--report-connections", "two");
        row("negative database connections", "--database-connections", "-1");
        row("negative customer connections", "--customer-connections", "-1");
        row("inquiry limit not a number", "--inquiries-per-hour", "many");
        row("negative message limit", "--messages-per-hour", "-5");
        row("listen without port", "--api-listen", "127.0.0.1");
        row("unknown zone", "--time-zone", "Mars/Olympus");
        row("proxy not an address", "--trust-proxy", "lb.example.com");
        row("unknown hash cost", "--password-hash-cost", "cheap");
        row("service name with a colon", "--service-name", "Bank: Advice");
    }

    void refusedValuesNameTheirOption()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, option);
        QString error;
        QVERIFY(!parse(options, &error));
        QVERIFY2(error.contains(option), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_ServerConfig)
#include "tst_serverconfig.moc"
