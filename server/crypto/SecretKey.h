#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <array>
#include <optional>

namespace confidant::server {

// A 256-bit AES key. Held in a fixed array rather than a QByteArray, whose implicitly shared copies could not all
// be wiped: every copy of a SecretKey wipes its own bytes when it goes.
class SecretKey {
public:
    static constexpr int size = 32;

    // From OpenSSL's RAND_bytes; none when the generator fails (never a weak key).
    static std::optional<SecretKey> random();
    // None unless exactly `size` bytes.
    static std::optional<SecretKey> fromBytes(QByteArrayView bytes);

    SecretKey(const SecretKey &other) = default;
    SecretKey &operator=(const SecretKey &other) = default;
    ~SecretKey();

    const unsigned char *data() const { return m_bytes.data(); }
    // For wrapping and for the key ring file only; the caller wipes what it no longer needs.
    QByteArray toBytes() const;

private:
    SecretKey() = default;
    std::array<unsigned char, size> m_bytes{};
};

} // namespace confidant::server
