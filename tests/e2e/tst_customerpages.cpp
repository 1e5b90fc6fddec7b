#include "EndToEndFixture.h"
#include "domain/Agreement.h"
#include "store/CalendarStore.h"
#include "store/Database.h"
#include "store/RetentionPolicyStore.h"
#include "store/TopicStore.h"
#include "web/LocalTimeFormatter.h"
#include "wire/CalendarWire.h"
#include "wire/DraftWire.h"
#include "wire/InquiryWire.h"
#include "wire/JsonReader.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace confidant;
using namespace confidant::server;
using confidant::testing::HttpsClient;
using confidant::testing::Reply;

// The customer's pages over real TLS, with the advisor answering through the API: writing and reading a thread,
// nobody else's, bad input shown again, new-answer marks, times and promises, topics by link and in the page's
// language, every form's error summary, privacy and agreement.
class tst_CustomerPages : public testing::EndToEndFixture {
    Q_OBJECT
private slots:
    void customerAsksAdvisorAnswersCustomerReads();
    void anotherCustomersInquiryIsInvisible();
    void badFormInputIsShownAgain();
    void newAnswerIsMarkedUntilTheThreadIsOpened();
    void timesShowTheConfiguredZone();
    void customersSeeByWhenAnAnswerIsPromised();
    void aLinkFromTheWebsitePreselectsItsTopic();
    void topicTitlesFollowThePagesLanguage();
    void everyFormAnnouncesErrorsAndFocusesTheFirst();
    void privacyAndAgreementAreLinkedFromEveryPage();
};

void tst_CustomerPages::customerAsksAdvisorAnswersCustomerReads()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("Fixed rate <b>after</b> 10 years?"), QStringLiteral("My rate ends in spring."));
    QVERIFY(id > 0);
    const Reply mailbox = anna->get(QStringLiteral("/inquiries"));
    QVERIFY(mailbox.body.contains("Fixed rate &lt;b&gt;after&lt;/b&gt; 10 years?"));
    QVERIFY(mailbox.body.contains("Waiting for an answer"));
    QVERIFY(mailbox.body.contains("open for 0 minutes"));

    auto maria = advisor();
    // A committed change reaches the feed once no older writing transaction is running (anywhere in the cluster:
    // other tests write in their own databases), usually at once.
    const auto feedSince = [&](qint64 since) { return maria->get(QStringLiteral("/api/v1/changes?since=%1").arg(since)); };
    const auto batchOf = [](const Reply &reply) { return wire::changeBatchFromJson(*wire::parseObject(reply.body)).value_or(ChangeBatch{}); };
    Reply changes;
    QTRY_VERIFY_WITH_TIMEOUT(!batchOf(changes = feedSince(0)).inquiries.isEmpty(), 5000);
    QCOMPARE(changes.status, 200);
    const auto batch = wire::changeBatchFromJson(*wire::parseObject(changes.body));
    QVERIFY(batch);
    QCOMPARE(batch->inquiries.size(), 1);
    QCOMPARE(batch->inquiries.first().subject, QStringLiteral("Fixed rate <b>after</b> 10 years?"));
    // The feed carries no message texts; the advisor's client fetches the thread it opens.
    QVERIFY(!changes.body.contains("My rate ends in spring."));
    const Reply opened = maria->get(QStringLiteral("/api/v1/inquiries/%1").arg(id));
    QCOMPARE(opened.status, 200);
    QCOMPARE(wire::messageFromJson(wire::parseObject(opened.body)->value(QStringLiteral("messages")).toArray().first().toObject())->body,
             QStringLiteral("My rate ends in spring."));

    const auto queueIds = [&] {
        QList<qint64> ids;
        const Reply queue = maria->get(QStringLiteral("/api/v1/queue?limit=10"));
        for (const QJsonValue &value : wire::parseObject(queue.body)->value(QStringLiteral("inquiries")).toArray())
            ids << wire::inquiryFromJson(value.toObject())->id;
        return ids;
    };
    QCOMPARE(queueIds(), QList<qint64>{id});
    QCOMPARE(queueIds(), QList<qint64>{id}); // the second answer comes from the cache and must agree
    QCOMPARE(maria->get(QStringLiteral("/api/v1/queue?limit=0")).status, 400);

    const Reply reply = maria->postJson(QStringLiteral("/api/v1/inquiries/%1/replies").arg(id),
                                        wire::encodeReplyDraft({QStringLiteral("We can fix it now for 5 years.")}));
    QCOMPARE(reply.status, 201);
    QTRY_VERIFY_WITH_TIMEOUT(queueIds().isEmpty(), 5000); // answered: it leaves the queue once the change is announced
    ChangeBatch after;
    QTRY_VERIFY_WITH_TIMEOUT(!(after = batchOf(feedSince(batch->cursor))).inquiries.isEmpty(), 5000);
    QCOMPARE(after.inquiries.first().state, InquiryState::AwaitingCustomer);

    const Reply thread = anna->get(QStringLiteral("/inquiries/%1").arg(id));
    QCOMPARE(thread.status, 200);
    QVERIFY(thread.body.contains("We can fix it now for 5 years."));
    QVERIFY(thread.body.contains("Maria M\xc3\xbcller"));
    const Reply emptyAnswer = anna->postForm(QStringLiteral("/inquiries/%1/messages").arg(id),
                                             {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("body"), QStringLiteral(" ")}});
    QCOMPARE(emptyAnswer.status, 422);
    QVERIFY(emptyAnswer.body.contains("id=\"body-error\""));
    QVERIFY(emptyAnswer.body.contains("We can fix it now for 5 years.")); // the thread stays visible beside the error
    const Reply answer = anna->postForm(QStringLiteral("/inquiries/%1/messages").arg(id),
                                        {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("body"), QStringLiteral("Thank you!")}});
    QCOMPARE(answer.status, 303);
    QVERIFY(anna->get(QStringLiteral("/inquiries/%1").arg(id)).body.contains("Thank you!"));
    QCOMPARE(count(QStringLiteral("messages")), 3);
    const Reply logout = anna->postForm(QStringLiteral("/logout"), {{QStringLiteral("csrf_token"), anna->csrfToken()}});
    QCOMPARE(logout.header("Location"), QByteArray("/login"));
    QCOMPARE(anna->get(QStringLiteral("/inquiries")).header("Location"), QByteArray("/login"));
}

void tst_CustomerPages::anotherCustomersInquiryIsInvisible()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("My secret plans"), QStringLiteral("Private text"));
    auto bert = customer();
    registerCustomer(*bert, QStringLiteral("bert@example.de"));
    const Reply peek = bert->get(QStringLiteral("/inquiries/%1").arg(id));
    QCOMPARE(peek.status, 404);
    QVERIFY(!peek.body.contains("secret"));
    QVERIFY(!bert->get(QStringLiteral("/inquiries")).body.contains("secret"));
    const Reply write = bert->postForm(QStringLiteral("/inquiries/%1/messages").arg(id),
                                       {{QStringLiteral("csrf_token"), bert->csrfToken()}, {QStringLiteral("body"), QStringLiteral("hi")}});
    QCOMPARE(write.status, 404);
    QCOMPARE(bert->get(QStringLiteral("/inquiries/..%2Fetc")).status, 400);
    QCOMPARE(count(QStringLiteral("messages")), 1);
}

void tst_CustomerPages::badFormInputIsShownAgain()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    anna->get(QStringLiteral("/inquiries/new"));
    const Reply tooLong = anna->postForm(QStringLiteral("/inquiries"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
        {QStringLiteral("topic"), QStringLiteral("mortgage")}, {QStringLiteral("subject"), QString(201, QLatin1Char('s'))},
        {QStringLiteral("body"), QStringLiteral("<script>alert(1)</script>")}});
    QCOMPARE(tooLong.status, 422);
    QVERIFY(tooLong.body.contains("id=\"subject-error\""));
    QVERIFY(tooLong.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    QVERIFY(!tooLong.body.contains("<script>alert"));
    const Reply unknownTopic = anna->postForm(QStringLiteral("/inquiries"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
        {QStringLiteral("topic"), QStringLiteral("casino")}, {QStringLiteral("subject"), QStringLiteral("S")}, {QStringLiteral("body"), QStringLiteral("B")}});
    QCOMPARE(unknownTopic.status, 422);
    QVERIFY(unknownTopic.body.contains("id=\"topic-error\""));
    const Reply empty = anna->postForm(QStringLiteral("/inquiries"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
        {QStringLiteral("topic"), QStringLiteral("mortgage")}, {QStringLiteral("subject"), QString()}, {QStringLiteral("body"), QString()}});
    QCOMPARE(empty.status, 422);
    QVERIFY(empty.body.contains("Please enter a subject.") && empty.body.contains("Please write your message."));
    const Reply badUtf8 = anna->postRawForm(QStringLiteral("/inquiries"), "csrf_token=" + anna->csrfToken().toLatin1()
                                                                           + "&topic=mortgage&subject=%C3%28&body=x");
    QCOMPARE(badUtf8.status, 400);
    QCOMPARE(anna->postRawForm(QStringLiteral("/inquiries"), QByteArray(70 * 1024, 'a')).status, 413);
    QCOMPARE(count(QStringLiteral("inquiries")), 0);
}

void tst_CustomerPages::newAnswerIsMarkedUntilTheThreadIsOpened()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("Rate?"), QStringLiteral("How long can I fix it?"));
    const qint64 other = writeInquiry(*anna, QStringLiteral("Second"), QStringLiteral("Another question"));
    QVERIFY(id > 0 && other > 0);
    const Reply before = anna->get(QStringLiteral("/inquiries"));
    QVERIFY(!before.body.contains("New answer"));
    QVERIFY(!before.body.contains("class=\"count\""));

    auto maria = advisor();
    for (qint64 inquiry : {id, other})
        QCOMPARE(maria->postJson(QStringLiteral("/api/v1/inquiries/%1/replies").arg(inquiry), wire::encodeReplyDraft({QStringLiteral("Yes.")})).status, 201);
    const qint64 cursor = wire::changeBatchFromJson(*wire::parseObject(maria->get(QStringLiteral("/api/v1/changes?since=0")).body))->cursor;

    const Reply mailbox = anna->get(QStringLiteral("/inquiries"));
    QCOMPARE(mailbox.body.count("<strong class=\"badge\">New answer</strong>"), 2);
    QVERIFY(mailbox.body.contains("<span class=\"count\" aria-hidden=\"true\">(2)</span><span class=\"visually-hidden\">(2 new answers)</span>"));
    // Every signed-in page carries the count, in the page's language.
    const Reply german = anna->get(QStringLiteral("/inquiries/new"), "de");
    QVERIFY(german.body.contains("Postfach <span class=\"count\" aria-hidden=\"true\">(2)</span><span class=\"visually-hidden\">(2 neue Antworten)</span>"));

    QCOMPARE(anna->get(QStringLiteral("/inquiries/%1").arg(id)).status, 200);
    const Reply after = anna->get(QStringLiteral("/inquiries"));
    QCOMPARE(after.body.count("New answer</strong>"), 1);
    QVERIFY(after.body.contains("(1 new answer)"));
    QVERIFY(anna->get(QStringLiteral("/inquiries/%1").arg(other)).body.contains("class=\"count\"") == false);
    QVERIFY(!anna->get(QStringLiteral("/inquiries")).body.contains("New answer"));

    // Reading is the customer's own business: the advisors' change feed has nothing new.
    const auto quiet = wire::changeBatchFromJson(*wire::parseObject(maria->get(QStringLiteral("/api/v1/changes?since=%1").arg(cursor)).body));
    QVERIFY(quiet->inquiries.isEmpty());
    QVERIFY(quiet->cursor >= cursor); // reading takes transaction ids, which the horizon passes; no change number
    QCOMPARE(count(QStringLiteral("customer_reads")), 2);

    QVERIFY(maria->postJson(QStringLiteral("/api/v1/inquiries/%1/replies").arg(id), wire::encodeReplyDraft({QStringLiteral("One more thing.")})).status == 201);
    QVERIFY(anna->get(QStringLiteral("/inquiries")).body.contains("(1 new answer)")); // a later answer is new again
}

void tst_CustomerPages::timesShowTheConfiguredZone()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("When?"), QStringLiteral("Time check"));
    const QString expected = LocalTimeFormatter(QTimeZone(QByteArrayLiteral("Asia/Tokyo"))).format(QDateTime::currentDateTimeUtc(), QStringLiteral("de"));
    const Reply thread = anna->get(QStringLiteral("/inquiries/%1").arg(id), "de");
    // The minute may have turned since the message was written; the date, the format and the zone may not have.
    QVERIFY2(thread.body.contains(expected.left(12).toUtf8()), qPrintable(expected));
    QVERIFY(thread.body.contains(" JST</span>"));
    QVERIFY(!thread.body.contains("UTC"));
    QVERIFY(anna->get(QStringLiteral("/inquiries")).body.contains(" JST</span>"));
}

// The promise counts the topic's target in the company's working hours: Friday 15:00 in Berlin plus four working
// hours is Monday 10:00, or Tuesday 10:00 when Monday is a holiday. Advisors' clients get the same calendar.
void tst_CustomerPages::customersSeeByWhenAnAnswerIsPromised()
{
    m_manualClock.set(QDateTime(QDate(2026, 11, 27), QTime(14, 0), Qt::UTC)); // Friday, 15:00 CET
    restartOnManualClock();
    TopicStore topics(*m_db);
    QVERIFY(topics.setResponseTarget(topics.findByKey(QStringLiteral("mortgage")).value()->id, 240));
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("By when?"), QStringLiteral("Promise check"));
    const LocalTimeFormatter tokyo(QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    const QString since = tokyo.format(m_manualClock.now(), QStringLiteral("en"));
    const QString monday = tokyo.format(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC), QStringLiteral("en"));
    const QByteArray promise = QStringLiteral("Open since %1. We will answer by %2.").arg(since, monday).toUtf8();
    QVERIFY2(anna->get(QStringLiteral("/inquiries/%1").arg(id), "en").body.contains(promise), promise.constData());
    QVERIFY(anna->get(QStringLiteral("/inquiries"), "en").body.contains(promise));
    const QString mondayDe = tokyo.format(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC), QStringLiteral("de"));
    QVERIFY(anna->get(QStringLiteral("/inquiries"), "de").body.contains(QStringLiteral("Wir antworten bis %1.").arg(mondayDe).toUtf8()));

    CalendarStore calendars(*m_db);
    WorkingCalendar calendar = calendars.load().value();
    calendar.setHolidays({QDate(2026, 11, 30)});
    QVERIFY(calendars.save(calendar, m_clock.now()));
    const QString tuesday = tokyo.format(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC), QStringLiteral("en"));
    QVERIFY(anna->get(QStringLiteral("/inquiries/%1").arg(id), "en").body.contains(QStringLiteral("We will answer by %1.").arg(tuesday).toUtf8()));
    auto maria = advisor();
    const Reply sent = maria->get(QStringLiteral("/api/v1/calendar"));
    QCOMPARE(sent.status, 200);
    const auto json = wire::parseObject(sent.body);
    QVERIFY(json);
    QCOMPARE(wire::workingCalendarFromJson(json->value(QStringLiteral("calendar")).toObject()), std::optional<WorkingCalendar>(calendar));
    // Answered, nothing is promised any more.
    QCOMPARE(maria->postJson(QStringLiteral("/api/v1/inquiries/%1/replies").arg(id), R"({"body":"Done."})").status, 201);
    QVERIFY(!anna->get(QStringLiteral("/inquiries")).body.contains("class=\"promise\""));
}

// A page of the company's website links to the form with its topic: a new visitor registers, signs in and accepts
// the agreement, and the form still has the topic chosen. A topic that does not exist is said, never reflected.
void tst_CustomerPages::aLinkFromTheWebsitePreselectsItsTopic()
{
    auto visitor = customer();
    QCOMPARE(visitor->get(QStringLiteral("/inquiries/new?topic=mortgage")).header("Location"), QByteArray("/login?topic=mortgage"));
    const Reply login = visitor->get(QStringLiteral("/login?topic=mortgage"));
    QVERIFY(login.body.contains("<input type=\"hidden\" name=\"topic\" value=\"mortgage\">"));
    QVERIFY(login.body.contains("href=\"/register?topic=mortgage\""));
    visitor->get(QStringLiteral("/register?topic=mortgage"));
    const Reply registered = visitor->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), visitor->csrfToken()},
        {QStringLiteral("name"), QStringLiteral("Nina Neu")}, {QStringLiteral("email"), QStringLiteral("nina@example.de")},
        {QStringLiteral("password"), QStringLiteral("a long password 1")}, {QStringLiteral("password_confirm"), QStringLiteral("a long password 1")},
        {QStringLiteral("topic"), QStringLiteral("mortgage")}});
    QCOMPARE(registered.header("Location"), QByteArray("/login?registered=1&topic=mortgage"));
    // The link in the mail opens in another tab; the visitor comes back to the sign-in page they were shown.
    confirmAddress(*visitor, QStringLiteral("nina@example.de"), QStringLiteral("a long password 1"));
    visitor->get(QStringLiteral("/login?registered=1&topic=mortgage"));
    const Reply signedIn = visitor->postForm(QStringLiteral("/login"), {{QStringLiteral("csrf_token"), visitor->csrfToken()},
        {QStringLiteral("email"), QStringLiteral("nina@example.de")}, {QStringLiteral("password"), QStringLiteral("a long password 1")},
        {QStringLiteral("topic"), QStringLiteral("mortgage")}});
    QCOMPARE(signedIn.header("Location"), QByteArray("/agreement?topic=mortgage"));
    QVERIFY(visitor->get(QStringLiteral("/agreement?topic=mortgage")).body.contains("name=\"topic\" value=\"mortgage\""));
    const Reply accepted = visitor->postForm(QStringLiteral("/agreement"), {{QStringLiteral("csrf_token"), visitor->csrfToken()},
        {QStringLiteral("accept"), QStringLiteral("yes")}, {QStringLiteral("topic"), QStringLiteral("mortgage")}});
    QCOMPARE(accepted.header("Location"), QByteArray("/inquiries/new?topic=mortgage"));
    const Reply form = visitor->get(QStringLiteral("/inquiries/new?topic=mortgage"));
    QCOMPARE(form.status, 200);
    QVERIFY(form.body.contains("<option value=\"mortgage\" selected>"));
    QVERIFY(!form.body.contains("role=\"alert\""));

    const Reply unknown = visitor->get(QStringLiteral("/inquiries/new?topic=bitcoin-fund"));
    QCOMPARE(unknown.status, 200);
    QVERIFY(unknown.body.contains("The topic in the link you followed does not exist. Please choose a topic."));
    QVERIFY(!unknown.body.contains(" selected>"));
    QCOMPARE(autofocused(unknown.body), QStringList{QStringLiteral("topic")});
    const Reply hostile = visitor->get(QStringLiteral("/inquiries/new?topic=%3Cscript%3Ealert(1)%3C/script%3E"), "de");
    QVERIFY(hostile.body.contains("Das Thema aus dem Link, dem Sie gefolgt sind, gibt es nicht."));
    QVERIFY(!hostile.body.contains("<script>alert"));
    // A malformed key does not travel through sign-in either.
    auto stranger = customer();
    QCOMPARE(stranger->get(QStringLiteral("/inquiries/new?topic=%22%3E%3Cb%3E")).header("Location"), QByteArray("/login"));
}

void tst_CustomerPages::topicTitlesFollowThePagesLanguage()
{
    TopicStore topics(*m_db);
    QVERIFY(topics.setTitle(topics.findByKey(QStringLiteral("mortgage")).value()->id, QStringLiteral("de"), QStringLiteral("Baufinanzierung")));
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    QVERIFY(anna->get(QStringLiteral("/inquiries/new"), "de-DE").body.contains("<option value=\"mortgage\">Baufinanzierung</option>"));
    QVERIFY(anna->get(QStringLiteral("/inquiries/new"), "en").body.contains("<option value=\"mortgage\">Mortgages</option>"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("Rate?"), QStringLiteral("Body"));
    QVERIFY(anna->get(QStringLiteral("/inquiries"), "de").body.contains("<span class=\"topic\">Baufinanzierung</span>"));
    QVERIFY(anna->get(QStringLiteral("/inquiries/%1").arg(id), "de").body.contains("Baufinanzierung \xc2\xb7"));
    QVERIFY(anna->get(QStringLiteral("/inquiries/%1").arg(id), "fr").body.contains("Mortgages \xc2\xb7"));
    // The advisors keep the default title.
    auto maria = advisor();
    const Reply inquiry = maria->get(QStringLiteral("/api/v1/inquiries/%1").arg(id));
    QVERIFY(inquiry.body.contains("\"Mortgages\""));
    QVERIFY(!inquiry.body.contains("Baufinanzierung"));
    QVERIFY(!maria->get(QStringLiteral("/api/v1/topics")).body.contains("Baufinanzierung"));
}

void tst_CustomerPages::everyFormAnnouncesErrorsAndFocusesTheFirst()
{
    const auto announced = [](const Reply &reply, const QString &field) {
        return reply.status == 422 && reply.body.count("role=\"alert\"") == 1 && reply.body.contains("<a href=\"#" + field.toUtf8() + "\">")
            && autofocused(reply.body) == QStringList{field};
    };
    auto anna = customer();
    anna->get(QStringLiteral("/register"));
    QVERIFY(autofocused(anna->get(QStringLiteral("/register")).body).isEmpty()); // a fresh form takes no focus
    QVERIFY(announced(anna->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("name"), QStringLiteral("Anna Schmidt")},
        {QStringLiteral("email"), QStringLiteral("anna@example.de")}, {QStringLiteral("password"), QStringLiteral("short")},
        {QStringLiteral("password_confirm"), QStringLiteral("short")}}), QStringLiteral("password")));
    QVERIFY(announced(anna->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("name"), QStringLiteral("Anna Schmidt")},
        {QStringLiteral("email"), QStringLiteral("no address")}, {QStringLiteral("password"), QStringLiteral("short")}}), QStringLiteral("email")));
    QVERIFY(announced(anna->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
        {QStringLiteral("email"), QStringLiteral("no address")}, {QStringLiteral("password"), QStringLiteral("short")}}), QStringLiteral("name")));
    QVERIFY(announced(anna->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("name"), QStringLiteral("Anna Schmidt")},
        {QStringLiteral("email"), QStringLiteral("anna@example.de")}, {QStringLiteral("password"), QStringLiteral("a long password 1")},
        {QStringLiteral("password_confirm"), QStringLiteral("a long password 2")}}), QStringLiteral("password_confirm")));
    registerCustomer(*anna, QStringLiteral("anna@example.de"));

    auto stranger = customer();
    stranger->get(QStringLiteral("/login"));
    QVERIFY(announced(stranger->postForm(QStringLiteral("/login"), {{QStringLiteral("csrf_token"), stranger->csrfToken()},
        {QStringLiteral("email"), QStringLiteral("anna@example.de")}, {QStringLiteral("password"), QStringLiteral("wrong one")}}), QStringLiteral("password")));

    auto bert = customer();
    QCOMPARE(bert->get(QStringLiteral("/register")).status, 200);
    bert->postForm(QStringLiteral("/register"), {{QStringLiteral("csrf_token"), bert->csrfToken()}, {QStringLiteral("name"), QStringLiteral("Bert")},
        {QStringLiteral("email"), QStringLiteral("bert@example.de")},
        {QStringLiteral("password"), QStringLiteral("a long password 1")}, {QStringLiteral("password_confirm"), QStringLiteral("a long password 1")}});
    confirmAddress(*bert, QStringLiteral("bert@example.de"), QStringLiteral("a long password 1"));
    signIn(*bert, QStringLiteral("bert@example.de"), QStringLiteral("a long password 1"));
    bert->get(QStringLiteral("/agreement"));
    const Reply agreement = bert->postForm(QStringLiteral("/agreement"), {{QStringLiteral("csrf_token"), bert->csrfToken()}});
    QVERIFY(announced(agreement, QStringLiteral("accept")));

    anna->get(QStringLiteral("/inquiries/new"));
    const Reply inquiry = anna->postForm(QStringLiteral("/inquiries"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
        {QStringLiteral("topic"), QStringLiteral("mortgage")}, {QStringLiteral("subject"), QString()}, {QStringLiteral("body"), QString()}});
    QVERIFY(announced(inquiry, QStringLiteral("subject")));
    QVERIFY(inquiry.body.contains("<a href=\"#body\">Please write your message.</a>")); // every error is listed
    const Reply noTopic = anna->postForm(QStringLiteral("/inquiries"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
        {QStringLiteral("subject"), QStringLiteral("S")}, {QStringLiteral("body"), QStringLiteral("B")}});
    QVERIFY(announced(noTopic, QStringLiteral("topic")));

    const qint64 id = writeInquiry(*anna, QStringLiteral("S"), QStringLiteral("B"));
    QVERIFY(announced(anna->postForm(QStringLiteral("/inquiries/%1/messages").arg(id),
                                     {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("body"), QStringLiteral(" ")}}),
                      QStringLiteral("body")));
}

void tst_CustomerPages::privacyAndAgreementAreLinkedFromEveryPage()
{
    auto visitor = customer();
    const Reply login = visitor->get(QStringLiteral("/login"));
    QVERIFY(login.body.contains("<a href=\"/privacy\">Privacy</a>"));
    QVERIFY(!login.body.contains("href=\"/agreement\""));
    const Reply privacy = visitor->get(QStringLiteral("/privacy"));
    QCOMPARE(privacy.status, 200);
    QVERIFY(privacy.body.contains("There is no fixed period after which an unused account is deleted."));
    QVERIFY(privacy.body.contains("<li>Mortgages: no fixed period: kept until it is deleted</li>"));
    QVERIFY(visitor->get(QStringLiteral("/privacy"), "de").body.contains("Es gibt keine feste Frist, nach der ein unbenutztes Konto gel\xc3\xb6scht wird."));
    // The page says what is configured, never a fixed text.
    QVERIFY(RetentionPolicyStore(*m_db).setTopicRetention(QStringLiteral("mortgage"), 90));
    QVERIFY(RetentionPolicyStore(*m_db).setInactiveAccountDays(730));
    QVERIFY(RetentionPolicyStore(*m_db).setAutoDeleteGraceDays(14));
    const Reply configured = visitor->get(QStringLiteral("/privacy"));
    QVERIFY(configured.body.contains("<li>Mortgages: deleted 90 days after the inquiry is closed</li>"));
    QVERIFY(configured.body.contains("If you do not sign in for 730 days, your account is deleted with everything in it."));
    QVERIFY(configured.body.contains("deleted automatically 14 days later."));
    QVERIFY(visitor->get(QStringLiteral("/privacy"), "de").body.contains("gel\xc3\xb6scht 90 Tage nach Abschluss der Anfrage"));

    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    for (const QString &path : {QStringLiteral("/inquiries"), QStringLiteral("/inquiries/new"), QStringLiteral("/privacy"), QStringLiteral("/agreement")}) {
        const Reply page = anna->get(path);
        QVERIFY2(page.body.contains("<a href=\"/privacy\">Privacy</a>") && page.body.contains("<a href=\"/agreement\">Your agreement</a>"),
                 qPrintable(path));
    }
    const Reply agreement = anna->get(QStringLiteral("/agreement"));
    QVERIFY(agreement.body.contains("You accepted version " + currentAgreementVersion().toUtf8() + " on "));
    QVERIFY(!agreement.body.contains("name=\"accept\"")); // accepted already: nothing to sign again

    // A customer who accepted an older version reads what changed and is asked again.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE customers SET agreement_version = '2026-01'")));
    QCOMPARE(anna->get(QStringLiteral("/inquiries")).header("Location"), QByteArray("/agreement"));
    const Reply outdated = anna->get(QStringLiteral("/agreement"));
    QVERIFY(outdated.body.contains("You accepted version 2026-01 on "));
    QVERIFY(outdated.body.contains("The agreement has changed since."));
    QVERIFY(outdated.body.contains("name=\"accept\""));
}

QTEST_GUILESS_MAIN(tst_CustomerPages)
#include "tst_customerpages.moc"
