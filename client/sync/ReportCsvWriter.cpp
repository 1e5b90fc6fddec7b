#include "ReportCsvWriter.h"

#include "ReportCsvColumns.h"
#include "wire/ReportWire.h"

namespace confidant::client {
namespace {

QString number(qint64 value)
{
    return QString::number(value);
}

QString optionalNumber(const std::optional<qint64> &value)
{
    return value ? number(*value) : QString();
}

QStringList durationFields(const DurationFigures &figures)
{
    return {number(figures.count), optionalNumber(figures.medianSeconds), optionalNumber(figures.p90Seconds), number(figures.withinTarget)};
}

QStringList totalsFields(const ActivityTotals &totals)
{
    QStringList fields;
    for (const csv::CountColumn &column : csv::totalsCounts)
        fields << number(totals.*column.member);
    return fields + durationFields(totals.firstResponse) + durationFields(totals.timeToClose);
}

QStringList advisorFields(const AdvisorActivity &advisor)
{
    QStringList fields{number(advisor.advisorId), advisor.name};
    for (const csv::AdvisorCountColumn &column : csv::advisorCounts)
        fields << number(advisor.*column.member);
    return fields + durationFields(advisor.firstResponse);
}

// Collects the sections' rows, each section its header row first.
class Sections {
public:
    // Spreadsheets (Excel above all) read a CSV as the system's 8-bit code page unless it starts with a BOM.
    void startWithByteOrderMark() { m_csv = "\xEF\xBB\xBF"; m_started = false; }
    void begin(const QString &name, const QStringList &columns)
    {
        if (std::exchange(m_started, true))
            m_csv += "\r\n"; // a blank line between sections, for a person reading the file
        m_name = name;
        m_csv += ReportCsvWriter::row(QStringList{csv::headerMark} + columns);
    }
    void add(const QStringList &fields) { m_csv += ReportCsvWriter::row(QStringList{m_name} + fields); }
    QByteArray csv() const { return m_csv; }

private:
    QString m_name;
    QByteArray m_csv;
    bool m_started = false;
};

void writeHeading(Sections &out, const ActivityReport &report)
{
    out.begin(QStringLiteral("report"), csv::reportColumns());
    out.add({report.kind == ActivityReport::Kind::Team ? QStringLiteral("team") : QStringLiteral("overview"), report.company,
             wire::dateText(report.from), wire::dateText(report.to), report.timeZone,
             report.generatedAt.toUTC().toString(Qt::ISODateWithMs), optionalNumber(report.teamId),
             report.sharedQueue ? QStringLiteral("true") : QStringLiteral("false"), report.teamName});
    out.begin(QStringLiteral("totals"), csv::totalsColumns());
    out.add(totalsFields(report.totals));
}

void writeGroups(Sections &out, const ActivityReport &report)
{
    out.begin(QStringLiteral("day"), csv::dayColumns());
    for (const DailyActivity &day : report.days)
        out.add({wire::dateText(day.day), number(day.received), number(day.answered), number(day.closed), number(day.reopened)});
    out.begin(QStringLiteral("topic"), csv::topicColumns());
    for (const TopicActivity &topic : report.topics)
        out.add(QStringList{number(topic.topicId), topic.title, optionalNumber(topic.teamId), number(topic.targetMinutes)} + totalsFields(topic.totals));
    out.begin(QStringLiteral("team"), csv::teamColumns());
    for (const TeamActivity &team : report.teams)
        out.add(QStringList{optionalNumber(team.teamId), team.name} + totalsFields(team.totals));
    out.begin(QStringLiteral("backlog"), csv::backlogColumns());
    for (const BacklogBand &band : report.backlog)
        out.add({wire::backlogAgeKey(band.age), number(band.count)});
}

} // namespace

QByteArray ReportCsvWriter::row(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields) {
        const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
            || field.contains(QLatin1Char('\r'));
        quoted << (needsQuotes ? QLatin1Char('"') + QString(field).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"') : field);
    }
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray ReportCsvWriter::write(const ActivityReport &report)
{
    Sections out;
    out.startWithByteOrderMark();
    writeHeading(out, report);
    writeGroups(out, report);
    out.begin(QStringLiteral("advisor"), csv::advisorColumns());
    for (const AdvisorActivity &advisor : report.advisors)
        out.add(advisorFields(advisor));
    out.begin(QStringLiteral("me"), csv::advisorColumns());
    if (report.me)
        out.add(advisorFields(*report.me));
    return out.csv();
}

} // namespace confidant::client
