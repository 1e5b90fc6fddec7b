#include "store/InquiryNotes.h"

#include "store/AdvisorScope.h"
#include "store/Database.h"
#include "store/SqlStatement.h"
#include "store/StoreLog.h"

namespace confidant::server {
namespace {

const QString selectNote = QStringLiteral(
    "SELECT n.id, coalesce(a.display_name, ''), n.text_sealed, n.at, n.inquiry_id, k.epoch, k.wrapped_key FROM inquiry_notes n "
    "JOIN inquiry_keys k ON k.inquiry_id = n.inquiry_id LEFT JOIN advisors a ON a.id = n.author_advisor_id ");

// None when the text does not decrypt (logged): the read is "unavailable" then.
std::optional<InquiryNote> readNote(const SqlRow &row, const InquiryKeys &keys)
{
    const qint64 inquiryId = row.id(4);
    const auto cipher = keys.fromRow(inquiryId, row.value(5), row.value(6));
    const auto text = cipher ? cipher->open(InquiryCipher::Field::Note, row.bytes(2)) : std::nullopt;
    if (!text) {
        qCCritical(lcStore) << "note" << row.id(0) << "of inquiry" << inquiryId << "cannot be decrypted";
        return std::nullopt;
    }
    return InquiryNote{row.id(0), row.text(1), *text, row.time(3)};
}

} // namespace

InquiryNotes::InquiryNotes(Database &database) : m_database(database), m_keys(database) {}

Result<InquiryNote> InquiryNotes::add(const AdvisorProfile &author, qint64 inquiryId, const QString &text, const QDateTime &now)
{
    // Overtaking needs three writers on one inquiry at once (InquiryMessages::insert); a few new starts are plenty.
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
    if (outcome != Write::Written)
        return unavailable();
    return SqlStatement(m_database, selectNote + QStringLiteral("WHERE n.id = :id"))
        .bind(QStringLiteral("id"), noteId)
        .oneRow([this](const SqlRow &row) { return readNote(row, m_keys); }, unavailable());
}

// The inquiry's row lock first (within the scope), then one statement: the number (above the inquiry's current
// one, see InquiryMessages::insert), the note, the inquiry's number and the NOTIFY.
InquiryNotes::Write InquiryNotes::write(const AdvisorProfile &author, qint64 inquiryId, const QByteArray &sealedText, const QDateTime &now,
                                        qint64 *noteId)
{
    Write outcome = Write::Failed;
    const bool ok = m_database.inTransaction([&] {
        SqlStatement lock(m_database, QStringLiteral("SELECT i.id FROM inquiries i WHERE i.id = :id AND ") + AdvisorScope::condition()
                                          + QStringLiteral(" FOR UPDATE"));
        lock.bind(QStringLiteral("id"), inquiryId);
        AdvisorScope(author).bindTo(lock);
        const auto found = lock.touchedARow();
        if (!found)
            return false;
        if (!found.value()) {
            outcome = Write::NotFound;
            return false;
        }
        SqlStatement statement(m_database, QStringLiteral(
            "WITH number AS (SELECT n AS seq FROM (SELECT confidant_change_number() AS n) own "
            "  WHERE n > (SELECT seq FROM inquiries WHERE id = :id)), "
            "note AS (INSERT INTO inquiry_notes (inquiry_id, author_advisor_id, text_sealed, at, seq) "
            "  SELECT :id, :author, :text, :now, number.seq FROM number RETURNING id, seq), "
            "inquiry AS (UPDATE inquiries SET seq = note.seq FROM note WHERE inquiries.id = :id RETURNING 1) "
            "SELECT note.id, pg_notify('confidant_changes', note.seq::text), (SELECT count(*) FROM inquiry) FROM note"));
        statement.bind(QStringLiteral("id"), inquiryId).bind(QStringLiteral("author"), author.id).bind(QStringLiteral("text"), sealedText)
            .bind(QStringLiteral("now"), now);
        if (!statement.run())
            return false;
        if (!statement.next()) {
            outcome = Write::Overtaken;
            return false;
        }
        *noteId = statement.row().id(0);
        return true;
    });
    return ok ? Write::Written : outcome;
}

Result<QList<InquiryNote>> InquiryNotes::of(qint64 inquiryId) const
{
    return SqlStatement(m_database, selectNote + QStringLiteral("WHERE n.inquiry_id = :inquiry ORDER BY n.id"))
        .bind(QStringLiteral("inquiry"), inquiryId)
        .rows([this](const SqlRow &row) { return readNote(row, m_keys); });
}

} // namespace confidant::server
