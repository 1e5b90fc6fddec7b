#pragma once

#include "domain/AdvisorProfile.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace confidant::server {

class Database;

// Deletes what is due (DeletionRecommendations), on an advisor's confirmation or, after the grace period, by
// itself; and postpones a deletion. A deletion is one transaction per batch: the rows go (messages, events,
// notes, read marks, keys cascade; an account takes its sessions and inquiries along), a tombstone per inquiry
// takes a change number, so every advisor's feed drops it (docs/protocol.md), a content-free line per inquiry or
// account goes to the deletion log, and NOTIFY confidant_changes wakes the waiting clients.
class DeletionService {
public:
    explicit DeletionService(Database &database);

    struct Deleted {
        int inquiries = 0; // with those of the deleted accounts
        int accounts = 0;
    };
    // All or nothing: NotFound when an id is outside the advisor's scope or does not exist (one answer), Invalid
    // when one is not due (any more: a customer wrote again, a colleague postponed it).
    Result<Deleted> confirm(const AdvisorProfile &advisor, const QList<qint64> &inquiryIds, const QList<qint64> &customerIds,
                            const QDateTime &now);
    // Replaces the inquiry's postponement; `until` none: a legal hold. NotFound outside the scope. Values are
    // expected validated (validation::checkPostponement).
    Result<Done> postpone(const AdvisorProfile &advisor, qint64 inquiryId, const std::optional<QDateTime> &until, const QString &reason,
                          const QDateTime &now);
    // Deletes what has been due for longer than the grace period (nothing while automatic deletion is off), in
    // short transactions so the change-feed horizon is never held back for long; once across server instances.
    Deleted sweep(const QDateTime &now);

    static constexpr int sweepBatch = 100;

private:
    enum class Check { Deletable, NotFound, NotDue, Failed };
    Check checkInquiries(const AdvisorProfile &advisor, const QList<qint64> &ids, const QDateTime &now);
    Check checkAccounts(const AdvisorProfile &advisor, const QList<qint64> &ids, const QDateTime &now);
    Check checkRows(const QString &sql, const QVariantList &values, qsizetype expected);
    bool deleteInquiries(const QList<qint64> &ids, std::optional<qint64> advisorId, const QDateTime &now, int *deleted);
    bool deleteAccounts(const QList<qint64> &ids, std::optional<qint64> advisorId, const QDateTime &now, Deleted *deleted);
    bool sweepBatchOf(const QString &dueSql, const QDateTime &cutoff, const QDateTime &now, Deleted *deleted, bool accounts);

    Database &m_database;
};

} // namespace confidant::server
