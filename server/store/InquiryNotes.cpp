#include "store/InquiryNotes.h"

#include "store/AdvisorScope.h"
#include "store/Database.h"
#include "store/StoreLog.h"

#include <QSqlQuery>

namespace confidant::server {
namespace {

const QString selectNote = QStringLiteral(
    "SELECT n.id, coalesce(a.display_name, ''), n.text_sealed, n.at, n.inquiry_id, k.epoch, k.wrapped_key FROM inquiry_notes n "
    "JOIN inquiry_keys k ON k.inquiry_id = n.inquiry_id LEFT JOIN advisors a ON a.id = n.author_advisor_id ");

// None when the text does not decrypt (logged): the read is "unavailable" then.
std::optional<InquiryNote> readNote(const QSqlQuery &query, const InquiryKeys &keys)
{
    const qint64 inquiryId = query.value(4).toLongLong();
    const auto cipher = keys.fromRow(inquiryId, query.value(5), query.value(6));
    const auto text = cipher ? cipher->open(InquiryCipher::Field::Note, query.value(2).toByteArray()) : std::nullopt;
    if (!text) {
        qCCritical(lcStore) << "note" << query.value(0).toLongLong() << "of inquiry" << inquiryId << "cannot be decrypted";
        return std::nullopt;
    }
    return InquiryNote{query.value(0).toLongLong(), query.value(1).toString(), *text, query.value(3).toDateTime().toUTC()};
}

} // namespace

InquiryNotes::InquiryNotes(Database &database) : m_database(database), m_keys(database) {}

Result<InquiryNote> InquiryNotes::add(const AdvisorProfile &author, qint64 inquiryId, const QString &text, const QDateTime &now)
{
    // Overtaking needs three writers on one inquiry at once (InquiryStore::insertMessage); a few new starts are plenty.
    const ServiceError notFound{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry does not exist."))};
    // Sealed before the transaction with the inquiry's data key, which never changes; no key, no inquiry.
    const auto cipher = m_keys.load(inquiryId);
    if (!cipher)
        return cipher.error();
    if (!cipher.value())
        return notFound;
    const auto sealed = cipher.value()->seal(InquiryCipher::Field::Note, text);
    if (!sealed)
        return unavailable();
    qint64 noteId = 0;
    Write outcome = Write::Overtaken;
    for (int attempt = 0; attempt < 5 && outcome == Write::Overtaken; ++attempt)
        outcome = write(author, inquiryId, *sealed, now, &noteId);
    if (outcome == Write::NotFound)
        return notFound;
    QSqlQuery query(m_database.connection());
    if (outcome != Write::Written || !runQuery(query, selectNote + QStringLiteral("WHERE n.id = ?"), {noteId}) || !query.next())
        return unavailable();
    const auto note = readNote(query, m_keys);
    return note ? Result<InquiryNote>(*note) : Result<InquiryNote>(unavailable());
}

// The inquiry's row lock first (within the scope), then one statement: the number (above the inquiry's current
// one, see InquiryStore::insertMessage), the note, the inquiry's number and the NOTIFY.
InquiryNotes::Write InquiryNotes::write(const AdvisorProfile &author, qint64 inquiryId, const QByteArray &sealedText, const QDateTime &now,
                                        qint64 *noteId)
{
    Write outcome = Write::Failed;
    const bool ok = m_database.inTransaction([&] {
        QSqlQuery query(m_database.connection());
        if (!runQuery(query, QStringLiteral("SELECT i.id FROM inquiries i WHERE i.id = ? AND ") + AdvisorScope::condition()
                                 + QStringLiteral(" FOR UPDATE"),
                      QVariantList() << inquiryId << AdvisorScope(author).values()))
            return false;
        if (!query.next()) {
            outcome = Write::NotFound;
            return false;
        }
        if (!runQuery(query, QStringLiteral(
                "WITH number AS (SELECT n AS seq FROM (SELECT confidant_change_number() AS n) own "
                "  WHERE n > (SELECT seq FROM inquiries WHERE id = ?)), "
                "note AS (INSERT INTO inquiry_notes (inquiry_id, author_advisor_id, text_sealed, at, seq) "
                "  SELECT ?, ?, ?, ?, number.seq FROM number RETURNING id, seq), "
                "inquiry AS (UPDATE inquiries SET seq = note.seq FROM note WHERE inquiries.id = ? RETURNING 1) "
                "SELECT note.id, pg_notify('confidant_changes', note.seq::text), (SELECT count(*) FROM inquiry) FROM note"),
                      {inquiryId, inquiryId, author.id, sealedText, now.toUTC(), inquiryId}))
            return false;
        if (!query.next()) {
            outcome = Write::Overtaken;
            return false;
        }
        *noteId = query.value(0).toLongLong();
        return true;
    });
    return ok ? Write::Written : outcome;
}

Result<QList<InquiryNote>> InquiryNotes::of(qint64 inquiryId) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectNote + QStringLiteral("WHERE n.inquiry_id = ? ORDER BY n.id"), {inquiryId}))
        return unavailable();
    QList<InquiryNote> notes;
    while (query.next()) {
        const auto note = readNote(query, m_keys);
        if (!note)
            return unavailable();
        notes.append(*note);
    }
    return notes;
}

} // namespace confidant::server
