#pragma once

#include "time/Clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>
#include <variant>

namespace confidant::client {

// The days a report covers, both inclusive, counted in the company's time zone: "today" is the company's today,
// not the workstation's, so an advisor abroad sees the same days as the server counts.
struct ReportPeriod {
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)
public:
    enum class Preset { Today, Last7Days, Last30Days, Custom };
    static constexpr Preset defaultPreset = Preset::Last30Days;
    static constexpr int maxDays = 366; // the server refuses longer periods

    QDate from;
    QDate to;

    int days() const { return int(from.daysTo(to)) + 1; }

    static QDate today(const Clock &clock, const QTimeZone &zone);
    // The preset's days ending today; Custom gives the default period.
    static ReportPeriod preset(Preset preset, const Clock &clock, const QTimeZone &zone);
    // A period the advisor chose, or why it cannot be asked for (the same rules as the server's).
    static std::variant<ReportPeriod, QString> custom(const QDate &from, const QDate &to, const Clock &clock, const QTimeZone &zone);

    friend bool operator==(const ReportPeriod &, const ReportPeriod &) = default;
};

// Which report to ask for: an overview (every advisor) of the company, a team or the shared queue, or a lead's
// team report.
struct ReportScope {
    enum class Kind { Company, Team, SharedQueue, TeamReport };
    Kind kind = Kind::Company;
    qint64 teamId = 0; // Kind::Team only

    friend bool operator==(const ReportScope &, const ReportScope &) = default;
};

} // namespace confidant::client
