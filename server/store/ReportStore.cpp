#include "store/ReportStore.h"

#include "store/CalendarStore.h"
#include "store/Database.h"
#include "store/ReportAssembler.h"
#include "store/StoreLog.h"
#include "time/WorkingCalendar.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace confidant::server {

Q_LOGGING_CATEGORY(lcReports, "confidant.store.reports")

namespace {

using Group = ReportAssembler::Group;

// A condition on the report's inquiries (alias i) or on transfer events (alias e), with the values it binds.
struct Condition {
    QString sql;
    QVariantList values;
};

Condition inquiriesOf(const ReportScope &scope)
{
    switch (scope.kind) {
    case ReportScope::Kind::Company: return {QStringLiteral("true"), {}};
    case ReportScope::Kind::Team: return {QStringLiteral("i.team_id = ?"), {scope.teamId}};
    case ReportScope::Kind::SharedQueue: return {QStringLiteral("i.team_id IS NULL"), {}};
    }
    return {};
}

// A transfer belongs to every team it moved an inquiry out of or into.
Condition transfersOf(const ReportScope &scope)
{
    switch (scope.kind) {
    case ReportScope::Kind::Company: return {QStringLiteral("true"), {}};
    case ReportScope::Kind::Team: return {QStringLiteral("(e.from_team_id = ? OR e.to_team_id = ?)"), {scope.teamId, scope.teamId}};
    case ReportScope::Kind::SharedQueue: return {QStringLiteral("(e.from_team_id IS NULL OR e.to_team_id IS NULL)"), {}};
    }
    return {};
}

// Working milliseconds up to a column's moment, with the calendar arrays of the statement's `cal`.
QString workingMs(const char *column)
{
    return QStringLiteral("confidant_working_ms(%1, cal.s, cal.e, cal.b)").arg(QLatin1String(column));
}

const QString calendarTable = QStringLiteral("cal AS (SELECT ?::bigint[] AS s, ?::bigint[] AS e, ?::bigint[] AS b)");

// Over rows with `ms` (working milliseconds taken) and `target_ms`: count, median and 90th percentile in whole seconds
// (percentile_disc: a value that occurred; for an even count the median is the lower of the middle two), and how
// many took no longer than the target. Read by durationsAt. The rows come from a MATERIALIZED step that computes
// `ms`: otherwise the rows reaching the percentiles' sort carry the calendar arrays along (it spilled 18 MB to disk
// for 1,500 rows).
const QString durationFigures = QStringLiteral(
    "count(*) AS measured, percentile_disc(0.5) WITHIN GROUP (ORDER BY ms / 1000) AS median_s, "
    "percentile_disc(0.9) WITHIN GROUP (ORDER BY ms / 1000) AS p90_s, count(*) FILTER (WHERE ms <= target_ms) AS within_target");

DurationFigures durationsAt(const QSqlQuery &query, int column)
{
    DurationFigures figures;
    figures.count = query.value(column).toInt();
    if (!query.value(column + 1).isNull())
        figures.medianSeconds = query.value(column + 1).toLongLong();
    if (!query.value(column + 2).isNull())
        figures.p90Seconds = query.value(column + 2).toLongLong();
    figures.withinTarget = query.value(column + 3).toInt();
    return figures;
}

// Whether an open inquiry (alias i, topic t) is overdue at the bound moment (confidant_overdue, migration 0015).
const QString overdueNow = QStringLiteral(
    "(i.state = 'awaiting_advisor' AND confidant_overdue(i.waiting_since, ?::timestamptz, t.response_target_minutes * 60000::bigint, "
    "cal.s, cal.e, cal.b))");

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

// The group of a row of GROUPING SETS ((), (topic_id), (team_id), ...): grouping() of the row (at `column`) is `total`
// for the whole report and `byTopic` for a topic's row; any other row with the topic and team columns after it is a
// team's.
struct GroupingOf {
    int column;
    int total;
    int byTopic;

    Group operator()(const QSqlQuery &query) const
    {
        const int grouping = query.value(column).toInt();
        if (grouping == total)
            return Group::total();
        return grouping == byTopic ? Group::topic(query.value(column + 1).toLongLong()) : Group::team(optionalId(query.value(column + 2)));
    }
};

QString sqlArray(const QList<qint64> &values)
{
    QStringList texts;
    texts.reserve(values.size());
    for (qint64 value : values)
        texts.append(QString::number(value));
    return QLatin1Char('{') + texts.join(QLatin1Char(',')) + QLatin1Char('}');
}

bool run(QSqlQuery &query, const QString &sql, const QList<QVariantList> &valueGroups)
{
    QVariantList values;
    for (const QVariantList &group : valueGroups)
        values.append(group);
    return runQuery(query, sql, values);
}

} // namespace

ReportStore::ReportStore(Database &database) : m_database(database) {}

ServiceError ReportStore::teamNotFound()
{
    return {ServiceError::Invalid, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This team does not exist."))};
}

ServiceError ReportStore::periodInTheFuture()
{
    return {ServiceError::Invalid, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "The period must not end in the future."))};
}

Result<ActivityReport> ReportStore::build(const ReportRequest &request) const
{
    QElapsedTimer timer;
    timer.start();
    ServiceError error = unavailable();
    std::optional<ActivityReport> report;
    m_database.inTransaction([&] {
        report = buildInTransaction(request, &error);
        return report.has_value();
    });
    if (!report)
        return error;
    qCDebug(lcReports) << "built a report of" << request.from << "to" << request.to << "in" << timer.elapsed() << "ms";
    return std::move(*report);
}

std::optional<ActivityReport> ReportStore::buildInTransaction(const ReportRequest &request, ServiceError *error) const
{
    // One snapshot for every statement; read only, so the same works on a hot standby and can never write.
    // One core per report, and no JIT: parallel workers would take the cores the write path runs on, and compiling
    // the statements took longer (120 ms at 1M inquiries) than the rows they read. Memory enough to sort and hash a
    // month of a large company's rows without spilling to disk (reports have a pool of their own, one by default).
    QSqlQuery mode(m_database.connection());
    for (const char *setting : {"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", "SET LOCAL max_parallel_workers_per_gather = 0",
                                "SET LOCAL jit = off", "SET LOCAL work_mem = '32MB'"}) {
        if (!runQuery(mode, QString::fromLatin1(setting)))
            return std::nullopt;
    }
    const Result<WorkingCalendar> calendar = CalendarStore(m_database).load();
    if (!calendar)
        return std::nullopt;
    const QTimeZone zone = calendar->timeZone();
    // Today in the company's zone may end in the future, but a day after it could only report zeros.
    if (request.to > request.now.toTimeZone(zone).date()) {
        *error = periodInTheFuture();
        return std::nullopt;
    }
    const Period period{QDateTime(request.from, QTime(0, 0), zone).toUTC(), QDateTime(request.to.addDays(1), QTime(0, 0), zone).toUTC(),
                        QString::fromLatin1(zone.id())};
    std::optional<ReportAssembler> report = startReport(request, period, error);
    const std::optional<CalendarArrays> arrays = report ? calendarArrays(calendar.value(), period, request.now) : std::nullopt;
    if (!arrays || !readCounts(*report, request, period) || !readTransfers(*report, request, period)
        || !readDurations(*report, request, period, *arrays) || !readOpen(*report, request, *arrays)
        || !readAdvisors(*report, request, period, *arrays))
        return std::nullopt;
    return std::move(*report).take();
}

// The heading, and the topics and teams the report lists even when nothing happened in them.
std::optional<ReportAssembler> ReportStore::startReport(const ReportRequest &request, const Period &period, ServiceError *error) const
{
    ActivityReport heading;
    heading.kind = request.kind;
    heading.company = request.company;
    heading.from = request.from;
    heading.to = request.to;
    heading.timeZone = period.zone;
    heading.generatedAt = request.now.toUTC();
    QList<TeamActivity> teams;
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT id, name FROM teams ORDER BY name, id")))
        return std::nullopt;
    while (query.next()) {
        TeamActivity team;
        team.teamId = query.value(0).toLongLong();
        team.name = query.value(1).toString();
        if (request.scope.kind == ReportScope::Kind::Company || team.teamId == request.scope.teamId)
            teams.append(team);
    }
    if (request.scope.kind == ReportScope::Kind::Team) {
        if (teams.isEmpty()) {
            *error = teamNotFound();
            return std::nullopt;
        }
        heading.teamId = request.scope.teamId;
        heading.teamName = teams.first().name;
    } else {
        heading.sharedQueue = request.scope.kind == ReportScope::Kind::SharedQueue;
        teams.append(TeamActivity{}); // the shared queue
    }
    QList<TopicActivity> known, listed;
    if (!runQuery(query, QStringLiteral("SELECT id, title, team_id, response_target_minutes FROM topics ORDER BY id")))
        return std::nullopt;
    while (query.next()) {
        TopicActivity &topic = known.emplace_back();
        topic.topicId = query.value(0).toLongLong();
        topic.title = query.value(1).toString();
        topic.teamId = optionalId(query.value(2));
        topic.targetMinutes = query.value(3).toInt();
        if (request.scope.kind == ReportScope::Kind::Company || known.last().teamId == heading.teamId)
            listed.append(known.last());
    }
    return ReportAssembler(std::move(heading), std::move(listed), std::move(known), std::move(teams));
}

// From the first inquiry (or the period, if earlier) to the later of the period's end and now: every moment a
// statement measures from or to lies within, so differences of confidant_working_ms are working time.
std::optional<ReportStore::CalendarArrays> ReportStore::calendarArrays(const WorkingCalendar &calendar, const Period &period,
                                                                       const QDateTime &now) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT min(created_at) FROM inquiries")) || !query.next())
        return std::nullopt;
    const QDateTime first = query.value(0).isNull() ? period.start : std::min(query.value(0).toDateTime().toUTC(), period.start);
    QList<qint64> starts, ends, before;
    qint64 worked = 0;
    for (const WorkingCalendar::Interval &interval : calendar.workingIntervals(first, std::max(period.end, now.toUTC()))) {
        starts.append(interval.start.toMSecsSinceEpoch());
        ends.append(interval.end.toMSecsSinceEpoch());
        before.append(worked);
        worked += ends.last() - starts.last();
    }
    // A calendar without working time: one empty interval, so every moment has worked 0 and nothing is overdue.
    if (starts.isEmpty())
        starts = ends = before = {0};
    return CalendarArrays{sqlArray(starts), sqlArray(ends), sqlArray(before)};
}

// Received (inquiries written), answered (inquiries with an advisor's message, per day), closed and reopened (events),
// per day, topic and team.
bool ReportStore::readCounts(ReportAssembler &report, const ReportRequest &request, const Period &period) const
{
    static const QString sql = QStringLiteral(
        "WITH facts AS ("
        " SELECT 0 AS what, i.created_at AS at, i.topic_id, i.team_id, i.id AS unit FROM inquiries i "
        "  WHERE i.created_at >= ? AND i.created_at < ? AND %1"
        " UNION ALL SELECT 1, m.created_at, i.topic_id, i.team_id, m.inquiry_id FROM messages m JOIN inquiries i ON i.id = m.inquiry_id "
        "  WHERE m.author = 'advisor' AND m.created_at >= ? AND m.created_at < ? AND %1"
        " UNION ALL SELECT CASE e.kind WHEN 'closed' THEN 2 ELSE 3 END, e.at, i.topic_id, i.team_id, e.id FROM inquiry_events e "
        "  JOIN inquiries i ON i.id = e.inquiry_id WHERE e.kind IN ('closed', 'reopened') AND e.at >= ? AND e.at < ? AND %1) "
        "SELECT what, (at AT TIME ZONE ?)::date, topic_id, team_id, count(DISTINCT unit) FROM facts GROUP BY 1, 2, 3, 4");
    const Condition scope = inquiriesOf(request.scope);
    const QVariantList range{period.start, period.end};
    QSqlQuery query(m_database.connection());
    if (!run(query, sql.arg(scope.sql), {range, scope.values, range, scope.values, range, scope.values, {period.zone}}))
        return false;
    while (query.next()) {
        report.addCount(ReportAssembler::Count(query.value(0).toInt()), query.value(1).toDate(), query.value(2).toLongLong(),
                        optionalId(query.value(3)), query.value(4).toInt());
    }
    return true;
}

bool ReportStore::readTransfers(ReportAssembler &report, const ReportRequest &request, const Period &period) const
{
    static const QString sql = QStringLiteral(
        "WITH moved AS (SELECT e.id, e.from_team_id, e.to_team_id, i.topic_id FROM inquiry_events e JOIN inquiries i ON i.id = e.inquiry_id "
        "  WHERE e.kind = 'transferred' AND e.at >= ? AND e.at < ? AND %1) "
        "SELECT 0, NULL::bigint, count(*) FROM moved "
        "UNION ALL SELECT 1, topic_id, count(*) FROM moved GROUP BY topic_id "
        "UNION ALL SELECT 2, team, count(DISTINCT id) FROM moved CROSS JOIN LATERAL (VALUES (from_team_id), (to_team_id)) t (team) GROUP BY team");
    const Condition scope = transfersOf(request.scope);
    QSqlQuery query(m_database.connection());
    if (!run(query, sql.arg(scope.sql), {{period.start, period.end}, scope.values}))
        return false;
    while (query.next()) {
        const std::optional<qint64> id = optionalId(query.value(1));
        const int kind = query.value(0).toInt();
        report.addTransfers(kind == 0 ? Group::total() : kind == 1 ? Group::topic(id.value_or(0)) : Group::team(id), query.value(2).toInt());
    }
    return true;
}

// First responses in the period (from when the inquiry was written) and closings in the period (from the same).
bool ReportStore::readDurations(ReportAssembler &report, const ReportRequest &request, const Period &period,
                                const CalendarArrays &calendar) const
{
    static const QString sql = QStringLiteral(
        "WITH %1, measured AS MATERIALIZED ("
        " SELECT true AS first, i.topic_id, i.team_id, t.response_target_minutes * 60000::bigint AS target_ms, greatest(0, %3 - %4) AS ms "
        " FROM inquiries i JOIN topics t ON t.id = i.topic_id CROSS JOIN cal WHERE i.first_response_at >= ? AND i.first_response_at < ? AND %2"
        " UNION ALL SELECT false, i.topic_id, i.team_id, t.response_target_minutes * 60000::bigint, greatest(0, %5 - %4) "
        " FROM inquiry_events e JOIN inquiries i ON i.id = e.inquiry_id JOIN topics t ON t.id = i.topic_id CROSS JOIN cal "
        " WHERE e.kind = 'closed' AND e.at >= ? AND e.at < ? AND %2) "
        "SELECT first, grouping(topic_id, team_id), topic_id, team_id, %6 FROM measured "
        "GROUP BY first, GROUPING SETS ((), (topic_id), (team_id))")
        .arg(calendarTable, QStringLiteral("%2"), workingMs("i.first_response_at"), workingMs("i.created_at"), workingMs("e.at"), durationFigures);
    const Condition scope = inquiriesOf(request.scope);
    const QVariantList range{period.start, period.end};
    QSqlQuery query(m_database.connection());
    if (!run(query, sql.arg(scope.sql), {calendar.values(), range, scope.values, range, scope.values}))
        return false;
    const GroupingOf groupOf{1, 3, 1}; // grouping(topic_id, team_id): 3 the total, 1 a topic's row, 2 a team's
    while (query.next())
        report.addDurations(query.value(0).toBool(), groupOf(query), durationsAt(query, 4));
    return true;
}

// Open and overdue as of the report's time, by topic and team, and the open ones by age (real time since written).
bool ReportStore::readOpen(ReportAssembler &report, const ReportRequest &request, const CalendarArrays &calendar) const
{
    static const QString sql = QStringLiteral(
        "WITH %1, open AS (SELECT i.topic_id, i.team_id, %2 AS overdue, "
        "  CASE WHEN age < 86400 THEN 0 WHEN age < 3 * 86400 THEN 1 WHEN age < 7 * 86400 THEN 2 WHEN age < 14 * 86400 THEN 3 ELSE 4 END AS band "
        "  FROM inquiries i JOIN topics t ON t.id = i.topic_id CROSS JOIN cal "
        "  CROSS JOIN LATERAL (SELECT extract(epoch FROM ?::timestamptz) - extract(epoch FROM i.created_at) AS age) a "
        "  WHERE i.state <> 'closed' AND %3) "
        "SELECT grouping(topic_id, team_id, band), topic_id, team_id, band, count(*), count(*) FILTER (WHERE overdue) FROM open "
        "GROUP BY GROUPING SETS ((), (topic_id), (team_id), (band))").arg(calendarTable, overdueNow, QStringLiteral("%1"));
    const Condition scope = inquiriesOf(request.scope);
    const QDateTime now = request.now.toUTC();
    QSqlQuery query(m_database.connection());
    if (!run(query, sql.arg(scope.sql), {calendar.values(), {now, now}, scope.values}))
        return false;
    const GroupingOf groupOf{0, 7, 3}; // grouping(topic_id, team_id, band): 7 the total, 3 a topic's, 5 a team's, 6 an age's
    while (query.next()) {
        if (query.value(0).toInt() == 6)
            report.addBacklog(BacklogBand::Age(query.value(3).toInt()), query.value(4).toInt());
        else
            report.addOpen(groupOf(query), query.value(4).toInt(), query.value(5).toInt());
    }
    return true;
}

// Each advisor's own work, wherever it was: a team report's every member (also those with no work), or the asking
// advisor of an overview. Grouped per advisor in one pass over each table, not one pass per advisor; each event once
// per role it names (an OR of the roles in the join compared every event with every advisor). The owned inquiries'
// overdue flags are MATERIALIZED before grouping, or the sort carries the calendar arrays along (120 MB spilled to
// disk for 20,000 open inquiries).
bool ReportStore::readAdvisors(ReportAssembler &report, const ReportRequest &request, const Period &period,
                               const CalendarArrays &calendar) const
{
    static const QString sql = QStringLiteral(
        "WITH %1, who AS (SELECT id, display_name FROM advisors WHERE team_id = ? OR id = ?), "
        "sent AS (SELECT m.advisor_id AS id, count(*) AS messages, count(DISTINCT (m.inquiry_id, (m.created_at AT TIME ZONE ?)::date)) AS answered "
        "  FROM messages m WHERE m.author = 'advisor' AND m.advisor_id IN (SELECT id FROM who) AND m.created_at >= ? AND m.created_at < ? "
        "  GROUP BY 1), "
        "moves AS (SELECT r.id, count(*) FILTER (WHERE e.kind = 'closed' AND r.role = 0) AS closed, "
        "  count(*) FILTER (WHERE e.kind = 'transferred' AND r.role = 2) AS transfers_in, "
        "  count(*) FILTER (WHERE e.kind = 'transferred' AND r.role = 1) AS transfers_out "
        "  FROM inquiry_events e CROSS JOIN LATERAL (VALUES (0, e.actor_advisor_id), (1, e.from_advisor_id), (2, e.to_advisor_id)) r (role, id) "
        "  WHERE e.kind IN ('closed', 'transferred') AND e.at >= ? AND e.at < ? AND r.id IN (SELECT id FROM who) GROUP BY 1), "
        "owning AS MATERIALIZED (SELECT i.assigned_advisor_id AS id, %2 AS overdue "
        "  FROM inquiries i JOIN topics t ON t.id = i.topic_id CROSS JOIN cal "
        "  WHERE i.assigned_advisor_id IN (SELECT id FROM who) AND i.state <> 'closed'), "
        "owned AS (SELECT id, count(*) AS open, count(*) FILTER (WHERE overdue) AS overdue FROM owning GROUP BY 1), "
        "fixed AS (SELECT fixed_advisor_id AS id, count(*) AS customers FROM customers WHERE fixed_advisor_id IN (SELECT id FROM who) GROUP BY 1), "
        "measured AS MATERIALIZED (SELECT i.first_response_advisor_id AS id, t.response_target_minutes * 60000::bigint AS target_ms, greatest(0, %3 - %4) AS ms "
        "  FROM inquiries i JOIN topics t ON t.id = i.topic_id CROSS JOIN cal WHERE i.first_response_advisor_id IN (SELECT id FROM who) "
        "  AND i.first_response_at >= ? AND i.first_response_at < ?), "
        "first AS (SELECT id, %5 FROM measured GROUP BY id) "
        "SELECT w.id, w.display_name, coalesce(sent.answered, 0), coalesce(sent.messages, 0), coalesce(moves.closed, 0), "
        "  coalesce(moves.transfers_in, 0), coalesce(moves.transfers_out, 0), coalesce(owned.open, 0), coalesce(owned.overdue, 0), "
        "  coalesce(fixed.customers, 0), coalesce(first.measured, 0), first.median_s, first.p90_s, coalesce(first.within_target, 0) "
        "FROM who w LEFT JOIN sent USING (id) LEFT JOIN moves USING (id) LEFT JOIN owned USING (id) LEFT JOIN fixed USING (id) "
        "  LEFT JOIN first USING (id) ORDER BY w.display_name, w.id")
        .arg(calendarTable, overdueNow, workingMs("i.first_response_at"), workingMs("i.created_at"), durationFigures);
    const bool team = request.kind == ActivityReport::Kind::Team;
    const QVariant none(QMetaType::fromType<qint64>());
    const QVariantList range{period.start, period.end};
    QSqlQuery query(m_database.connection());
    if (!run(query, sql, {calendar.values(), {team ? QVariant(request.scope.teamId) : none, team ? none : QVariant(request.advisorId), period.zone},
                          range, range, {request.now.toUTC()}, range}))
        return false;
    while (query.next()) {
        AdvisorActivity advisor{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(), query.value(3).toInt(),
                                query.value(4).toInt(), query.value(5).toInt(), query.value(6).toInt(), query.value(7).toInt(),
                                query.value(8).toInt(), query.value(9).toInt(), durationsAt(query, 10)};
        if (team)
            report.addAdvisor(std::move(advisor));
        else
            report.setMe(std::move(advisor));
    }
    return true;
}

} // namespace confidant::server
