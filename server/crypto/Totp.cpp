#include "crypto/Totp.h"

#include <QUrl>
#include <QUrlQuery>
#include <liboath/oath.h>

namespace confidant::server {
namespace {

// oath_init only sets up its crypto backend; once per process, from whichever thread checks a code first.
bool ready()
{
    static const bool initialised = oath_init() == OATH_OK;
    return initialised;
}

QByteArray digitsOnly(const QString &code)
{
    QByteArray kept;
    for (const QChar c : code) {
        if (c.isSpace())
            continue;
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
        kept.append(char(c.unicode()));
    }
    return kept.size() == Totp::digits ? kept : QByteArray();
}

} // namespace

std::optional<qint64> Totp::matchingStep(QByteArrayView secret, const QString &code, const QDateTime &now)
{
    const QByteArray given = digitsOnly(code);
    if (given.isEmpty() || secret.isEmpty() || !ready())
        return std::nullopt;
    int position = 0;
    uint64_t step = 0;
    const int found = oath_totp_validate3(secret.data(), size_t(secret.size()), time_t(now.toSecsSinceEpoch()), stepSeconds, 0, 1, &position,
                                          &step, given.constData());
    if (found < 0)
        return std::nullopt;
    return qint64(step);
}

QString Totp::codeAt(QByteArrayView secret, const QDateTime &at)
{
    char output[digits + 1] = {};
    if (!ready() || oath_totp_generate(secret.data(), size_t(secret.size()), time_t(at.toSecsSinceEpoch()), stepSeconds, 0, digits, output) != OATH_OK)
        return {};
    return QString::fromLatin1(output);
}

QString Totp::base32(QByteArrayView secret)
{
    char *encoded = nullptr;
    size_t length = 0;
    if (!ready() || oath_base32_encode(secret.data(), size_t(secret.size()), &encoded, &length) != OATH_OK)
        return {};
    QString text = QString::fromLatin1(encoded, qsizetype(length));
    free(encoded);
    while (text.endsWith(QLatin1Char('=')))
        text.chop(1);
    for (qsizetype at = 4; at < text.size(); at += 5)
        text.insert(at, QLatin1Char(' '));
    return text;
}

QString Totp::provisioningUri(const QString &issuer, const QString &account, QByteArrayView secret)
{
    QUrl uri;
    uri.setScheme(QStringLiteral("otpauth"));
    uri.setHost(QStringLiteral("totp"));
    uri.setPath(QLatin1Char('/') + issuer + QLatin1Char(':') + account);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("secret"), base32(secret).remove(QLatin1Char(' ')));
    query.addQueryItem(QStringLiteral("issuer"), issuer);
    query.addQueryItem(QStringLiteral("digits"), QString::number(digits));
    query.addQueryItem(QStringLiteral("period"), QString::number(stepSeconds));
    uri.setQuery(query);
    return QString::fromUtf8(uri.toEncoded());
}

} // namespace confidant::server
