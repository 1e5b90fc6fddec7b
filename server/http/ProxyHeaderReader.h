#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QSocketNotifier>
#include <QTimer>
#include <optional>

namespace confidant::server {

// Reads a PROXY protocol v2 header (as HAProxy and most load balancers send it) from a freshly accepted socket of a
// trusted load balancer, and nothing beyond it: the bytes that follow (a TLS ClientHello) stay in the kernel for
// the QSslSocket that takes the descriptor next, since the TLS handshake still ends here. Reports the original
// client's address, or nullopt (and closes the descriptor) for a malformed, oversized or late header.
class ProxyHeaderReader : public QObject {
    Q_OBJECT
public:
    static constexpr int maxHeaderBytes = 512; // addresses and a few TLVs; a longer header is refused

    ProxyHeaderReader(qintptr descriptor, const QHostAddress &proxy, int timeoutMs, QObject *parent = nullptr);

    // The client address in a complete header: the source address for PROXY, the proxy's own for LOCAL (its
    // health checks); nullopt when it is not a valid v2 header of TCP over IPv4/IPv6.
    static std::optional<QHostAddress> clientAddress(const QByteArray &header, const QHostAddress &proxy);
    // How long the whole header is once its first 16 bytes are known; 0 when they are not a v2 header.
    static int headerLength(const QByteArray &first16);

signals:
    void finished(qintptr descriptor, std::optional<QHostAddress> client);

private:
    void readMore();
    void fail(const char *why);

    qintptr m_descriptor;
    QHostAddress m_proxy;
    QSocketNotifier m_readable;
    QTimer m_deadline;
    QByteArray m_header;
    bool m_done = false;
};

} // namespace confidant::server
