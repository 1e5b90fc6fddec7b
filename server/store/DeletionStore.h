#pragma once

#include "domain/AdvisorProfile.h"
#include "domain/PostponementReason.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <functional>
#include <optional>

namespace confidant::server {

class Database;
class SqlRow;
class SqlStatement;

// Deletes what is due (DeletionRecommendations) in SQL, on an advisor's confirmation or, after the grace period, by
// itself; and postpones a deletion. server/service/Deletions decides when and checks what people send. A deletion is one transaction per batch: the rows go (messages, events,
// notes, read marks, keys cascade; an account takes its sessions and inquiries along), a tombstone per inquiry
// takes a change number, so every advisor's feed drops it (docs/protocol.md), a content-free line per inquiry or
// account goes to the deletion log, and NOTIFY confidant_changes wakes the waiting clients.
class DeletionStore {
public:
    explicit DeletionStore(Database &database);

    struct Deleted {
        int inquiries = 0; // with those of the deleted accounts
        int accounts = 0;
    };
    // All or nothing: NotFound when an id is outside the advisor's scope or does not exist (one answer), Invalid
    // when one is not due (any more: a customer wrote again, a colleague postponed it).
    Result<Deleted> confirm(const AdvisorProfile &advisor, const QList<qint64> &inquiryIds, const QList<qint64> &customerIds,
                            const QDateTime &now);
    // Replaces the inquiry's postponement; `until` none: a legal hold. NotFound outside the scope. Values are
    // expected validated (validation::checkPostponement). The reason is sealed with the inquiry's key (it goes with
    // the inquiry); the log gets its kind only.
    struct Postponement {
        std::optional<QDateTime> until;
        PostponementReason kind = PostponementReason::Other;
        QString reason;
    };
    Result<Done> postpone(const AdvisorProfile &advisor, qint64 inquiryId, const Postponement &postponement, const QDateTime &now);
    // Deletes what has been due for longer than the grace period (nothing while automatic deletion is off), in
    // short transactions so the change-feed horizon is never held back for long; once across server instances.
    Deleted sweep(const QDateTime &now);
    // The customer deletes one of their inquiries, or closes their account with everything in it (sessions too, so
    // every device is signed out at once). NotFound for someone else's inquiry; Conflict while a legal hold keeps it.
    Result<Done> deleteOwnInquiry(qint64 customerId, qint64 inquiryId, const QDateTime &now);
    Result<Done> closeAccount(qint64 customerId, const QDateTime &now);

    static constexpr int sweepBatch = 100;

private:
    enum class Check { Deletable, NotFound, NotDue, Failed };
    Check checkInquiries(const AdvisorProfile &advisor, const QList<qint64> &ids, const QDateTime &now);
    Check checkAccounts(const AdvisorProfile &advisor, const QList<qint64> &ids, const QDateTime &now);
    Check checkRows(SqlStatement &statement, qsizetype expected);
    // Who deletes, for the log: an advisor, the automatic sweep, or the customer; and under which policy.
    struct Deleter {
        std::optional<qint64> advisorId;
        bool automatic = false;
        const char *policy = nullptr;
    };
    static constexpr const char *closedInquiryPolicy = "closed_inquiry";
    static constexpr const char *inactiveAccountPolicy = "inactive_account";
    static constexpr const char *customerRequestPolicy = "customer_request";
    bool deleteInquiries(const QList<qint64> &ids, const Deleter &by, const QDateTime &now, int *deleted);
    bool deleteAccounts(const QList<qint64> &ids, const Deleter &by, const QDateTime &now, Deleted *deleted);
    Result<Done> deleteForCustomer(qint64 customerId, std::optional<qint64> inquiryId, const std::function<bool()> &remove);
    bool deleteRows(const QString &doomed, const QString &rest, const QList<qint64> &ids, const Deleter &by, const QDateTime &now,
                    const std::function<void(const SqlRow &)> &counted);
    bool writePostponement(const AdvisorProfile &advisor, qint64 inquiryId, const Postponement &postponement, const QByteArray &sealedReason,
                           const QDateTime &now, bool *found);
    bool sweepBatchOf(const QString &dueSql, const QDateTime &cutoff, const QDateTime &now, Deleted *deleted, bool accounts);

    Database &m_database;
};

} // namespace confidant::server
