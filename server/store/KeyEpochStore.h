#pragma once

#include "crypto/KeyRing.h"

#include <QDateTime>
#include <functional>
#include <optional>

namespace confidant::server {

class Database;

// The key epochs the keys are wrapped with (key_epochs, and the rows that name one: inquiry_keys of migration 0013,
// customer_totp of 0020), in SQL, for a key rotation (server/service/KeyRotation).
class KeyEpochStore {
public:
    explicit KeyEpochStore(Database &database);

    bool registerEpoch(int epoch);
    // Whether an inquiry or an account was deleted at or after `since` (the deletion log).
    std::optional<bool> deletedSince(const QDateTime &since) const;
    // Gives the wrapped data key of `batchSize` rows of an epoch below `epoch` to `rewrap` and stores what it
    // returns, in one short transaction (the rows' locks are held only while their keys are wrapped again). The
    // number of keys wrapped again; none when the database failed or `rewrap` returned none (nothing stored).
    // Inquiries' data keys first, then customers' second-factor secrets.
    using Rewrap = std::function<std::optional<WrappedKey>(const KeyOwner &owner, const WrappedKey &key)>;
    std::optional<int> rewrapBatchBelow(int epoch, int batchSize, const Rewrap &rewrap);
    // False while a row still names an older epoch (the foreign key refuses the deletion).
    bool retireBelow(int epoch);

private:
    Database &m_database;
};

} // namespace confidant::server
