#include "EndToEndFixture.h"
#include "SmtpSink.h"
#include "app/ServerApplication.h"
#include "store/Database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace confidant;
using namespace confidant::server;
using confidant::testing::HttpsClient;
using confidant::testing::Reply;

// Anonymous counselling over real TLS: off unless the company allows it; then a pseudonym and no address, signed in
// at once with ten recovery codes, never mailed, and a new password only with one of those codes.
class tst_Pseudonyms : public testing::EndToEndFixture {
    Q_OBJECT
private slots:
    void offByDefault();
    void aPseudonymGetsRecoveryCodesAndNoMail();
    void aTakenOrMalformedPseudonymIsRefused();
    void aRecoveryCodeSetsANewPasswordOnce();

private:
    void allowPseudonyms();
    Reply registerPseudonym(HttpsClient &visitor, const QString &pseudonym, const QString &password);
    static QStringList codesIn(const Reply &page);
};

const QString password = QStringLiteral("a long password 1");

void tst_Pseudonyms::allowPseudonyms()
{
    ServerConfig config = serverConfig(PasswordHasher::Cost::Minimal);
    config.allowPseudonyms = true;
    restart(config, m_clock);
}

Reply tst_Pseudonyms::registerPseudonym(HttpsClient &visitor, const QString &pseudonym, const QString &chosen)
{
    visitor.get(QStringLiteral("/register/pseudonym"));
    return visitor.postForm(QStringLiteral("/register/pseudonym"), {{QStringLiteral("csrf_token"), visitor.csrfToken()},
        {QStringLiteral("pseudonym"), pseudonym}, {QStringLiteral("password"), chosen}, {QStringLiteral("password_confirm"), chosen}});
}

QStringList tst_Pseudonyms::codesIn(const Reply &page)
{
    QStringList codes;
    auto found = QRegularExpression(QStringLiteral("<li><code>([A-Z2-9-]{19})</code></li>")).globalMatch(QString::fromUtf8(page.body));
    while (found.hasNext())
        codes.append(found.next().captured(1));
    return codes;
}

void tst_Pseudonyms::offByDefault()
{
    auto visitor = customer();
    QCOMPARE(visitor->get(QStringLiteral("/register/pseudonym")).status, 404);
    QCOMPARE(visitor->get(QStringLiteral("/password/recover")).status, 404);
    QVERIFY(!visitor->get(QStringLiteral("/register")).body.contains("/register/pseudonym"));
    QVERIFY(visitor->get(QStringLiteral("/login")).body.contains("type=\"email\""));
}

void tst_Pseudonyms::aPseudonymGetsRecoveryCodesAndNoMail()
{
    allowPseudonyms();
    auto visitor = customer();
    QVERIFY(visitor->get(QStringLiteral("/register")).body.contains("href=\"/register/pseudonym\""));
    const Reply codes = registerPseudonym(*visitor, QStringLiteral("Sonnenblume_7"), password);
    QCOMPARE(codes.status, 200);
    QCOMPARE(codes.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(codesIn(codes).size(), 10);
    QCOMPARE(visitor->get(QStringLiteral("/inquiries")).header("Location"), QByteArray("/agreement")); // signed in
    const Reply settings = visitor->get(QStringLiteral("/account/settings"));
    QVERIFY(settings.status == 200 && !settings.body.contains("action=\"/account/notices\""));
    // A forged choice of notices changes nothing: the account has no address.
    QCOMPARE(visitor->postForm(QStringLiteral("/account/notices"), {{QStringLiteral("csrf_token"), visitor->csrfToken()},
        {QStringLiteral("mode"), QStringLiteral("every")}, {QStringLiteral("language"), QStringLiteral("de")}}).status, 303);
    QSqlQuery stored(m_db->connection());
    QVERIFY(stored.exec(QStringLiteral("SELECT email, display_name, notice_mode, pseudonymous, verified_at IS NOT NULL FROM customers")) && stored.next());
    QCOMPARE(stored.value(0).toString(), QStringLiteral("sonnenblume_7"));
    QCOMPARE(stored.value(1).toString(), QStringLiteral("Sonnenblume_7"));
    QCOMPARE(stored.value(2).toString(), QStringLiteral("never"));
    QVERIFY(stored.value(3).toBool() && stored.value(4).toBool());

    // An advisor answers: no notice, because there is nowhere to send one; and the reset page sends nothing either.
    visitor->postForm(QStringLiteral("/agreement"), {{QStringLiteral("csrf_token"), visitor->csrfToken()}, {QStringLiteral("accept"), QStringLiteral("yes")}});
    const qint64 inquiry = writeInquiry(*visitor, QStringLiteral("Anonymous question"), QStringLiteral("Please help."));
    QVERIFY(inquiry);
    QCOMPARE(advisor()->postJson(QStringLiteral("/api/v1/inquiries/%1/replies").arg(inquiry), QByteArrayLiteral("{\"body\":\"Gladly.\"}")).status, 201);
    visitor->get(QStringLiteral("/password/forgot"));
    visitor->postForm(QStringLiteral("/password/forgot"), {{QStringLiteral("csrf_token"), visitor->csrfToken()}, {QStringLiteral("email"), QStringLiteral("sonnenblume_7")}});
    QTest::qWait(500); // ten mail rounds
    QVERIFY(m_smtp->messages().isEmpty());
    QCOMPARE(count(QStringLiteral("mail_outbox")), 0);

    const Reply account = visitor->get(QStringLiteral("/account"));
    QVERIFY(account.body.contains("<dt>Your pseudonym</dt><dd>sonnenblume_7</dd>"));
    auto later = customer();
    QVERIFY(later->get(QStringLiteral("/login")).body.contains("E-mail address or pseudonym"));
    QCOMPARE(signIn(*later, QStringLiteral("SONNENBLUME_7"), password).header("Location"), QByteArray("/inquiries"));
}

void tst_Pseudonyms::aTakenOrMalformedPseudonymIsRefused()
{
    allowPseudonyms();
    auto first = customer();
    QCOMPARE(registerPseudonym(*first, QStringLiteral("nachtfalter"), password).status, 200);
    auto second = customer();
    const Reply taken = registerPseudonym(*second, QStringLiteral("Nachtfalter"), QStringLiteral("another password 2"));
    QCOMPARE(taken.status, 422);
    QVERIFY(taken.body.contains("This pseudonym is taken. Please choose another one."));
    QVERIFY(taken.body.contains("value=\"Nachtfalter\""));
    for (const QString &bad : {QStringLiteral("ab"), QStringLiteral("anna@example.de"), QStringLiteral("two words"), QString(41, QLatin1Char('x'))}) {
        const Reply refused = registerPseudonym(*second, bad, password);
        QCOMPARE(refused.status, 422);
        QVERIFY2(refused.body.contains("A pseudonym has 3 to 40 letters"), qPrintable(bad));
    }
    QCOMPARE(count(QStringLiteral("customers")), 1);
}

void tst_Pseudonyms::aRecoveryCodeSetsANewPasswordOnce()
{
    allowPseudonyms();
    auto owner = customer();
    const QStringList codes = codesIn(registerPseudonym(*owner, QStringLiteral("nachtfalter"), password));
    QCOMPARE(codes.size(), 10);
    const auto recover = [this](const QString &pseudonym, const QString &code, const QString &fresh) {
        auto visitor = customer();
        visitor->get(QStringLiteral("/password/recover"));
        return visitor->postForm(QStringLiteral("/password/recover"), {{QStringLiteral("csrf_token"), visitor->csrfToken()},
            {QStringLiteral("pseudonym"), pseudonym}, {QStringLiteral("code"), code},
            {QStringLiteral("new_password"), fresh}, {QStringLiteral("new_password_confirm"), fresh}});
    };
    QCOMPARE(recover(QStringLiteral("nachtfalter"), QStringLiteral("AAAA-BBBB-CCCC-DDDD"), QStringLiteral("new password 22")).status, 422);
    QCOMPARE(recover(QStringLiteral("somebody"), codes.at(0), QStringLiteral("new password 22")).status, 422);
    const Reply reset = recover(QStringLiteral("Nachtfalter"), codes.at(0).toLower(), QStringLiteral("new password 22"));
    QCOMPARE(reset.header("Location"), QByteArray("/login?reset=1"));
    QCOMPARE(owner->get(QStringLiteral("/inquiries")).header("Location"), QByteArray("/login")); // every session ended
    QCOMPARE(signIn(*owner, QStringLiteral("nachtfalter"), password).status, 422);
    QCOMPARE(signIn(*owner, QStringLiteral("nachtfalter"), QStringLiteral("new password 22")).status, 303);
    QCOMPARE(recover(QStringLiteral("nachtfalter"), codes.at(0), QStringLiteral("third password 3")).status, 422); // used
    QCOMPARE(count(QStringLiteral("customer_recovery_codes")), 9);
}

QTEST_GUILESS_MAIN(tst_Pseudonyms)
#include "tst_pseudonyms.moc"
