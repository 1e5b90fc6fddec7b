#pragma once

#include "domain/AdvisorProfile.h"
#include "domain/InquiryNote.h"
#include "store/InquiryKeys.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QList>

namespace confidant::server {

class Database;

// Advisors' internal notes on a thread. Only the advisor API reads them; the customer pages never do.
// Text is expected validated (server/service checks it with validation::checkNoteText).
class InquiryNotes {
public:
    explicit InquiryNotes(Database &database);

    // Within the advisor's scope only (NotFound otherwise, as for an inquiry that does not exist). Takes a change
    // number for the inquiry, so every client that shows it fetches the thread again.
    Result<InquiryNote> add(const AdvisorProfile &author, qint64 inquiryId, const QString &text, const QDateTime &now);
    Result<QList<InquiryNote>> of(qint64 inquiryId) const; // oldest first

private:
    enum class Write { Written, NotFound, Overtaken, Failed };
    Write write(const AdvisorProfile &author, qint64 inquiryId, const QByteArray &sealedText, const QDateTime &now, qint64 *noteId);

    Database &m_database;
    InquiryKeys m_keys;
};

} // namespace confidant::server
