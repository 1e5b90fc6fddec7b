#pragma once

#include "domain/Directory.h"
#include "domain/Topic.h"
#include "store/StoreError.h"
#include "time/WorkingCalendar.h"

namespace confidant::server {

class AbsencePlanning;
class AdvisorStore;
class CalendarStore;
class TopicStore;

// What every advisor may look up: colleagues and teams to transfer to (with the end of a colleague's absence if
// they are away now), the topics, and the working calendar the response targets count in.
class AdvisorDirectory {
public:
    AdvisorDirectory(AdvisorStore &advisors, AbsencePlanning &absences, TopicStore &topics, CalendarStore &calendar);

    Result<Directory> directory() const;
    Result<QList<Topic>> topics() const;
    Result<WorkingCalendar> calendar() const;

private:
    AdvisorStore &m_advisors;
    AbsencePlanning &m_absences;
    TopicStore &m_topics;
    CalendarStore &m_calendar;
};

} // namespace confidant::server
