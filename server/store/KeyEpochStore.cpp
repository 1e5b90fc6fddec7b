#include "store/KeyEpochStore.h"

#include "store/Database.h"
#include "store/SqlStatement.h"

namespace confidant::server {

KeyEpochStore::KeyEpochStore(Database &database) : m_database(database) {}

bool KeyEpochStore::registerEpoch(int epoch)
{
    return SqlStatement(m_database, QStringLiteral("INSERT INTO key_epochs (epoch) VALUES (:epoch) ON CONFLICT DO NOTHING"))
        .bind(QStringLiteral("epoch"), epoch)
        .run();
}

std::optional<bool> KeyEpochStore::deletedSince(const QDateTime &since) const
{
    const auto deleted = SqlStatement(m_database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM deletion_log WHERE kind IN ('inquiry', 'account') "
                                                                 "AND at >= :since)"))
                             .bind(QStringLiteral("since"), since)
                             .oneRow([](const SqlRow &row) { return row.flag(0); }, unavailable());
    return deleted ? std::optional<bool>(deleted.value()) : std::nullopt;
}

namespace {

// The tables whose rows hold a wrapped key, and whose key each is.
struct WrappedKeyTable {
    const char *select; // owner id, epoch, wrapped key of rows below :epoch, locked
    const char *update; // :epoch, :key for the row of :owner
    KeyOwner::Kind owner;
};
const WrappedKeyTable wrappedKeyTables[] = {
    {"SELECT inquiry_id, epoch, wrapped_key FROM inquiry_keys WHERE epoch < :epoch ORDER BY inquiry_id LIMIT :batch FOR UPDATE",
     "UPDATE inquiry_keys SET epoch = :epoch, wrapped_key = :key WHERE inquiry_id = :owner", KeyOwner::Kind::Inquiry},
    {"SELECT customer_id, epoch, wrapped_secret FROM customer_totp WHERE epoch < :epoch ORDER BY customer_id LIMIT :batch FOR UPDATE",
     "UPDATE customer_totp SET epoch = :epoch, wrapped_secret = :key WHERE customer_id = :owner", KeyOwner::Kind::CustomerSecret},
};

} // namespace

std::optional<int> KeyEpochStore::rewrapBatchBelow(int epoch, int batchSize, const Rewrap &rewrap)
{
    int done = 0;
    const bool ok = m_database.inTransaction([&] {
        for (const WrappedKeyTable &table : wrappedKeyTables) {
            const auto rows = SqlStatement(m_database, QString::fromLatin1(table.select))
                                  .bind(QStringLiteral("epoch"), epoch)
                                  .bind(QStringLiteral("batch"), batchSize - done)
                                  .rows([](const SqlRow &row) { return std::make_pair(row.id(0), WrappedKey{row.number(1), row.bytes(2)}); });
            if (!rows)
                return false;
            for (const auto &[ownerId, key] : rows.value()) {
                const auto wrapped = rewrap(KeyOwner{table.owner, ownerId}, key);
                if (!wrapped)
                    return false;
                if (!SqlStatement(m_database, QString::fromLatin1(table.update))
                         .bind(QStringLiteral("epoch"), wrapped->epoch).bind(QStringLiteral("key"), wrapped->bytes).bind(QStringLiteral("owner"), ownerId)
                         .run())
                    return false;
                ++done;
            }
            if (done >= batchSize)
                return true;
        }
        return true;
    });
    return ok ? std::optional<int>(done) : std::nullopt;
}

bool KeyEpochStore::retireBelow(int epoch)
{
    return SqlStatement(m_database, QStringLiteral("DELETE FROM key_epochs WHERE epoch < :epoch")).bind(QStringLiteral("epoch"), epoch).run();
}

} // namespace confidant::server
