#pragma once

#include "domain/ActivityReport.h"

#include <QByteArray>
#include <QStringList>

namespace confidant::client {

// A whole report as one CSV file (RFC 4180: comma-separated, fields with commas, quotes or line breaks quoted,
// CRLF line ends, UTF-8), for spreadsheets and for ReportCsvReader.
//
// The file is a run of sections: report, totals, day, topic, team, backlog, advisor, me. Each starts with a header
// row whose first field is "section" and names the columns; each row after it starts with the section's name.
// Numbers are plain integers (durations in seconds of working time; an empty field: nothing measured), dates
// YYYY-MM-DD, the generation time ISO 8601 in UTC, so a spreadsheet reads them as numbers and dates.
class ReportCsvWriter {
public:
    static QByteArray write(const ActivityReport &report);
    // One row, quoted as RFC 4180 asks, ending in CRLF.
    static QByteArray row(const QStringList &fields);
};

} // namespace confidant::client
