#pragma once

#include "crypto/InquiryCipher.h"
#include "crypto/KeyRing.h"
#include "store/StoreError.h"

#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace confidant::server {

class Database;

// The inquiries' data keys (table inquiry_keys, migration 0013): a random AES-256 key per inquiry, stored wrapped
// with a KEK of the database's key ring (Database::keyRing). Reads join inquiry_keys and open the key from the row
// (fromRow); writes to an existing inquiry load it (load); a new inquiry gets one (create).
class InquiryKeys {
public:
    explicit InquiryKeys(Database &database);

    struct NewKey {
        InquiryCipher cipher;
        WrappedKey wrapped;
    };
    // None when randomness or the key ring fails (logged).
    std::optional<NewKey> create(qint64 inquiryId) const;
    // From the epoch and wrapped key columns of a row; none when the key ring cannot open it (logged).
    std::optional<InquiryCipher> fromRow(qint64 inquiryId, const QVariant &epoch, const QVariant &wrappedKey) const;
    // Its own query. None inside: the inquiry has no key, so it does not exist.
    Result<std::optional<InquiryCipher>> load(qint64 inquiryId) const;
    // Writes the key row (and registers its epoch); part of the caller's transaction.
    bool store(qint64 inquiryId, const WrappedKey &wrapped) const;

    // A common table expression named key_epoch for a statement that writes a key: registers its epoch unless a
    // newer one exists (then the epoch was retired, and the key row's foreign key refuses the write). Names :epoch.
    static QString registerEpoch();

private:
    Database &m_database;
};

} // namespace confidant::server
