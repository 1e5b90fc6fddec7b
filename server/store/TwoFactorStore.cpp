#include "store/TwoFactorStore.h"

#include "crypto/KeyRing.h"
#include "crypto/Totp.h"
#include "store/Database.h"
#include "store/InquiryKeys.h"
#include "store/SqlStatement.h"
#include "store/StoreLog.h"

namespace confidant::server {

TwoFactorStore::TwoFactorStore(Database &database) : m_database(database) {}

Result<Done> TwoFactorStore::startEnrolment(qint64 customerId, const QDateTime &now)
{
    KeyRing *ring = m_database.keyRing();
    const auto key = SecretKey::random();
    const auto wrapped = ring && key ? ring->wrap(KeyOwner::customerSecret(customerId), *key) : std::nullopt;
    if (!wrapped) {
        qCCritical(lcStore) << "cannot make a second-factor secret for customer" << customerId << (ring ? "" : "(no key ring)");
        return unavailable();
    }
    // Registers the epoch as an inquiry's key does (never one a rotation retired), so a rotation finds the row.
    const auto stored = SqlStatement(m_database,
                                     QStringLiteral("WITH ") + InquiryKeys::registerEpoch() + QStringLiteral(" "
                                                    "INSERT INTO customer_totp (customer_id, epoch, wrapped_secret, created_at) "
                                                    "VALUES (:customer, :epoch, :wrapped, :now) ON CONFLICT (customer_id) DO UPDATE "
                                                    "SET epoch = excluded.epoch, wrapped_secret = excluded.wrapped_secret, created_at = excluded.created_at, "
                                                    "last_step = 0 WHERE customer_totp.enabled_at IS NULL"))
                            .bind(QStringLiteral("customer"), customerId)
                            .bind(QStringLiteral("epoch"), wrapped->epoch)
                            .bind(QStringLiteral("wrapped"), wrapped->bytes)
                            .bind(QStringLiteral("now"), now)
                            .touchedARow();
    if (!stored)
        return stored.error();
    if (!stored.value())
        return ServiceError{ServiceError::Conflict, QStringLiteral("Two-factor sign-in is on already.")};
    return Done{};
}

Result<bool> TwoFactorStore::isEnabled(qint64 customerId) const
{
    const auto row = SqlStatement(m_database, QStringLiteral("SELECT 1 FROM customer_totp WHERE customer_id = :customer AND enabled_at IS NOT NULL"))
                         .bind(QStringLiteral("customer"), customerId)
                         .optionalRow([](const SqlRow &) { return true; });
    if (!row)
        return row.error();
    return row.value().has_value();
}

Result<std::optional<TotpSecret>> TwoFactorStore::find(qint64 customerId) const
{
    const auto row = SqlStatement(m_database, QStringLiteral("SELECT epoch, wrapped_secret, enabled_at IS NOT NULL, last_step FROM customer_totp "
                                                             "WHERE customer_id = :customer"))
                         .bind(QStringLiteral("customer"), customerId)
                         .optionalRow([](const SqlRow &row) { return std::make_tuple(WrappedKey{row.number(0), row.bytes(1)}, row.flag(2), row.id(3)); });
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<TotpSecret>();
    const auto &[wrapped, enabled, lastStep] = *row.value();
    KeyRing *ring = m_database.keyRing();
    const auto key = ring ? ring->unwrap(KeyOwner::customerSecret(customerId), wrapped) : std::nullopt;
    if (!key)
        return unavailable();
    return std::optional<TotpSecret>(TotpSecret{key->toBytes().left(Totp::secretSize), enabled, lastStep});
}

Result<bool> TwoFactorStore::acceptStep(qint64 customerId, qint64 step)
{
    return SqlStatement(m_database, QStringLiteral("UPDATE customer_totp SET last_step = :step WHERE customer_id = :customer AND last_step < :step "
                                                   "AND enabled_at IS NOT NULL"))
        .bind(QStringLiteral("customer"), customerId)
        .bind(QStringLiteral("step"), step)
        .touchedARow();
}

Result<bool> TwoFactorStore::enable(qint64 customerId, qint64 step, const QList<QByteArray> &codeHashes, const QDateTime &now)
{
    bool enabled = false;
    const bool committed = m_database.inTransaction([&] {
        const auto turnedOn = SqlStatement(m_database, QStringLiteral("UPDATE customer_totp SET enabled_at = :now, last_step = :step "
                                                                      "WHERE customer_id = :customer AND enabled_at IS NULL AND last_step < :step"))
                                  .bind(QStringLiteral("customer"), customerId)
                                  .bind(QStringLiteral("step"), step)
                                  .bind(QStringLiteral("now"), now)
                                  .touchedARow();
        if (!turnedOn)
            return false;
        enabled = turnedOn.value();
        return !enabled || storeCodes(customerId, codeHashes);
    });
    if (!committed)
        return unavailable();
    return enabled;
}

bool TwoFactorStore::storeCodes(qint64 customerId, const QList<QByteArray> &codeHashes)
{
    if (!SqlStatement(m_database, QStringLiteral("DELETE FROM customer_recovery_codes WHERE customer_id = :customer"))
             .bind(QStringLiteral("customer"), customerId)
             .run())
        return false;
    for (const QByteArray &hash : codeHashes) {
        if (!SqlStatement(m_database, QStringLiteral("INSERT INTO customer_recovery_codes (customer_id, code_hash) VALUES (:customer, :hash)"))
                 .bind(QStringLiteral("customer"), customerId)
                 .bind(QStringLiteral("hash"), hash)
                 .run())
            return false;
    }
    return true;
}

Result<Done> TwoFactorStore::replaceRecoveryCodes(qint64 customerId, const QList<QByteArray> &codeHashes)
{
    if (!m_database.inTransaction([&] { return storeCodes(customerId, codeHashes); }))
        return unavailable();
    return Done{};
}

Result<bool> TwoFactorStore::useRecoveryCode(qint64 customerId, const QByteArray &codeHash)
{
    return SqlStatement(m_database, QStringLiteral("DELETE FROM customer_recovery_codes WHERE customer_id = :customer AND code_hash = :hash"))
        .bind(QStringLiteral("customer"), customerId)
        .bind(QStringLiteral("hash"), codeHash)
        .touchedARow();
}

Result<int> TwoFactorStore::recoveryCodesLeft(qint64 customerId) const
{
    return SqlStatement(m_database, QStringLiteral("SELECT count(*) FROM customer_recovery_codes WHERE customer_id = :customer"))
        .bind(QStringLiteral("customer"), customerId)
        .oneRow([](const SqlRow &row) { return int(row.number(0)); }, unavailable());
}

Result<Done> TwoFactorStore::remove(qint64 customerId)
{
    const bool committed = m_database.inTransaction([&] {
        return SqlStatement(m_database, QStringLiteral("DELETE FROM customer_recovery_codes WHERE customer_id = :customer"))
                   .bind(QStringLiteral("customer"), customerId)
                   .run()
               && SqlStatement(m_database, QStringLiteral("DELETE FROM customer_totp WHERE customer_id = :customer"))
                      .bind(QStringLiteral("customer"), customerId)
                      .run();
    });
    if (!committed)
        return unavailable();
    return Done{};
}

} // namespace confidant::server
