#include "ReportCsvReader.h"

#include "ReportCsvColumns.h"
#include "wire/ReportWire.h"

#include <QHash>

namespace confidant::client {
namespace {

using Record = QHash<QString, QString>;

// Reads the fields of one record; records whether any was missing or malformed, to judge once at the end.
class Fields {
public:
    explicit Fields(const Record &record) : m_record(record) {}
    bool ok = true;

    QString text(const QString &key)
    {
        ok &= m_record.contains(key);
        return m_record.value(key);
    }
    qint64 number(const QString &key)
    {
        bool parsed = false;
        const qint64 value = text(key).toLongLong(&parsed);
        ok &= parsed;
        return value;
    }
    int count(const QString &key) { return int(number(key)); }
    std::optional<qint64> optionalNumber(const QString &key)
    {
        if (text(key).isEmpty())
            return std::nullopt;
        return number(key);
    }
    QDate date(const QString &key)
    {
        const auto date = wire::dateFromText(text(key));
        ok &= date.has_value();
        return date.value_or(QDate());
    }
    DurationFigures duration(const QString &prefix)
    {
        const QStringList keys = csv::durationColumns(prefix);
        return {count(keys[0]), optionalNumber(keys[1]), optionalNumber(keys[2]), count(keys[3])};
    }
    ActivityTotals totals()
    {
        ActivityTotals totals;
        for (const csv::CountColumn &column : csv::totalsCounts)
            totals.*column.member = count(QLatin1String(column.name));
        totals.firstResponse = duration(QStringLiteral("firstResponse"));
        totals.timeToClose = duration(QStringLiteral("timeToClose"));
        return totals;
    }
    AdvisorActivity advisor()
    {
        AdvisorActivity advisor;
        advisor.advisorId = number(QStringLiteral("advisorId"));
        advisor.name = text(QStringLiteral("name"));
        for (const csv::AdvisorCountColumn &column : csv::advisorCounts)
            advisor.*column.member = count(QLatin1String(column.name));
        advisor.firstResponse = duration(QStringLiteral("firstResponse"));
        return advisor;
    }

private:
    const Record &m_record;
};

// The rows of each section as column name → field, or an error naming the line.
std::optional<QHash<QString, QList<Record>>> sectionsOf(const QList<QStringList> &rows, QString *error)
{
    QHash<QString, QList<Record>> sections;
    QStringList columns;
    for (qsizetype line = 0; line < rows.size(); ++line) {
        const QStringList &row = rows.at(line);
        if (row.size() == 1 && row.first().isEmpty())
            continue; // the blank line between sections
        if (row.first() == csv::headerMark) {
            columns = row;
            continue;
        }
        if (columns.isEmpty() || row.size() != columns.size()) {
            *error = ReportCsvReader::tr("Row %1 does not fit its section's columns.").arg(line + 1);
            return std::nullopt;
        }
        Record record;
        for (qsizetype i = 1; i < row.size(); ++i)
            record.insert(columns.at(i), row.at(i));
        sections[row.first()].append(record);
    }
    return sections;
}

bool readHeading(const QHash<QString, QList<Record>> &sections, ActivityReport *report)
{
    const QList<Record> heading = sections.value(QStringLiteral("report"));
    const QList<Record> totals = sections.value(QStringLiteral("totals"));
    if (heading.size() != 1 || totals.size() != 1)
        return false;
    Fields fields(heading.first());
    const QString kind = fields.text(QStringLiteral("kind"));
    report->kind = kind == QStringLiteral("team") ? ActivityReport::Kind::Team : ActivityReport::Kind::Overview;
    report->company = fields.text(QStringLiteral("company"));
    report->from = fields.date(QStringLiteral("from"));
    report->to = fields.date(QStringLiteral("to"));
    report->timeZone = fields.text(QStringLiteral("timeZone"));
    report->generatedAt = QDateTime::fromString(fields.text(QStringLiteral("generatedAt")), Qt::ISODate).toUTC();
    report->teamId = fields.optionalNumber(QStringLiteral("teamId"));
    const QString shared = fields.text(QStringLiteral("sharedQueue"));
    report->sharedQueue = shared == QStringLiteral("true");
    report->teamName = fields.text(QStringLiteral("teamName"));
    Fields totalFields(totals.first());
    report->totals = totalFields.totals();
    const bool known = (kind == QStringLiteral("team") || kind == QStringLiteral("overview"))
        && (shared == QStringLiteral("true") || shared == QStringLiteral("false"));
    return fields.ok && totalFields.ok && known && report->generatedAt.isValid();
}

bool readGroups(const QHash<QString, QList<Record>> &sections, ActivityReport *report)
{
    bool ok = true;
    for (const Record &record : sections.value(QStringLiteral("day"))) {
        Fields fields(record);
        report->days.append({fields.date(QStringLiteral("day")), fields.count(QStringLiteral("received")), fields.count(QStringLiteral("answered")),
                             fields.count(QStringLiteral("closed")), fields.count(QStringLiteral("reopened"))});
        ok &= fields.ok;
    }
    for (const Record &record : sections.value(QStringLiteral("topic"))) {
        Fields fields(record);
        report->topics.append({fields.number(QStringLiteral("topicId")), fields.text(QStringLiteral("title")),
                               fields.optionalNumber(QStringLiteral("teamId")), fields.count(QStringLiteral("targetMinutes")), fields.totals()});
        ok &= fields.ok;
    }
    for (const Record &record : sections.value(QStringLiteral("team"))) {
        Fields fields(record);
        report->teams.append({fields.optionalNumber(QStringLiteral("teamId")), fields.text(QStringLiteral("name")), fields.totals()});
        ok &= fields.ok;
    }
    for (const Record &record : sections.value(QStringLiteral("backlog"))) {
        Fields fields(record);
        const auto age = wire::backlogAgeFromKey(fields.text(QStringLiteral("age")));
        report->backlog.append({age.value_or(BacklogBand::Age::UnderOneDay), fields.count(QStringLiteral("count"))});
        ok &= fields.ok && age.has_value();
    }
    return ok;
}

bool readAdvisors(const QHash<QString, QList<Record>> &sections, ActivityReport *report)
{
    bool ok = true;
    for (const Record &record : sections.value(QStringLiteral("advisor"))) {
        Fields fields(record);
        report->advisors.append(fields.advisor());
        ok &= fields.ok;
    }
    const QList<Record> me = sections.value(QStringLiteral("me"));
    if (!me.isEmpty()) {
        Fields fields(me.first());
        report->me = fields.advisor();
        ok &= fields.ok && me.size() == 1;
    }
    return ok;
}

} // namespace

std::optional<QList<QStringList>> ReportCsvReader::parse(const QByteArray &csv, QString *error)
{
    const QString text = QString::fromUtf8(csv.startsWith("\xEF\xBB\xBF") ? csv.mid(3) : csv);
    const auto next = [&text](qsizetype i) { return i + 1 < text.size() ? text.at(i + 1) : QChar(); };
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool afterQuote = false; // a quoted field ended: only a separator may follow
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && next(i) == QLatin1Char('"'))
                field += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false, afterQuote = true;
            else
                field += c;
        } else if (c == QLatin1Char(',') || c == QLatin1Char('\n')) {
            row << std::exchange(field, {});
            afterQuote = false;
            if (c == QLatin1Char('\n'))
                rows << std::exchange(row, {});
        } else if (c == QLatin1Char('\r') && next(i) == QLatin1Char('\n')) {
            continue;
        } else if (c == QLatin1Char('"') && field.isEmpty() && !afterQuote) {
            quoted = true;
        } else if (afterQuote || c == QLatin1Char('"')) {
            if (error)
                *error = tr("Row %1 has a quote in the wrong place.").arg(rows.size() + 1);
            return std::nullopt;
        } else {
            field += c;
        }
    }
    if (quoted) {
        if (error)
            *error = tr("Row %1 has a quote that never ends.").arg(rows.size() + 1);
        return std::nullopt;
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

std::optional<ActivityReport> ReportCsvReader::read(const QByteArray &csv, QString *error)
{
    QString why;
    const auto rows = parse(csv, &why);
    const auto sections = rows ? sectionsOf(*rows, &why) : std::nullopt;
    ActivityReport report;
    if (sections && !(readHeading(*sections, &report) && readGroups(*sections, &report) && readAdvisors(*sections, &report)))
        why = tr("The file has a missing or malformed figure.");
    // The wire decoder's checks (every day of the period, every backlog band, no impossible figures) apply to a
    // report from a file as much as to one from the server.
    const auto checked = why.isEmpty() ? wire::activityReportFromJson(wire::toJson(report), &why) : std::nullopt;
    if (!checked && error)
        *error = why.isEmpty() ? tr("The file is not a Confidant report.") : why;
    return checked;
}

} // namespace confidant::client
