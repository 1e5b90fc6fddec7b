#pragma once

#include "time/WorkingCalendar.h"

#include <QJsonObject>
#include <optional>

// The company's working calendar as the advisor API and confidant-admin carry it (docs/protocol.md, "Working
// calendar"): {"timeZone": IANA id, "hours": {"mon": ["08:00", "17:00"], ..., "sun": null}, "holidays": ["2026-12-25"]}.
namespace confidant::wire {

QJsonObject toJson(const WorkingCalendar &calendar);
std::optional<WorkingCalendar> workingCalendarFromJson(const QJsonObject &json, QString *error = nullptr);
constexpr qsizetype maxCalendarHolidays = 1000;

} // namespace confidant::wire
