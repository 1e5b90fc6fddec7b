#include "wire/CalendarWire.h"

#include "wire/JsonReader.h"

#include <QJsonArray>
#include <QTimeZone>

namespace confidant::wire {
namespace {

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

QTimeZone readTimeZone(JsonReader &r)
{
    const QByteArray id = r.string("timeZone").toUtf8();
    // QTimeZone also makes zones of "" (the system's own), of paths below the zoneinfo directory and of POSIX TZ
    // rules; only a listed IANA id names the same zone on every machine.
    if (r.ok() && !QTimeZone::isTimeZoneIdAvailable(id))
        r.fail("timeZone", "a known IANA time zone id");
    return r.ok() ? QTimeZone(id) : QTimeZone::utc();
}

void readWorkingHours(JsonReader &r, WorkingCalendar *calendar)
{
    const QJsonObject hours = r.object("hours");
    for (const WeekdayKey &weekday : weekdayKeys) {
        if (r.ok() && !readDayHours(hours.value(QLatin1String(weekday.key)), weekday.day, calendar))
            r.fail(weekday.field, "null or [\"HH:mm\", \"HH:mm\"] with the start before the end");
    }
}

QList<QDate> readHolidays(JsonReader &r)
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

} // namespace

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
    JsonReader r(json);
    WorkingCalendar calendar(readTimeZone(r));
    readWorkingHours(r, &calendar);
    calendar.setHolidays(readHolidays(r));
    return r.result(calendar, error);
}

} // namespace confidant::wire
