#pragma once

#include "store/KeyEpochStore.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <chrono>
#include <optional>

namespace confidant::server {

class Database;

// Rotates the key ring's KEKs online (docs/operations.md, "Rotation"): adds a new current epoch, wraps every data
// key of an older epoch again with it, in batches of short transactions (readers open each row with whatever epoch
// it names, so nothing waits), and when no row names an older epoch any more, deletes those epochs from
// key_epochs and their KEKs from the key ring file. A dump taken before then holds the deleted inquiries' keys
// wrapped only with KEKs that no longer exist: their texts are gone from it.
// Once across the instances of a database (an advisory lock); the file itself is shared by them. The SQL is
// KeyEpochStore's; this decides when, and keeps the file and the rows in step.
class KeyRotation {
public:
    explicit KeyRotation(Database &database);

    struct Report {
        int epoch = 0;            // the new current epoch
        qint64 rewrapped = 0;     // data keys wrapped again
        QList<int> retired;       // epochs whose KEKs were removed
    };
    // None with a message a person can act on (another rotation is running, the database or the file failed).
    std::optional<Report> rotate(const QDateTime &now, QString *error);
    // Whether the current epoch is older than `interval` (the periodic rotation), by the key ring's own dates.
    bool isDue(const QDateTime &now, std::chrono::hours interval) const;
    // Due sooner after a deletion: once the current epoch is older than `afterDeletion` and anything was deleted
    // since it began, so a deleted inquiry leaves older dumps within that time rather than at the daily rotation.
    // Short epochs are not rotated again and again: a burst of deletions costs one rotation per `afterDeletion`.
    bool isDue(const QDateTime &now, std::chrono::hours interval, std::chrono::minutes afterDeletion) const;

    static constexpr int batchSize = 500;

private:
    std::optional<Report> rotateLocked(const QDateTime &now, QString *error);
    std::optional<qint64> rewrapOlderThan(int epoch, QString *error);

    Database &m_database;
    KeyEpochStore m_epochs;
};

} // namespace confidant::server
