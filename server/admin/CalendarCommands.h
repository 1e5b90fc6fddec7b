#pragma once

namespace confidant::server {

class AdminSession;
class CommandArguments;

// The working calendar response targets count in, set from and shown as the JSON of docs/protocol.md ("Calendar").
class CalendarCommands {
public:
    explicit CalendarCommands(AdminSession &session);

    int setCalendar(const CommandArguments &arguments);
    int showCalendar(const CommandArguments &);

private:
    AdminSession &m_session;
};

} // namespace confidant::server
