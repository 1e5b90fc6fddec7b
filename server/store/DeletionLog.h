#pragma once

#include "domain/AdvisorProfile.h"
#include "domain/DeletionLogEntry.h"
#include "store/StoreError.h"

#include <QList>

namespace confidant::server {

class Database;

// Reads the deletion log (DeletionStore writes it): what was deleted or postponed, by whom or by which policy,
// when; ids and counts, never content. An advisor reads the lines of their own team's and the shared queue's
// inquiries, of accounts, and of what they did themselves, newest first.
class DeletionLog {
public:
    explicit DeletionLog(Database &database);

    Result<QList<DeletionLogEntry>> forAdvisor(const AdvisorProfile &advisor, int limit) const;

private:
    Database &m_database;
};

} // namespace confidant::server
