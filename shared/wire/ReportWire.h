#pragma once

#include "domain/ActivityReport.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

// The wire format of reports (docs/protocol.md, "Reports"). Decoding is strict: a report that is missing a field,
// has a negative count or a day outside its period is refused as a whole, so a client never draws half a report.
namespace confidant::wire {

QJsonObject toJson(const ActivityReport &report);
QByteArray encodeActivityReport(const ActivityReport &report);
std::optional<ActivityReport> activityReportFromJson(const QJsonObject &json, QString *error = nullptr);
std::optional<ActivityReport> decodeActivityReport(const QByteArray &document, QString *error = nullptr);

// The keys of BacklogBand::Age on the wire and in the CSV: "under1Day", "1to3Days", "3to7Days", "7to14Days",
// "over14Days".
QString backlogAgeKey(BacklogBand::Age age);
std::optional<BacklogBand::Age> backlogAgeFromKey(const QString &key);

// Dates of a period: YYYY-MM-DD, nothing else.
QString dateText(const QDate &date);
std::optional<QDate> dateFromText(const QString &text);

} // namespace confidant::wire
