#include "store/ReportAssembler.h"

#include <algorithm>

namespace confidant::server {

ReportAssembler::ReportAssembler(ActivityReport report, QList<TopicActivity> topics, QList<TopicActivity> knownTopics,
                                 QList<TeamActivity> teams)
    : m_report(std::move(report)), m_knownTopics(std::move(knownTopics))
{
    for (QDate day = m_report.from; day <= m_report.to; day = day.addDays(1))
        m_report.days.append(DailyActivity{day, 0, 0, 0, 0});
    m_report.topics = std::move(topics);
    m_report.teams = std::move(teams);
    for (BacklogBand::Age age : {BacklogBand::Age::UnderOneDay, BacklogBand::Age::OneToThreeDays, BacklogBand::Age::ThreeToSevenDays,
                                 BacklogBand::Age::SevenToFourteenDays, BacklogBand::Age::OverFourteenDays})
        m_report.backlog.append(BacklogBand{age, 0});
}

TopicActivity *ReportAssembler::topic(qint64 id)
{
    const auto listed = std::find_if(m_report.topics.begin(), m_report.topics.end(), [id](const TopicActivity &t) { return t.topicId == id; });
    if (listed != m_report.topics.end())
        return &*listed;
    const auto known = std::find_if(m_knownTopics.cbegin(), m_knownTopics.cend(), [id](const TopicActivity &t) { return t.topicId == id; });
    if (known == m_knownTopics.cend())
        return nullptr;
    // Listed in the order of the topics' ids, wherever a late one comes from.
    const auto place = std::lower_bound(m_report.topics.begin(), m_report.topics.end(), id,
                                        [](const TopicActivity &t, qint64 topicId) { return t.topicId < topicId; });
    return &*m_report.topics.insert(place, *known);
}

// Nothing for a team the report does not list: the other team of a transfer out of the report's team.
ActivityTotals *ReportAssembler::totalsOf(const Group &group)
{
    switch (group.kind) {
    case Group::Kind::Total:
        return &m_report.totals;
    case Group::Kind::Topic: {
        TopicActivity *found = group.id ? topic(*group.id) : nullptr;
        return found ? &found->totals : nullptr;
    }
    case Group::Kind::Team: {
        const auto team = std::find_if(m_report.teams.begin(), m_report.teams.end(), [&](const TeamActivity &t) { return t.teamId == group.id; });
        return team != m_report.teams.end() ? &team->totals : nullptr;
    }
    }
    return nullptr;
}

void ReportAssembler::addCount(Count what, QDate day, qint64 topicId, std::optional<qint64> teamId, int count)
{
    const qint64 index = m_report.from.daysTo(day);
    if (index < 0 || index >= m_report.days.size())
        return;
    const auto add = [what, count](auto &figures) {
        switch (what) {
        case Count::Received: figures.received += count; break;
        case Count::Answered: figures.answered += count; break;
        case Count::Closed: figures.closed += count; break;
        case Count::Reopened: figures.reopened += count; break;
        }
    };
    add(m_report.days[index]);
    for (const Group &group : {Group::total(), Group::topic(topicId), Group::team(teamId)}) {
        if (ActivityTotals *totals = totalsOf(group))
            add(*totals);
    }
}

void ReportAssembler::addTransfers(const Group &group, int count)
{
    if (ActivityTotals *totals = totalsOf(group))
        totals->transfers += count;
}

void ReportAssembler::addDurations(bool firstResponse, const Group &group, const DurationFigures &figures)
{
    if (ActivityTotals *totals = totalsOf(group))
        (firstResponse ? totals->firstResponse : totals->timeToClose) = figures;
}

void ReportAssembler::addOpen(const Group &group, int open, int overdue)
{
    if (ActivityTotals *totals = totalsOf(group)) {
        totals->openNow += open;
        totals->overdueNow += overdue;
    }
}

void ReportAssembler::addBacklog(BacklogBand::Age age, int count)
{
    for (BacklogBand &band : m_report.backlog) {
        if (band.age == age)
            band.count += count;
    }
}

void ReportAssembler::addAdvisor(AdvisorActivity advisor)
{
    m_report.advisors.append(std::move(advisor));
}

void ReportAssembler::setMe(AdvisorActivity me)
{
    m_report.me = std::move(me);
}

ActivityReport ReportAssembler::take() &&
{
    return std::move(m_report);
}

} // namespace confidant::server
