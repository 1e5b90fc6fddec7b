#pragma once

namespace confidant::server {

class AdminSession;
class CommandArguments;

// The key ring that encrypts the stored texts: made once, rotated so that older backups lose deleted inquiries.
class KeyRingCommands {
public:
    explicit KeyRingCommands(AdminSession &session);

    int createKeyRing(const CommandArguments &);
    int rotateKeys(const CommandArguments &);

private:
    AdminSession &m_session;
};

} // namespace confidant::server
