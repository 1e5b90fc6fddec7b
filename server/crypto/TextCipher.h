#pragma once

#include "crypto/SecretKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace confidant::server {

// AES-256-GCM through OpenSSL's EVP interface. A sealed value is
//   version (1 byte, 0x01) || nonce (12 random bytes) || ciphertext || tag (16 bytes)
// and the associated data (not stored) binds it to where it belongs: opened anywhere else, it fails.
// A random 96-bit nonce per value: a data key seals one inquiry's few texts, far below the 2^32 values per key
// after which random nonces would risk a repeat.
class TextCipher {
public:
    static constexpr char version = 0x01;
    static constexpr int nonceSize = 12;
    static constexpr int tagSize = 16;
    static constexpr int overhead = 1 + nonceSize + tagSize;

    // None only when OpenSSL fails (no randomness, out of memory); logged without any of the values.
    static std::optional<QByteArray> seal(const SecretKey &key, QByteArrayView plaintext, QByteArrayView associatedData);
    // None when the value was made with another key or other associated data, was changed, or is not a sealed
    // value at all: GCM's tag tells them apart from the right one, never from each other.
    static std::optional<QByteArray> open(const SecretKey &key, QByteArrayView sealed, QByteArrayView associatedData);
};

} // namespace confidant::server
