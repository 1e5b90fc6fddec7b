#include "crypto/SecretKey.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstring>

namespace confidant::server {

std::optional<SecretKey> SecretKey::random()
{
    SecretKey key;
    if (RAND_bytes(key.m_bytes.data(), size) != 1)
        return std::nullopt;
    return key;
}

std::optional<SecretKey> SecretKey::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != size)
        return std::nullopt;
    SecretKey key;
    std::memcpy(key.m_bytes.data(), bytes.data(), size);
    return key;
}

SecretKey::~SecretKey()
{
    OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
}

QByteArray SecretKey::toBytes() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), size);
}

} // namespace confidant::server
