#include "pki/PasswordHasher.h"

#include <sodium.h>

namespace confidant::server {
namespace {

void initialiseSodium()
{
    static const bool ready = sodium_init() >= 0; // thread-safe once, per C++ static initialisation
    Q_UNUSED(ready);
}

} // namespace

PasswordHasher::PasswordHasher(Cost cost)
{
    initialiseSodium();
    switch (cost) {
    case Cost::Minimal:
        m_opsLimit = crypto_pwhash_OPSLIMIT_MIN;
        m_memLimit = crypto_pwhash_MEMLIMIT_MIN;
        break;
    case Cost::Interactive:
        m_opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        m_memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        break;
    case Cost::Moderate:
        m_opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
        m_memLimit = crypto_pwhash_MEMLIMIT_MODERATE;
        break;
    }
}

// NFC first (audit finding 12): a password typed where the keyboard decomposes "ü" must match the same password
// typed elsewhere.
QByteArray PasswordHasher::hash(const QString &password) const
{
    const QByteArray utf8 = password.normalized(QString::NormalizationForm_C).toUtf8();
    char encoded[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(encoded, utf8.constData(), quint64(utf8.size()), m_opsLimit, m_memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QByteArray(encoded);
}

// Hashes made before passwords were normalised hold the bytes as typed: a password that is not in NFC is tried as
// typed too. That costs a second hash only for such input, and tells an attacker nothing they did not send.
bool PasswordHasher::verify(const QByteArray &encodedHash, const QString &password) const
{
    const QString normalised = password.normalized(QString::NormalizationForm_C);
    return verifyBytes(encodedHash, normalised.toUtf8()) || (normalised != password && verifyBytes(encodedHash, password.toUtf8()));
}

bool PasswordHasher::verifyBytes(const QByteArray &encodedHash, const QByteArray &utf8)
{
    const QByteArray terminated = encodedHash + '\0';
    return crypto_pwhash_str_verify(terminated.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &encodedHash) const
{
    const QByteArray terminated = encodedHash + '\0';
    return crypto_pwhash_str_needs_rehash(terminated.constData(), m_opsLimit, m_memLimit) != 0;
}

QByteArray randomToken()
{
    initialiseSodium();
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace confidant::server
