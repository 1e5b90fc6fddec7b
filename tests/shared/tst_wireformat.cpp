#include "validation/Validation.h"
#include "wire/AdvisorWire.h"
#include "wire/ApiErrorWire.h"
#include "wire/CalendarWire.h"
#include "wire/DraftWire.h"
#include "wire/InquiryWire.h"
#include "wire/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <QTest>

using namespace confidant;

namespace {

Inquiry sampleInquiry()
{
    Inquiry inquiry;
    inquiry.id = 42;
    inquiry.customerId = 7;
    inquiry.customerName = QStringLiteral("anna@example.de");
    inquiry.topicId = 3;
    inquiry.topicKey = QStringLiteral("mortgage");
    inquiry.topicTitle = QString::fromUtf8("Baufinanzierung \xe2\x80\x93 Zinsen");
    inquiry.subject = QStringLiteral("Fixed rate <b>after</b> 10 years?");
    inquiry.state = InquiryState::AwaitingAdvisor;
    inquiry.createdAt = QDateTime(QDate(2026, 3, 1), QTime(8, 15, 30, 125), Qt::UTC);
    inquiry.waitingSince = inquiry.createdAt;
    inquiry.lastActivityAt = inquiry.createdAt.addSecs(60);
    inquiry.seq = 9007199254740991LL; // 2^53 - 1, the largest id JSON carries exactly
    inquiry.customerFixedAdvisorId = 8;
    inquiry.responseTargetMinutes = 90;
    return inquiry;
}

Message sampleMessage()
{
    return Message{5, 42, MessageAuthor::Advisor, QStringLiteral("M. M\u00fcller"), QStringLiteral("Line 1\nLine 2 \"quoted\""),
                   QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC), 11};
}

WorkingCalendar sampleCalendar()
{
    WorkingCalendar calendar(QTimeZone("Europe/Berlin"));
    for (Qt::DayOfWeek day : {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday})
        calendar.setHours(day, WorkingCalendar::Hours{QTime(8, 0), QTime(17, 0)});
    calendar.setHours(Qt::Friday, WorkingCalendar::Hours{QTime(8, 30), QTime(14, 45)});
    calendar.setHolidays({QDate(2026, 12, 26), QDate(2026, 12, 25), QDate(2027, 1, 1)});
    return calendar;
}

} // namespace

class tst_WireFormat : public QObject {
    Q_OBJECT
private slots:
    void inquiryRoundTrip();
    void inquiryWithoutOptionals();
    void heldInquiry();
    void messageRoundTrip();
    void inquiryEventRoundTrip();
    void changeBatchRoundTrip();
    void writtenChangeBatchIsTheSameDocument();
    void profileAndTopicRoundTrip();
    void rejectsBadInquiry_data();
    void rejectsBadInquiry();
    void rejectsBadBatch();
    void timesAreUtcWithMilliseconds_data();
    void timesAreUtcWithMilliseconds();
    void replyDraft_data();
    void replyDraft();
    void apiErrorRoundTrip();
    void workingCalendarRoundTrip();
    void rejectsBadCalendar_data();
    void rejectsBadCalendar();
};

void tst_WireFormat::inquiryRoundTrip()
{
    const Inquiry inquiry = sampleInquiry();
    const QByteArray bytes = wire::encode(wire::toJson(inquiry));
    const auto parsed = wire::parseObject(bytes);
    QVERIFY(parsed);
    QString error;
    const auto decoded = wire::inquiryFromJson(*parsed, &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(*decoded, inquiry);
}

void tst_WireFormat::inquiryWithoutOptionals()
{
    Inquiry inquiry = sampleInquiry();
    inquiry.waitingSince.reset();
    inquiry.assignedAdvisorId.reset();
    inquiry.customerFixedAdvisorId.reset();
    inquiry.state = InquiryState::AwaitingCustomer;
    const QJsonObject json = wire::toJson(inquiry);
    QVERIFY(json.value(QStringLiteral("waitingSince")).isNull());
    QCOMPARE(wire::inquiryFromJson(json), std::optional<Inquiry>(inquiry));
    inquiry.assignedAdvisorId = 12;
    QCOMPARE(wire::inquiryFromJson(wire::toJson(inquiry)), std::optional<Inquiry>(inquiry));
}

// Held for an absent advisor: travels with the advisor's name, never together with an owner.
void tst_WireFormat::heldInquiry()
{
    Inquiry inquiry = sampleInquiry();
    inquiry.heldForAdvisorId = 4;
    inquiry.heldForAdvisorName = QStringLiteral("Maria M\u00fcller");
    QCOMPARE(wire::inquiryFromJson(wire::toJson(inquiry)), std::optional<Inquiry>(inquiry));
    QString error;
    QJsonObject owned = wire::toJson(inquiry);
    owned.insert(QStringLiteral("assignedAdvisorId"), 12);
    QVERIFY(!wire::inquiryFromJson(owned, &error));
    QVERIFY2(error.contains(QStringLiteral("heldForAdvisorId")), qPrintable(error));
    QJsonObject nameless = wire::toJson(inquiry);
    nameless.insert(QStringLiteral("heldForAdvisorName"), QString());
    QVERIFY(!wire::inquiryFromJson(nameless, &error));
    QVERIFY2(error.contains(QStringLiteral("heldForAdvisorName")), qPrintable(error));
    QJsonObject nameOnly = wire::toJson(sampleInquiry());
    nameOnly.insert(QStringLiteral("heldForAdvisorName"), QStringLiteral("Maria"));
    QVERIFY(!wire::inquiryFromJson(nameOnly, &error));
    QJsonObject missing = wire::toJson(sampleInquiry());
    missing.remove(QStringLiteral("heldForAdvisorName"));
    QVERIFY(!wire::inquiryFromJson(missing, &error));
}

// A held inquiry's routing event carries the absence's end as a time, and a malformed one is refused.
void tst_WireFormat::inquiryEventRoundTrip()
{
    const QDateTime at(QDate(2026, 8, 14), QTime(9, 30), Qt::UTC);
    InquiryEvent held{4, QStringLiteral("routed"), {}, QStringLiteral("Maria M\u00fcller"), {}, {}, QStringLiteral("Private clients"), {}, at,
                      at.addDays(3)};
    QCOMPARE(wire::inquiryEventFromJson(wire::toJson(held)), std::optional<InquiryEvent>(held));
    held.absentUntil.reset();
    QVERIFY(wire::toJson(held).value(QStringLiteral("absentUntil")).isNull());
    QCOMPARE(wire::inquiryEventFromJson(wire::toJson(held)), std::optional<InquiryEvent>(held));
    QJsonObject bad = wire::toJson(held);
    bad.insert(QStringLiteral("absentUntil"), QStringLiteral("next Monday"));
    QString error;
    QVERIFY(!wire::inquiryEventFromJson(bad, &error));
    QVERIFY(error.contains(QLatin1String("absentUntil")));
}

void tst_WireFormat::messageRoundTrip()
{
    const Message message = sampleMessage();
    QCOMPARE(wire::messageFromJson(wire::toJson(message)), std::optional<Message>(message));
}

void tst_WireFormat::changeBatchRoundTrip()
{
    ChangeBatch batch{10, 20, true, {sampleInquiry(), sampleInquiry()}, {7, 9}, false}; // heldBack is not on the wire
    const auto parsed = wire::parseObject(wire::encode(wire::toJson(batch)));
    QVERIFY(parsed);
    QCOMPARE(wire::changeBatchFromJson(*parsed), std::optional<ChangeBatch>(batch));
    const ChangeBatch empty{5, 5, false, {}, {}, false};
    QCOMPARE(wire::changeBatchFromJson(wire::toJson(empty)), std::optional<ChangeBatch>(empty));
}

// The feed's pages are written without QJsonDocument (JsonWriter): the same document, also for texts that need
// escaping, and it reads back as the same batch.
void tst_WireFormat::writtenChangeBatchIsTheSameDocument()
{
    Inquiry tricky = sampleInquiry();
    tricky.subject = QStringLiteral("\"Quoted\" \\ back\\slash\nnew line\ttab \x01 \x1f del\x7f \u00e4\u00f6\u00fc \u2028 \U0001F600 </script>");
    tricky.customerName = QString();
    tricky.heldForAdvisorId = 3;
    tricky.heldForAdvisorName = QStringLiteral("Maria M\u00fcller");
    tricky.assignedAdvisorId.reset();
    Inquiry plain = sampleInquiry();
    plain.id = 43;
    plain.waitingSince.reset();
    plain.closedAt = plain.createdAt.addDays(1);
    plain.customerFixedAdvisorId.reset();
    const ChangeBatch batch{10, 9007199254740991LL, true, {tricky, plain}, {7, 8}};
    const QByteArray written = wire::encodeChangeBatch(batch);
    // Qt's own parser: parseObject would refuse the control characters, which validation keeps out of real texts.
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(written, &error);
    QVERIFY2(error.error == QJsonParseError::NoError && parsed.isObject(), qPrintable(error.errorString()));
    QCOMPARE(parsed.object(), wire::toJson(batch));
    QCOMPARE(wire::changeBatchFromJson(parsed.object()), std::optional<ChangeBatch>(batch));
    const ChangeBatch empty{5, 5, false, {}, {}};
    QCOMPARE(wire::encodeChangeBatch(empty), QByteArray(R"({"since":5,"cursor":5,"hasMore":false,"inquiries":[],"removed":[]})"));
}

void tst_WireFormat::profileAndTopicRoundTrip()
{
    const AdvisorProfile profile{3, QStringLiteral("m.mueller"), QStringLiteral("Maria M\u00fcller"), QStringLiteral("Private clients"), true};
    QCOMPARE(wire::advisorProfileFromJson(wire::toJson(profile)), std::optional<AdvisorProfile>(profile));
    const Topic topic{1, QStringLiteral("pension"), QStringLiteral("Pension plans")};
    QCOMPARE(wire::topicFromJson(wire::toJson(topic)), std::optional<Topic>(topic));
}

void tst_WireFormat::rejectsBadInquiry_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("id missing") << QStringLiteral("id") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("id negative") << QStringLiteral("id") << QJsonValue(-1);
    QTest::newRow("id fractional") << QStringLiteral("id") << QJsonValue(1.5);
    QTest::newRow("id string") << QStringLiteral("id") << QJsonValue(QStringLiteral("1"));
    QTest::newRow("subject number") << QStringLiteral("subject") << QJsonValue(5);
    QTest::newRow("unknown state") << QStringLiteral("state") << QJsonValue(QStringLiteral("deleted"));
    QTest::newRow("bad time") << QStringLiteral("createdAt") << QJsonValue(QStringLiteral("yesterday"));
    QTest::newRow("waitingSince wrong type") << QStringLiteral("waitingSince") << QJsonValue(true);
    QTest::newRow("seq null") << QStringLiteral("seq") << QJsonValue(QJsonValue::Null);
    QTest::newRow("target missing") << QStringLiteral("responseTargetMinutes") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("target zero") << QStringLiteral("responseTargetMinutes") << QJsonValue(0);
    QTest::newRow("target too long") << QStringLiteral("responseTargetMinutes") << QJsonValue(60001);
    QTest::newRow("target fractional") << QStringLiteral("responseTargetMinutes") << QJsonValue(30.5);
    QTest::newRow("fixed advisor string") << QStringLiteral("customerFixedAdvisorId") << QJsonValue(QStringLiteral("8"));
}

void tst_WireFormat::rejectsBadInquiry()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject json = wire::toJson(sampleInquiry());
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);
    QString error;
    QVERIFY(!wire::inquiryFromJson(json, &error));
    QVERIFY2(error.contains(field), qPrintable(error));
}

void tst_WireFormat::rejectsBadBatch()
{
    QJsonObject json = wire::toJson(ChangeBatch{10, 20, false, {sampleInquiry()}, {}, false});
    QJsonObject broken = json;
    broken.insert(QStringLiteral("inquiries"), QJsonArray{QJsonObject{{QStringLiteral("id"), 1}}});
    QVERIFY(!wire::changeBatchFromJson(broken));
    broken = json;
    broken.insert(QStringLiteral("inquiries"), QJsonArray{42});
    QVERIFY(!wire::changeBatchFromJson(broken));
    broken = json;
    broken.insert(QStringLiteral("cursor"), 3);
    QVERIFY(!wire::changeBatchFromJson(broken));
    QVERIFY(!wire::parseObject("{\"since\": 1,"));
    QVERIFY(!wire::parseObject("[1,2]"));
    QVERIFY(!wire::parseObject("{\"a\":\"\xff\"}"));
}

void tst_WireFormat::replyDraft_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("expectedBody");
    QTest::addColumn<bool>("malformed"); // refused as a whole, not for a field: the API answers 400, not 422
    QTest::newRow("fine") << QByteArray(R"({"body":"  Thanks for asking.\r\n"})") << QStringLiteral("Thanks for asking.") << false;
    QTest::newRow("malformed") << QByteArray(R"({"body":)") << QString() << true;
    QTest::newRow("not an object") << QByteArray(R"("body")") << QString() << true;
    QTest::newRow("body missing") << QByteArray(R"({"text":"x"})") << QString() << false;
    QTest::newRow("body number") << QByteArray(R"({"body":5})") << QString() << false;
    QTest::newRow("body empty") << QByteArray(R"({"body":"   "})") << QString() << false;
    QTest::newRow("body too long") << (QByteArray(R"({"body":")") + QByteArray(20001, 'x') + QByteArray(R"("})")) << QString() << false;
    QTest::newRow("invalid utf8") << QByteArray("{\"body\":\"\xc3\x28\"}") << QString() << true;
    QTest::newRow("escaped NUL") << QByteArray(R"({"body":"a\u0000b"})") << QString() << false;
    // A lone surrogate has no UTF-8 form; QJsonDocument accepts it and PostgreSQL once stored it as "?".
    QTest::newRow("lone high") << QByteArray(R"({"body":"a\ud800b"})") << QString() << true;
    QTest::newRow("lone high at the end") << QByteArray(R"({"body":"a\uD800"})") << QString() << true;
    QTest::newRow("lone low") << QByteArray(R"({"body":"a\udc00b"})") << QString() << true;
    QTest::newRow("high, then not low") << QByteArray(R"({"body":"\ud800\u0041"})") << QString() << true;
    QTest::newRow("two highs") << QByteArray(R"({"body":"\ud800\ud800\udc00"})") << QString() << true;
    QTest::newRow("lone surrogate in a key") << QByteArray(R"({"body":"fine","\udfff":1})") << QString() << true;
    QTest::newRow("raw CESU-8 surrogate") << QByteArray("{\"body\":\"a\xed\xa0\x80\"}") << QString() << true;
    QTest::newRow("surrogate pair") << QByteArray(R"({"body":"\ud83d\ude00 ok"})") << QStringLiteral("\U0001F600 ok") << false;
    QTest::newRow("escaped backslash, then text") << QByteArray(R"({"body":"a\\ud800"})") << QStringLiteral("a\\ud800") << false;
    QTest::newRow("other escapes") << QByteArray(R"({"body":"\"\n\u00e4\/x"})") << QStringLiteral("\"\n\u00e4/x") << false;
}

// What the advisor API makes of a reply's body: the decoder reads the shape (a malformed document is refused as
// a whole), and the service checks and normalises the text as validation says (AdvisorInquiries::reply).
void tst_WireFormat::replyDraft()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, expectedBody);
    QFETCH(bool, malformed);
    FieldErrors errors;
    const auto draft = wire::replyDraftFromJson(document, &errors);
    if (draft)
        errors = validation::checkMessageBody(draft->body);
    if (expectedBody.isEmpty()) {
        QVERIFY(!errors.isEmpty());
        QVERIFY(!errors.first().message.isEmpty());
        QCOMPARE(errors.first().field.isEmpty(), malformed);
        QCOMPARE(!wire::parseObject(document), malformed);
    } else {
        QVERIFY2(draft && errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().message));
        QCOMPARE(validation::normalisedText(draft->body), expectedBody);
    }
}

void tst_WireFormat::apiErrorRoundTrip()
{
    const wire::ApiError error{QStringLiteral("invalid"), QStringLiteral("The reply is empty."),
                               {{QStringLiteral("body"), QStringLiteral("Please write your message.")}}};
    const auto decoded = wire::apiErrorFromJson(wire::toJson(error));
    QVERIFY(decoded);
    QCOMPARE(decoded->code, error.code);
    QCOMPARE(decoded->message, error.message);
    QCOMPARE(decoded->fields, error.fields);
}

void tst_WireFormat::timesAreUtcWithMilliseconds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("time");
    const QDateTime sample(QDate(2026, 3, 29), QTime(1, 59, 58, 7), Qt::UTC);
    QTest::newRow("as written") << QStringLiteral("2026-03-29T01:59:58.007Z") << sample;
    QTest::newRow("without milliseconds") << QStringLiteral("2026-03-29T01:59:58Z") << sample.addMSecs(-7);
    QTest::newRow("with an offset") << QStringLiteral("2026-03-29T03:59:58.007+02:00") << sample;
    QTest::newRow("no such month") << QStringLiteral("2026-13-29T01:59:58.007Z") << QDateTime();
    QTest::newRow("no such hour") << QStringLiteral("2026-03-29T25:59:58.007Z") << QDateTime();
    QTest::newRow("letters") << QStringLiteral("2026-03-2xT01:59:58.007Z") << QDateTime();
}

void tst_WireFormat::timesAreUtcWithMilliseconds()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, time);
    QJsonObject json = wire::toJson(sampleMessage());
    json.insert(QStringLiteral("createdAt"), text);
    const auto decoded = wire::messageFromJson(json);
    QCOMPARE(decoded.has_value(), time.isValid());
    if (!decoded)
        return;
    QCOMPARE(decoded->createdAt, time);
    // Written back in the one form we write: UTC, milliseconds, 'Z'; a local time is converted.
    QCOMPARE(wire::toJson(*decoded).value(QStringLiteral("createdAt")).toString(), time.toString(Qt::ISODateWithMs));
    Message local = *decoded;
    local.createdAt = time.toOffsetFromUtc(3600);
    QCOMPARE(wire::toJson(local).value(QStringLiteral("createdAt")).toString(), QStringLiteral("2026-03-29T01:59:58.%1Z").arg(time.time().msec(), 3, 10, QLatin1Char('0')));
}

void tst_WireFormat::workingCalendarRoundTrip()
{
    const WorkingCalendar calendar = sampleCalendar();
    const QJsonObject json = wire::toJson(calendar);
    const QByteArray expected = R"({"holidays":["2026-12-25","2026-12-26","2027-01-01"],)"
                                R"("hours":{"fri":["08:30","14:45"],"mon":["08:00","17:00"],"sat":null,"sun":null,)"
                                R"("thu":["08:00","17:00"],"tue":["08:00","17:00"],"wed":["08:00","17:00"]},)"
                                R"("timeZone":"Europe/Berlin"})";
    QCOMPARE(wire::encode(json), expected);
    const auto parsed = wire::parseObject(wire::encode(json));
    QVERIFY(parsed);
    QString error;
    const auto decoded = wire::workingCalendarFromJson(*parsed, &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(*decoded, calendar);
    QCOMPARE(wire::workingCalendarFromJson(wire::toJson(WorkingCalendar())), std::optional<WorkingCalendar>(WorkingCalendar()));
}

void tst_WireFormat::rejectsBadCalendar_data()
{
    QTest::addColumn<QString>("field"); // as the error names it; "hours.mon" replaces "mon" inside "hours"
    QTest::addColumn<QJsonValue>("value");
    const auto hours = [](const char *start, const char *end) {
        return QJsonValue(QJsonArray{QLatin1String(start), QLatin1String(end)});
    };
    QTest::newRow("zone missing") << QStringLiteral("timeZone") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("zone unknown") << QStringLiteral("timeZone") << QJsonValue(QStringLiteral("Mars/Olympus"));
    // QTimeZone itself would make a zone of each of these.
    QTest::newRow("zone empty: the system's") << QStringLiteral("timeZone") << QJsonValue(QString());
    QTest::newRow("zone as a path") << QStringLiteral("timeZone") << QJsonValue(QStringLiteral("../zoneinfo/Europe/Berlin"));
    QTest::newRow("zone as a POSIX rule") << QStringLiteral("timeZone") << QJsonValue(QStringLiteral("CET-1CEST,M3.5.0,M10.5.0/3"));
    QTest::newRow("zone number") << QStringLiteral("timeZone") << QJsonValue(1);
    QTest::newRow("hours missing") << QStringLiteral("hours") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("hours array") << QStringLiteral("hours") << QJsonValue(QJsonArray());
    QTest::newRow("day missing") << QStringLiteral("hours.mon") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("day a string") << QStringLiteral("hours.mon") << QJsonValue(QStringLiteral("08:00-17:00"));
    QTest::newRow("one time") << QStringLiteral("hours.mon") << QJsonValue(QJsonArray{QStringLiteral("08:00")});
    QTest::newRow("three times") << QStringLiteral("hours.mon")
                                 << QJsonValue(QJsonArray{QStringLiteral("08:00"), QStringLiteral("12:00"), QStringLiteral("17:00")});
    QTest::newRow("hour without zero") << QStringLiteral("hours.mon") << hours("8:00", "17:00");
    QTest::newRow("seconds") << QStringLiteral("hours.mon") << hours("08:00:00", "17:00:00");
    QTest::newRow("no such hour") << QStringLiteral("hours.mon") << hours("08:00", "25:00");
    QTest::newRow("24:00") << QStringLiteral("hours.mon") << hours("08:00", "24:00");
    QTest::newRow("start after end") << QStringLiteral("hours.mon") << hours("17:00", "08:00");
    QTest::newRow("start at end") << QStringLiteral("hours.mon") << hours("08:00", "08:00");
    QTest::newRow("time a number") << QStringLiteral("hours.mon") << QJsonValue(QJsonArray{8, 17});
    QTest::newRow("holidays missing") << QStringLiteral("holidays") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("holiday no such day") << QStringLiteral("holidays") << QJsonValue(QJsonArray{QStringLiteral("2026-02-30")});
    QTest::newRow("holiday short year") << QStringLiteral("holidays") << QJsonValue(QJsonArray{QStringLiteral("26-12-25")});
    QTest::newRow("holiday with time") << QStringLiteral("holidays") << QJsonValue(QJsonArray{QStringLiteral("2026-12-25T00:00:00Z")});
    QTest::newRow("holiday number") << QStringLiteral("holidays") << QJsonValue(QJsonArray{20261225});
    QJsonArray tooMany;
    for (int day = 0; day <= wire::maxCalendarHolidays; ++day)
        tooMany.append(QDate(2026, 1, 1).addDays(day).toString(Qt::ISODate));
    QTest::newRow("too many holidays") << QStringLiteral("holidays") << QJsonValue(tooMany);
}

void tst_WireFormat::rejectsBadCalendar()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject json = wire::toJson(sampleCalendar());
    const QString day = field.section(u'.', 1);
    QJsonObject hours = json.value(QStringLiteral("hours")).toObject();
    QJsonObject &target = day.isEmpty() ? json : hours;
    const QString key = day.isEmpty() ? field : day;
    if (value.isUndefined())
        target.remove(key);
    else
        target.insert(key, value);
    if (!day.isEmpty())
        json.insert(QStringLiteral("hours"), hours);
    QString error;
    QVERIFY(!wire::workingCalendarFromJson(json, &error));
    QVERIFY2(error.contains(QLatin1Char('"') + field + QLatin1Char('"')), qPrintable(error));
}

QTEST_APPLESS_MAIN(tst_WireFormat)
#include "tst_wireformat.moc"
