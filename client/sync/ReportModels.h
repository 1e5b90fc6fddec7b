#pragma once

#include "ReportTableModel.h"

namespace confidant::client {

// The report's tables, one model per part of the report; each fills from the same ActivityReport.

class DailyActivityModel final : public ReportTableModel {
    Q_OBJECT
public:
    explicit DailyActivityModel(QObject *parent = nullptr);
    void setReport(const ActivityReport &report) override;

protected:
    int rows() const override { return int(m_days.size()); }

private:
    QList<DailyActivity> m_days;
};

class TopicActivityModel final : public ReportTableModel {
    Q_OBJECT
public:
    explicit TopicActivityModel(QObject *parent = nullptr);
    void setReport(const ActivityReport &report) override;

protected:
    int rows() const override { return int(m_topics.size()); }

private:
    QList<TopicActivity> m_topics;
    QHash<qint64, QString> m_teamNames;
};

class TeamActivityModel final : public ReportTableModel {
    Q_OBJECT
public:
    explicit TeamActivityModel(QObject *parent = nullptr);
    void setReport(const ActivityReport &report) override;

protected:
    int rows() const override { return int(m_teams.size()); }

private:
    QList<TeamActivity> m_teams;
};

// A team report's advisors, or (Source::Me) the asking advisor's own work of an overview, as one row.
class AdvisorActivityModel final : public ReportTableModel {
    Q_OBJECT
public:
    enum class Source { Team, Me };
    explicit AdvisorActivityModel(Source source = Source::Team, QObject *parent = nullptr);
    void setReport(const ActivityReport &report) override;

protected:
    int rows() const override { return int(m_advisors.size()); }

private:
    Source m_source;
    QList<AdvisorActivity> m_advisors;
};

} // namespace confidant::client
