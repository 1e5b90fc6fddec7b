#include "wire/ReportWire.h"

#include "wire/AdvisorWire.h"
#include "wire/JsonReader.h"
#include "wire/WireTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace confidant::wire {
namespace {

const char *const ageKeys[] = {"under1Day", "1to3Days", "3to7Days", "7to14Days", "over14Days"};
constexpr int ageCount = int(std::size(ageKeys));

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

// Reads fields and remembers whether any was missing or malformed, so a decoder reads straight through and
// judges once at the end.
class Reader {
public:
    bool ok = true;

    int count(const QJsonObject &json, const char *key)
    {
        const QJsonValue value = json.value(QLatin1String(key));
        const double number = value.toDouble(-1);
        ok &= value.isDouble() && number >= 0 && number <= 2147483647.0 && number == double(int(number));
        return ok ? int(number) : 0;
    }
    qint64 id(const QJsonObject &json, const char *key)
    {
        const QJsonValue value = json.value(QLatin1String(key));
        const double number = value.toDouble(-1);
        ok &= value.isDouble() && number >= 1 && number <= 9007199254740992.0 && number == double(qint64(number));
        return ok ? qint64(number) : 0;
    }
    std::optional<qint64> optionalId(const QJsonObject &json, const char *key)
    {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isNull())
            return std::nullopt;
        return id(json, key);
    }
    std::optional<qint64> optionalSeconds(const QJsonObject &json, const char *key)
    {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isNull())
            return std::nullopt;
        const double number = value.toDouble(-1);
        ok &= value.isDouble() && number >= 0 && number <= 9007199254740992.0 && number == double(qint64(number));
        return qint64(number);
    }
    QString text(const QJsonObject &json, const char *key)
    {
        const QJsonValue value = json.value(QLatin1String(key));
        ok &= value.isString();
        return value.toString();
    }
    QDate date(const QJsonObject &json, const char *key)
    {
        const auto date = dateFromText(json.value(QLatin1String(key)).toString());
        ok &= date.has_value();
        return date.value_or(QDate());
    }
    QJsonObject object(const QJsonObject &json, const char *key)
    {
        const QJsonValue value = json.value(QLatin1String(key));
        ok &= value.isObject();
        return value.toObject();
    }
    QJsonArray array(const QJsonObject &json, const char *key)
    {
        const QJsonValue value = json.value(QLatin1String(key));
        ok &= value.isArray();
        return value.toArray();
    }
    // Each item of an array must be an object.
    template<typename Item, typename Decode>
    QList<Item> list(const QJsonObject &json, const char *key, Decode decode)
    {
        QList<Item> items;
        for (const QJsonValue &value : array(json, key)) {
            ok &= value.isObject();
            items.append(decode(value.toObject()));
        }
        return items;
    }

    DurationFigures durations(const QJsonObject &json)
    {
        DurationFigures figures;
        figures.count = count(json, "count");
        figures.medianSeconds = optionalSeconds(json, "medianSeconds");
        figures.p90Seconds = optionalSeconds(json, "p90Seconds");
        figures.withinTarget = count(json, "withinTarget");
        ok &= figures.withinTarget <= figures.count && figures.medianSeconds.has_value() == (figures.count > 0)
            && figures.p90Seconds.has_value() == (figures.count > 0);
        return figures;
    }
    ActivityTotals totals(const QJsonObject &json)
    {
        ActivityTotals totals;
        totals.received = count(json, "received");
        totals.answered = count(json, "answered");
        totals.closed = count(json, "closed");
        totals.reopened = count(json, "reopened");
        totals.transfers = count(json, "transfers");
        totals.openNow = count(json, "openNow");
        totals.overdueNow = count(json, "overdueNow");
        totals.firstResponse = durations(object(json, "firstResponse"));
        totals.timeToClose = durations(object(json, "timeToClose"));
        ok &= totals.overdueNow <= totals.openNow;
        return totals;
    }
    AdvisorActivity advisor(const QJsonObject &json)
    {
        AdvisorActivity advisor;
        advisor.advisorId = id(json, "id");
        advisor.name = text(json, "name");
        advisor.answered = count(json, "answered");
        advisor.messages = count(json, "messages");
        advisor.closed = count(json, "closed");
        advisor.transfersIn = count(json, "transfersIn");
        advisor.transfersOut = count(json, "transfersOut");
        advisor.openNow = count(json, "openNow");
        advisor.overdueNow = count(json, "overdueNow");
        advisor.assignedCustomers = count(json, "assignedCustomers");
        advisor.firstResponse = durations(object(json, "firstResponse"));
        return advisor;
    }
};

QJsonObject toJson(const DurationFigures &figures)
{
    return {{QStringLiteral("count"), figures.count},
            {QStringLiteral("medianSeconds"), optionalNumber(figures.medianSeconds)},
            {QStringLiteral("p90Seconds"), optionalNumber(figures.p90Seconds)},
            {QStringLiteral("withinTarget"), figures.withinTarget}};
}

QJsonObject toJson(const ActivityTotals &totals)
{
    return {{QStringLiteral("received"), totals.received},
            {QStringLiteral("answered"), totals.answered},
            {QStringLiteral("closed"), totals.closed},
            {QStringLiteral("reopened"), totals.reopened},
            {QStringLiteral("transfers"), totals.transfers},
            {QStringLiteral("openNow"), totals.openNow},
            {QStringLiteral("overdueNow"), totals.overdueNow},
            {QStringLiteral("firstResponse"), toJson(totals.firstResponse)},
            {QStringLiteral("timeToClose"), toJson(totals.timeToClose)}};
}

QJsonObject toJson(const AdvisorActivity &advisor)
{
    return {{QStringLiteral("id"), double(advisor.advisorId)},
            {QStringLiteral("name"), advisor.name},
            {QStringLiteral("answered"), advisor.answered},
            {QStringLiteral("messages"), advisor.messages},
            {QStringLiteral("closed"), advisor.closed},
            {QStringLiteral("transfersIn"), advisor.transfersIn},
            {QStringLiteral("transfersOut"), advisor.transfersOut},
            {QStringLiteral("openNow"), advisor.openNow},
            {QStringLiteral("overdueNow"), advisor.overdueNow},
            {QStringLiteral("assignedCustomers"), advisor.assignedCustomers},
            {QStringLiteral("firstResponse"), toJson(advisor.firstResponse)}};
}

template<typename Item, typename Encode>
QJsonArray arrayOf(const QList<Item> &items, Encode encode)
{
    QJsonArray array;
    for (const Item &item : items)
        array.append(encode(item));
    return array;
}

// The days are the period's, each once and in order; the backlog has every band once, in order.
bool isComplete(const ActivityReport &report)
{
    if (!report.from.isValid() || report.to < report.from || report.days.size() != report.from.daysTo(report.to) + 1)
        return false;
    for (qsizetype i = 0; i < report.days.size(); ++i) {
        if (report.days[i].day != report.from.addDays(i))
            return false;
    }
    if (report.sharedQueue && (report.teamId || report.kind == ActivityReport::Kind::Team))
        return false; // a report cannot be about the shared queue and a team at once
    if (report.backlog.size() != ageCount)
        return false;
    for (int i = 0; i < ageCount; ++i) {
        if (report.backlog[i].age != BacklogBand::Age(i))
            return false;
    }
    return true;
}

} // namespace

QString backlogAgeKey(BacklogBand::Age age)
{
    return QLatin1String(ageKeys[int(age)]);
}

std::optional<BacklogBand::Age> backlogAgeFromKey(const QString &key)
{
    for (int i = 0; i < ageCount; ++i) {
        if (key == QLatin1String(ageKeys[i]))
            return BacklogBand::Age(i);
    }
    return std::nullopt;
}

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

std::optional<QDate> dateFromText(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QJsonObject toJson(const ActivityReport &report)
{
    return {
        {QStringLiteral("kind"), report.kind == ActivityReport::Kind::Team ? QStringLiteral("team") : QStringLiteral("overview")},
        {QStringLiteral("company"), report.company},
        {QStringLiteral("from"), dateText(report.from)},
        {QStringLiteral("to"), dateText(report.to)},
        {QStringLiteral("timeZone"), report.timeZone},
        {QStringLiteral("generatedAt"), timeJson(report.generatedAt)},
        {QStringLiteral("teamId"), optionalNumber(report.teamId)},
        {QStringLiteral("teamName"), report.teamName},
        {QStringLiteral("sharedQueue"), report.sharedQueue},
        {QStringLiteral("totals"), toJson(report.totals)},
        {QStringLiteral("days"), arrayOf(report.days, [](const DailyActivity &day) {
             return QJsonObject{{QStringLiteral("day"), dateText(day.day)},
                                {QStringLiteral("received"), day.received},
                                {QStringLiteral("answered"), day.answered},
                                {QStringLiteral("closed"), day.closed},
                                {QStringLiteral("reopened"), day.reopened}};
         })},
        {QStringLiteral("topics"), arrayOf(report.topics, [](const TopicActivity &topic) {
             return QJsonObject{{QStringLiteral("id"), double(topic.topicId)},
                                {QStringLiteral("title"), topic.title},
                                {QStringLiteral("teamId"), optionalNumber(topic.teamId)},
                                {QStringLiteral("targetMinutes"), topic.targetMinutes},
                                {QStringLiteral("totals"), toJson(topic.totals)}};
         })},
        {QStringLiteral("teams"), arrayOf(report.teams, [](const TeamActivity &team) {
             return QJsonObject{{QStringLiteral("id"), optionalNumber(team.teamId)},
                                {QStringLiteral("name"), team.name},
                                {QStringLiteral("totals"), toJson(team.totals)}};
         })},
        {QStringLiteral("backlog"), arrayOf(report.backlog, [](const BacklogBand &band) {
             return QJsonObject{{QStringLiteral("age"), backlogAgeKey(band.age)}, {QStringLiteral("count"), band.count}};
         })},
        {QStringLiteral("advisors"), arrayOf(report.advisors, [](const AdvisorActivity &a) { return toJson(a); })},
        {QStringLiteral("me"), report.me ? QJsonValue(toJson(*report.me)) : QJsonValue(QJsonValue::Null)},
    };
}

QByteArray encodeActivityReport(const ActivityReport &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Compact);
}

std::optional<ActivityReport> activityReportFromJson(const QJsonObject &json, QString *error)
{
    Reader read;
    ActivityReport report;
    const QString kind = read.text(json, "kind");
    read.ok &= kind == QLatin1String("team") || kind == QLatin1String("overview");
    report.kind = kind == QLatin1String("team") ? ActivityReport::Kind::Team : ActivityReport::Kind::Overview;
    report.company = read.text(json, "company");
    report.from = read.date(json, "from");
    report.to = read.date(json, "to");
    report.timeZone = read.text(json, "timeZone");
    const auto generatedAt = timeWithOffsetFromText(json.value(QLatin1String("generatedAt")).toString());
    read.ok &= generatedAt.has_value();
    report.generatedAt = generatedAt.value_or(QDateTime());
    report.teamId = read.optionalId(json, "teamId");
    report.teamName = read.text(json, "teamName");
    const QJsonValue sharedQueue = json.value(QLatin1String("sharedQueue"));
    read.ok &= sharedQueue.isBool();
    report.sharedQueue = sharedQueue.toBool();
    report.totals = read.totals(read.object(json, "totals"));
    report.days = read.list<DailyActivity>(json, "days", [&](const QJsonObject &item) {
        return DailyActivity{read.date(item, "day"), read.count(item, "received"), read.count(item, "answered"),
                             read.count(item, "closed"), read.count(item, "reopened")};
    });
    report.topics = read.list<TopicActivity>(json, "topics", [&](const QJsonObject &item) {
        return TopicActivity{read.id(item, "id"), read.text(item, "title"), read.optionalId(item, "teamId"),
                             read.count(item, "targetMinutes"), read.totals(read.object(item, "totals"))};
    });
    report.teams = read.list<TeamActivity>(json, "teams", [&](const QJsonObject &item) {
        return TeamActivity{read.optionalId(item, "id"), read.text(item, "name"), read.totals(read.object(item, "totals"))};
    });
    report.backlog = read.list<BacklogBand>(json, "backlog", [&](const QJsonObject &item) {
        const auto age = backlogAgeFromKey(item.value(QLatin1String("age")).toString());
        read.ok &= age.has_value();
        return BacklogBand{age.value_or(BacklogBand::Age::UnderOneDay), read.count(item, "count")};
    });
    report.advisors = read.list<AdvisorActivity>(json, "advisors", [&](const QJsonObject &item) { return read.advisor(item); });
    const QJsonValue me = json.value(QLatin1String("me"));
    read.ok &= me.isNull() || me.isObject();
    if (me.isObject())
        report.me = read.advisor(me.toObject());
    if (read.ok && isComplete(report))
        return report;
    if (error)
        *error = QStringLiteral("the report has a missing or malformed field");
    return std::nullopt;
}

std::optional<ActivityReport> decodeActivityReport(const QByteArray &document, QString *error)
{
    const auto json = parseObject(document, error);
    return json ? activityReportFromJson(*json, error) : std::nullopt;
}

} // namespace confidant::wire
