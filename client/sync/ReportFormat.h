#pragma once

#include "domain/ActivityReport.h"

#include <QCoreApplication>
#include <optional>

namespace confidant::client {

// How a report's figures read to a person, the same in the window, the tables and the PDF. (The CSV keeps the raw
// numbers, for spreadsheets.)
class ReportFormat {
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)
public:
    // Working time as hours and minutes ("2 h 05 min", "40 min"); "—" when nothing was measured.
    static QString duration(const std::optional<qint64> &seconds);
    static QString none();
    // "3 of 4" answered within the target; "—" when nothing was measured.
    static QString withinTarget(const DurationFigures &figures);
    // Working hours, for the charts' axes.
    static double hours(const std::optional<qint64> &seconds);
    static QString day(const QDate &day);
    static QString period(const QDate &from, const QDate &to);
    // The shared queue has no name on the wire: each client names it in its language.
    static QString teamName(const std::optional<qint64> &teamId, const QString &name);
    static QString backlogBand(BacklogBand::Age age);
    // What the report covers: "Overview: whole company", "Overview: team …", "Overview: shared queue", "Team report: …".
    static QString scope(const ActivityReport &report);
    static QString generatedAt(const ActivityReport &report);
};

} // namespace confidant::client
