#pragma once

#include "store/StoreError.h"
#include "time/WorkingCalendar.h"

#include <QDateTime>

namespace confidant::server {

class Database;

// The company's working calendar, one row in the database (migration 0010), so every server instance and every
// advisor's client count response targets against the same working hours and holidays.
class CalendarStore {
public:
    explicit CalendarStore(Database &database);

    Result<WorkingCalendar> load() const;
    // Every open inquiry gets a new change number: its due time moved, and clients recompute it. `now` is when.
    Result<Done> save(const WorkingCalendar &calendar, const QDateTime &now);

private:
    Database &m_database;
};

} // namespace confidant::server
