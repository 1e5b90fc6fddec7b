#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <optional>

namespace confidant::server {

class Database;

// A customer's TOTP secret as sign-in needs it, opened with the key ring.
struct TotpSecret {
    QByteArray secret;   // Totp::secretSize bytes
    bool enabled = false; // false: enrolment waits for the first code
    qint64 lastStep = 0;  // the step of the last code accepted
};

// The second factor of migration 0020 in SQL: the wrapped TOTP secret and the hashes of the recovery codes.
class TwoFactorStore {
public:
    explicit TwoFactorStore(Database &database);

    // A new secret waiting for its first code, replacing one that waited; an enabled one stays (Conflict).
    Result<Done> startEnrolment(qint64 customerId, const QDateTime &now);
    // Whether sign-in asks this customer for a code (without opening the secret: the gate asks on every page).
    Result<bool> isEnabled(qint64 customerId) const;
    // Nullopt when the customer has none; Unavailable also when the secret does not open with the key ring.
    Result<std::optional<TotpSecret>> find(qint64 customerId) const;
    // Records `step` as used if it is later than the last one, in one statement: false for a code used before,
    // also when two requests bring the same code at once.
    Result<bool> acceptStep(qint64 customerId, qint64 step);
    // Turns the waiting secret on with the first code's step and stores the recovery codes, at once. False when
    // nothing waited or the step was not later (the code was used meanwhile).
    Result<bool> enable(qint64 customerId, qint64 step, const QList<QByteArray> &codeHashes, const QDateTime &now);
    Result<Done> replaceRecoveryCodes(qint64 customerId, const QList<QByteArray> &codeHashes);
    // Deletes the code if the customer has it unused: true then, false for an unknown or used one.
    Result<bool> useRecoveryCode(qint64 customerId, const QByteArray &codeHash);
    Result<int> recoveryCodesLeft(qint64 customerId) const;
    // Secret and codes gone.
    Result<Done> remove(qint64 customerId);

private:
    bool storeCodes(qint64 customerId, const QList<QByteArray> &codeHashes);

    Database &m_database;
};

} // namespace confidant::server
