#include "ReportFormat.h"

#include <QLocale>
#include <QTimeZone>

namespace confidant::client {

QString ReportFormat::none()
{
    return QStringLiteral("\u2014");
}

QString ReportFormat::duration(const std::optional<qint64> &seconds)
{
    if (!seconds)
        return none();
    // Rounded to the minute: seconds of working time say nothing to a person reading a report.
    const qint64 minutes = (*seconds + 30) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString ReportFormat::withinTarget(const DurationFigures &figures)
{
    if (figures.count == 0)
        return none();
    return tr("%1 of %2").arg(figures.withinTarget).arg(figures.count);
}

double ReportFormat::hours(const std::optional<qint64> &seconds)
{
    return seconds ? double(*seconds) / 3600.0 : 0.0;
}

QString ReportFormat::day(const QDate &day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString ReportFormat::period(const QDate &from, const QDate &to)
{
    if (from == to)
        return day(from);
    return tr("%1 to %2").arg(day(from), day(to));
}

QString ReportFormat::teamName(const std::optional<qint64> &teamId, const QString &name)
{
    return teamId ? name : tr("Shared queue");
}

QString ReportFormat::backlogBand(BacklogBand::Age age)
{
    switch (age) {
    case BacklogBand::Age::UnderOneDay:
        return tr("0–1 days");
    case BacklogBand::Age::OneToThreeDays:
        return tr("1–3 days");
    case BacklogBand::Age::ThreeToSevenDays:
        return tr("3–7 days");
    case BacklogBand::Age::SevenToFourteenDays:
        return tr("7–14 days");
    case BacklogBand::Age::OverFourteenDays:
        break;
    }
    return tr("14+ days");
}

QString ReportFormat::scope(const ActivityReport &report)
{
    if (report.kind == ActivityReport::Kind::Team)
        return tr("Team report: %1").arg(report.teamName);
    if (report.teamId)
        return tr("Overview: team %1").arg(report.teamName);
    return report.sharedQueue ? tr("Overview: shared queue") : tr("Overview: whole company");
}

QString ReportFormat::generatedAt(const ActivityReport &report)
{
    const QTimeZone zone(report.timeZone.toUtf8());
    const QDateTime local = zone.isValid() ? report.generatedAt.toTimeZone(zone) : report.generatedAt;
    return QLocale().toString(local, QLocale::ShortFormat);
}

} // namespace confidant::client
