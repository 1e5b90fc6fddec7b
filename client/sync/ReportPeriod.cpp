#include "ReportPeriod.h"

namespace confidant::client {

QDate ReportPeriod::today(const Clock &clock, const QTimeZone &zone)
{
    return clock.now().toTimeZone(zone).date();
}

// Calendar days, not 24-hour steps: a month across a daylight-saving change still has its 30 days.
ReportPeriod ReportPeriod::preset(Preset preset, const Clock &clock, const QTimeZone &zone)
{
    const QDate end = today(clock, zone);
    switch (preset) {
    case Preset::Today:
        return {end, end};
    case Preset::Last7Days:
        return {end.addDays(-6), end};
    case Preset::Last30Days:
    case Preset::Custom:
        break;
    }
    return {end.addDays(-29), end};
}

std::variant<ReportPeriod, QString> ReportPeriod::custom(const QDate &from, const QDate &to, const Clock &clock, const QTimeZone &zone)
{
    if (!from.isValid() || !to.isValid())
        return tr("Choose the first and the last day of the period.");
    if (to < from)
        return tr("The last day of the period must not be before the first.");
    if (to > today(clock, zone))
        return tr("The period must not end in the future.");
    const ReportPeriod period{from, to};
    if (period.days() > maxDays)
        return tr("A report covers at most %1 days. Choose a shorter period.").arg(maxDays);
    return period;
}

} // namespace confidant::client
