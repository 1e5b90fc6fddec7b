#include "web/SessionManager.h"

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "pki/PasswordHasher.h"

#include <QCryptographicHash>
#include <openssl/crypto.h>

namespace confidant::server {
namespace {

const QString cookieName = QStringLiteral("confidant_session");

QByteArray hashToken(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

} // namespace

SessionManager::SessionManager(Database &database, const Clock &clock, std::chrono::seconds lifetime,
                               std::chrono::seconds anonymousLifetime)
    : m_sessions(database), m_clock(clock), m_lifetime(lifetime), m_anonymousLifetime(anonymousLifetime)
{
}

std::optional<WebSession> SessionManager::resume(const HttpRequest &request)
{
    const QByteArray token = request.cookie(cookieName).toLatin1();
    if (token.size() == 43) {
        const QByteArray tokenHash = hashToken(token);
        if (const auto stored = m_sessions.find(tokenHash, m_clock.now()))
            return WebSession{tokenHash, stored->customerId, stored->csrfToken, {}};
    }
    return create(std::nullopt);
}

std::optional<WebSession> SessionManager::create(std::optional<qint64> customerId)
{
    const QByteArray token = randomToken();
    const QDateTime now = m_clock.now();
    const auto lifetime = customerId ? m_lifetime : m_anonymousLifetime;
    SessionRecord record{hashToken(token), customerId, randomToken(), now, now.addSecs(lifetime.count())};
    if (!m_sessions.create(record))
        return std::nullopt;
    return WebSession{record.tokenHash, customerId, record.csrfToken, token};
}

bool SessionManager::csrfMatches(const WebSession &session, const QString &formToken)
{
    const QByteArray given = formToken.toLatin1();
    return !session.csrfToken.isEmpty() && given.size() == session.csrfToken.size()
        && CRYPTO_memcmp(given.constData(), session.csrfToken.constData(), size_t(given.size())) == 0;
}

std::optional<WebSession> SessionManager::signIn(const WebSession &anonymous, qint64 customerId)
{
    m_sessions.remove(anonymous.tokenHash);
    return create(customerId);
}

void SessionManager::signOut(const WebSession &session)
{
    m_sessions.remove(session.tokenHash);
}

void SessionManager::applyCookie(const WebSession &session, HttpResponse &response, bool clear)
{
    const QByteArray attributes = "; Path=/; Secure; HttpOnly; SameSite=Strict";
    if (clear)
        response.addHeader("Set-Cookie", cookieName.toLatin1() + "=; Max-Age=0" + attributes);
    else if (!session.newCookieToken.isEmpty())
        response.addHeader("Set-Cookie", cookieName.toLatin1() + '=' + session.newCookieToken + attributes);
}

} // namespace confidant::server
