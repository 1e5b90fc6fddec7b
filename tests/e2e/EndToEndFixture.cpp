#include "EndToEndFixture.h"

#include "SmtpSink.h"
#include "TestPki.h"
#include "TestPostgres.h"
#include "TestServer.h"
#include "app/ServerApplication.h"
#include "pki/CertificateAuthority.h"
#include "store/AdvisorStore.h"
#include "store/Database.h"
#include "store/TopicStore.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

namespace confidant::testing {

using namespace confidant::server;

// Out of line: the members' types are complete only here.
EndToEndFixture::EndToEndFixture() = default;
EndToEndFixture::~EndToEndFixture() = default;

void EndToEndFixture::init()
{
    m_pg = std::make_unique<testing::TestPostgres>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->errorString()));
    m_pki = std::make_unique<testing::TestPki>();
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    m_smtp = std::make_unique<testing::SmtpSink>(*m_pki);
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->errorString()));
    m_db = m_pg->open(QStringLiteral("e2e-setup"));
    QVERIFY(m_db);
    QVERIFY(TopicStore(*m_db).create(QStringLiteral("mortgage"), QStringLiteral("Mortgages")));
    AdvisorStore advisors(*m_db);
    const auto advisor = advisors.createAdvisor(QStringLiteral("m.mueller"), QStringLiteral("Maria M\u00fcller"),
                                                advisors.createTeam(QStringLiteral("Private clients"))->id, false);
    QVERIFY(advisors.registerCertificate(advisor->id, certificateFingerprint(m_pki->advisorCertificate), QStringLiteral("01"),
                                         m_pki->advisorCertificate.expiryDate()));

    m_server = std::make_unique<ServerApplication>(serverConfig(PasswordHasher::Cost::Minimal), m_clock);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void EndToEndFixture::cleanup()
{
    m_server.reset();
    m_smtp.reset();
    m_db.reset();
    m_pg.reset();
}

// A server on the test database and PKI, on free loopback ports.
ServerConfig EndToEndFixture::serverConfig(PasswordHasher::Cost cost) const
{
    ServerConfig config = testing::testServerConfig(*m_pg, *m_pki, cost);
    // No summer time and never the machine's own zone, so a page showing UTC or local time instead cannot pass.
    config.timeZone = QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
    // Mail goes to a real relay on loopback, looked into often so a test waits for its links briefly.
    SmtpSettings relay;
    relay.host = QStringLiteral("127.0.0.1");
    relay.port = m_smtp->port();
    relay.from = QStringLiteral("no-reply@bank.example");
    relay.caCertificates = {m_pki->caCertificate};
    relay.timeout = std::chrono::seconds(5);
    config.smtp = relay;
    config.publicUrl = QStringLiteral("https://localhost");
    config.mailRound = std::chrono::milliseconds(50);
    return config;
}

std::unique_ptr<HttpsClient> EndToEndFixture::customer()
{
    QUrl url = m_server->customerUrl();
    url.setHost(QStringLiteral("localhost"));
    return std::make_unique<HttpsClient>(url, m_pki->caCertificate);
}

std::unique_ptr<HttpsClient> EndToEndFixture::advisor(ServerApplication *server)
{
    return testing::advisorClient(server ? *server : *m_server, *m_pki);
}

int EndToEndFixture::count(const QString &table)
{
    QSqlQuery query(m_db->connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next() ? query.value(0).toInt() : -1;
}

// A server whose time the test moves (throttling windows, idle timeout).
void EndToEndFixture::restartOnManualClock()
{
    restart(serverConfig(PasswordHasher::Cost::Minimal), m_manualClock);
}

void EndToEndFixture::restart(const ServerConfig &config, const Clock &clock)
{
    m_server.reset();
    m_server = std::make_unique<ServerApplication>(config, clock);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

Reply EndToEndFixture::signIn(HttpsClient &client, const QString &email, const QString &password)
{
    client.get(QStringLiteral("/login"));
    return client.postForm(QStringLiteral("/login"), {{QStringLiteral("csrf_token"), client.csrfToken()},
                                                      {QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
}

// Registering does not sign in (the answer must not differ for a known address): the customer signs in next.
void EndToEndFixture::registerCustomer(HttpsClient &client, const QString &email, const QString &name)
{
    QCOMPARE(client.get(QStringLiteral("/register")).status, 200);
    const Reply registered = client.postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), client.csrfToken()},
        {QStringLiteral("name"), name}, {QStringLiteral("email"), email}, {QStringLiteral("password"), QStringLiteral("a long password 1")},
        {QStringLiteral("password_confirm"), QStringLiteral("a long password 1")}});
    QCOMPARE(registered.status, 303);
    QCOMPARE(registered.header("Location"), QByteArray("/login?registered=1"));
    QVERIFY(client.get(QStringLiteral("/login?registered=1")).body.contains("open the link in it within 24 hours"));
    confirmAddress(client, email, QStringLiteral("a long password 1"));
    const Reply signedIn = signIn(client, email, QStringLiteral("a long password 1"));
    QCOMPARE(signedIn.status, 303);
    QCOMPARE(signedIn.header("Location"), QByteArray("/agreement"));
    QCOMPARE(client.get(QStringLiteral("/inquiries")).header("Location"), QByteArray("/agreement")); // consent first
    const Reply page = client.get(QStringLiteral("/agreement"));
    QVERIFY(page.body.contains("name=\"accept\""));
    const Reply accepted = client.postForm(QStringLiteral("/agreement"), {{QStringLiteral("csrf_token"), client.csrfToken()},
                                                                           {QStringLiteral("accept"), QStringLiteral("yes")}});
    QCOMPARE(accepted.status, 303);
    QCOMPARE(accepted.header("Location"), QByteArray("/inquiries"));
}

QList<QByteArray> EndToEndFixture::mailsTo(const QString &email) const
{
    QList<QByteArray> found;
    for (const QByteArray &message : m_smtp->messages()) {
        if (SmtpSink::header(message, "To") == email.toUtf8())
            found.append(message);
    }
    return found;
}

QByteArray EndToEndFixture::tokenFromMail(const QString &email, const QString &path)
{
    const QRegularExpression link(QRegularExpression::escape(path) + QStringLiteral("\\?token=([A-Za-z0-9_-]{43})"));
    // The sender's thread delivers while this one waits in the event loop.
    for (int waited = 0; waited <= 10000; waited += 50) {
        const QList<QByteArray> mails = mailsTo(email);
        for (auto it = mails.crbegin(); it != mails.crend(); ++it) {
            if (const auto match = link.match(SmtpSink::bodyText(*it)); match.hasMatch())
                return match.captured(1).toLatin1();
        }
        QTest::qWait(50);
    }
    return {};
}

// The link in the mail only shows a form; the registration's password confirms.
void EndToEndFixture::confirmAddress(HttpsClient &client, const QString &email, const QString &password)
{
    const QByteArray token = tokenFromMail(email, QStringLiteral("/verify"));
    QVERIFY(!token.isEmpty());
    const Reply form = client.get(QStringLiteral("/verify?token=") + QString::fromLatin1(token));
    QCOMPARE(form.status, 200);
    const Reply confirmed = client.postForm(QStringLiteral("/verify"), {{QStringLiteral("csrf_token"), client.csrfToken()},
        {QStringLiteral("token"), QString::fromLatin1(token)}, {QStringLiteral("password"), password}});
    QCOMPARE(confirmed.status, 303);
    QCOMPARE(confirmed.header("Location"), QByteArray("/login?verified=1"));
}

qint64 EndToEndFixture::writeInquiry(HttpsClient &client, const QString &subject, const QString &body)
{
    const Reply form = client.get(QStringLiteral("/inquiries/new"));
    if (form.status != 200 || !form.body.contains("value=\"mortgage\""))
        return 0;
    const Reply sent = client.postForm(QStringLiteral("/inquiries"), {{QStringLiteral("csrf_token"), client.csrfToken()},
        {QStringLiteral("topic"), QStringLiteral("mortgage")}, {QStringLiteral("subject"), subject}, {QStringLiteral("body"), body}});
    if (sent.status != 303)
        return 0;
    return sent.header("Location").mid(QByteArray("/inquiries/").size()).toLongLong();
}

// The ids of the fields a page focuses when it loads.
QStringList EndToEndFixture::autofocused(const QByteArray &html)
{
    static const QRegularExpression field(QStringLiteral("<(?:input|select|textarea)\\b[^>]*\\bid=\"([^\"]+)\"[^>]*\\bautofocus\\b"));
    QStringList ids;
    for (auto it = field.globalMatch(QString::fromUtf8(html)); it.hasNext();)
        ids << it.next().captured(1);
    return ids;
}

} // namespace confidant::testing
