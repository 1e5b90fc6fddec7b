#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <optional>

// Times on the wire (docs/protocol.md): every field carries "YYYY-MM-DDTHH:MM:SS.mmmZ", in UTC.
namespace confidant::wire {

// A time as the wire writes it: "YYYY-MM-DDTHH:MM:SS.mmmZ", in UTC.
QString formatUtcTime(const QDateTime &time);
// The wire's own form read quickly; any other ISO 8601 text through QDateTime. Invalid when it is neither.
QDateTime parseUtcTime(const QString &text);
// A time as every field carries it ("2026-03-01T08:15:30.125Z"); null when invalid or absent.
QJsonValue timeJson(const QDateTime &time);
QJsonValue timeJson(const std::optional<QDateTime> &time);
// A time a person typed or sent: ISO 8601 with "Z" or an offset (without one it would be read in this machine's
// zone), as UTC; nullopt otherwise.
std::optional<QDateTime> timeWithOffsetFromText(const QString &text);

} // namespace confidant::wire
