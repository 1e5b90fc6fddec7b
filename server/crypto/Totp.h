#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <optional>

namespace confidant::server {

// Time-based one-time codes (RFC 6238) as every authenticator app makes them: six digits, 30-second steps,
// HMAC-SHA1, through liboath. A code is checked with a window of one step either side, for clocks that drift; the
// caller remembers the step it accepted last, so no code is accepted twice.
class Totp {
public:
    static constexpr int secretSize = 20; // 160 bits, as RFC 4226 recommends
    static constexpr int stepSeconds = 30;
    static constexpr int digits = 6;

    // The step (seconds since the epoch / 30) of the code if it is valid at `now` or one step before or after;
    // none for anything else, including text that is not six digits (spaces are ignored).
    static std::optional<qint64> matchingStep(QByteArrayView secret, const QString &code, const QDateTime &now);
    // The code of the step `at` falls in (for the tests, and the operator's own check).
    static QString codeAt(QByteArrayView secret, const QDateTime &at);
    static qint64 stepAt(const QDateTime &at) { return at.toSecsSinceEpoch() / stepSeconds; }
    // RFC 4648 base32 without padding, grouped in fours for typing: what an app asks for when no QR code is scanned.
    static QString base32(QByteArrayView secret);
    // otpauth://totp/ISSUER:ACCOUNT?secret=…&issuer=…, the QR code's content (Key Uri Format).
    static QString provisioningUri(const QString &issuer, const QString &account, QByteArrayView secret);
};

} // namespace confidant::server
