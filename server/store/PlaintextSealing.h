#pragma once

#include "crypto/InquiryCipher.h"

#include <QString>
#include <optional>

namespace confidant::server {

class Database;

// The one-time encryption of a database written before migration 0013 (existing demo and production data). SQL has
// no key, so the server does it at start, before it serves: each inquiry in its own transaction gets a data key,
// its subject, messages and notes are sealed and their plaintext set to NULL; at the end
// confidant_drop_plaintext() drops the plaintext columns (StartupSealing). A new database has dropped them in the
// migration already, and then this is one query.
class PlaintextSealing {
public:
    explicit PlaintextSealing(Database &database);

    // False with a message naming what failed.
    bool run(QString *error);

    static constexpr int batchSize = 100;

private:
    std::optional<int> sealBatch();
    bool sealInquiry(qint64 inquiryId, const QString &subject);
    bool sealColumn(const InquiryCipher &cipher, InquiryCipher::Field field, const QString &table, const QString &column,
                    const QString &author);

    Database &m_database;
};

} // namespace confidant::server
