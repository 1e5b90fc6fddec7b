#pragma once

#include "store/StoreError.h"

#include <QDateTime>

namespace confidant::server {

class Database;

// When each customer wrote their inquiries and messages in the last hour (table customer_writes), for the
// per-customer hourly limits (audit finding 5 of issue 20). In the database, not in memory: every server instance on
// it counts the same writes, and a restart forgets none.
class CustomerWriteLog {
public:
    enum class Kind { Inquiry, Message };
    struct Admission {
        qint64 entry = 0;       // admitted: the write's entry, to give back should the write itself fail
        QDateTime refusedUntil; // refused: when the oldest write that counts leaves the hour
        bool admitted() const { return !refusedUntil.isValid(); }
    };

    explicit CustomerWriteLog(Database &database);

    // Admits one more write of `kind` when the customer made fewer than `perHour` in the hour before `now`, and
    // enters it. Under the customer's row lock, so two writes at once (on two instances) cannot both take the last
    // place. NotFound when the customer does not exist.
    Result<Admission> admit(qint64 customerId, Kind kind, int perHour, const QDateTime &now);
    // The write an admission was for did not happen (the database failed it): it does not count.
    void giveBack(qint64 entry);

private:
    bool lockCustomer(qint64 customerId, bool *found);
    Result<std::optional<QDateTime>> placeTakenSince(qint64 customerId, Kind kind, int perHour, const QDateTime &since) const;
    Result<qint64> enter(qint64 customerId, Kind kind, const QDateTime &now, const QDateTime &since);

    Database &m_database;
};

} // namespace confidant::server
