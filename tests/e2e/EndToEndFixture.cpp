#include "EndToEndFixture.h"

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
    m_db.reset();
    m_pg.reset();
}

// A server on the test database and PKI, on free loopback ports.
ServerConfig EndToEndFixture::serverConfig(PasswordHasher::Cost cost) const
{
    ServerConfig config = testing::testServerConfig(*m_pg, *m_pki, cost);
    // No summer time and never the machine's own zone, so a page showing UTC or local time instead cannot pass.
    config.timeZone = QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
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
    m_server.reset();
    m_server = std::make_unique<ServerApplication>(serverConfig(PasswordHasher::Cost::Minimal), m_manualClock);
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
    QVERIFY(client.get(QStringLiteral("/login?registered=1")).body.contains("your account is ready"));
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
