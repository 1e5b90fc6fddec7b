#include "store/InquiryKeys.h"

#include "store/Database.h"
#include "store/SqlStatement.h"
#include "store/StoreLog.h"

namespace confidant::server {

InquiryKeys::InquiryKeys(Database &database) : m_database(database) {}

QString InquiryKeys::registerEpoch()
{
    return QStringLiteral("key_epoch AS (INSERT INTO key_epochs (epoch) SELECT :epoch WHERE :epoch >= (SELECT coalesce(max(epoch), 0) "
                          "FROM key_epochs) ON CONFLICT DO NOTHING RETURNING 1)");
}

std::optional<InquiryKeys::NewKey> InquiryKeys::create(qint64 inquiryId) const
{
    KeyRing *ring = m_database.keyRing();
    const auto dataKey = SecretKey::random();
    const auto wrapped = ring && dataKey ? ring->wrap(inquiryId, *dataKey) : std::nullopt;
    if (!wrapped) {
        qCCritical(lcStore) << (ring ? "cannot make a data key for inquiry" : "no key ring: cannot make a data key for inquiry") << inquiryId;
        return std::nullopt;
    }
    return NewKey{InquiryCipher(inquiryId, *dataKey), *wrapped};
}

std::optional<InquiryCipher> InquiryKeys::fromRow(qint64 inquiryId, const QVariant &epoch, const QVariant &wrappedKey) const
{
    KeyRing *ring = m_database.keyRing();
    const auto dataKey = ring ? ring->unwrap(inquiryId, WrappedKey{epoch.toInt(), wrappedKey.toByteArray()}) : std::nullopt;
    if (!dataKey) {
        qCCritical(lcStore) << "cannot open the data key of inquiry" << inquiryId << "(epoch" << epoch.toInt()
                            << "); is the server using the key ring this database was written with?";
        return std::nullopt;
    }
    return InquiryCipher(inquiryId, *dataKey);
}

Result<std::optional<InquiryCipher>> InquiryKeys::load(qint64 inquiryId) const
{
    return SqlStatement(m_database, QStringLiteral("SELECT epoch, wrapped_key FROM inquiry_keys WHERE inquiry_id = :inquiry"))
        .bind(QStringLiteral("inquiry"), inquiryId)
        .optionalRow([this, inquiryId](const SqlRow &row) { return fromRow(inquiryId, row.value(0), row.value(1)); });
}

bool InquiryKeys::store(qint64 inquiryId, const WrappedKey &wrapped) const
{
    return SqlStatement(m_database, QStringLiteral("WITH ") + registerEpoch()
                                        + QStringLiteral(" INSERT INTO inquiry_keys (inquiry_id, epoch, wrapped_key) VALUES (:inquiry, :epoch, :key)"))
        .bind(QStringLiteral("epoch"), wrapped.epoch)
        .bind(QStringLiteral("inquiry"), inquiryId)
        .bind(QStringLiteral("key"), wrapped.bytes)
        .run();
}

} // namespace confidant::server
