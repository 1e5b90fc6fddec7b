#include "EndToEndFixture.h"
#include "SmtpSink.h"
#include "app/ServerApplication.h"
#include "store/Database.h"
#include "wire/DraftWire.h"

#include <QSqlQuery>
#include <QTest>

using namespace confidant;
using namespace confidant::server;
using confidant::testing::HttpsClient;
using confidant::testing::Reply;
using confidant::testing::SmtpSink;

// The account's links and settings over real TLS, with the mails read back from a real SMTP server on loopback:
// confirming the address, an unconfirmed registration expiring, the owner told of a second registration, the
// password reset, the password change, signing out everywhere, and the notices the customer chose.
class tst_AccountRecovery : public testing::EndToEndFixture {
    Q_OBJECT
private slots:
    void theConfirmationLinkWorksOnceWithTheRegistrationsPassword();
    void anUnconfirmedRegistrationExpiresAndFreesTheAddress();
    void registeringAKnownAddressTellsTheOwnerAndChangesNothing();
    void theResetLinkSetsAPasswordOnceAndEndsEverySession();
    void aResetLinkExpiresAfterThirtyMinutes();
    void changingThePasswordKeepsOnlyThisSession();
    void signingOutEverywhereEndsEverySession();
    void noticesFollowTheCustomersChoice();
    void aDailyDigestComesAtMostOnceADay();

private:
    int mailsWithSubject(const QString &email, const QString &subject) const;
    int awaitMailsWithSubject(const QString &email, const QString &subject, int expected) const;
    Reply submitRegistration(HttpsClient &visitor, const QString &email, const QString &password);
    Reply requestReset(HttpsClient &visitor, const QString &email);
    Reply postWithToken(HttpsClient &client, const QString &path, const QByteArray &token, QList<QPair<QString, QString>> fields);
    qint64 answeredInquiry(HttpsClient &customer, const QString &subject);
    QString subjectOf(const QByteArray &mail) const;
    bool signedIn(HttpsClient &client);
};

const QString password1 = QStringLiteral("a long password 1");
const QString password2 = QStringLiteral("second password 2");

Reply tst_AccountRecovery::submitRegistration(HttpsClient &visitor, const QString &email, const QString &password)
{
    visitor.get(QStringLiteral("/register"));
    return visitor.postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), visitor.csrfToken()},
        {QStringLiteral("name"), QStringLiteral("Anna Schmidt")}, {QStringLiteral("email"), email},
        {QStringLiteral("password"), password}, {QStringLiteral("password_confirm"), password}});
}

Reply tst_AccountRecovery::requestReset(HttpsClient &visitor, const QString &email)
{
    visitor.get(QStringLiteral("/password/forgot"));
    return visitor.postForm(QStringLiteral("/password/forgot"), {{QStringLiteral("csrf_token"), visitor.csrfToken()}, {QStringLiteral("email"), email}});
}

// The link's page first (it carries the form's CSRF token), then its form.
Reply tst_AccountRecovery::postWithToken(HttpsClient &client, const QString &path, const QByteArray &token, QList<QPair<QString, QString>> fields)
{
    client.get(path + QStringLiteral("?token=") + QString::fromLatin1(token));
    fields.prepend({QStringLiteral("token"), QString::fromLatin1(token)});
    fields.prepend({QStringLiteral("csrf_token"), client.csrfToken()});
    return client.postForm(path, fields);
}

QString tst_AccountRecovery::subjectOf(const QByteArray &mail) const
{
    QByteArray subject = SmtpSink::header(mail, "Subject");
    if (subject.startsWith("=?UTF-8?B?") && subject.endsWith("?="))
        subject = QByteArray::fromBase64(subject.mid(10, subject.size() - 12));
    return QString::fromUtf8(subject);
}

bool tst_AccountRecovery::signedIn(HttpsClient &client)
{
    return client.get(QStringLiteral("/inquiries")).status == 200;
}

// An inquiry of the signed-in customer that the advisor has answered.
qint64 tst_AccountRecovery::answeredInquiry(HttpsClient &customer, const QString &subject)
{
    const qint64 id = writeInquiry(customer, subject, QStringLiteral("Secret question text."));
    auto maria = advisor();
    const Reply replied = maria->postJson(QStringLiteral("/api/v1/inquiries/%1/replies").arg(id), wire::encodeReplyDraft({QStringLiteral("Secret answer text.")}));
    return id && replied.status == 201 ? id : 0;
}

void tst_AccountRecovery::theConfirmationLinkWorksOnceWithTheRegistrationsPassword()
{
    auto anna = customer();
    const Reply registered = submitRegistration(*anna, QStringLiteral("anna@example.de"), password1);
    QCOMPARE(registered.header("Location"), QByteArray("/login?registered=1"));
    const Reply early = signIn(*anna, QStringLiteral("anna@example.de"), password1);
    QCOMPARE(early.status, 403);
    QVERIFY(early.body.contains("Please confirm your e-mail address first"));

    const QByteArray token = tokenFromMail(QStringLiteral("anna@example.de"), QStringLiteral("/verify"));
    QVERIFY(!token.isEmpty());
    const QByteArray mail = mailsTo(QStringLiteral("anna@example.de")).constLast();
    QCOMPARE(subjectOf(mail), QStringLiteral("Please confirm your e-mail address"));
    QVERIFY(!SmtpSink::bodyText(mail).contains(QStringLiteral("Anna")));
    // Only the token's hash is stored.
    QSqlQuery stored(m_db->connection());
    QVERIFY(stored.exec(QStringLiteral("SELECT token_hash FROM account_links")) && stored.next());
    QVERIFY(!stored.value(0).toByteArray().isEmpty());
    QVERIFY(stored.value(0).toByteArray() != token && !stored.value(0).toByteArray().contains(token));

    QVERIFY(anna->get(QStringLiteral("/verify?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).body.contains("This link has expired or was used already."));
    const Reply wrong = postWithToken(*anna, QStringLiteral("/verify"), token, {{QStringLiteral("password"), QStringLiteral("not the password")}});
    QCOMPARE(wrong.status, 422);
    QVERIFY(wrong.body.contains("This is not the password chosen at registration."));
    const Reply confirmed = postWithToken(*anna, QStringLiteral("/verify"), token, {{QStringLiteral("password"), password1}});
    QCOMPARE(confirmed.header("Location"), QByteArray("/login?verified=1"));
    const Reply again = postWithToken(*anna, QStringLiteral("/verify"), token, {{QStringLiteral("password"), password1}});
    QVERIFY(again.status != 303);
    QVERIFY(again.body.contains("This link has expired or was used already."));
    QCOMPARE(signIn(*anna, QStringLiteral("anna@example.de"), password1).header("Location"), QByteArray("/agreement"));
}

// Someone registers another person's address first: without the mail it stays unconfirmed, and after 24 hours the
// owner registers it with a password of her own.
void tst_AccountRecovery::anUnconfirmedRegistrationExpiresAndFreesTheAddress()
{
    restartOnManualClock();
    auto mallory = customer();
    submitRegistration(*mallory, QStringLiteral("anna@example.de"), QStringLiteral("mallory password"));
    const QByteArray mallorysLink = tokenFromMail(QStringLiteral("anna@example.de"), QStringLiteral("/verify"));
    QVERIFY(!mallorysLink.isEmpty());
    m_manualClock.advance(24 * 3600 + 60);
    QVERIFY(mallory->get(QStringLiteral("/verify?token=") + QString::fromLatin1(mallorysLink)).body.contains("This link has expired"));

    auto anna = customer();
    QCOMPARE(submitRegistration(*anna, QStringLiteral("anna@example.de"), password1).header("Location"), QByteArray("/login?registered=1"));
    QCOMPARE(count(QStringLiteral("customers")), 1);
    QByteArray annasLink;
    for (int waited = 0; waited < 10000 && (annasLink.isEmpty() || annasLink == mallorysLink); waited += 50) {
        annasLink = tokenFromMail(QStringLiteral("anna@example.de"), QStringLiteral("/verify"));
        QTest::qWait(50);
    }
    QVERIFY(annasLink != mallorysLink);
    QCOMPARE(postWithToken(*anna, QStringLiteral("/verify"), annasLink, {{QStringLiteral("password"), password1}}).header("Location"),
             QByteArray("/login?verified=1"));
    QCOMPARE(signIn(*mallory, QStringLiteral("anna@example.de"), QStringLiteral("mallory password")).status, 422);
    QCOMPARE(signIn(*anna, QStringLiteral("anna@example.de"), password1).status, 303);
}

void tst_AccountRecovery::registeringAKnownAddressTellsTheOwnerAndChangesNothing()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qsizetype mailsBefore = mailsTo(QStringLiteral("anna@example.de")).size();
    auto mallory = customer();
    QCOMPARE(submitRegistration(*mallory, QStringLiteral("anna@example.de"), QStringLiteral("mallory password")).header("Location"),
             QByteArray("/login?registered=1"));
    for (int waited = 0; waited < 10000 && mailsTo(QStringLiteral("anna@example.de")).size() == mailsBefore; waited += 50)
        QTest::qWait(50);
    const QList<QByteArray> mails = mailsTo(QStringLiteral("anna@example.de"));
    QCOMPARE(mails.size(), mailsBefore + 1);
    QCOMPARE(subjectOf(mails.constLast()), QStringLiteral("Someone tried to register with your address"));
    const QString body = SmtpSink::bodyText(mails.constLast());
    QVERIFY(body.contains(QStringLiteral("https://localhost/password/forgot")));
    QVERIFY(!body.contains(QStringLiteral("token=")));
    QCOMPARE(signIn(*mallory, QStringLiteral("anna@example.de"), QStringLiteral("mallory password")).status, 422);
    QVERIFY(signedIn(*anna));
}

void tst_AccountRecovery::theResetLinkSetsAPasswordOnceAndEndsEverySession()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    auto annasPhone = customer();
    QCOMPARE(signIn(*annasPhone, QStringLiteral("anna@example.de"), password1).status, 303);

    auto visitor = customer();
    const Reply unknown = requestReset(*visitor, QStringLiteral("nobody@example.de"));
    const Reply known = requestReset(*visitor, QStringLiteral("anna@example.de"));
    QCOMPARE(unknown.status, 303);
    QCOMPARE(known.header("Location"), unknown.header("Location"));
    const QByteArray token = tokenFromMail(QStringLiteral("anna@example.de"), QStringLiteral("/password/reset"));
    QVERIFY(!token.isEmpty());
    QVERIFY(mailsTo(QStringLiteral("nobody@example.de")).isEmpty());
    QVERIFY(signedIn(*anna)); // asking for a link changes nothing yet

    const Reply mismatch = postWithToken(*visitor, QStringLiteral("/password/reset"), token,
                                         {{QStringLiteral("new_password"), password2}, {QStringLiteral("new_password_confirm"), QStringLiteral("something else")}});
    QCOMPARE(mismatch.status, 422);
    const Reply reset = postWithToken(*visitor, QStringLiteral("/password/reset"), token,
                                      {{QStringLiteral("new_password"), password2}, {QStringLiteral("new_password_confirm"), password2}});
    QCOMPARE(reset.header("Location"), QByteArray("/login?reset=1"));
    QVERIFY(!signedIn(*visitor)); // the link never signs in
    QVERIFY(!signedIn(*anna));
    QVERIFY(!signedIn(*annasPhone));
    const Reply twice = postWithToken(*visitor, QStringLiteral("/password/reset"), token,
                                      {{QStringLiteral("new_password"), QStringLiteral("mallory password")}, {QStringLiteral("new_password_confirm"), QStringLiteral("mallory password")}});
    QVERIFY(twice.status != 303);
    QCOMPARE(signIn(*anna, QStringLiteral("anna@example.de"), password1).status, 422);
    QCOMPARE(signIn(*anna, QStringLiteral("anna@example.de"), password2).status, 303);
}

void tst_AccountRecovery::aResetLinkExpiresAfterThirtyMinutes()
{
    restartOnManualClock();
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    requestReset(*anna, QStringLiteral("anna@example.de"));
    const QByteArray token = tokenFromMail(QStringLiteral("anna@example.de"), QStringLiteral("/password/reset"));
    QVERIFY(!token.isEmpty());
    m_manualClock.advance(30 * 60 + 1);
    const Reply late = anna->get(QStringLiteral("/password/reset?token=") + QString::fromLatin1(token));
    QCOMPARE(late.status, 410);
    QVERIFY(late.body.contains("This link has expired or was used already."));
    anna->get(QStringLiteral("/password/forgot")); // a page with a form, for a valid CSRF token
    const Reply forced = anna->postForm(QStringLiteral("/password/reset"), {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("token"), QString::fromLatin1(token)},
                                        {QStringLiteral("new_password"), password2}, {QStringLiteral("new_password_confirm"), password2}});
    QCOMPARE(forced.status, 410);
    QCOMPARE(signIn(*anna, QStringLiteral("anna@example.de"), password1).status, 303);
}

void tst_AccountRecovery::changingThePasswordKeepsOnlyThisSession()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    auto annasPhone = customer();
    signIn(*annasPhone, QStringLiteral("anna@example.de"), password1);
    const Reply settings = anna->get(QStringLiteral("/account/settings"));
    QCOMPARE(settings.status, 200);
    QCOMPARE(settings.body.count("<tr><td>"), 2);
    QCOMPARE(settings.body.count("(this device)"), 1);

    const auto change = [&](const QString &current) {
        anna->get(QStringLiteral("/account/settings"));
        return anna->postForm(QStringLiteral("/account/password"), {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("password"), current},
                                                                   {QStringLiteral("new_password"), password2}, {QStringLiteral("new_password_confirm"), password2}});
    };
    const Reply wrong = change(QStringLiteral("not the password"));
    QCOMPARE(wrong.status, 422);
    QVERIFY(signedIn(*annasPhone));
    QCOMPARE(change(password1).status, 303);
    QVERIFY(signedIn(*anna));
    QVERIFY(!signedIn(*annasPhone));
    QCOMPARE(signIn(*annasPhone, QStringLiteral("anna@example.de"), password1).status, 422);
    QCOMPARE(signIn(*annasPhone, QStringLiteral("anna@example.de"), password2).status, 303);
}

void tst_AccountRecovery::signingOutEverywhereEndsEverySession()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    auto annasPhone = customer();
    signIn(*annasPhone, QStringLiteral("anna@example.de"), password1);
    anna->get(QStringLiteral("/account/settings"));
    QCOMPARE(anna->postForm(QStringLiteral("/account/sessions/end"), {{QStringLiteral("csrf_token"), QStringLiteral("forged")}}).status, 403);
    QVERIFY(signedIn(*annasPhone));
    const Reply ended = anna->postForm(QStringLiteral("/account/sessions/end"), {{QStringLiteral("csrf_token"), anna->csrfToken()}});
    QCOMPARE(ended.header("Location"), QByteArray("/login?everywhere=1"));
    QVERIFY(!signedIn(*anna));
    QVERIFY(!signedIn(*annasPhone));
    QCOMPARE(count(QStringLiteral("sessions")), 0);
}

// At most one notice per inquiry until the customer has read it; "never" sends none; the notice holds nothing of
// the inquiry, the answer or the people.
void tst_AccountRecovery::noticesFollowTheCustomersChoice()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const auto waitForNotices = [this](int expected) {
        return awaitMailsWithSubject(QStringLiteral("anna@example.de"), QStringLiteral("A new answer is waiting in your mailbox"), expected);
    };
    const qint64 first = answeredInquiry(*anna, QStringLiteral("Fixed rate ending"));
    QVERIFY(first);
    QCOMPARE(waitForNotices(1), 1);
    auto maria = advisor();
    QCOMPARE(maria->postJson(QStringLiteral("/api/v1/inquiries/%1/replies").arg(first), wire::encodeReplyDraft({QStringLiteral("And more.")})).status, 201);
    QCOMPARE(waitForNotices(2), 1); // not read yet: no second notice
    const QByteArray notice = mailsTo(QStringLiteral("anna@example.de")).constLast();
    const QString text = QString::fromUtf8(notice) + SmtpSink::bodyText(notice);
    for (const char *secret : {"Fixed rate", "Secret", "Anna", "Schmidt", "Maria", "ller", "mortgage", "Mortgages"})
        QVERIFY2(!text.contains(QLatin1String(secret)), secret);
    QVERIFY(SmtpSink::bodyText(notice).contains(QStringLiteral("https://localhost/inquiries")));

    anna->get(QStringLiteral("/inquiries/%1").arg(first)); // read
    QCOMPARE(maria->postJson(QStringLiteral("/api/v1/inquiries/%1/replies").arg(first), wire::encodeReplyDraft({QStringLiteral("Read this too.")})).status, 201);
    QCOMPARE(waitForNotices(2), 2);

    anna->get(QStringLiteral("/account/settings"));
    QCOMPARE(anna->postForm(QStringLiteral("/account/notices"), {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("mode"), QStringLiteral("sometimes")},
                                                                {QStringLiteral("language"), QStringLiteral("en")}}).status, 422);
    const Reply saved = anna->postForm(QStringLiteral("/account/notices"), {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("mode"), QStringLiteral("never")},
                                                                            {QStringLiteral("language"), QStringLiteral("en")}});
    QCOMPARE(saved.status, 303);
    QVERIFY(anna->get(QStringLiteral("/account/settings")).body.contains("id=\"mode-never\" name=\"mode\" type=\"radio\" value=\"never\" checked"));
    QVERIFY(answeredInquiry(*anna, QStringLiteral("Another question")));
    QCOMPARE(waitForNotices(3), 2);
}

// The first answer is told at once, later ones wait until a day has passed since.
void tst_AccountRecovery::aDailyDigestComesAtMostOnceADay()
{
    restartOnManualClock();
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    anna->get(QStringLiteral("/account/settings"));
    QCOMPARE(anna->postForm(QStringLiteral("/account/notices"), {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("mode"), QStringLiteral("daily")},
                                                                {QStringLiteral("language"), QStringLiteral("de")}}).status, 303);
    const QString digest = QStringLiteral("In Ihrem Postfach wartet eine neue Antwort");
    QVERIFY(answeredInquiry(*anna, QStringLiteral("First")));
    QCOMPARE(awaitMailsWithSubject(QStringLiteral("anna@example.de"), digest, 1), 1);
    QVERIFY(SmtpSink::bodyText(mailsTo(QStringLiteral("anna@example.de")).constLast()).contains(QStringLiteral("Seit gestern")));
    QVERIFY(answeredInquiry(*anna, QStringLiteral("Second")));
    m_manualClock.advance(23 * 3600);
    QCOMPARE(awaitMailsWithSubject(QStringLiteral("anna@example.de"), digest, 2), 1);
    m_manualClock.advance(3600 + 1);
    QCOMPARE(awaitMailsWithSubject(QStringLiteral("anna@example.de"), digest, 2), 2);
}

int tst_AccountRecovery::mailsWithSubject(const QString &email, const QString &subject) const
{
    int found = 0;
    for (const QByteArray &mail : mailsTo(email))
        found += subjectOf(mail) == subject;
    return found;
}

// Waits up to ten seconds for `expected` such mails, then a little longer for one too many.
int tst_AccountRecovery::awaitMailsWithSubject(const QString &email, const QString &subject, int expected) const
{
    for (int waited = 0; waited < 10000 && mailsWithSubject(email, subject) < expected; waited += 50)
        QTest::qWait(50);
    QTest::qWait(300); // one more would have had six mail rounds to come
    return mailsWithSubject(email, subject);
}

QTEST_GUILESS_MAIN(tst_AccountRecovery)
#include "tst_accountrecovery.moc"
