#include "web/SessionManager.h"

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "pki/PasswordHasher.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QtEndian>
#include <openssl/crypto.h>

namespace confidant::server {
namespace {

// `__Host-`: the browser accepts these only with Secure, Path=/ and no Domain, so no other host can set them.
const QString sessionCookie = QStringLiteral("__Host-confidant_session");
const QString formCookieName = QStringLiteral("__Host-confidant_form");
const QByteArray cookieAttributes = "; Path=/; Secure; HttpOnly; SameSite=Strict";
constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray hashToken(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    return !a.isEmpty() && a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

constexpr qint64 secondFactorSeconds = 5 * 60;

// A session is only moved on this often, so a signed-in customer's page views write at most once a minute.
constexpr qint64 touchEverySeconds = 60;

} // namespace

SessionManager::SessionManager(SessionStore &sessions, const Clock &clock, SessionSettings settings)
    : m_sessions(sessions), m_clock(clock), m_settings(std::move(settings))
{
    // Without a configured key, open forms stop working at a restart (the visitor reloads), and several instances
    // would each sign with their own: docs/architecture.md.
    if (m_settings.formKey.isEmpty())
        m_settings.formKey = QByteArray::fromBase64(randomToken(), base64url);
}

QByteArray SessionManager::secondFactorToken(qint64 customerId) const
{
    QByteArray payload(16, Qt::Uninitialized);
    qToBigEndian<qint64>(customerId, payload.data());
    qToBigEndian<qint64>(m_clock.now().toSecsSinceEpoch(), payload.data() + 8);
    const QByteArray mac = QMessageAuthenticationCode::hash("confidant second factor\n" + payload, m_settings.formKey, QCryptographicHash::Sha256);
    return payload.toBase64(base64url) + '.' + mac.toBase64(base64url);
}

std::optional<qint64> SessionManager::customerOfSecondFactorToken(const QString &token) const
{
    const QByteArray given = token.toLatin1();
    const QByteArray payload = QByteArray::fromBase64(given.left(given.indexOf('.')), base64url);
    if (payload.size() != 16)
        return std::nullopt;
    const qint64 customerId = qFromBigEndian<qint64>(payload.constData());
    const qint64 issuedAt = qFromBigEndian<qint64>(payload.constData() + 8);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    if (issuedAt > now || now - issuedAt >= secondFactorSeconds)
        return std::nullopt;
    const QByteArray mac = QMessageAuthenticationCode::hash("confidant second factor\n" + payload, m_settings.formKey, QCryptographicHash::Sha256);
    if (!equalInConstantTime(given, payload.toBase64(base64url) + '.' + mac.toBase64(base64url)))
        return std::nullopt;
    return customerId;
}

QDateTime SessionManager::idleCutoff() const
{
    return m_clock.now().addSecs(-m_settings.idleTimeout.count());
}

std::optional<WebSession> SessionManager::resume(const HttpRequest &request)
{
    const QByteArray token = request.cookie(sessionCookie).toLatin1();
    if (token.isEmpty())
        return signedOut(request);
    const QByteArray tokenHash = hashToken(token);
    const QDateTime now = m_clock.now();
    if (token.size() == 43) {
        const auto stored = m_sessions.find(tokenHash, now, idleCutoff());
        if (!stored) // the database is down: say so, rather than sign the customer out
            return std::nullopt;
        if (const auto &session = stored.value()) {
            if (session->lastSeenAt.secsTo(now) >= touchEverySeconds && !m_sessions.touch(tokenHash, now))
                return std::nullopt;
            return WebSession{tokenHash, session->customerId, session->csrfToken, {}, {}, false};
        }
    }
    WebSession session = signedOut(request);
    session.endedSession = true;
    return session;
}

QByteArray SessionManager::formCookie(const QByteArray &nonce, qint64 issuedAt) const
{
    QByteArray payload = nonce;
    payload.resize(nonce.size() + 8);
    qToBigEndian<qint64>(issuedAt, payload.data() + nonce.size());
    const QByteArray mac = QMessageAuthenticationCode::hash("confidant form\n" + payload, m_settings.formKey, QCryptographicHash::Sha256);
    return payload.toBase64(base64url) + '.' + mac.toBase64(base64url);
}

WebSession SessionManager::signedOut(const HttpRequest &request) const
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const QByteArray presented = request.cookie(formCookieName).toLatin1();
    const QByteArray payload = QByteArray::fromBase64(presented.left(presented.indexOf('.')), base64url);
    if (payload.size() == 24) {
        const qint64 issuedAt = qFromBigEndian<qint64>(payload.constData() + 16);
        const bool fresh = issuedAt <= now && now - issuedAt < m_settings.formLifetime.count();
        // Renewed at half its life, so a form shown now still has half an hour or more.
        const bool young = now - issuedAt < m_settings.formLifetime.count() / 2;
        if (fresh && equalInConstantTime(presented, formCookie(payload.left(16), issuedAt)))
            return WebSession{{}, std::nullopt, presented, {}, young ? QByteArray() : formCookie(payload.left(16), now), false};
    }
    const QByteArray nonce = QByteArray::fromBase64(randomToken(), base64url).left(16);
    const QByteArray fresh = formCookie(nonce, now);
    return WebSession{{}, std::nullopt, fresh, {}, fresh, false};
}

bool SessionManager::csrfMatches(const WebSession &session, const QString &formToken)
{
    return equalInConstantTime(formToken.toLatin1(), session.csrfToken);
}

std::optional<WebSession> SessionManager::signIn(const WebSession &current, qint64 customerId, const QString &device)
{
    if (!current.tokenHash.isEmpty())
        m_sessions.remove(current.tokenHash);
    const QByteArray token = randomToken();
    const QDateTime now = m_clock.now();
    const SessionRecord record{hashToken(token), customerId, randomToken(), now, now.addSecs(m_settings.lifetime.count()), now, device};
    if (!m_sessions.create(record))
        return std::nullopt;
    return WebSession{record.tokenHash, customerId, record.csrfToken, token, {}, false};
}

void SessionManager::signOut(const WebSession &session)
{
    if (!session.tokenHash.isEmpty())
        m_sessions.remove(session.tokenHash);
}

bool SessionManager::signOutEverywhere(qint64 customerId)
{
    return m_sessions.removeAllForCustomer(customerId);
}

Result<QList<SessionRecord>> SessionManager::sessionsOf(qint64 customerId) const
{
    return m_sessions.listForCustomer(customerId, m_clock.now(), idleCutoff());
}

int SessionManager::purgeEnded()
{
    return m_sessions.removeExpired(m_clock.now(), idleCutoff());
}

void SessionManager::applyCookie(const WebSession &session, HttpResponse &response, bool clear)
{
    if (clear || (session.endedSession && session.newCookieToken.isEmpty()))
        response.addHeader("Set-Cookie", sessionCookie.toLatin1() + "=; Max-Age=0" + cookieAttributes);
    else if (!session.newCookieToken.isEmpty())
        response.addHeader("Set-Cookie", sessionCookie.toLatin1() + '=' + session.newCookieToken + cookieAttributes);
    if (!session.newFormCookie.isEmpty())
        response.addHeader("Set-Cookie", formCookieName.toLatin1() + '=' + session.newFormCookie + cookieAttributes);
}

} // namespace confidant::server
