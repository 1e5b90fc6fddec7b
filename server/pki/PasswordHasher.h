#pragma once

#include <QByteArray>
#include <QString>

namespace confidant::server {

// Argon2id through libsodium. The cost is chosen at start: Interactive for production, Minimal only for tests
// and benchmarks where thousands of accounts are created.
class PasswordHasher {
public:
    enum class Cost { Minimal, Interactive, Moderate };
    explicit PasswordHasher(Cost cost = Cost::Interactive);

    // The encoded string ($argon2id$v=19$m=...,t=...,p=1$salt$hash); empty only if memory ran out.
    QByteArray hash(const QString &password) const;
    bool verify(const QByteArray &encodedHash, const QString &password) const;
    bool needsRehash(const QByteArray &encodedHash) const;

private:
    static bool verifyBytes(const QByteArray &encodedHash, const QByteArray &utf8);

    unsigned long long m_opsLimit;
    size_t m_memLimit;
};

// Random tokens for session cookies and CSRF fields: 32 bytes from libsodium, base64url without padding.
QByteArray randomToken();

} // namespace confidant::server
