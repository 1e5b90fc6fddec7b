#pragma once

#include "store/Database.h"

#include <QString>
#include <functional>
#include <optional>

namespace confidant::server {

// What the one-time passes that seal stored texts at start share (PlaintextSealing after migration 0013,
// RowBoundSealing after 0016): a marker column that exists while there is work, the key ring they need, one
// instance at a time (an advisory lock; another one starting meanwhile waits), batches of inquiries until none is
// left, and the SQL function that drops the marker (and the plaintext) at the end. A run that stops half-way
// continues at the next start.
class StartupSealing {
public:
    struct Pass {
        Database::Job job;
        QString table;  // the marker column's table and name
        QString column;
        QString finish; // the SQL function called once nothing is left
        QString work;   // what it does, for the messages: "encrypt the stored texts"
        // Seals the next batch, each inquiry in its own transaction: how many, or none (with `error` set or not).
        std::function<std::optional<int>(QString *error)> sealBatch;
    };

    // False with a message naming what failed.
    static bool run(Database &database, const Pass &pass, QString *error);

private:
    static std::optional<bool> workRemains(Database &database, const Pass &pass);
    static bool sealAll(Database &database, const Pass &pass, QString *error);
};

} // namespace confidant::server
