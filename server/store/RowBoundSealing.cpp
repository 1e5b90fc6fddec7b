#include "store/RowBoundSealing.h"

#include "store/Database.h"
#include "store/InquiryKeys.h"
#include "store/StartupSealing.h"
#include "store/SqlStatement.h"
#include "store/StoreLog.h"

namespace confidant::server {

RowBoundSealing::RowBoundSealing(Database &database) : m_database(database) {}

bool RowBoundSealing::run(QString *error)
{
    return StartupSealing::run(m_database, {Database::Job::RowBoundSealing, QStringLiteral("messages"), QStringLiteral("body_v1"),
                                            QStringLiteral("confidant_finish_row_sealing"), QStringLiteral("bind the messages to their rows and seal the notes and reasons"),
                                            [this](QString *error) { return sealBatch(error); }},
                               error);
}

// The next inquiries with something left to seal, each in its own transaction; the number sealed.
std::optional<int> RowBoundSealing::sealBatch(QString *error)
{
    const auto inquiries = SqlStatement(m_database, QStringLiteral(
        "SELECT inquiry_id FROM (SELECT inquiry_id FROM messages WHERE body_v1 UNION SELECT inquiry_id FROM inquiry_events WHERE note IS NOT NULL "
        "UNION SELECT inquiry_id FROM deletion_postponements WHERE reason IS NOT NULL) todo ORDER BY inquiry_id LIMIT :batch"))
        .bind(QStringLiteral("batch"), batchSize)
        .rows([](const SqlRow &row) { return row.id(0); });
    if (!inquiries)
        return std::nullopt;
    for (qint64 id : inquiries.value()) {
        if (!m_database.inTransaction([&] { return sealInquiry(id, error); }))
            return std::nullopt;
    }
    return int(inquiries->size());
}

bool RowBoundSealing::sealInquiry(qint64 inquiryId, QString *error)
{
    const auto cipher = InquiryKeys(m_database).load(inquiryId);
    if (!cipher || !cipher.value()) {
        *error = QStringLiteral("cannot open the data key of inquiry %1").arg(inquiryId);
        return false;
    }
    return bindMessages(*cipher.value(), error) && sealEventNotes(*cipher.value()) && sealPostponementReason(*cipher.value());
}

// Opened the old way (inquiry and field only) and sealed bound to the row and its author.
bool RowBoundSealing::bindMessages(const InquiryCipher &cipher, QString *error)
{
    struct Body {
        qint64 id;
        QByteArray author;
        QByteArray sealed;
    };
    const auto bodies = SqlStatement(m_database, QStringLiteral("SELECT id, author, body_sealed FROM messages WHERE inquiry_id = :inquiry AND body_v1"))
                            .bind(QStringLiteral("inquiry"), cipher.inquiryId())
                            .rows([](const SqlRow &row) { return Body{row.id(0), row.text(1).toUtf8(), row.bytes(2)}; });
    if (!bodies)
        return false;
    for (const Body &body : bodies.value()) {
        const auto text = cipher.open(InquiryCipher::Field::Body, body.sealed);
        if (!text) {
            *error = QStringLiteral("message %1 of inquiry %2 does not decrypt: it was changed in the database").arg(body.id).arg(cipher.inquiryId());
            return false;
        }
        const auto bound = cipher.seal(InquiryCipher::Field::Body, {body.id, body.author}, *text);
        if (!bound || !SqlStatement(m_database, QStringLiteral("UPDATE messages SET body_sealed = :sealed, body_v1 = false WHERE id = :id"))
                           .bind(QStringLiteral("sealed"), *bound).bind(QStringLiteral("id"), body.id).run())
            return false;
    }
    return true;
}

bool RowBoundSealing::sealEventNotes(const InquiryCipher &cipher)
{
    const auto notes = SqlStatement(m_database, QStringLiteral("SELECT id, note FROM inquiry_events WHERE inquiry_id = :inquiry AND note IS NOT NULL"))
                           .bind(QStringLiteral("inquiry"), cipher.inquiryId())
                           .rows([](const SqlRow &row) { return std::make_pair(row.id(0), row.text(1)); });
    if (!notes)
        return false;
    for (const auto &[id, note] : notes.value()) {
        const auto sealed = cipher.seal(InquiryCipher::Field::EventNote, {id, {}}, note);
        if (!sealed || !SqlStatement(m_database, QStringLiteral("UPDATE inquiry_events SET note_sealed = :sealed, note = NULL WHERE id = :id"))
                            .bind(QStringLiteral("sealed"), *sealed).bind(QStringLiteral("id"), id).run())
            return false;
    }
    return true;
}

bool RowBoundSealing::sealPostponementReason(const InquiryCipher &cipher)
{
    const auto reason = SqlStatement(m_database, QStringLiteral("SELECT reason FROM deletion_postponements WHERE inquiry_id = :inquiry AND reason IS NOT NULL"))
                            .bind(QStringLiteral("inquiry"), cipher.inquiryId())
                            .optionalRow([](const SqlRow &row) { return row.text(0); });
    if (!reason)
        return false;
    if (!reason.value())
        return true;
    const auto sealed = cipher.seal(InquiryCipher::Field::PostponementReason, *reason.value());
    return sealed
        && SqlStatement(m_database, QStringLiteral("UPDATE deletion_postponements SET reason_sealed = :sealed, reason = NULL WHERE inquiry_id = :inquiry"))
               .bind(QStringLiteral("sealed"), *sealed).bind(QStringLiteral("inquiry"), cipher.inquiryId()).run();
}

} // namespace confidant::server
