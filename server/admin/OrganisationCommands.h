#pragma once

namespace confidant::server {

class AdminSession;
class CommandArguments;

// Who answers what: teams and their advisors (and leads), topics and the queue each is routed to, customers' fixed
// advisors, advisors' absences; and the lists an administrator checks them by.
class OrganisationCommands {
public:
    explicit OrganisationCommands(AdminSession &session);

    int createTeam(const CommandArguments &arguments);
    int createAdvisor(const CommandArguments &arguments);
    int setAdvisorTeam(const CommandArguments &arguments);
    int setAbsence(const CommandArguments &arguments);
    int createTopic(const CommandArguments &arguments);
    int routeTopic(const CommandArguments &arguments);
    int setFixedAdvisor(const CommandArguments &arguments);
    int listAdvisors(const CommandArguments &);
    int listTopics(const CommandArguments &);

private:
    AdminSession &m_session;
};

} // namespace confidant::server
