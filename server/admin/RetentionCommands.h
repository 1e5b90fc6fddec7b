#pragma once

namespace confidant::server {

class AdminSession;
class CommandArguments;

// How long things are kept: closed inquiries per topic, customer accounts after their last sign-in, and whether the
// server deletes what is due by itself after a grace period.
class RetentionCommands {
public:
    explicit RetentionCommands(AdminSession &session);

    int setRetention(const CommandArguments &arguments);
    int setAccountRetention(const CommandArguments &arguments);
    int setAutoDelete(const CommandArguments &arguments);

private:
    AdminSession &m_session;
};

} // namespace confidant::server
