#pragma once

#include "crypto/InquiryCipher.h"

#include <QString>
#include <optional>

namespace confidant::server {

class Database;

// The one-time pass after migration 0016 (issue 20), at start and before the server serves, after PlaintextSealing:
// each inquiry in its own transaction gets its message bodies sealed again bound to their row and author (they were
// bound to the inquiry only), its transfer notes and its postponement's reason sealed and their plaintext set to
// NULL; at the end confidant_finish_row_sealing() drops the marker and the plaintext columns (StartupSealing). A
// new database has done that in the migration, and then this is one query.
class RowBoundSealing {
public:
    explicit RowBoundSealing(Database &database);

    // False with a message naming what failed. A body that does not open the old way was changed in the database:
    // the server does not start over it.
    bool run(QString *error);

    static constexpr int batchSize = 100;

private:
    std::optional<int> sealBatch(QString *error);
    bool sealInquiry(qint64 inquiryId, QString *error);
    bool bindMessages(const InquiryCipher &cipher, QString *error);
    bool sealEventNotes(const InquiryCipher &cipher);
    bool sealPostponementReason(const InquiryCipher &cipher);

    Database &m_database;
};

} // namespace confidant::server
