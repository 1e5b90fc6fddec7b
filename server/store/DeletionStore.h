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
    // Replaces the inquiry's postponement; `until` none: a legal hold. NotFound outside the scope. Forbidden, with
    // nothing written, when someone who is not a lead of the inquiry's team would set a legal hold or end one by
    // postponing a held inquiry to a date (audit 6 of issue 20; an inquiry of the shared queue has no lead, so only
    // an administrator holds it). Values are expected validated (validation::checkPostponement). The reason is
    // sealed with the inquiry's key (it goes with the inquiry); the log gets its kind and who, never the words.
    struct Postponement {
        std::optional<QDateTime> until;
        PostponementReason kind = PostponementReason::Other;
        QString reason;
    };
    Result<Done> postpone(const AdvisorProfile &advisor, qint64 inquiryId, const Postponement &postponement, const QDateTime &now);
    // confidant-admin legal-hold set|lift: any inquiry, logged as the administrator's. Lifting removes the hold and
    // with it the postponement, so the retention policy's own deadline applies again. NotFound for no such inquiry;
    // Conflict when lifting a hold that is not there.
    Result<Done> holdAsAdministrator(qint64 inquiryId, PostponementReason kind, const QString &reason, const QDateTime &now);
    Result<Done> liftHoldAsAdministrator(qint64 inquiryId, PostponementReason kind, const QDateTime &now);
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
    // Who changes a postponement: an advisor, or (none) an administrator with confidant-admin.
    using Actor = std::optional<AdvisorProfile>;
    // `lift`: the hold goes and no postponement replaces it (an administrator's; only the kind of reason is read).
    Result<Done> changePostponement(const Actor &by, qint64 inquiryId, const Postponement &postponement, bool lift, const QDateTime &now);
    enum class Written { Done, NotFound, MayNotHold, MayNotLift, NotHeld, Failed };
    // `logKind`: what the deletion log now says happened (legal_hold, legal_hold_lifted, postponement).
    Written writePostponement(const Actor &by, qint64 inquiryId, const Postponement &postponement, bool lift, const QByteArray &sealedReason,
                              const QDateTime &now, QString *logKind);
    bool sweepBatchOf(const QString &dueSql, const QDateTime &cutoff, const QDateTime &now, Deleted *deleted, bool accounts);

    Database &m_database;
};

} // namespace confidant::server
