#pragma once

#include "domain/ActivityReport.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QVariantList>

namespace confidant {
class WorkingCalendar;
}

namespace confidant::server {

class Database;
class ReportAssembler;

// Which inquiries a report counts: those of the whole company, of one team (team_id is the team now), or of the
// shared queue (team_id is none).
struct ReportScope {
    enum class Kind { Company, Team, SharedQueue };
    Kind kind = Kind::Company;
    qint64 teamId = 0; // Kind::Team

    static ReportScope company() { return {}; }
    static ReportScope team(qint64 id) { return {Kind::Team, id}; }
    static ReportScope sharedQueue() { return {Kind::SharedQueue, 0}; }

    friend bool operator==(const ReportScope &, const ReportScope &) = default;
};

struct ReportRequest {
    ActivityReport::Kind kind = ActivityReport::Kind::Overview;
    QDate from;
    QDate to; // inclusive
    ReportScope scope;
    qint64 advisorId = 0; // an overview's `me`
    QString company;
    QDateTime now; // generatedAt: open and overdue counts are as of this moment
};

// Builds reports (docs/protocol.md, "Reports") in SQL from metadata: a handful of grouped statements in one
// REPEATABLE READ READ ONLY transaction, so every figure comes from the same snapshot and a replica can answer.
// Working time is counted in SQL from the calendar's working intervals (confidant_working_ms, migration 0015);
// days are the company's calendar days, counted in its time zone.
//
// A team report counts the inquiries that are in the team now: one transferred to another team during the period
// counts there with everything it went through, also what happened before the transfer. Transfers themselves count
// for both teams: for each team they moved an inquiry into, out of or within (from_team_id or to_team_id). An
// advisor's own work (`me`, `advisors`) is all of it, in any team.
class ReportStore {
public:
    explicit ReportStore(Database &database);

    // Invalid when the scope names a team that does not exist, or the period ends after today in the company's zone.
    Result<ActivityReport> build(const ReportRequest &request) const;

    static ServiceError teamNotFound();
    static ServiceError periodInTheFuture();

private:
    // The working intervals as SQL arrays (text, cast to bigint[] in the statements): starts, ends, working time before.
    struct CalendarArrays {
        QString starts;
        QString ends;
        QString before;
        QVariantList values() const { return {starts, ends, before}; }
    };
    struct Period {
        QDateTime start; // UTC, midnight of the first day in the company's zone
        QDateTime end;   // UTC, midnight after the last day
        QString zone;
    };

    std::optional<ActivityReport> buildInTransaction(const ReportRequest &request, ServiceError *error) const;
    std::optional<ReportAssembler> startReport(const ReportRequest &request, const Period &period, ServiceError *error) const;
    std::optional<CalendarArrays> calendarArrays(const WorkingCalendar &calendar, const Period &period, const QDateTime &now) const;
    bool readCounts(ReportAssembler &report, const ReportRequest &request, const Period &period) const;
    bool readTransfers(ReportAssembler &report, const ReportRequest &request, const Period &period) const;
    bool readDurations(ReportAssembler &report, const ReportRequest &request, const Period &period, const CalendarArrays &calendar) const;
    bool readOpen(ReportAssembler &report, const ReportRequest &request, const CalendarArrays &calendar) const;
    bool readAdvisors(ReportAssembler &report, const ReportRequest &request, const Period &period, const CalendarArrays &calendar) const;

    Database &m_database;
};

} // namespace confidant::server
