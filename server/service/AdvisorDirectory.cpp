#include "service/AdvisorDirectory.h"

#include "service/AbsencePlanning.h"
#include "store/AdvisorStore.h"
#include "store/CalendarStore.h"
#include "store/TopicStore.h"

namespace confidant::server {

AdvisorDirectory::AdvisorDirectory(AdvisorStore &advisors, AbsencePlanning &absences, TopicStore &topics, CalendarStore &calendar)
    : m_advisors(advisors), m_absences(absences), m_topics(topics), m_calendar(calendar)
{
}

Result<Directory> AdvisorDirectory::directory() const
{
    const auto advisors = m_advisors.list();
    const auto teams = m_advisors.teams();
    const auto absent = m_absences.absentNow();
    if (!advisors || !teams || !absent)
        return unavailable();
    Directory directory;
    for (const AdvisorProfile &colleague : advisors.value())
        directory.advisors.append({colleague.id, colleague.displayName, colleague.teamId, absent->value(colleague.id)});
    for (const Team &team : teams.value())
        directory.teams.append({team.id, team.name});
    return directory;
}

Result<QList<Topic>> AdvisorDirectory::topics() const
{
    return m_topics.list();
}

Result<WorkingCalendar> AdvisorDirectory::calendar() const
{
    return m_calendar.load();
}

} // namespace confidant::server
