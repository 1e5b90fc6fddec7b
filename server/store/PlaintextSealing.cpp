#include "store/PlaintextSealing.h"

#include "store/Database.h"
#include "store/InquiryKeys.h"
#include "store/StartupSealing.h"
#include "store/StoreLog.h"

#include <QSqlQuery>

namespace confidant::server {

PlaintextSealing::PlaintextSealing(Database &database) : m_database(database) {}

bool PlaintextSealing::run(QString *error)
{
    return StartupSealing::run(m_database, {Database::Job::PlaintextSealing, QStringLiteral("inquiries"), QStringLiteral("subject"),
                                            QStringLiteral("confidant_drop_plaintext"), QStringLiteral("encrypt the stored texts"),
                                            [this](QString *) { return sealBatch(); }},
                               error);
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
        && sealColumn(key->cipher, InquiryCipher::Field::Body, QStringLiteral("messages"), QStringLiteral("body"), QStringLiteral("author"))
        && sealColumn(key->cipher, InquiryCipher::Field::Note, QStringLiteral("inquiry_notes"), QStringLiteral("text"), QString());
}

// `table`, `column` and `author` are this file's constants, never input; the values are bound. With an author
// column, each value is bound to its row and author as well (InquiryCipher, v2).
bool PlaintextSealing::sealColumn(const InquiryCipher &cipher, InquiryCipher::Field field, const QString &table, const QString &column,
                                  const QString &author)
{
    QSqlQuery rows(m_database.connection());
    const QString authorColumn = author.isEmpty() ? QStringLiteral("''") : author;
    if (!runQuery(rows, QStringLiteral("SELECT id, %1, %3 FROM %2 WHERE inquiry_id = ? AND %1 IS NOT NULL").arg(column, table, authorColumn),
                  {cipher.inquiryId()}))
        return false;
    QSqlQuery update(m_database.connection());
    const QString sql = QStringLiteral("UPDATE %2 SET %1_sealed = ?, %1 = NULL WHERE id = ?").arg(column, table);
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        const QString text = rows.value(1).toString();
        const auto sealed = author.isEmpty() ? cipher.seal(field, text) : cipher.seal(field, {id, rows.value(2).toString().toUtf8()}, text);
        if (!sealed || !runQuery(update, sql, {*sealed, id}))
            return false;
    }
    return true;
}

} // namespace confidant::server
