#include "EndToEndFixture.h"
#include "TestPki.h"
#include "app/ServerApplication.h"
#include "store/Database.h"
#include "web/CustomerPortal.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace confidant;
using namespace confidant::server;
using confidant::testing::HttpsClient;
using confidant::testing::Reply;

// The customer's account over real TLS: registering, signing in and the session cookie, what a form shown again
// keeps, the CSRF token, and the limits on registrations, sign-in attempts, idle sessions and password hashing.
class tst_CustomerAccounts : public testing::EndToEndFixture {
    Q_OBJECT
private slots:
    void formsRequireTheCsrfToken();
    void wrongPasswordAndTakenEmail();
    void registrationErrorsKeepNameAndAddress();
    void sessionCookieAndLanguage();
    void passwordHashingDoesNotStallOtherRequests();
    void registrationDoesNotRevealWhoHasAnAccount();
    void registrationsAreLimitedPerAddress();
    void signInIsThrottled();
    void closingTheAccountIsThrottledLikeSignIn();
    void composedAndDecomposedFormsAreOneAccount();
    void pageViewsWithoutASessionWriteNothing();
    void sessionEndsAfterThirtyIdleMinutes();
    void aFormShownWhenTheFormCookieIsRenewedIsAccepted();
};

void tst_CustomerAccounts::formsRequireTheCsrfToken()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    anna->get(QStringLiteral("/inquiries/new"));
    const QList<QPair<QString, QString>> fields{{QStringLiteral("topic"), QStringLiteral("mortgage")},
                                                {QStringLiteral("subject"), QStringLiteral("S")}, {QStringLiteral("body"), QStringLiteral("B")}};
    QCOMPARE(anna->postForm(QStringLiteral("/inquiries"), fields).status, 403);
    QCOMPARE(anna->postForm(QStringLiteral("/inquiries"), QList<QPair<QString, QString>>{{QStringLiteral("csrf_token"), QStringLiteral("forged")}} + fields).status, 403);
    QCOMPARE(count(QStringLiteral("inquiries")), 0);
    auto stranger = customer();
    QCOMPARE(stranger->postForm(QStringLiteral("/register"), {{QStringLiteral("name"), QStringLiteral("Anna Schmidt")},
        {QStringLiteral("email"), QStringLiteral("b@example.de")},
        {QStringLiteral("password"), QStringLiteral("a long password 1")}, {QStringLiteral("password_confirm"), QStringLiteral("a long password 1")}}).status, 403);
    QCOMPARE(count(QStringLiteral("customers")), 1);
}

void tst_CustomerAccounts::wrongPasswordAndTakenEmail()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    auto other = customer();
    other->get(QStringLiteral("/login"));
    const Reply wrong = other->postForm(QStringLiteral("/login"), {{QStringLiteral("csrf_token"), other->csrfToken()},
        {QStringLiteral("email"), QStringLiteral("anna@example.de")}, {QStringLiteral("password"), QStringLiteral("not the password")}});
    QCOMPARE(wrong.status, 422);
    QVERIFY(wrong.body.contains("E-mail address or password is wrong."));
    QVERIFY(!wrong.body.contains("not the password"));
    QCOMPARE(other->get(QStringLiteral("/inquiries")).status, 303);
    const Reply right = other->postForm(QStringLiteral("/login"), {{QStringLiteral("csrf_token"), other->csrfToken()},
        {QStringLiteral("email"), QStringLiteral("ANNA@example.de")}, {QStringLiteral("password"), QStringLiteral("a long password 1")}});
    QCOMPARE(right.header("Location"), QByteArray("/inquiries"));
    auto again = customer();
    again->get(QStringLiteral("/register"));
    const Reply taken = again->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), again->csrfToken()},
        {QStringLiteral("name"), QStringLiteral("Mallory")},
        {QStringLiteral("email"), QStringLiteral("anna@example.de")}, {QStringLiteral("password"), QStringLiteral("another password 2")},
        {QStringLiteral("password_confirm"), QStringLiteral("another password 2")}});
    // The same answer as for a new address (registrationDoesNotRevealWhoHasAnAccount), and nothing changes.
    QCOMPARE(taken.status, 303);
    QCOMPARE(taken.header("Location"), QByteArray("/login?registered=1"));
    QCOMPARE(count(QStringLiteral("customers")), 1);
    QSqlQuery name(m_db->connection());
    QVERIFY(name.exec(QStringLiteral("SELECT display_name FROM customers")) && name.next());
    QCOMPARE(name.value(0).toString(), QStringLiteral("Anna Schmidt"));
    QCOMPARE(signIn(*again, QStringLiteral("anna@example.de"), QStringLiteral("another password 2")).status, 422);
    QCOMPARE(signIn(*again, QStringLiteral("anna@example.de"), QStringLiteral("a long password 1")).status, 303);
}

// A form shown again keeps what the visitor typed except the passwords; the name only through the escaping template.
void tst_CustomerAccounts::registrationErrorsKeepNameAndAddress()
{
    auto visitor = customer();
    visitor->get(QStringLiteral("/register"));
    const auto registerAs = [&](const QString &name, const QString &confirmation) {
        return visitor->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), visitor->csrfToken()},
            {QStringLiteral("name"), name}, {QStringLiteral("email"), QStringLiteral("zoe@example.de")},
            {QStringLiteral("password"), QStringLiteral("a long password 1")}, {QStringLiteral("password_confirm"), confirmation}});
    };
    const Reply noName = registerAs(QStringLiteral("  "), QStringLiteral("a long password 1"));
    QCOMPARE(noName.status, 422);
    QVERIFY(noName.body.contains("<p class=\"error\" id=\"name-error\">Please enter a name.</p>"));
    QVERIFY(noName.body.contains("value=\"zoe@example.de\""));
    QCOMPARE(autofocused(noName.body), QStringList{QStringLiteral("name")});
    QVERIFY(!noName.body.contains("a long password 1"));

    const Reply mismatch = registerAs(QStringLiteral("Zo\u00eb <b>\"\u00dcnal\"</b>"), QStringLiteral("a long password 2"));
    QCOMPARE(mismatch.status, 422);
    QVERIFY(mismatch.body.contains("id=\"password_confirm-error\""));
    QVERIFY(mismatch.body.contains("value=\"Zo\xc3\xab &lt;b&gt;&quot;\xc3\x9cnal&quot;&lt;/b&gt;\""));
    QVERIFY(mismatch.body.contains("value=\"zoe@example.de\""));
    QVERIFY(!mismatch.body.contains("<b>"));
    QVERIFY(!mismatch.body.contains("a long password"));

    const Reply german = visitor->get(QStringLiteral("/register"), "de");
    QVERIFY(german.body.contains("<label for=\"name\">Ihr Name</label>"));
    QCOMPARE(count(QStringLiteral("customers")), 0);
}

void tst_CustomerAccounts::sessionCookieAndLanguage()
{
    auto anna = customer();
    const Reply first = anna->get(QStringLiteral("/login"), "de-DE,de;q=0.9,en;q=0.5");
    // Signed out: only the signed form cookie. `__Host-` binds it to this host: Secure, Path=/, no Domain.
    const auto hostOnly = [](const QByteArray &cookie) {
        return cookie.contains("; Secure") && cookie.contains("; HttpOnly") && cookie.contains("; SameSite=Strict")
            && cookie.contains("; Path=/") && !cookie.contains("Domain");
    };
    const QByteArray cookie = first.header("Set-Cookie");
    QVERIFY2(cookie.startsWith("__Host-confidant_form="), cookie.constData());
    QVERIFY(hostOnly(cookie));
    QVERIFY(first.body.contains("<html lang=\"de\">"));
    QVERIFY(first.body.contains("Anmelden"));
    QVERIFY(first.body.contains("<label for=\"email\">E-Mail-Adresse</label>"));
    QVERIFY(first.header("Content-Security-Policy").contains("default-src 'none'"));
    QVERIFY(anna->get(QStringLiteral("/login"), "en-GB").body.contains("<html lang=\"en\">"));
    QCOMPARE(anna->get(QStringLiteral("/static/style.css")).status, 200);
    QCOMPARE(anna->get(QStringLiteral("/static/missing.css")).status, 404);
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const Reply signedIn = signIn(*anna, QStringLiteral("anna@example.de"), QStringLiteral("a long password 1"));
    QVERIFY2(signedIn.header("Set-Cookie").startsWith("__Host-confidant_session="), signedIn.header("Set-Cookie").constData());
    QVERIFY(hostOnly(signedIn.header("Set-Cookie")));
}

void tst_CustomerAccounts::passwordHashingDoesNotStallOtherRequests()
{
    // A second server on the same database whose Argon2id cost takes a noticeable time per hash.
    ServerApplication slow(serverConfig(PasswordHasher::Cost::Moderate), m_clock);
    QString error;
    QVERIFY2(slow.start(&error), qPrintable(error));
    QUrl url = slow.customerUrl();
    url.setHost(QStringLiteral("localhost"));

    QNetworkAccessManager network;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_pki->caCertificate});
    auto request = [&](const QString &path) {
        QNetworkRequest r(url.resolved(QUrl(path)));
        r.setSslConfiguration(tls);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return r;
    };
    // The login form first, with this manager's own cookie jar, for the session and its CSRF token.
    QNetworkReply *form = network.get(request(QStringLiteral("/login")));
    QTRY_VERIFY_WITH_TIMEOUT(form->isFinished(), 10000);
    const QByteArray html = form->readAll();
    const QByteArray marker = "name=\"csrf_token\" value=\"";
    const qsizetype at = html.indexOf(marker) + marker.size();
    const QByteArray csrf = html.mid(at, html.indexOf('"', at) - at);
    QVERIFY(!csrf.isEmpty());
    QNetworkRequest login = request(QStringLiteral("/login"));
    login.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *slowLogin = network.post(login, "csrf_token=" + csrf + "&email=nobody%40example.de&password=whatever+it+is");
    // Ask for the page only once the server has the whole login request, so it is the one that must wait.
    QSignalSpy uploaded(slowLogin, &QNetworkReply::uploadProgress);
    QTRY_VERIFY_WITH_TIMEOUT(!uploaded.isEmpty() && uploaded.last().at(0) == uploaded.last().at(1), 10000);
    QNetworkReply *page = network.get(request(QStringLiteral("/static/style.css")));
    QTRY_VERIFY_WITH_TIMEOUT(page->isFinished(), 10000);
    QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY2(!slowLogin->isFinished(), qPrintable(QStringLiteral("the login finished first (%1): hashing may block the server")
                                                     .arg(slowLogin->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())));
    QTRY_VERIFY_WITH_TIMEOUT(slowLogin->isFinished(), 20000);
    QCOMPARE(slowLogin->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 422);
}

// A known and a new address get byte-identical answers (apart from the date and the form token) after the same
// work: one password hash each.
void tst_CustomerAccounts::registrationDoesNotRevealWhoHasAnAccount()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const HashingQueue &hashing = m_server->customerPortal().hashingQueue();
    const auto attempt = [&](const QString &email, quint64 *hashes) {
        auto visitor = customer();
        visitor->get(QStringLiteral("/register"));
        const quint64 before = hashing.accepted();
        Reply answer = visitor->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), visitor->csrfToken()},
            {QStringLiteral("name"), QStringLiteral("Carl")}, {QStringLiteral("email"), email}, {QStringLiteral("password"), QStringLiteral("some password 3")},
            {QStringLiteral("password_confirm"), QStringLiteral("some password 3")}});
        *hashes = hashing.accepted() - before;
        const Reply next = visitor->get(QString::fromLatin1(answer.header("Location")));
        QByteArray shown = "status " + QByteArray::number(answer.status) + '\n';
        for (const auto &[name, value] : answer.headers + next.headers) {
            if (name != "Date")
                shown += name + ": " + value + '\n';
        }
        shown += next.body;
        return shown.replace(visitor->csrfToken().toLatin1(), "TOKEN");
    };
    quint64 knownHashes = 0, newHashes = 0;
    const QByteArray known = attempt(QStringLiteral("anna@example.de"), &knownHashes);
    const QByteArray fresh = attempt(QStringLiteral("carl@example.de"), &newHashes);
    QCOMPARE(known, fresh);
    QVERIFY(known.startsWith("status 303\n"));
    QVERIFY(known.contains("open the link in it within 24 hours"));
    QCOMPARE(knownHashes, quint64(1));
    QCOMPARE(newHashes, quint64(1));
    QCOMPARE(count(QStringLiteral("customers")), 2);
}

void tst_CustomerAccounts::registrationsAreLimitedPerAddress()
{
    restartOnManualClock();
    auto visitor = customer();
    const auto registerAs = [&](int n) {
        visitor->get(QStringLiteral("/register"));
        return visitor->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), visitor->csrfToken()}, {QStringLiteral("name"), QStringLiteral("Anna Schmidt")},
            {QStringLiteral("email"), QStringLiteral("flood%1@example.de").arg(n)}, {QStringLiteral("password"), QStringLiteral("a long password 1")},
            {QStringLiteral("password_confirm"), QStringLiteral("a long password 1")}});
    };
    for (int n = 0; n < 5; ++n)
        QCOMPARE(registerAs(n).status, 303);
    const Reply refused = registerAs(5);
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.body.contains("Too many attempts. Please try again after"));
    QVERIFY(refused.header("Retry-After").toInt() > 0);
    QCOMPARE(count(QStringLiteral("customers")), 5);
    m_manualClock.advance(3601);
    QCOMPARE(registerAs(6).status, 303);
}

// Ten wrong passwords in 15 minutes: the eleventh attempt is answered 429 even with the right password, until the
// window has passed. A success starts the count afresh. (Which addresses are held back: tst_signinthrottle.)
void tst_CustomerAccounts::signInIsThrottled()
{
    restartOnManualClock();
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    auto mallory = customer();
    for (int i = 0; i < 9; ++i)
        QCOMPARE(signIn(*mallory, QStringLiteral("anna@example.de"), QStringLiteral("guess %1").arg(i)).status, 422);
    QCOMPARE(signIn(*mallory, QStringLiteral("anna@example.de"), QStringLiteral("a long password 1")).status, 303); // resets
    for (int i = 0; i < 10; ++i)
        QCOMPARE(signIn(*mallory, QStringLiteral("anna@example.de"), QStringLiteral("guess %1").arg(i)).status, 422);
    const Reply refused = signIn(*mallory, QStringLiteral("anna@example.de"), QStringLiteral("a long password 1"));
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.body.contains("Too many attempts. Please try again after"));
    QCOMPARE(refused.header("Retry-After"), QByteArray("900"));
    QCOMPARE(signIn(*mallory, QStringLiteral("someone@example.de"), QStringLiteral("x")).status, 429); // the address, too
    m_manualClock.advance(15 * 60);
    QCOMPARE(signIn(*mallory, QStringLiteral("anna@example.de"), QStringLiteral("a long password 1")).status, 303);
}

// Audit finding 3: /account/close checked the password without any limit, so a session was an oracle for it and a
// way to fill the hashing queue. It now counts against the account, together with /login.
void tst_CustomerAccounts::closingTheAccountIsThrottledLikeSignIn()
{
    restartOnManualClock();
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const auto close = [&anna](const QString &password) {
        anna->get(QStringLiteral("/account"));
        return anna->postForm(QStringLiteral("/account/close"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
            {QStringLiteral("confirm"), QStringLiteral("yes")}, {QStringLiteral("password"), password}});
    };
    for (int i = 0; i < 10; ++i)
        QCOMPARE(close(QStringLiteral("guess %1").arg(i)).status, 422);
    const Reply refused = close(QStringLiteral("a long password 1"));
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.body.contains("Too many attempts"));
    QCOMPARE(count(QStringLiteral("customers")), 1);
    auto elsewhere = customer();
    QCOMPARE(signIn(*elsewhere, QStringLiteral("anna@example.de"), QStringLiteral("a long password 1")).status, 429);
    m_manualClock.advance(15 * 60);
    QCOMPARE(close(QStringLiteral("a long password 1")).status, 303);
    QCOMPARE(count(QStringLiteral("customers")), 0);
}

// Audit finding 12: "ü" typed as one code point or as "u" and a combining diaeresis made two accounts, and a
// password chosen on a keyboard that decomposes failed on one that does not. Both are NFC before use.
void tst_CustomerAccounts::composedAndDecomposedFormsAreOneAccount()
{
    const QString decomposedAddress = QStringLiteral("ju\u0308rgen@example.de");
    const QString composedAddress = QStringLiteral("J\u00fcrgen@example.de");
    const QString decomposedPassword = QStringLiteral("Gru\u0308ne Wiese 42");
    const QString composedPassword = QStringLiteral("Gr\u00fcne Wiese 42");
    const auto registerAs = [this](const QString &email, const QString &password) {
        auto visitor = customer();
        visitor->get(QStringLiteral("/register"));
        return visitor->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), visitor->csrfToken()},
            {QStringLiteral("name"), QStringLiteral("Ju\u0308rgen Mu\u0308ller")}, {QStringLiteral("email"), email},
            {QStringLiteral("password"), password}, {QStringLiteral("password_confirm"), password}}).status;
    };
    QCOMPARE(registerAs(decomposedAddress, decomposedPassword), 303);
    auto mailbox = customer();
    confirmAddress(*mailbox, QStringLiteral("j\u00fcrgen@example.de"), decomposedPassword);
    QCOMPARE(registerAs(composedAddress, QStringLiteral("another password 2")), 303);
    QCOMPARE(count(QStringLiteral("customers")), 1);
    QSqlQuery stored(m_db->connection());
    QVERIFY(stored.exec(QStringLiteral("SELECT email, display_name FROM customers")) && stored.next());
    QCOMPARE(stored.value(0).toString(), QStringLiteral("j\u00fcrgen@example.de"));
    QCOMPARE(stored.value(1).toString(), QStringLiteral("J\u00fcrgen M\u00fcller"));
    auto jurgen = customer();
    QCOMPARE(signIn(*jurgen, composedAddress, composedPassword).status, 303);
    auto again = customer();
    QCOMPARE(signIn(*again, decomposedAddress, decomposedPassword).status, 303);
}

// Visitors who are not signed in cost no database write; a session row exists only after sign-in.
void tst_CustomerAccounts::pageViewsWithoutASessionWriteNothing()
{
    for (int i = 0; i < 50; ++i) {
        auto visitor = customer();
        QCOMPARE(visitor->get(QStringLiteral("/login")).status, 200);
        QCOMPARE(visitor->get(QStringLiteral("/register")).status, 200);
        QCOMPARE(visitor->get(QStringLiteral("/")).status, 303);
    }
    auto visitor = customer();
    QCOMPARE(signIn(*visitor, QStringLiteral("nobody@example.de"), QStringLiteral("wrong password")).status, 422);
    QCOMPARE(count(QStringLiteral("sessions")), 0);
    registerCustomer(*visitor, QStringLiteral("anna@example.de"));
    QCOMPARE(count(QStringLiteral("sessions")), 1);
}

void tst_CustomerAccounts::sessionEndsAfterThirtyIdleMinutes()
{
    restartOnManualClock();
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    for (int i = 0; i < 3; ++i) { // each request within 30 minutes keeps it alive
        m_manualClock.advance(29 * 60);
        QCOMPARE(anna->get(QStringLiteral("/agreement")).status, 200);
    }
    m_manualClock.advance(30 * 60 + 1);
    const Reply ended = anna->get(QStringLiteral("/agreement"));
    QCOMPARE(ended.status, 303);
    QCOMPARE(ended.header("Location"), QByteArray("/login"));
    QVERIFY(ended.header("Set-Cookie").startsWith("__Host-confidant_session=; Max-Age=0"));
}

// Past half its life the form cookie is renewed: a form shown before still goes through (it holds the token the
// request's cookie is checked against), and so does one shown with the renewed cookie.
void tst_CustomerAccounts::aFormShownWhenTheFormCookieIsRenewedIsAccepted()
{
    restartOnManualClock();
    auto visitor = customer();
    QCOMPARE(visitor->get(QStringLiteral("/password/forgot")).status, 200);
    const QString shownBefore = visitor->csrfToken();
    m_manualClock.advance(40 * 60);
    const Reply sentLate = visitor->postForm(QStringLiteral("/password/forgot"), {{QStringLiteral("csrf_token"), shownBefore},
                                                                                  {QStringLiteral("email"), QStringLiteral("anna@example.de")}});
    QCOMPARE(sentLate.status, 303);
    QVERIFY(sentLate.header("Set-Cookie").startsWith("__Host-confidant_form="));
    const Reply renewed = visitor->get(QStringLiteral("/password/forgot"));
    QCOMPARE(renewed.status, 200);
    const Reply sent = visitor->postForm(QStringLiteral("/password/forgot"), {{QStringLiteral("csrf_token"), visitor->csrfToken()},
                                                                              {QStringLiteral("email"), QStringLiteral("anna@example.de")}});
    QCOMPARE(sent.status, 303);
    QCOMPARE(sent.header("Location"), QByteArray("/password/forgot?sent=1"));
}

QTEST_GUILESS_MAIN(tst_CustomerAccounts)
#include "tst_customeraccounts.moc"
