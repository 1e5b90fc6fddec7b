#pragma once

#include "domain/ActivityReport.h"

#include <QStringList>
#include <iterator>

// The CSV's sections and columns, read by the writer and the reader alike so the two cannot drift apart
// (ReportCsvWriter.h describes the layout).
namespace confidant::client::csv {

inline const QString headerMark = QStringLiteral("section");

struct CountColumn {
    const char *name;
    int ActivityTotals::*member;
};
inline constexpr CountColumn totalsCounts[] = {
    {"received", &ActivityTotals::received}, {"answered", &ActivityTotals::answered}, {"closed", &ActivityTotals::closed},
    {"reopened", &ActivityTotals::reopened}, {"transfers", &ActivityTotals::transfers}, {"openNow", &ActivityTotals::openNow},
    {"overdueNow", &ActivityTotals::overdueNow},
};

struct AdvisorCountColumn {
    const char *name;
    int AdvisorActivity::*member;
};
inline constexpr AdvisorCountColumn advisorCounts[] = {
    {"answered", &AdvisorActivity::answered}, {"messages", &AdvisorActivity::messages}, {"closed", &AdvisorActivity::closed},
    {"transfersIn", &AdvisorActivity::transfersIn}, {"transfersOut", &AdvisorActivity::transfersOut},
    {"openNow", &AdvisorActivity::openNow}, {"overdueNow", &AdvisorActivity::overdueNow},
    {"assignedCustomers", &AdvisorActivity::assignedCustomers},
};

// A DurationFigures becomes four columns named after the kind: firstResponseCount, …MedianSeconds, …P90Seconds,
// …WithinTarget (an empty field: nothing measured).
inline QStringList durationColumns(const QString &prefix)
{
    return {prefix + QStringLiteral("Count"), prefix + QStringLiteral("MedianSeconds"), prefix + QStringLiteral("P90Seconds"),
            prefix + QStringLiteral("WithinTarget")};
}

inline QStringList totalsColumns()
{
    QStringList columns;
    for (const CountColumn &column : totalsCounts)
        columns << QLatin1String(column.name);
    return columns + durationColumns(QStringLiteral("firstResponse")) + durationColumns(QStringLiteral("timeToClose"));
}

inline QStringList advisorColumns()
{
    QStringList columns{QStringLiteral("advisorId"), QStringLiteral("name")};
    for (const AdvisorCountColumn &column : advisorCounts)
        columns << QLatin1String(column.name);
    return columns + durationColumns(QStringLiteral("firstResponse"));
}

inline QStringList reportColumns()
{
    return {QStringLiteral("kind"), QStringLiteral("company"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("timeZone"),
            QStringLiteral("generatedAt"), QStringLiteral("teamId"), QStringLiteral("sharedQueue"), QStringLiteral("teamName")};
}
inline QStringList dayColumns()
{
    return {QStringLiteral("day"), QStringLiteral("received"), QStringLiteral("answered"), QStringLiteral("closed"), QStringLiteral("reopened")};
}
inline QStringList topicColumns()
{
    return QStringList{QStringLiteral("topicId"), QStringLiteral("title"), QStringLiteral("teamId"), QStringLiteral("targetMinutes")} + totalsColumns();
}
inline QStringList teamColumns()
{
    return QStringList{QStringLiteral("teamId"), QStringLiteral("name")} + totalsColumns();
}
inline QStringList backlogColumns()
{
    return {QStringLiteral("age"), QStringLiteral("count")};
}

} // namespace confidant::client::csv
