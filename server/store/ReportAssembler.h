#pragma once

#include "domain/ActivityReport.h"

#include <QHash>
#include <optional>

namespace confidant::server {

// Folds the grouped rows of ReportStore's statements into one ActivityReport. SQL does the counting and the
// percentiles; this only puts each figure in its place, so a report's days, topics, teams and totals come from the
// same rows and add up.
class ReportAssembler {
public:
    // The figures of a group: the whole report, one topic, or one team (no id: the shared queue).
    struct Group {
        enum class Kind { Total, Topic, Team };
        Kind kind = Kind::Total;
        std::optional<qint64> id;

        static Group total() { return {}; }
        static Group topic(qint64 id) { return {Kind::Topic, id}; }
        static Group team(std::optional<qint64> id) { return {Kind::Team, id}; }
    };
    enum class Count { Received, Answered, Closed, Reopened };

    // `report` holds the heading (kind, period, zone, team, time); every day of the period gets a row. `topics` are
    // those listed even when nothing happened in them; `knownTopics` every topic, for one that appears in a row
    // although its inquiries moved to the report's team. `teams` are the teams listed, in order.
    ReportAssembler(ActivityReport report, QList<TopicActivity> topics, QList<TopicActivity> knownTopics, QList<TeamActivity> teams);

    void addCount(Count what, QDate day, qint64 topicId, std::optional<qint64> teamId, int count);
    void addTransfers(const Group &group, int count);
    void addDurations(bool firstResponse, const Group &group, const DurationFigures &figures);
    void addOpen(const Group &group, int open, int overdue);
    void addBacklog(BacklogBand::Age age, int count);
    void addAdvisor(AdvisorActivity advisor);
    void setMe(AdvisorActivity me);

    ActivityReport take() &&;

private:
    ActivityTotals *totalsOf(const Group &group);
    TopicActivity *topic(qint64 id);

    ActivityReport m_report;
    QList<TopicActivity> m_knownTopics;
};

} // namespace confidant::server
