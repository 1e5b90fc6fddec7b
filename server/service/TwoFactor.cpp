#include "service/TwoFactor.h"

#include "crypto/Totp.h"
#include "pki/PasswordHasher.h"

#include <QCryptographicHash>

namespace confidant::server {
namespace {

const QLatin1String recoveryAlphabet("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"); // 32 symbols: 5 bits each
constexpr int recoveryCodeLength = 16;                                    // 80 bits

} // namespace

TwoFactor::TwoFactor(TwoFactorStore &store, const Clock &clock, QString issuer) : m_store(store), m_clock(clock), m_issuer(std::move(issuer)) {}

Result<bool> TwoFactor::isEnabled(qint64 customerId) const
{
    return m_store.isEnabled(customerId);
}

Result<Done> TwoFactor::startEnrolment(qint64 customerId)
{
    return m_store.startEnrolment(customerId, m_clock.now());
}

Result<std::optional<TwoFactor::Enrolment>> TwoFactor::pendingEnrolment(qint64 customerId, const QString &accountName) const
{
    const auto found = m_store.find(customerId);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->enabled)
        return std::optional<Enrolment>();
    const QByteArray &secret = found.value()->secret;
    return std::optional<Enrolment>(Enrolment{Totp::base32(secret), Totp::provisioningUri(m_issuer, accountName, secret)});
}

Result<std::optional<QStringList>> TwoFactor::confirmEnrolment(qint64 customerId, const QString &code)
{
    const auto found = m_store.find(customerId);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->enabled)
        return std::optional<QStringList>();
    const auto step = Totp::matchingStep(found.value()->secret, code, m_clock.now());
    if (!step)
        return std::optional<QStringList>();
    const QStringList codes = newRecoveryCodes();
    const auto enabled = m_store.enable(customerId, *step, hashes(codes), m_clock.now());
    if (!enabled)
        return enabled.error();
    return enabled.value() ? std::optional<QStringList>(codes) : std::nullopt;
}

Result<TwoFactor::Check> TwoFactor::check(qint64 customerId, const QString &code)
{
    const auto found = m_store.find(customerId);
    if (!found)
        return found.error();
    if (!found.value() || !found.value()->enabled)
        return Check::Refused;
    if (const auto step = Totp::matchingStep(found.value()->secret, code, m_clock.now())) {
        const auto accepted = m_store.acceptStep(customerId, *step);
        if (!accepted)
            return accepted.error();
        return accepted.value() ? Check::Accepted : Check::Refused;
    }
    const auto used = useRecoveryCode(customerId, code);
    if (!used)
        return used.error();
    return used.value() ? Check::AcceptedRecoveryCode : Check::Refused;
}

Result<std::optional<QStringList>> TwoFactor::replaceRecoveryCodes(qint64 customerId, const QString &code)
{
    const auto checked = check(customerId, code);
    if (!checked)
        return checked.error();
    if (checked.value() == Check::Refused)
        return std::optional<QStringList>();
    const QStringList codes = newRecoveryCodes();
    if (const auto replaced = m_store.replaceRecoveryCodes(customerId, hashes(codes)); !replaced)
        return replaced.error();
    return std::optional<QStringList>(codes);
}

Result<int> TwoFactor::recoveryCodesLeft(qint64 customerId) const
{
    return m_store.recoveryCodesLeft(customerId);
}

Result<QStringList> TwoFactor::issueRecoveryCodes(qint64 customerId)
{
    const QStringList codes = newRecoveryCodes();
    if (const auto stored = m_store.replaceRecoveryCodes(customerId, hashes(codes)); !stored)
        return stored.error();
    return codes;
}

Result<bool> TwoFactor::useRecoveryCode(qint64 customerId, const QString &code)
{
    const QString normalised = normalisedRecoveryCode(code);
    if (normalised.isEmpty())
        return false;
    return m_store.useRecoveryCode(customerId, hashRecoveryCode(normalised));
}

Result<bool> TwoFactor::disable(qint64 customerId, const QString &code)
{
    const auto checked = check(customerId, code);
    if (!checked)
        return checked.error();
    if (checked.value() == Check::Refused)
        return false;
    if (const auto removed = m_store.remove(customerId); !removed)
        return removed.error();
    return true;
}

QString TwoFactor::normalisedRecoveryCode(const QString &typed)
{
    QString kept;
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const QChar upper = c.toUpper();
        if (!recoveryAlphabet.contains(upper))
            return {};
        kept.append(upper);
    }
    return kept.size() == recoveryCodeLength ? kept : QString();
}

QByteArray TwoFactor::hashRecoveryCode(const QString &normalised)
{
    return QCryptographicHash::hash(QByteArrayLiteral("confidant recovery code\n") + normalised.toLatin1(), QCryptographicHash::Sha256);
}

// 80 bits from libsodium per code, five bits per symbol.
QStringList TwoFactor::newRecoveryCodes()
{
    QStringList codes;
    while (codes.size() < recoveryCodeCount) {
        const QByteArray random = QByteArray::fromBase64(randomToken(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QString code;
        for (int symbol = 0; symbol < recoveryCodeLength; ++symbol) {
            const int bit = symbol * 5;
            const int pair = (quint8(random.at(bit / 8)) << 8) | quint8(random.at(bit / 8 + 1));
            code.append(recoveryAlphabet[(pair >> (11 - bit % 8)) & 31]);
            if (symbol % 4 == 3 && symbol + 1 < recoveryCodeLength)
                code.append(QLatin1Char('-'));
        }
        codes.append(code);
    }
    return codes;
}

QList<QByteArray> TwoFactor::hashes(const QStringList &codes)
{
    QList<QByteArray> hashed;
    for (const QString &code : codes)
        hashed.append(hashRecoveryCode(normalisedRecoveryCode(code)));
    return hashed;
}

} // namespace confidant::server
