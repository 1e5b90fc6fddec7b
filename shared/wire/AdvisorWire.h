#pragma once

#include "domain/Absence.h"
#include "domain/AdvisorProfile.h"
#include "domain/Directory.h"
#include "domain/Topic.h"

#include <QJsonObject>
#include <optional>

// The advisor API's people and topics: who is signed in, their colleagues and teams, absences, topics.
namespace confidant::wire {

QJsonObject toJson(const AdvisorProfile &profile);
std::optional<AdvisorProfile> advisorProfileFromJson(const QJsonObject &json, QString *error = nullptr);
QJsonObject toJson(const Absence &absence);
std::optional<Absence> absenceFromJson(const QJsonObject &json, QString *error = nullptr);
QJsonObject toJson(const Topic &topic);
std::optional<Topic> topicFromJson(const QJsonObject &json, QString *error = nullptr);
QJsonObject toJson(const Directory &directory);
std::optional<Directory> directoryFromJson(const QJsonObject &json, QString *error = nullptr);

} // namespace confidant::wire
