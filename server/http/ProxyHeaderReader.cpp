#include "http/ProxyHeaderReader.h"

#include "http/HttpLog.h"

#include <QtEndian>

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

namespace confidant::server {
namespace {

const QByteArray signature("\r\n\r\n\0\r\nQUIT\n", 12);
constexpr int fixedPart = 16;

} // namespace

ProxyHeaderReader::ProxyHeaderReader(qintptr descriptor, const QHostAddress &proxy, int timeoutMs, QObject *parent)
    : QObject(parent), m_descriptor(descriptor), m_proxy(proxy), m_readable(descriptor, QSocketNotifier::Read)
{
    connect(&m_readable, &QSocketNotifier::activated, this, &ProxyHeaderReader::readMore);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { fail("no complete PROXY header in time"); });
    m_deadline.start(timeoutMs);
}

int ProxyHeaderReader::headerLength(const QByteArray &first16)
{
    if (first16.size() < fixedPart || !first16.startsWith(signature) || (quint8(first16.at(12)) >> 4) != 2)
        return 0;
    return fixedPart + qFromBigEndian<quint16>(first16.constData() + 14);
}

std::optional<QHostAddress> ProxyHeaderReader::clientAddress(const QByteArray &header, const QHostAddress &proxy)
{
    const int length = headerLength(header.left(fixedPart));
    if (length == 0 || header.size() != length)
        return std::nullopt;
    const quint8 command = quint8(header.at(12)) & 0x0f;
    const quint8 family = quint8(header.at(13));
    if (command == 0x0) // LOCAL: the balancer speaking for itself
        return proxy;
    if (command != 0x1)
        return std::nullopt;
    const char *addresses = header.constData() + fixedPart;
    if (family == 0x11 && length >= fixedPart + 12)
        return QHostAddress(qFromBigEndian<quint32>(addresses));
    if (family == 0x21 && length >= fixedPart + 36)
        return QHostAddress(reinterpret_cast<const quint8 *>(addresses));
    return std::nullopt;
}

// Reads only what the header still lacks, so nothing after it is taken from the socket.
void ProxyHeaderReader::readMore()
{
    if (m_done)
        return;
    const int wanted = m_header.size() < fixedPart ? fixedPart : headerLength(m_header.left(fixedPart));
    if (wanted == 0 || wanted > maxHeaderBytes)
        return fail("not a PROXY v2 header, or too long");
    char buffer[maxHeaderBytes];
    const ssize_t got = ::recv(int(m_descriptor), buffer, size_t(wanted - m_header.size()), 0);
    if (got == 0)
        return fail("closed before its PROXY header was complete");
    if (got < 0)
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? void() : fail("unreadable");
    m_header.append(buffer, int(got));
    if (m_header.size() == fixedPart && headerLength(m_header) == 0)
        return fail("not a PROXY v2 header");
    if (m_header.size() < fixedPart || m_header.size() < headerLength(m_header.left(fixedPart)))
        return; // more to come
    const auto client = clientAddress(m_header, m_proxy);
    if (!client)
        return fail("a PROXY v2 header without a TCP client address");
    m_done = true;
    m_readable.setEnabled(false);
    m_deadline.stop();
    emit finished(m_descriptor, client);
}

void ProxyHeaderReader::fail(const char *why)
{
    if (m_done)
        return;
    m_done = true;
    m_readable.setEnabled(false);
    m_deadline.stop();
    qCInfo(lcHttp) << "closed a connection from the load balancer" << m_proxy << ":" << why;
    ::close(int(m_descriptor));
    emit finished(m_descriptor, std::nullopt);
}

} // namespace confidant::server
