#include "ReportModels.h"

#include "ReportFormat.h"

namespace confidant::client {

DailyActivityModel::DailyActivityModel(QObject *parent) : ReportTableModel(parent)
{
    addColumn(tr("Day"), Format::Day, [this](int row) { return QVariant(m_days.at(row).day); });
    addColumn(tr("Received"), Format::Count, [this](int row) { return QVariant(m_days.at(row).received); });
    addColumn(tr("Answered"), Format::Count, [this](int row) { return QVariant(m_days.at(row).answered); });
    addColumn(tr("Closed"), Format::Count, [this](int row) { return QVariant(m_days.at(row).closed); });
    addColumn(tr("Reopened"), Format::Count, [this](int row) { return QVariant(m_days.at(row).reopened); });
}

void DailyActivityModel::setReport(const ActivityReport &report)
{
    beginResetModel();
    m_days = report.days;
    endResetModel();
}

TopicActivityModel::TopicActivityModel(QObject *parent) : ReportTableModel(parent)
{
    addColumn(tr("Topic"), Format::Text, [this](int row) { return QVariant(m_topics.at(row).title); });
    addColumn(tr("Handled by"), Format::Text, [this](int row) {
        const TopicActivity &topic = m_topics.at(row);
        return QVariant(ReportFormat::teamName(topic.teamId, m_teamNames.value(topic.teamId.value_or(0))));
    });
    addColumn(tr("Target"), Format::Duration, [this](int row) { return QVariant(qint64(m_topics.at(row).targetMinutes) * 60); });
    addTotalsColumns([this](int row) -> const ActivityTotals & { return m_topics.at(row).totals; });
}

void TopicActivityModel::setReport(const ActivityReport &report)
{
    beginResetModel();
    m_topics = report.topics;
    m_teamNames.clear();
    for (const TeamActivity &team : report.teams)
        m_teamNames.insert(team.teamId.value_or(0), team.name);
    if (report.teamId)
        m_teamNames.insert(*report.teamId, report.teamName);
    endResetModel();
}

TeamActivityModel::TeamActivityModel(QObject *parent) : ReportTableModel(parent)
{
    addColumn(tr("Team or queue"), Format::Text, [this](int row) { return QVariant(ReportFormat::teamName(m_teams.at(row).teamId, m_teams.at(row).name)); });
    addTotalsColumns([this](int row) -> const ActivityTotals & { return m_teams.at(row).totals; });
}

void TeamActivityModel::setReport(const ActivityReport &report)
{
    beginResetModel();
    m_teams = report.teams;
    endResetModel();
}

AdvisorActivityModel::AdvisorActivityModel(Source source, QObject *parent) : ReportTableModel(parent), m_source(source)
{
    const auto count = [this](int AdvisorActivity::*member) { return [this, member](int row) { return QVariant(m_advisors.at(row).*member); }; };
    addColumn(tr("Advisor"), Format::Text, [this](int row) { return QVariant(m_advisors.at(row).name); });
    addColumn(tr("Answered"), Format::Count, count(&AdvisorActivity::answered));
    addColumn(tr("Messages"), Format::Count, count(&AdvisorActivity::messages));
    addColumn(tr("Closed"), Format::Count, count(&AdvisorActivity::closed));
    addColumn(tr("Transfers in"), Format::Count, count(&AdvisorActivity::transfersIn));
    addColumn(tr("Transfers out"), Format::Count, count(&AdvisorActivity::transfersOut));
    addColumn(tr("Open"), Format::Count, count(&AdvisorActivity::openNow));
    addColumn(tr("Overdue"), Format::Count, count(&AdvisorActivity::overdueNow));
    addColumn(tr("Assigned customers"), Format::Count, count(&AdvisorActivity::assignedCustomers));
    addDurationColumns(tr("First response (median)"), tr("First response (90%)"), tr("First response within target"),
                       [this](int row) -> const DurationFigures & { return m_advisors.at(row).firstResponse; });
}

void AdvisorActivityModel::setReport(const ActivityReport &report)
{
    beginResetModel();
    if (m_source == Source::Team)
        m_advisors = report.advisors;
    else
        m_advisors = report.me ? QList<AdvisorActivity>{*report.me} : QList<AdvisorActivity>{};
    endResetModel();
}

} // namespace confidant::client
