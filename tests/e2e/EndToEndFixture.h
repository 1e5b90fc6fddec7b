#pragma once

#include "HttpsClient.h"
#include "ManualClock.h"
#include "app/ServerConfig.h"
#include "time/Clock.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace confidant::server {
class Database;
class ServerApplication;
}

namespace confidant::testing {

class SmtpSink;
class TestPki;
class TestPostgres;

// The whole product over real TLS: the customer in the web pages, the advisor through the API with a real client
// certificate, PostgreSQL underneath. Before each test: a fresh database with the topic "mortgage" and the advisor
// Maria (certificate registered), and a server on it. A test class derives from this; Qt Test finds init() and
// cleanup() by name in the base class.
class EndToEndFixture : public QObject {
    Q_OBJECT
public:
    EndToEndFixture();
    ~EndToEndFixture() override;

private slots:
    void init();
    void cleanup();

protected:
    void restartOnManualClock();
    // A server of this configuration in place of the running one, on `clock`.
    void restart(const server::ServerConfig &config, const Clock &clock);
    Reply signIn(HttpsClient &client, const QString &email, const QString &password);
    server::ServerConfig serverConfig(server::PasswordHasher::Cost cost) const;
    std::unique_ptr<HttpsClient> customer();
    std::unique_ptr<HttpsClient> advisor(server::ServerApplication *server = nullptr);
    void registerCustomer(HttpsClient &client, const QString &email, const QString &name = QStringLiteral("Anna Schmidt"));
    // Opens the link in the newest mail to `email` whose link leads to `path` ("/verify", "/password/reset"), waiting
    // for it up to ten seconds; the link's token, empty when none came.
    QByteArray tokenFromMail(const QString &email, const QString &path);
    // What the relay received for `email` so far, oldest first.
    QList<QByteArray> mailsTo(const QString &email) const;
    void confirmAddress(HttpsClient &client, const QString &email, const QString &password);
    qint64 writeInquiry(HttpsClient &client, const QString &subject, const QString &body);
    int count(const QString &table);
    static QStringList autofocused(const QByteArray &html);

    std::unique_ptr<TestPostgres> m_pg;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<SmtpSink> m_smtp;
    std::unique_ptr<server::Database> m_db;
    SystemClock m_clock;
    ManualClock m_manualClock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<server::ServerApplication> m_server;
};

} // namespace confidant::testing
