#include "store/PlaintextSealing.h"

#include "store/Database.h"
#include "store/InquiryKeys.h"
#include "store/StoreLog.h"

#include <QSqlQuery>

namespace confidant::server {

PlaintextSealing::PlaintextSealing(Database &database) : m_database(database) {}

bool PlaintextSealing::run(QString *error)
{
    const auto remains = plaintextRemains();
    if (!remains) {
        *error = QStringLiteral("cannot read the database's columns");
        return false;
    }
    if (!*remains)
        return true;
    if (!m_database.keyRing()) {
        *error = QStringLiteral("the database holds texts that are not encrypted yet, and no key ring is loaded");
        return false;
    }
    bool sealed = false;
    m_database.runAlone(Database::Job::PlaintextSealing, true, [&] {
        sealed = sealAll(error);
        return sealed;
    });
    if (!sealed && error->isEmpty())
        *error = QStringLiteral("the database failed while the stored texts were encrypted; start again to continue");
    return sealed;
}

// After migration 0013 and before the plaintext columns are dropped.
std::optional<bool> PlaintextSealing::plaintextRemains() const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                                        "AND table_name = 'inquiries' AND column_name = 'subject'"))
        || !query.next())
        return std::nullopt;
    return query.value(0).toInt() > 0;
}

bool PlaintextSealing::sealAll(QString *error)
{
    // Another instance may have finished while this one waited for the lock.
    const auto remains = plaintextRemains();
    if (!remains || !*remains)
        return remains.has_value();
    qint64 total = 0;
    for (;;) {
        const auto sealed = sealBatch();
        if (!sealed)
            return false;
        if (*sealed == 0)
            break;
        total += *sealed;
        qCInfo(lcStore) << "encrypted the texts of" << total << "inquiries written before encryption";
    }
    QSqlQuery drop(m_database.connection());
    if (!runQuery(drop, QStringLiteral("SELECT confidant_drop_plaintext()"))) {
        *error = QStringLiteral("cannot drop the plaintext columns after encrypting them");
        return false;
    }
    qCInfo(lcStore) << "every stored text is encrypted; the plaintext columns are gone (VACUUM FULL clears their old row versions from disk)";
    return true;
}

// The next inquiries without a key, each sealed in its own transaction; the number sealed.
std::optional<int> PlaintextSealing::sealBatch()
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT i.id, i.subject FROM inquiries i WHERE NOT EXISTS "
                                        "(SELECT 1 FROM inquiry_keys k WHERE k.inquiry_id = i.id) ORDER BY i.id LIMIT ?"), {batchSize}))
        return std::nullopt;
    QList<std::pair<qint64, QString>> inquiries;
    while (query.next())
        inquiries.append({query.value(0).toLongLong(), query.value(1).toString()});
    for (const auto &[id, subject] : inquiries) {
        if (!m_database.inTransaction([&] { return sealInquiry(id, subject); }))
            return std::nullopt;
    }
    return int(inquiries.size());
}

bool PlaintextSealing::sealInquiry(qint64 inquiryId, const QString &subject)
{
    const InquiryKeys keys(m_database);
    const auto key = keys.create(inquiryId);
    const auto sealedSubject = key ? key->cipher.seal(InquiryCipher::Field::Subject, subject) : std::nullopt;
    QSqlQuery query(m_database.connection());
    return sealedSubject && keys.store(inquiryId, key->wrapped)
        && runQuery(query, QStringLiteral("UPDATE inquiries SET subject_sealed = ?, subject = NULL WHERE id = ?"), {*sealedSubject, inquiryId})
        && sealColumn(key->cipher, InquiryCipher::Field::Body, QStringLiteral("messages"), QStringLiteral("body"))
        && sealColumn(key->cipher, InquiryCipher::Field::Note, QStringLiteral("inquiry_notes"), QStringLiteral("text"));
}

// `table` and `column` are this file's constants, never input; the values are bound.
bool PlaintextSealing::sealColumn(const InquiryCipher &cipher, InquiryCipher::Field field, const QString &table, const QString &column)
{
    QSqlQuery rows(m_database.connection());
    if (!runQuery(rows, QStringLiteral("SELECT id, %1 FROM %2 WHERE inquiry_id = ? AND %1 IS NOT NULL").arg(column, table), {cipher.inquiryId()}))
        return false;
    QSqlQuery update(m_database.connection());
    const QString sql = QStringLiteral("UPDATE %2 SET %1_sealed = ?, %1 = NULL WHERE id = ?").arg(column, table);
    while (rows.next()) {
        const auto sealed = cipher.seal(field, rows.value(1).toString());
        if (!sealed || !runQuery(update, sql, {*sealed, rows.value(0).toLongLong()}))
            return false;
    }
    return true;
}

} // namespace confidant::server
