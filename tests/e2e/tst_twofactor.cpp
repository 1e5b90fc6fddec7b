#include "EndToEndFixture.h"
#include "app/ServerApplication.h"
#include "store/Database.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QtEndian>

using namespace confidant;
using namespace confidant::server;
using confidant::testing::HttpsClient;
using confidant::testing::Reply;

// Two-factor sign-in over real TLS, as a customer's app would take part: the secret read off the enrolment page, the
// codes made here by an RFC 6238 implementation of the test's own (not the server's liboath).
class tst_TwoFactor : public testing::EndToEndFixture {
    Q_OBJECT
private slots:
    void enrolmentNeedsTheAppsFirstCodeAndShowsTenRecoveryCodes();
    void signInAsksForTheCodeAndNeverTakesOneTwice();
    void codesOneStepAwayCountOthersDoNot();
    void aRecoveryCodeWorksOnce();
    void noLinkSignsInPastTheSecondFactor();
    void wrongCodesAreThrottledLikePasswords();
    void theCodeStepExpires();
    void aCompanyCanRequireIt();
    void turningItOffNeedsACode();

private:
    struct Enrolled {
        QByteArray secret;
        QStringList recoveryCodes;
    };
    Enrolled enrol(HttpsClient &anna);
    Reply signInWithCode(HttpsClient &client, const QString &code);
    Reply postCode(HttpsClient &client, const QString &path, const QString &code);
    QDateTime now() const;
    static QString codeAt(const QByteArray &secret, const QDateTime &time);
    static QByteArray fromBase32(const QString &text);
};

const QString annasAddress = QStringLiteral("anna@example.de");
const QString annasPassword = QStringLiteral("a long password 1");

// Every test runs its server on the manual clock: steps pass when the test says so, not by waiting.
QDateTime tst_TwoFactor::now() const
{
    return m_manualClock.now();
}

// RFC 6238 with HMAC-SHA1, six digits, 30-second steps (RFC 4226 dynamic truncation).
QString tst_TwoFactor::codeAt(const QByteArray &secret, const QDateTime &time)
{
    QByteArray counter(8, Qt::Uninitialized);
    qToBigEndian<quint64>(quint64(time.toSecsSinceEpoch() / 30), counter.data());
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, secret, QCryptographicHash::Sha1);
    const int offset = mac.at(19) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) | (quint32(quint8(mac.at(offset + 1))) << 16)
                           | (quint32(quint8(mac.at(offset + 2))) << 8) | quint32(quint8(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

QByteArray tst_TwoFactor::fromBase32(const QString &text)
{
    const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const qsizetype value = alphabet.indexOf(c);
        if (value < 0)
            continue;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

Reply tst_TwoFactor::postCode(HttpsClient &client, const QString &path, const QString &code)
{
    return client.postForm(path, {{QStringLiteral("csrf_token"), client.csrfToken()}, {QStringLiteral("code"), code}});
}

tst_TwoFactor::Enrolled tst_TwoFactor::enrol(HttpsClient &anna)
{
    Enrolled enrolled;
    const Reply off = anna.get(QStringLiteral("/account/two-factor"));
    if (off.status != 200 || !off.body.contains("action=\"/account/two-factor/start\""))
        return enrolled;
    anna.postForm(QStringLiteral("/account/two-factor/start"), {{QStringLiteral("csrf_token"), anna.csrfToken()}});
    const Reply pending = anna.get(QStringLiteral("/account/two-factor"));
    const auto key = QRegularExpression(QStringLiteral("<code class=\"secret\">([A-Z2-7 ]+)</code>")).match(QString::fromUtf8(pending.body));
    if (!pending.body.contains("<svg class=\"qr\"") || !key.hasMatch())
        return enrolled;
    const QByteArray secret = fromBase32(key.captured(1));
    const Reply on = postCode(anna, QStringLiteral("/account/two-factor/enable"), codeAt(secret, now()));
    auto codes = QRegularExpression(QStringLiteral("<li><code>([A-Z2-9-]{19})</code></li>")).globalMatch(QString::fromUtf8(on.body));
    while (codes.hasNext())
        enrolled.recoveryCodes.append(codes.next().captured(1));
    if (on.status == 200 && on.header("Cache-Control") == "no-store")
        enrolled.secret = secret;
    return enrolled;
}

// The password, then the code form; the code (if any) sent.
Reply tst_TwoFactor::signInWithCode(HttpsClient &client, const QString &code)
{
    const Reply step = signIn(client, annasAddress, annasPassword);
    if (step.status != 200 || !step.body.contains("action=\"/login/code\""))
        return step;
    const auto pending = QRegularExpression(QStringLiteral("name=\"pending\" value=\"([^\"]+)\"")).match(QString::fromUtf8(step.body));
    return client.postForm(QStringLiteral("/login/code"), {{QStringLiteral("csrf_token"), client.csrfToken()},
                                                           {QStringLiteral("pending"), pending.captured(1)}, {QStringLiteral("code"), code}});
}

void tst_TwoFactor::enrolmentNeedsTheAppsFirstCodeAndShowsTenRecoveryCodes()
{
    restartOnManualClock();
    auto anna = customer();
    registerCustomer(*anna, annasAddress);
    QVERIFY(anna->get(QStringLiteral("/account/settings")).body.contains("Off: signing in asks only for your password."));
    anna->get(QStringLiteral("/account/two-factor"));
    anna->postForm(QStringLiteral("/account/two-factor/start"), {{QStringLiteral("csrf_token"), anna->csrfToken()}});
    const Reply pending = anna->get(QStringLiteral("/account/two-factor"));
    QVERIFY(pending.body.contains("role=\"img\" aria-label=\"QR code to scan with your authenticator app\""));
    const Reply wrong = postCode(*anna, QStringLiteral("/account/two-factor/enable"), QStringLiteral("000000"));
    QCOMPARE(wrong.status, 422);
    QVERIFY(wrong.body.contains("This code is not right."));
    QCOMPARE(count(QStringLiteral("customer_recovery_codes")), 0);
    // The secret is stored wrapped, never as the key the page shows.
    const auto key = QRegularExpression(QStringLiteral("<code class=\"secret\">([A-Z2-7 ]+)</code>")).match(QString::fromUtf8(pending.body));
    QVERIFY(key.hasMatch());
    const QByteArray secret = fromBase32(key.captured(1));
    QCOMPARE(secret.size(), 20);
    QSqlQuery stored(m_db->connection());
    QVERIFY(stored.exec(QStringLiteral("SELECT wrapped_secret FROM customer_totp")) && stored.next());
    QVERIFY(!stored.value(0).toByteArray().contains(secret));

    const Reply on = postCode(*anna, QStringLiteral("/account/two-factor/enable"), codeAt(secret, now()));
    QCOMPARE(on.status, 200);
    QCOMPARE(on.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(on.body.count("<li><code>"), 10);
    QCOMPARE(count(QStringLiteral("customer_recovery_codes")), 10);
    QVERIFY(anna->get(QStringLiteral("/account/settings")).body.contains("On: signing in asks for a code"));
    QVERIFY(anna->get(QStringLiteral("/account/two-factor")).body.contains("10 unused recovery codes left."));
}

void tst_TwoFactor::signInAsksForTheCodeAndNeverTakesOneTwice()
{
    restartOnManualClock();
    auto anna = customer();
    registerCustomer(*anna, annasAddress);
    const Enrolled enrolled = enrol(*anna);
    QVERIFY(!enrolled.secret.isEmpty());

    auto laptop = customer();
    const Reply step = signIn(*laptop, annasAddress, annasPassword);
    QCOMPARE(step.status, 200);
    QVERIFY(step.body.contains("Enter your code"));
    QVERIFY(!step.header("Set-Cookie").contains("__Host-confidant_session=")); // nothing signed in yet
    QCOMPARE(laptop->get(QStringLiteral("/inquiries")).header("Location"), QByteArray("/login"));
    // The code the enrolment used is spent: the next step's, as the app shows it half a minute later.
    m_manualClock.advance(30);
    const QString code = codeAt(enrolled.secret, now());
    const Reply signedIn = signInWithCode(*laptop, code);
    QCOMPARE(signedIn.status, 303);
    QCOMPARE(signedIn.header("Location"), QByteArray("/inquiries"));
    QCOMPARE(laptop->get(QStringLiteral("/inquiries")).status, 200);

    auto thief = customer(); // has the password and saw the code
    const Reply replayed = signInWithCode(*thief, code);
    QCOMPARE(replayed.status, 422);
    QVERIFY(replayed.body.contains("This code is not right."));
    QCOMPARE(thief->get(QStringLiteral("/inquiries")).header("Location"), QByteArray("/login"));
}

void tst_TwoFactor::codesOneStepAwayCountOthersDoNot()
{
    restartOnManualClock();
    auto anna = customer();
    registerCustomer(*anna, annasAddress);
    const Enrolled enrolled = enrol(*anna);
    QVERIFY(!enrolled.secret.isEmpty());
    m_manualClock.advance(300);
    auto client = customer();
    QCOMPARE(signInWithCode(*client, codeAt(enrolled.secret, now().addSecs(-90))).status, 422); // three steps old
    QCOMPARE(signInWithCode(*client, codeAt(enrolled.secret, now().addSecs(90))).status, 422);  // three ahead
    QCOMPARE(signInWithCode(*client, codeAt(enrolled.secret, now().addSecs(30))).status, 303);  // a phone a little fast
    auto other = customer();
    // Once a later step was taken, an earlier one is spent too.
    QCOMPARE(signInWithCode(*other, codeAt(enrolled.secret, now())).status, 422);
}

void tst_TwoFactor::aRecoveryCodeWorksOnce()
{
    restartOnManualClock();
    auto anna = customer();
    registerCustomer(*anna, annasAddress);
    const Enrolled enrolled = enrol(*anna);
    QCOMPARE(enrolled.recoveryCodes.size(), 10);
    QCOMPARE(QSet<QString>(enrolled.recoveryCodes.cbegin(), enrolled.recoveryCodes.cend()).size(), 10);
    auto phoneLost = customer();
    // Typed in lower case and without dashes, as people do.
    const QString typed = enrolled.recoveryCodes.at(3).toLower().remove(QLatin1Char('-'));
    QCOMPARE(signInWithCode(*phoneLost, typed).status, 303);
    QVERIFY(phoneLost->get(QStringLiteral("/account/two-factor")).body.contains("9 unused recovery codes left."));
    auto again = customer();
    QCOMPARE(signInWithCode(*again, enrolled.recoveryCodes.at(3)).status, 422);
}

// A reset link sets a new password and signs in nobody: the next sign-in still asks for the code.
void tst_TwoFactor::noLinkSignsInPastTheSecondFactor()
{
    restartOnManualClock();
    auto anna = customer();
    registerCustomer(*anna, annasAddress);
    QVERIFY(!enrol(*anna).secret.isEmpty());
    auto visitor = customer();
    visitor->get(QStringLiteral("/password/forgot"));
    visitor->postForm(QStringLiteral("/password/forgot"), {{QStringLiteral("csrf_token"), visitor->csrfToken()}, {QStringLiteral("email"), annasAddress}});
    const QByteArray token = tokenFromMail(annasAddress, QStringLiteral("/password/reset"));
    QVERIFY(!token.isEmpty());
    visitor->get(QStringLiteral("/password/reset?token=") + QString::fromLatin1(token));
    const Reply reset = visitor->postForm(QStringLiteral("/password/reset"), {{QStringLiteral("csrf_token"), visitor->csrfToken()},
        {QStringLiteral("token"), QString::fromLatin1(token)}, {QStringLiteral("new_password"), annasPassword + QStringLiteral("x")},
        {QStringLiteral("new_password_confirm"), annasPassword + QStringLiteral("x")}});
    QCOMPARE(reset.header("Location"), QByteArray("/login?reset=1"));
    QCOMPARE(visitor->get(QStringLiteral("/inquiries")).header("Location"), QByteArray("/login"));
    const Reply step = signIn(*visitor, annasAddress, annasPassword + QStringLiteral("x"));
    QCOMPARE(step.status, 200);
    QVERIFY(step.body.contains("action=\"/login/code\""));
    QCOMPARE(visitor->get(QStringLiteral("/inquiries")).header("Location"), QByteArray("/login"));
}

void tst_TwoFactor::wrongCodesAreThrottledLikePasswords()
{
    restartOnManualClock();
    auto anna = customer();
    registerCustomer(*anna, annasAddress);
    QVERIFY(!enrol(*anna).secret.isEmpty());
    auto guesser = customer();
    int answered429 = 0;
    for (int attempt = 0; attempt < 12 && !answered429; ++attempt)
        answered429 += signInWithCode(*guesser, QStringLiteral("%1").arg(100000 + attempt)).status == 429;
    QCOMPARE(answered429, 1);
}

void tst_TwoFactor::theCodeStepExpires()
{
    restartOnManualClock();
    auto anna = customer();
    registerCustomer(*anna, annasAddress);
    const Enrolled enrolled = enrol(*anna);
    QVERIFY(!enrolled.secret.isEmpty());
    auto client = customer();
    const Reply step = signIn(*client, annasAddress, annasPassword);
    const auto pending = QRegularExpression(QStringLiteral("name=\"pending\" value=\"([^\"]+)\"")).match(QString::fromUtf8(step.body));
    QVERIFY(pending.hasMatch());
    m_manualClock.advance(5 * 60);
    const Reply late = client->postForm(QStringLiteral("/login/code"), {{QStringLiteral("csrf_token"), client->csrfToken()},
        {QStringLiteral("pending"), pending.captured(1)}, {QStringLiteral("code"), codeAt(enrolled.secret, now())}});
    QCOMPARE(late.header("Location"), QByteArray("/login?code_expired=1"));
    QCOMPARE(client->get(QStringLiteral("/inquiries")).header("Location"), QByteArray("/login"));
}

void tst_TwoFactor::aCompanyCanRequireIt()
{
    ServerConfig config = serverConfig(PasswordHasher::Cost::Minimal);
    config.requireTwoFactor = true;
    restart(config, m_manualClock);
    auto anna = customer();
    anna->get(QStringLiteral("/register"));
    anna->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("name"), QStringLiteral("Anna")},
        {QStringLiteral("email"), annasAddress}, {QStringLiteral("password"), annasPassword}, {QStringLiteral("password_confirm"), annasPassword}});
    confirmAddress(*anna, annasAddress, annasPassword);
    QCOMPARE(signIn(*anna, annasAddress, annasPassword).status, 303);
    for (const char *page : {"/inquiries", "/inquiries/new", "/agreement", "/account", "/account/settings"})
        QCOMPARE(anna->get(QString::fromLatin1(page)).header("Location"), QByteArray("/account/two-factor"));
    QVERIFY(anna->get(QStringLiteral("/account/two-factor")).body.contains("it is required here"));
    const Enrolled enrolled = enrol(*anna);
    QVERIFY(!enrolled.secret.isEmpty());
    QCOMPARE(anna->get(QStringLiteral("/inquiries")).header("Location"), QByteArray("/agreement"));
    const Reply page = anna->get(QStringLiteral("/account/two-factor"));
    QVERIFY(!page.body.contains("/account/two-factor/disable"));
    QCOMPARE(postCode(*anna, QStringLiteral("/account/two-factor/disable"), enrolled.recoveryCodes.first()).status, 403);
    QCOMPARE(count(QStringLiteral("customer_totp")), 1);
}

void tst_TwoFactor::turningItOffNeedsACode()
{
    restartOnManualClock();
    auto anna = customer();
    registerCustomer(*anna, annasAddress);
    const Enrolled enrolled = enrol(*anna);
    QVERIFY(!enrolled.secret.isEmpty());
    anna->get(QStringLiteral("/account/two-factor"));
    const Reply wrong = postCode(*anna, QStringLiteral("/account/two-factor/disable"), QStringLiteral("123456"));
    QCOMPARE(wrong.status, 422);
    QVERIFY(wrong.body.contains("id=\"off-code\" name=\"code\" type=\"text\" autocomplete=\"one-time-code\" spellcheck=\"false\" autocapitalize=\"off\" required aria-invalid=\"true\""));
    QCOMPARE(postCode(*anna, QStringLiteral("/account/two-factor/disable"), enrolled.recoveryCodes.first()).header("Location"),
             QByteArray("/account/two-factor?off=1"));
    QCOMPARE(count(QStringLiteral("customer_totp")), 0);
    QCOMPARE(count(QStringLiteral("customer_recovery_codes")), 0);
    auto laptop = customer();
    QCOMPARE(signIn(*laptop, annasAddress, annasPassword).header("Location"), QByteArray("/inquiries"));
}

QTEST_GUILESS_MAIN(tst_TwoFactor)
#include "tst_twofactor.moc"
