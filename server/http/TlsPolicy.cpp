#include "http/TlsPolicy.h"

#include <QSslConfiguration>

namespace confidant::server {

void TlsPolicy::applyTo(QSslConfiguration &configuration) const
{
    configuration.setProtocol(protocols);
    // Qt hands these to SSL_CONF_cmd after its own cipher setup, so they replace Qt's default lists entirely.
    // A list OpenSSL cannot use fails every handshake, which tst_tlspolicy's handshakes test would show.
    configuration.setBackendConfigurationOption("CipherString", tls12Ciphers);
    configuration.setBackendConfigurationOption("Ciphersuites", tls13Suites);
    configuration.setBackendConfigurationOption("Groups", groups);
}

} // namespace confidant::server
