#include "wire/WireTime.h"

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

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(formatUtcTime(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeJson(const std::optional<QDateTime> &time)
{
    return time ? timeJson(*time) : QJsonValue(QJsonValue::Null);
}

std::optional<QDateTime> timeWithOffsetFromText(const QString &text)
{
    const QDateTime time = parseUtcTime(text);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return time.toUTC();
}

} // namespace confidant::wire
