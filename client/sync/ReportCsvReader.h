#pragma once

#include "domain/ActivityReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

namespace confidant::client {

// Reads a report back from the CSV ReportCsvWriter makes. Strict like the JSON decoder: a file with a malformed
// row, a missing column, a number that isn't one, or figures the wire format would refuse gives no report at all.
class ReportCsvReader {
    Q_DECLARE_TR_FUNCTIONS(ReportCsvReader)
public:
    static std::optional<ActivityReport> read(const QByteArray &csv, QString *error = nullptr);
    // RFC 4180 rows of fields; nullopt (and the line in `error`) for an unterminated quote or text after one.
    static std::optional<QList<QStringList>> parse(const QByteArray &csv, QString *error = nullptr);
};

} // namespace confidant::client
