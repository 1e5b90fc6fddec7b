#pragma once

#include <QByteArray>
#include <QSsl>

class QSslConfiguration;

namespace confidant::server {

// The TLS versions, cipher suites and key-exchange groups both listeners offer: the one place to change them.
// The defaults follow BSI TR-02102-2: TLS 1.2 and 1.3 only; forward secrecy and AEAD only (ECDHE with AES-GCM or
// AES-CCM on 1.2, AES-GCM or AES-CCM on 1.3); no ChaCha20, no CBC, no PSK, no RSA key exchange.
//
// The lists are OpenSSL's own syntax and reach OpenSSL through SSL_CONF_cmd (Qt's backend configuration options),
// not through QSslConfiguration::setCiphers: Qt 6.4's QSslCipher only knows the suites of OpenSSL's default
// lists, so setCiphers cannot name the CCM suites (tried: QSslCipher("TLS_AES_128_CCM_SHA256") is null).
// DHE is left out: Qt's built-in DH group has 2048 bits, the BSI asks for at least 3000.
struct TlsPolicy {
    QSsl::SslProtocol protocols = QSsl::TlsV1_2OrLater; // 1.3 is the newest OpenSSL 3 speaks
    QByteArray tls12Ciphers = QByteArrayLiteral("ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256:"
                                                "ECDHE-ECDSA-AES256-CCM:ECDHE-ECDSA-AES128-CCM:"
                                                "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256");
    QByteArray tls13Suites = QByteArrayLiteral("TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256:TLS_AES_128_CCM_SHA256");
    // The BSI's elliptic curves (X25519 is not among them) and, for TLS 1.3, its finite-field groups.
    QByteArray groups = QByteArrayLiteral("P-256:P-384:P-521:brainpoolP256r1:brainpoolP384r1:brainpoolP512r1:"
                                          "ffdhe3072:ffdhe4096");

    void applyTo(QSslConfiguration &configuration) const;
};

} // namespace confidant::server
