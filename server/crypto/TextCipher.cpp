#include "crypto/TextCipher.h"

#include "crypto/CryptoLog.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace confidant::server {
namespace {

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext newContext()
{
    return CipherContext(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
}

unsigned char *bytes(QByteArray &array, qsizetype offset = 0)
{
    return reinterpret_cast<unsigned char *>(array.data()) + offset;
}

const unsigned char *bytes(QByteArrayView view, qsizetype offset = 0)
{
    return reinterpret_cast<const unsigned char *>(view.data()) + offset;
}

// Key, nonce and associated data into a context made for encrypting or decrypting; GCM's default nonce length is
// the 12 bytes we use, so it is not set separately.
bool start(EVP_CIPHER_CTX *context, bool encrypt, const SecretKey &key, const unsigned char *nonce, QByteArrayView associatedData)
{
    int length = 0;
    const int enc = encrypt ? 1 : 0;
    return EVP_CipherInit_ex(context, EVP_aes_256_gcm(), nullptr, nullptr, nullptr, enc) == 1
        && EVP_CipherInit_ex(context, nullptr, nullptr, key.data(), nonce, enc) == 1
        && (associatedData.isEmpty()
            || EVP_CipherUpdate(context, nullptr, &length, bytes(associatedData), int(associatedData.size())) == 1);
}

} // namespace

std::optional<QByteArray> TextCipher::seal(const SecretKey &key, QByteArrayView plaintext, QByteArrayView associatedData)
{
    QByteArray sealed(overhead + plaintext.size(), Qt::Uninitialized);
    sealed[0] = version;
    unsigned char *nonce = bytes(sealed, 1);
    unsigned char *out = bytes(sealed, 1 + nonceSize);
    const CipherContext context = newContext();
    int length = 0;
    int finalLength = 0;
    const bool ok = context && RAND_bytes(nonce, nonceSize) == 1 && start(context.get(), true, key, nonce, associatedData)
        && (plaintext.isEmpty() || EVP_EncryptUpdate(context.get(), out, &length, bytes(plaintext), int(plaintext.size())) == 1)
        && EVP_EncryptFinal_ex(context.get(), out + length, &finalLength) == 1
        && length + finalLength == plaintext.size()
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, tagSize, out + plaintext.size()) == 1;
    if (!ok) {
        OPENSSL_cleanse(sealed.data(), size_t(sealed.size()));
        qCCritical(lcCrypto) << "AES-256-GCM encryption failed in OpenSSL";
        return std::nullopt;
    }
    return sealed;
}

std::optional<QByteArray> TextCipher::open(const SecretKey &key, QByteArrayView sealed, QByteArrayView associatedData)
{
    if (sealed.size() < overhead || sealed.at(0) != version)
        return std::nullopt;
    const qsizetype textSize = sealed.size() - overhead;
    const unsigned char *nonce = bytes(sealed, 1);
    const unsigned char *in = bytes(sealed, 1 + nonceSize);
    // The tag is handed to OpenSSL from a copy: EVP_CTRL_GCM_SET_TAG takes a non-const pointer.
    QByteArray tag = sealed.sliced(1 + nonceSize + textSize).toByteArray();
    QByteArray plaintext(textSize, Qt::Uninitialized);
    const CipherContext context = newContext();
    int length = 0;
    int finalLength = 0;
    const bool ok = context && start(context.get(), false, key, nonce, associatedData)
        && (textSize == 0 || EVP_DecryptUpdate(context.get(), bytes(plaintext), &length, in, int(textSize)) == 1)
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, tagSize, tag.data()) == 1
        && EVP_DecryptFinal_ex(context.get(), bytes(plaintext) + length, &finalLength) == 1;
    if (!ok) {
        // What was decrypted before the tag failed is not to be trusted, nor left lying in memory.
        OPENSSL_cleanse(plaintext.data(), size_t(plaintext.size()));
        return std::nullopt;
    }
    return plaintext;
}

} // namespace confidant::server
