#pragma once

#include <QHostAddress>
#include <QList>

namespace confidant::server {

// What one listener tolerates before it answers 4xx or closes the connection. The defaults suit a server
// that faces the internet; tests shrink the timeouts.
struct HttpLimits {
    int maxHeaderBytes = 16 * 1024;          // request line + headers; beyond: 431
    int handshakeTimeoutMs = 10'000;         // TLS handshake must finish within this
    int headerTimeoutMs = 10'000;            // a request head must arrive completely within this
    int bodyTimeoutMs = 30'000;              // the body must not stall longer than this between reads
    // The whole request, from its first byte to the end of its body, must arrive within this; no read extends it, or a
    // client sending a byte every few seconds would hold its slot forever. There is no allowance per byte received:
    // the largest body any route takes is 64 KiB (customer forms, advisor JSON), which needs ~1.1 KB/s to make it,
    // while an allowance would let a trickler buy time by sending just above the rate.
    int requestTimeoutMs = 60'000;
    int idleTimeoutMs = 15'000;              // keep-alive connection without a request
    int maxConnections = 512;
    int maxConnectionsPerAddress = 32;
    int maxRequestsPerConnection = 1000;
    // Near the cap (docs/architecture.md, "HTTP layer"): from this many open connections on (0: three quarters of
    // maxConnections), waiting for a handshake, a request head or the next request may take at most
    // pressureTimeoutMs; at the cap a newcomer takes the slot of the connection that has waited longest.
    int pressureConnections = 0;
    int pressureTimeoutMs = 2'000;
    // Load balancers whose connections start with a PROXY protocol v2 header naming the real client: limits,
    // throttles and logs then see that client. TLS still ends here. Empty: no header is ever read.
    QList<QHostAddress> trustedProxies;
};

} // namespace confidant::server
