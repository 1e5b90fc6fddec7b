#pragma once

#include <optional>

namespace confidant::server {

class AdminSession;
class CertificateAuthority;
class CommandArguments;

// The company's PKI: the CA and the server certificate as files in DATA-DIR/pki (owner-only), advisors' client
// certificates as PKCS#12 registered to the advisor, and their revocation.
class PkiCommands {
public:
    explicit PkiCommands(AdminSession &session);

    int initCa(const CommandArguments &arguments);
    int serverCert(const CommandArguments &arguments);
    int issueAdvisorCert(const CommandArguments &arguments);
    int revokeAdvisorCert(const CommandArguments &arguments);

private:
    // The CA init-ca wrote; nullopt after saying so on stderr.
    // An encrypted CA key asks for its passphrase (CaPassphrase).
    std::optional<CertificateAuthority> loadCa(const CommandArguments &arguments) const;

    AdminSession &m_session;
};

} // namespace confidant::server
