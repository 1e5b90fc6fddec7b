#include "wire/AdvisorWire.h"

#include "wire/FieldTable.h"

namespace confidant::wire {
namespace {

const auto profileFields = [](auto &profile, auto &&field) {
    field("id", profile.id);
    field("login", profile.login);
    field("displayName", profile.displayName);
    field("teamName", profile.teamName);
    field("teamLead", profile.teamLead);
    field("teamId", profile.teamId);
};

const auto absenceFields = [](auto &absence, auto &&field) {
    field("advisorId", absence.advisorId);
    field("advisorName", absence.advisorName);
    field("from", absence.from);
    field("to", absence.to);
};

const auto topicFields = [](auto &topic, auto &&field) {
    field("id", topic.id);
    field("key", topic.key);
    field("title", topic.title);
};

const auto colleagueFields = [](auto &advisor, auto &&field) {
    field("id", advisor.id);
    field("displayName", advisor.displayName);
    field("teamId", advisor.teamId);
    field("absentUntil", nullableTime(advisor.absentUntil)); // null while they are present
};

const auto teamFields = [](auto &team, auto &&field) {
    field("id", team.id);
    field("name", team.name);
};

const auto directoryFields = [](auto &directory, auto &&field) {
    field("advisors", items(directory.advisors, colleagueFields));
    field("teams", items(directory.teams, teamFields));
};

} // namespace

QJsonObject toJson(const AdvisorProfile &profile)
{
    return objectOf(profile, profileFields);
}

std::optional<AdvisorProfile> advisorProfileFromJson(const QJsonObject &json, QString *error)
{
    return entityFrom<AdvisorProfile>(json, profileFields, error);
}

QJsonObject toJson(const Absence &absence)
{
    return objectOf(absence, absenceFields);
}

std::optional<Absence> absenceFromJson(const QJsonObject &json, QString *error)
{
    return entityFrom<Absence>(json, absenceFields, [](const Absence &absence, JsonReader &r) {
        if (absence.to <= absence.from)
            r.fail("to", "after \"from\"");
    }, error);
}

QJsonObject toJson(const Topic &topic)
{
    return objectOf(topic, topicFields);
}

std::optional<Topic> topicFromJson(const QJsonObject &json, QString *error)
{
    return entityFrom<Topic>(json, topicFields, error);
}

QJsonObject toJson(const Directory &directory)
{
    return objectOf(directory, directoryFields);
}

std::optional<Directory> directoryFromJson(const QJsonObject &json, QString *error)
{
    return entityFrom<Directory>(json, directoryFields, error);
}

} // namespace confidant::wire
