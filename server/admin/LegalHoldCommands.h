#pragma once

#include <QtGlobal>

namespace confidant::server {

class AdminSession;
class CommandArguments;

// Legal holds for an administrator (audit 6 of issue 20): on any inquiry, also one of the shared queue, which has
// no team lead to set one. The deletion log records the administrator, not an advisor, as who set or lifted it.
class LegalHoldCommands {
public:
    explicit LegalHoldCommands(AdminSession &session);

    // legal-hold set ID --reason-kind KIND --reason TEXT | legal-hold lift ID --reason-kind KIND
    int legalHold(const CommandArguments &arguments);

private:
    int set(qint64 inquiryId, const CommandArguments &arguments);
    int lift(qint64 inquiryId, const CommandArguments &arguments);

    AdminSession &m_session;
};

} // namespace confidant::server
