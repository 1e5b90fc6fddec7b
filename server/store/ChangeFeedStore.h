#pragma once

#include "domain/ChangeBatch.h"
#include "store/InquiryKeys.h"
#include "store/StoreError.h"

#include <QSet>

namespace confidant::server {

class AdvisorScope;
class Database;
class SqlRow;

// The change feed (docs/protocol.md, "Change feed"): inquiries changed after a cursor, in number order, only
// numbers below the change horizon (every transaction below it has ended), never splitting one number across
// pages; for an advisor, those in their scope and the ids of those that left it or were deleted.
class ChangeFeedStore {
public:
    explicit ChangeFeedStore(Database &database);

    // Inquiries changed after `since` (a new message changes its inquiry too), in number order, and only numbers
    // below the change horizon. At most `limit`, unless more than `limit` share one number: a page never splits one.
    Result<ChangeBatch> changesSince(qint64 since, int limit) const;
    // What the advisor API hands out: the changes in `scope`, and the ids of inquiries that left it or were deleted.
    Result<ChangeBatch> changesSince(const AdvisorScope &scope, qint64 since, int limit) const;
    // Every change number below it belongs to a transaction that has ended; the feed hands out nothing at or above.
    Result<qint64> changeHorizon() const;
    // The highest number a reader may have been handed (horizon - 1); 0 when the database is unavailable.
    qint64 latestSequence() const;

private:
    // Rows of the feed; those out of the reader's scope go out as ids only.
    struct Rows {
        QList<Inquiry> inquiries;
        QSet<qint64> hidden;
        bool unreadable = false; // a row's subject did not decrypt
        void append(const SqlRow &row, bool withVisibility, const InquiryKeys &keys);
        ChangeBatch into(ChangeBatch batch) &&;
    };
    Result<ChangeBatch> readChanges(qint64 since, int limit, const AdvisorScope *scope) const;
    Result<ChangeBatch> withTombstones(Result<ChangeBatch> batch) const;
    Result<ChangeBatch> pageOfChanges(qint64 since, int limit, qint64 horizon, Rows rows, const AdvisorScope *scope) const;
    Result<ChangeBatch> wholeChange(qint64 since, qint64 seq, const AdvisorScope *scope) const;

    Database &m_database;
    InquiryKeys m_keys;
};

} // namespace confidant::server
