#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace confidant {

// How quickly something happened, in seconds of the company's working time (WorkingCalendar), over the
// inquiries it was measured on. Median and 90th percentile are nullopt when nothing was measured.
struct DurationFigures {
    int count = 0;
    std::optional<qint64> medianSeconds;
    std::optional<qint64> p90Seconds;
    int withinTarget = 0; // of `count`, those that took no longer than their topic's response target (equal counts)

    friend bool operator==(const DurationFigures &, const DurationFigures &) = default;
};

// What happened on one day of the period (a calendar day in the company's time zone; 23 or 25 hours long on the
// days the clocks change). Every day of the period has one, also when nothing happened.
struct DailyActivity {
    QDate day;
    int received = 0; // inquiries written that day
    int answered = 0; // inquiries that got at least one advisor message that day
    int closed = 0;   // closings that day (an inquiry closed, reopened and closed again counts twice)
    int reopened = 0; // reopenings that day

    friend bool operator==(const DailyActivity &, const DailyActivity &) = default;
};

// The period's totals of one group: a topic, a team or the whole report. `received`, `answered`, `closed` and
// `reopened` are the sums of the daily counts, so every view of a report adds up to the same numbers.
// firstResponse: inquiries whose first advisor message fell in the period, from when they were written.
// timeToClose: closings in the period, from when the inquiry was written to that closing.
struct ActivityTotals {
    int received = 0;
    int answered = 0;
    int closed = 0;
    int reopened = 0;
    int transfers = 0;   // transfers in the period that moved an inquiry of the group, into or out of it
    int openNow = 0;     // not closed when the report was made
    int overdueNow = 0;  // of those, waiting for an advisor longer than the topic's response target
    DurationFigures firstResponse;
    DurationFigures timeToClose;

    friend bool operator==(const ActivityTotals &, const ActivityTotals &) = default;
};

struct TopicActivity {
    qint64 topicId = 0;
    QString title;             // in the company's default language, as the topic table has it
    std::optional<qint64> teamId; // none: the shared queue
    int targetMinutes = 0;     // the response target in working minutes
    ActivityTotals totals;

    friend bool operator==(const TopicActivity &, const TopicActivity &) = default;
};

struct TeamActivity {
    std::optional<qint64> teamId; // none: the shared queue
    QString name;                 // empty for the shared queue: each client names it in its language
    ActivityTotals totals;

    friend bool operator==(const TeamActivity &, const TeamActivity &) = default;
};

// One advisor's work in the period. `answered` counts inquiries answered per day, as DailyActivity does;
// `messages` every message the advisor sent; `closed` the advisor's closings; firstResponse the inquiries whose
// first answer was theirs.
struct AdvisorActivity {
    qint64 advisorId = 0;
    QString name;
    int answered = 0;
    int messages = 0;
    int closed = 0;
    int transfersIn = 0;
    int transfersOut = 0;
    int openNow = 0;          // owned and not closed when the report was made
    int overdueNow = 0;
    int assignedCustomers = 0; // customers whose fixed advisor they are
    DurationFigures firstResponse;

    friend bool operator==(const AdvisorActivity &, const AdvisorActivity &) = default;
};

// Open inquiries by how long ago they were written, when the report was made.
struct BacklogBand {
    enum class Age { UnderOneDay, OneToThreeDays, ThreeToSevenDays, SevenToFourteenDays, OverFourteenDays };
    Age age = Age::UnderOneDay;
    int count = 0;

    friend bool operator==(const BacklogBand &, const BacklogBand &) = default;
};

// What the server reports about a period (docs/protocol.md, "Reports"). One document feeds the charts, the
// tables, the PDF and the CSV, so they cannot disagree.
//
// An overview (GET /api/v1/statistics) is for every advisor: the whole company or one team, by day, topic and
// team, and the asking advisor's own work. A team report (GET /api/v1/reports/team) is for the team's lead only and
// adds each advisor's work, transfers, reopenings and overdue counts.
struct ActivityReport {
    enum class Kind { Overview, Team };
    Kind kind = Kind::Overview;
    QString company;          // the organisation of the company CA, for the PDF's heading
    QDate from;               // first day of the period
    QDate to;                 // last day of the period, inclusive
    QString timeZone;         // the IANA id of the company's time zone, in which the days are counted
    QDateTime generatedAt;    // UTC; open and overdue counts are as of this moment
    std::optional<qint64> teamId; // the team the report is limited to; none: the whole company or the shared queue
    bool sharedQueue = false;     // an overview limited to the inquiries of topics no team handles (teamId is none)
    QString teamName;
    ActivityTotals totals;
    QList<DailyActivity> days;
    QList<TopicActivity> topics;
    QList<TeamActivity> teams;
    QList<BacklogBand> backlog;      // every band, in order, also empty ones
    QList<AdvisorActivity> advisors; // team reports only: every advisor of the team, by name
    std::optional<AdvisorActivity> me; // overviews: the asking advisor's own work

    friend bool operator==(const ActivityReport &, const ActivityReport &) = default;
};

} // namespace confidant
