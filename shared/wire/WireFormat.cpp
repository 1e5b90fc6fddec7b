#include "wire/WireFormat.h"

#include "wire/JsonWriter.h"

#include "validation/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace confidant::wire {

// Times are written as "YYYY-MM-DDTHH:MM:SS.mmmZ". QDateTime's own ISO formatting and parsing go through
// vasprintf and a general parser, which made them a fifth of the cost of a feed page; these handle exactly the
// form we write and leave anything else to QDateTime.
QString formatUtcTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char buffer[25];
    const auto put = [&buffer](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            buffer[at + i] = char('0' + value % 10);
    };
    put(0, date.year(), 4);
    buffer[4] = '-';
    put(5, date.month(), 2);
    buffer[7] = '-';
    put(8, date.day(), 2);
    buffer[10] = 'T';
    put(11, clock.hour(), 2);
    buffer[13] = ':';
    put(14, clock.minute(), 2);
    buffer[16] = ':';
    put(17, clock.second(), 2);
    buffer[19] = '.';
    put(20, clock.msec(), 3);
    buffer[23] = 'Z';
    return QString::fromLatin1(buffer, 24);
}

namespace {

QDateTime parseUtcTime(const QString &text)
{
    const auto digits = [&text](int at, int count, int *value) {
        *value = 0;
        for (int i = at; i < at + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            *value = *value * 10 + (c - u'0');
        }
        return true;
    };
    int year, month, day, hour, minute, second, msec;
    const bool ours = text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z' && digits(0, 4, &year) && digits(5, 2, &month)
        && digits(8, 2, &day) && digits(11, 2, &hour) && digits(14, 2, &minute) && digits(17, 2, &second) && digits(20, 3, &msec);
    if (!ours)
        return QDateTime::fromString(text, Qt::ISODateWithMs);
    const QDate date(year, month, day);
    const QTime clock(hour, minute, second, msec);
    return date.isValid() && clock.isValid() ? QDateTime(date, clock, Qt::UTC) : QDateTime();
}


// Collects the first problem while a decoder reads fields, so each decoder stays a flat list of reads.
class Reader {
public:
    explicit Reader(const QJsonObject &json) : m_json(json) {}

    qint64 id(const char *key)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        // JSON numbers are doubles; ids travel as numbers below 2^53, so this is exact.
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(qint64(v.toDouble())))
            return fail(key, "a non-negative integer"), 0;
        return qint64(v.toDouble());
    }

    qint64 integer(const char *key, qint64 min, qint64 max)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (!v.isDouble() || v.toDouble() < double(min) || v.toDouble() > double(max) || v.toDouble() != double(qint64(v.toDouble())))
            return fail(key, QStringLiteral("an integer from %1 to %2").arg(min).arg(max)), min;
        return qint64(v.toDouble());
    }

    std::optional<qint64> optionalId(const char *key)
    {
        if (m_json.value(QLatin1String(key)).isNull() || !m_json.contains(QLatin1String(key)))
            return std::nullopt;
        return id(key);
    }

    QString string(const char *key)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (!v.isString())
            return fail(key, "a string"), QString();
        return v.toString();
    }

    QDateTime time(const char *key)
    {
        const QDateTime t = parseUtcTime(string(key));
        if (m_error.isEmpty() && !t.isValid())
            fail(key, "an ISO 8601 time");
        return t;
    }

    std::optional<QDateTime> optionalTime(const char *key)
    {
        if (m_json.value(QLatin1String(key)).isNull() || !m_json.contains(QLatin1String(key)))
            return std::nullopt;
        return time(key);
    }

    bool boolean(const char *key)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (!v.isBool())
            return fail(key, "true or false"), false;
        return v.toBool();
    }

    QList<qint64> ids(const char *key)
    {
        QList<qint64> values;
        for (const QJsonValue &v : array(key)) {
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(qint64(v.toDouble())))
                return fail(key, "an array of non-negative integers"), QList<qint64>();
            values.append(qint64(v.toDouble()));
        }
        return values;
    }

    QJsonArray array(const char *key)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (!v.isArray())
            return fail(key, "an array"), QJsonArray();
        return v.toArray();
    }

    QJsonObject object(const char *key)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (!v.isObject())
            return fail(key, "an object"), QJsonObject();
        return v.toObject();
    }

    void fail(const char *key, const char *expected) { fail(key, QLatin1String(expected)); }

    void fail(const char *key, const QString &expected)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("field \"%1\" must be %2").arg(QLatin1String(key), expected);
    }

    template<typename T>
    std::optional<T> result(T value, QString *error) const
    {
        if (!m_error.isEmpty()) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        return value;
    }

    bool ok() const { return m_error.isEmpty(); }

private:
    QJsonObject m_json;
    QString m_error;
};

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(formatUtcTime(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalTimeValue(const std::optional<QDateTime> &time)
{
    return time ? timeValue(*time) : QJsonValue(QJsonValue::Null);
}

QString authorKey(MessageAuthor author)
{
    return author == MessageAuthor::Advisor ? QStringLiteral("advisor") : QStringLiteral("customer");
}

template<typename T, typename Decode>
QList<T> decodeList(Reader &reader, const QJsonArray &array, const char *key, Decode decode)
{
    QList<T> items;
    for (const QJsonValue &value : array) {
        QString error;
        std::optional<T> item = value.isObject() ? decode(value.toObject(), &error) : std::nullopt;
        if (!item) {
            reader.fail(key, "an array of valid objects");
            return {};
        }
        items.append(*item);
    }
    return items;
}

// Offset of the first backslash-u escape of a code unit D800..DFFF that is not half of a high-low pair, or -1.
// QJsonDocument accepts such a lone surrogate and the QString then holds something no UTF-8 can carry (PostgreSQL
// stored it as "?"), so a document with one is malformed. Raw bytes need no check: decodeStrictUtf8 refuses
// encoded surrogates; only escapes can produce them, and backslashes occur in JSON only inside strings.
qsizetype loneSurrogateEscape(const QByteArray &document)
{
    const auto codeUnitAt = [&document](qsizetype at) -> int {
        if (at + 6 > document.size() || document.at(at) != '\\' || document.at(at + 1) != 'u')
            return -1;
        bool ok = false;
        const int unit = document.mid(at + 2, 4).toInt(&ok, 16);
        return ok ? unit : -1;
    };
    for (qsizetype at = document.indexOf('\\'); at >= 0; at = document.indexOf('\\', at)) {
        const int unit = codeUnitAt(at);
        if (unit < 0) {
            at += 2; // another escape, "\\\\" included: its second character is never the start of one
            continue;
        }
        if (QChar::isLowSurrogate(char16_t(unit)))
            return at;
        if (QChar::isHighSurrogate(char16_t(unit))) {
            if (!QChar::isLowSurrogate(char16_t(qMax(codeUnitAt(at + 6), 0))))
                return at;
            at += 6;
        }
        at += 6;
    }
    return -1;
}

struct WeekdayKey {
    Qt::DayOfWeek day;
    const char *key;
    const char *field; // as error messages name it
};

constexpr WeekdayKey weekdayKeys[] = {
    {Qt::Monday, "mon", "hours.mon"},    {Qt::Tuesday, "tue", "hours.tue"}, {Qt::Wednesday, "wed", "hours.wed"},
    {Qt::Thursday, "thu", "hours.thu"},  {Qt::Friday, "fri", "hours.fri"},  {Qt::Saturday, "sat", "hours.sat"},
    {Qt::Sunday, "sun", "hours.sun"},
};

const QString clockTimeFormat = QStringLiteral("HH:mm");
const QString dateFormat = QStringLiteral("yyyy-MM-dd");

QJsonValue hoursValue(const std::optional<WorkingCalendar::Hours> &hours)
{
    if (!hours)
        return QJsonValue(QJsonValue::Null);
    return QJsonArray{hours->start.toString(clockTimeFormat), hours->end.toString(clockTimeFormat)};
}

// null closes the day; otherwise ["HH:mm", "HH:mm"], which setHours refuses unless the start comes first.
bool readDayHours(const QJsonValue &value, Qt::DayOfWeek day, WorkingCalendar *calendar)
{
    if (value.isNull())
        return calendar->setHours(day, std::nullopt);
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2)
        return false;
    const auto clockTime = [](const QJsonValue &text) { return QTime::fromString(text.toString(), clockTimeFormat); };
    return calendar->setHours(day, WorkingCalendar::Hours{clockTime(pair.at(0)), clockTime(pair.at(1))});
}

QTimeZone readTimeZone(Reader &r)
{
    const QByteArray id = r.string("timeZone").toUtf8();
    // QTimeZone also makes zones of "" (the system's own), of paths below the zoneinfo directory and of POSIX TZ
    // rules; only a listed IANA id names the same zone on every machine.
    if (r.ok() && !QTimeZone::isTimeZoneIdAvailable(id))
        r.fail("timeZone", "a known IANA time zone id");
    return r.ok() ? QTimeZone(id) : QTimeZone::utc();
}

void readWorkingHours(Reader &r, WorkingCalendar *calendar)
{
    const QJsonObject hours = r.object("hours");
    for (const WeekdayKey &weekday : weekdayKeys) {
        if (r.ok() && !readDayHours(hours.value(QLatin1String(weekday.key)), weekday.day, calendar))
            r.fail(weekday.field, "null or [\"HH:mm\", \"HH:mm\"] with the start before the end");
    }
}

QList<QDate> readHolidays(Reader &r)
{
    const QJsonArray array = r.array("holidays");
    if (array.size() > maxCalendarHolidays) {
        r.fail("holidays", QStringLiteral("an array of at most %1 dates").arg(maxCalendarHolidays));
        return {};
    }
    QList<QDate> holidays;
    for (const QJsonValue &value : array) {
        const QDate date = QDate::fromString(value.toString(), dateFormat);
        if (!date.isValid()) {
            r.fail("holidays", "an array of dates \"YYYY-MM-DD\"");
            return {};
        }
        holidays.append(date);
    }
    return holidays;
}

// Held for an absent advisor only while nobody owns it, and named exactly when held.
void readHeldFor(Reader &r, Inquiry *inquiry)
{
    inquiry->heldForAdvisorId = r.optionalId("heldForAdvisorId");
    inquiry->heldForAdvisorName = r.string("heldForAdvisorName");
    if (r.ok() && inquiry->heldForAdvisorId && inquiry->assignedAdvisorId)
        r.fail("heldForAdvisorId", "null while the inquiry has an owner");
    if (r.ok() && inquiry->heldForAdvisorId.has_value() == inquiry->heldForAdvisorName.trimmed().isEmpty())
        r.fail("heldForAdvisorName", "the held-for advisor's name, and empty when the inquiry is not held");
}

// The one text field of a small document ({"body": ...}, {"text": ...}), checked and normalised as stored. A
// document that is not a JSON object is an error without a field (400); a bad text names its field (422).
template<typename Check>
std::optional<QString> checkedText(const QByteArray &document, const char *key, const char *missing, Check check, FieldErrors *errors)
{
    QString parseError;
    const std::optional<QJsonObject> json = parseObject(document, &parseError);
    if (!json) {
        *errors = {FieldError{QString(), parseError}};
        return std::nullopt;
    }
    const QJsonValue text = json->value(QLatin1String(key));
    if (!text.isString()) {
        *errors = {FieldError{QLatin1String(key), QString::fromUtf8(missing)}};
        return std::nullopt;
    }
    *errors = check(text.toString());
    if (!errors->isEmpty())
        return std::nullopt;
    return validation::normalisedText(text.toString());
}

// A time field of a request: each unreadable one named, for the form to show next to it.
QDateTime requestTime(const QJsonObject &json, const char *key, FieldErrors *errors)
{
    const auto time = timeWithOffsetFromText(json.value(QLatin1String(key)).toString());
    if (!time)
        errors->append({QLatin1String(key),
                        QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "Give a date and time with its offset (ISO 8601)."))});
    return time.value_or(QDateTime());
}

} // namespace

QJsonValue timeJson(const QDateTime &time)
{
    return timeValue(time);
}

std::optional<QDateTime> timeWithOffsetFromText(const QString &text)
{
    const QDateTime time = parseUtcTime(text);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return time.toUTC();
}

QJsonObject toJson(const Topic &topic)
{
    return {{QStringLiteral("id"), topic.id}, {QStringLiteral("key"), topic.key}, {QStringLiteral("title"), topic.title}};
}

std::optional<Topic> topicFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json);
    Topic topic{r.id("id"), r.string("key"), r.string("title")};
    return r.result(topic, error);
}

QJsonObject toJson(const Inquiry &inquiry)
{
    return {
        {QStringLiteral("id"), inquiry.id},
        {QStringLiteral("customerId"), inquiry.customerId},
        {QStringLiteral("customerName"), inquiry.customerName},
        {QStringLiteral("topicId"), inquiry.topicId},
        {QStringLiteral("topicKey"), inquiry.topicKey},
        {QStringLiteral("topicTitle"), inquiry.topicTitle},
        {QStringLiteral("subject"), inquiry.subject},
        {QStringLiteral("state"), inquiryStateKey(inquiry.state)},
        {QStringLiteral("createdAt"), timeValue(inquiry.createdAt)},
        {QStringLiteral("waitingSince"), optionalTimeValue(inquiry.waitingSince)},
        {QStringLiteral("lastActivityAt"), timeValue(inquiry.lastActivityAt)},
        {QStringLiteral("assignedAdvisorId"),
         inquiry.assignedAdvisorId ? QJsonValue(*inquiry.assignedAdvisorId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("teamId"), inquiry.teamId ? QJsonValue(*inquiry.teamId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("closedAt"), optionalTimeValue(inquiry.closedAt)},
        {QStringLiteral("customerFixedAdvisorId"),
         inquiry.customerFixedAdvisorId ? QJsonValue(*inquiry.customerFixedAdvisorId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("responseTargetMinutes"), inquiry.responseTargetMinutes},
        {QStringLiteral("heldForAdvisorId"),
         inquiry.heldForAdvisorId ? QJsonValue(*inquiry.heldForAdvisorId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("heldForAdvisorName"), inquiry.heldForAdvisorName},
        {QStringLiteral("seq"), inquiry.seq},
    };
}

std::optional<Inquiry> inquiryFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json);
    Inquiry inquiry;
    inquiry.id = r.id("id");
    inquiry.customerId = r.id("customerId");
    inquiry.customerName = r.string("customerName");
    inquiry.topicId = r.id("topicId");
    inquiry.topicKey = r.string("topicKey");
    inquiry.topicTitle = r.string("topicTitle");
    inquiry.subject = r.string("subject");
    const std::optional<InquiryState> state = inquiryStateFromKey(r.string("state"));
    if (!state)
        r.fail("state", "one of awaiting_advisor, awaiting_customer, closed");
    inquiry.state = state.value_or(InquiryState::AwaitingAdvisor);
    inquiry.createdAt = r.time("createdAt");
    inquiry.waitingSince = r.optionalTime("waitingSince");
    inquiry.lastActivityAt = r.time("lastActivityAt");
    inquiry.assignedAdvisorId = r.optionalId("assignedAdvisorId");
    inquiry.teamId = r.optionalId("teamId");
    inquiry.closedAt = r.optionalTime("closedAt");
    inquiry.customerFixedAdvisorId = r.optionalId("customerFixedAdvisorId");
    inquiry.responseTargetMinutes = int(r.integer("responseTargetMinutes", 1, Inquiry::maxResponseTargetMinutes));
    readHeldFor(r, &inquiry);
    inquiry.seq = r.id("seq");
    return r.result(inquiry, error);
}

QJsonObject toJson(const Message &message)
{
    return {
        {QStringLiteral("id"), message.id},
        {QStringLiteral("inquiryId"), message.inquiryId},
        {QStringLiteral("author"), authorKey(message.author)},
        {QStringLiteral("authorName"), message.authorName},
        {QStringLiteral("body"), message.body},
        {QStringLiteral("createdAt"), timeValue(message.createdAt)},
        {QStringLiteral("seq"), message.seq},
    };
}

std::optional<Message> messageFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json);
    Message message;
    message.id = r.id("id");
    message.inquiryId = r.id("inquiryId");
    const QString author = r.string("author");
    if (r.ok() && author != authorKey(MessageAuthor::Advisor) && author != authorKey(MessageAuthor::Customer))
        r.fail("author", "\"customer\" or \"advisor\"");
    message.author = author == authorKey(MessageAuthor::Advisor) ? MessageAuthor::Advisor : MessageAuthor::Customer;
    message.authorName = r.string("authorName");
    message.body = r.string("body");
    message.createdAt = r.time("createdAt");
    message.seq = r.id("seq");
    return r.result(message, error);
}

namespace {

// The same fields, names and forms as toJson(const Inquiry &), written straight into the page's buffer.
void writeInquiry(JsonWriter &w, const Inquiry &inquiry)
{
    w.beginObject();
    w.key("id").value(inquiry.id).key("customerId").value(inquiry.customerId).key("customerName").value(inquiry.customerName);
    w.key("topicId").value(inquiry.topicId).key("topicKey").value(inquiry.topicKey).key("topicTitle").value(inquiry.topicTitle);
    w.key("subject").value(inquiry.subject).key("state").value(inquiryStateKey(inquiry.state));
    w.key("createdAt").time(inquiry.createdAt).key("waitingSince").time(inquiry.waitingSince);
    w.key("lastActivityAt").time(inquiry.lastActivityAt).key("assignedAdvisorId").value(inquiry.assignedAdvisorId);
    w.key("teamId").value(inquiry.teamId).key("closedAt").time(inquiry.closedAt);
    w.key("customerFixedAdvisorId").value(inquiry.customerFixedAdvisorId).key("responseTargetMinutes").value(qint64(inquiry.responseTargetMinutes));
    w.key("heldForAdvisorId").value(inquiry.heldForAdvisorId).key("heldForAdvisorName").value(inquiry.heldForAdvisorName);
    w.key("seq").value(inquiry.seq);
    w.endObject();
}

} // namespace

QByteArray encodeChangeBatch(const ChangeBatch &batch)
{
    JsonWriter w(qsizetype(batch.inquiries.size()) * 600 + 128);
    w.beginObject().key("since").value(batch.since).key("cursor").value(batch.cursor).key("hasMore").value(batch.hasMore);
    w.key("inquiries").beginArray();
    for (const Inquiry &inquiry : batch.inquiries)
        writeInquiry(w, inquiry);
    w.endArray().key("removed").beginArray();
    for (qint64 id : batch.removed)
        w.value(id);
    w.endArray().endObject();
    return w.data();
}

QJsonObject toJson(const ChangeBatch &batch)
{
    QJsonArray inquiries;
    for (const Inquiry &inquiry : batch.inquiries)
        inquiries.append(toJson(inquiry));
    QJsonArray removed;
    for (qint64 id : batch.removed)
        removed.append(id);
    return {
        {QStringLiteral("since"), batch.since},
        {QStringLiteral("cursor"), batch.cursor},
        {QStringLiteral("hasMore"), batch.hasMore},
        {QStringLiteral("inquiries"), inquiries},
        {QStringLiteral("removed"), removed},
    };
}

std::optional<ChangeBatch> changeBatchFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json);
    ChangeBatch batch;
    batch.since = r.id("since");
    batch.cursor = r.id("cursor");
    batch.hasMore = r.boolean("hasMore");
    batch.inquiries = decodeList<Inquiry>(r, r.array("inquiries"), "inquiries", inquiryFromJson);
    batch.removed = r.ids("removed");
    if (r.ok() && batch.cursor < batch.since)
        r.fail("cursor", "not before \"since\"");
    return r.result(batch, error);
}

QJsonObject toJson(const AdvisorProfile &profile)
{
    return {
        {QStringLiteral("id"), profile.id},
        {QStringLiteral("login"), profile.login},
        {QStringLiteral("displayName"), profile.displayName},
        {QStringLiteral("teamName"), profile.teamName},
        {QStringLiteral("teamLead"), profile.teamLead},
        {QStringLiteral("teamId"), profile.teamId},
    };
}

QJsonObject toJson(const InquiryEvent &event)
{
    return {
        {QStringLiteral("id"), event.id},
        {QStringLiteral("kind"), event.kind},
        {QStringLiteral("actorName"), event.actorName},
        {QStringLiteral("fromAdvisorName"), event.fromAdvisorName},
        {QStringLiteral("toAdvisorName"), event.toAdvisorName},
        {QStringLiteral("fromTeamName"), event.fromTeamName},
        {QStringLiteral("toTeamName"), event.toTeamName},
        {QStringLiteral("note"), event.note},
        {QStringLiteral("at"), timeValue(event.at)},
        {QStringLiteral("absentUntil"), optionalTimeValue(event.absentUntil)},
    };
}

std::optional<InquiryEvent> inquiryEventFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json);
    InquiryEvent event{r.id("id"), r.string("kind"), r.string("actorName"), r.string("fromAdvisorName"), r.string("toAdvisorName"),
                       r.string("fromTeamName"), r.string("toTeamName"), r.string("note"), r.time("at"), r.optionalTime("absentUntil")};
    return r.result(event, error);
}

QJsonObject toJson(const InquiryNote &note)
{
    return {{QStringLiteral("id"), note.id}, {QStringLiteral("authorName"), note.authorName}, {QStringLiteral("text"), note.text},
            {QStringLiteral("at"), timeValue(note.at)}};
}

std::optional<InquiryNote> inquiryNoteFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json);
    InquiryNote note{r.id("id"), r.string("authorName"), r.string("text"), r.time("at")};
    return r.result(note, error);
}

QJsonObject toJson(const Absence &absence)
{
    return {{QStringLiteral("advisorId"), absence.advisorId}, {QStringLiteral("advisorName"), absence.advisorName},
            {QStringLiteral("from"), timeValue(absence.from)}, {QStringLiteral("to"), timeValue(absence.to)}};
}

std::optional<Absence> absenceFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json);
    Absence absence{r.id("advisorId"), r.string("advisorName"), r.time("from"), r.time("to")};
    if (r.ok() && absence.to <= absence.from)
        r.fail("to", "after \"from\"");
    return r.result(absence, error);
}

std::optional<AdvisorProfile> advisorProfileFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json);
    AdvisorProfile profile{r.id("id"), r.string("login"), r.string("displayName"), r.string("teamName"),
                           r.boolean("teamLead"), r.id("teamId")};
    return r.result(profile, error);
}

QJsonObject toJson(const WorkingCalendar &calendar)
{
    QJsonObject hours;
    for (const WeekdayKey &weekday : weekdayKeys)
        hours.insert(QLatin1String(weekday.key), hoursValue(calendar.hours(weekday.day)));
    QJsonArray holidays;
    for (const QDate &date : calendar.holidays())
        holidays.append(date.toString(dateFormat));
    return {
        {QStringLiteral("timeZone"), QString::fromUtf8(calendar.timeZone().id())},
        {QStringLiteral("hours"), hours},
        {QStringLiteral("holidays"), holidays},
    };
}

std::optional<WorkingCalendar> workingCalendarFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json);
    WorkingCalendar calendar(readTimeZone(r));
    readWorkingHours(r, &calendar);
    calendar.setHolidays(readHolidays(r));
    return r.result(calendar, error);
}

std::optional<ReplyDraft> replyDraftFromJson(const QByteArray &document, FieldErrors *errors)
{
    const auto body = checkedText(document, "body", QT_TRANSLATE_NOOP("Validation", "Please write your message."),
                                  [](const QString &text) { return validation::checkMessageBody(text); }, errors);
    return body ? std::optional<ReplyDraft>(ReplyDraft{*body}) : std::nullopt;
}

QByteArray encodeReplyDraft(const ReplyDraft &draft)
{
    return encode({{QStringLiteral("body"), draft.body}});
}

std::optional<NoteDraft> noteDraftFromJson(const QByteArray &document, FieldErrors *errors)
{
    const auto text = checkedText(document, "text", QT_TRANSLATE_NOOP("Validation", "Please write the note."),
                                  [](const QString &value) { return validation::checkNoteText(value); }, errors);
    return text ? std::optional<NoteDraft>(NoteDraft{*text}) : std::nullopt;
}

QByteArray encodeNoteDraft(const NoteDraft &draft)
{
    return encode({{QStringLiteral("text"), draft.text}});
}

std::optional<AbsenceDraft> absenceDraftFromJson(const QByteArray &document, FieldErrors *errors)
{
    QString parseError;
    const std::optional<QJsonObject> json = parseObject(document, &parseError);
    if (!json) {
        *errors = {FieldError{QString(), parseError}};
        return std::nullopt;
    }
    errors->clear();
    const AbsenceDraft draft{requestTime(*json, "from", errors), requestTime(*json, "to", errors)};
    return errors->isEmpty() ? std::optional<AbsenceDraft>(draft) : std::nullopt;
}

QByteArray encodeAbsenceDraft(const AbsenceDraft &draft)
{
    return encode({{QStringLiteral("from"), timeValue(draft.from)}, {QStringLiteral("to"), timeValue(draft.to)}});
}

// The shape only; whether the colleague or team exists and the note says enough is the server's to decide.
std::optional<TransferDraft> transferDraftFromJson(const QByteArray &document, FieldErrors *errors)
{
    QString parseError;
    const std::optional<QJsonObject> json = parseObject(document, &parseError);
    if (!json) {
        *errors = {FieldError{QString(), parseError}};
        return std::nullopt;
    }
    // No note is an empty one: the server says a transfer needs one (422), and an assignment takes none.
    Reader r(*json);
    const bool hasNote = json->contains(QStringLiteral("note"));
    const TransferDraft draft{r.optionalId("toAdvisorId"), r.optionalId("toTeamId"), hasNote ? r.string("note") : QString()};
    QString error;
    if (!r.result(draft, &error)) {
        *errors = {FieldError{QString(), error}};
        return std::nullopt;
    }
    return draft;
}

QByteArray encodeTransferDraft(const TransferDraft &draft)
{
    QJsonObject json{{QStringLiteral("note"), draft.note}};
    if (draft.toAdvisorId)
        json.insert(QStringLiteral("toAdvisorId"), *draft.toAdvisorId);
    if (draft.toTeamId)
        json.insert(QStringLiteral("toTeamId"), *draft.toTeamId);
    return encode(json);
}

QJsonObject toJson(const ApiError &error)
{
    QJsonArray fields;
    for (const FieldError &field : error.fields)
        fields.append(QJsonObject{{QStringLiteral("field"), field.field}, {QStringLiteral("message"), field.message}});
    QJsonObject inner{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
    if (!fields.isEmpty())
        inner.insert(QStringLiteral("fields"), fields);
    return {{QStringLiteral("error"), inner}};
}

std::optional<ApiError> apiErrorFromJson(const QJsonObject &json)
{
    const QJsonObject inner = json.value(QStringLiteral("error")).toObject();
    if (!inner.value(QStringLiteral("code")).isString())
        return std::nullopt;
    ApiError error{inner.value(QStringLiteral("code")).toString(), inner.value(QStringLiteral("message")).toString(), {}};
    for (const QJsonValue &field : inner.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject f = field.toObject();
        error.fields.append({f.value(QStringLiteral("field")).toString(), f.value(QStringLiteral("message")).toString()});
    }
    return error;
}

std::optional<QJsonObject> parseObject(const QByteArray &document, QString *error)
{
    if (!validation::decodeStrictUtf8(document)) {
        if (error)
            *error = QStringLiteral("the request body is not valid UTF-8");
        return std::nullopt;
    }
    if (const qsizetype at = loneSurrogateEscape(document); at >= 0) {
        if (error)
            *error = QStringLiteral("malformed JSON at offset %1: a \\u escape names half of a UTF-16 surrogate pair").arg(at);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? QStringLiteral("malformed JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
                         : QStringLiteral("the JSON document must be an object");
        return std::nullopt;
    }
    return json.object();
}

QByteArray encode(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace confidant::wire
