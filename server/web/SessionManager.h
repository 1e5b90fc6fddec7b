#pragma once

#include "store/SessionStore.h"
#include "time/Clock.h"

#include <QByteArray>
#include <chrono>
#include <optional>

namespace confidant::server {

struct HttpRequest;
struct HttpResponse;

// A browser's session: anonymous until sign-in, so the register and login forms carry a CSRF token too.
struct WebSession {
    QByteArray tokenHash;
    std::optional<qint64> customerId;
    QByteArray csrfToken;
    QByteArray newCookieToken; // set when this request created or rotated the session: send the cookie
};

// Cookie `confidant_session` (Secure; HttpOnly; SameSite=Strict). Only the token's SHA-256 is stored.
class SessionManager {
public:
    SessionManager(Database &database, const Clock &clock, std::chrono::seconds lifetime, std::chrono::seconds anonymousLifetime);

    // The request's live session, or a new anonymous one.
    std::optional<WebSession> resume(const HttpRequest &request);
    // Constant-time comparison of the form's csrf_token with the session's.
    static bool csrfMatches(const WebSession &session, const QString &formToken);
    // A new token for the signed-in customer; the anonymous one is deleted (no session fixation).
    std::optional<WebSession> signIn(const WebSession &anonymous, qint64 customerId);
    void signOut(const WebSession &session);
    // Adds Set-Cookie when the session is new or rotated; `clear` expires the cookie.
    static void applyCookie(const WebSession &session, HttpResponse &response, bool clear = false);

private:
    std::optional<WebSession> create(std::optional<qint64> customerId);

    SessionStore m_sessions;
    const Clock &m_clock;
    std::chrono::seconds m_lifetime;
    std::chrono::seconds m_anonymousLifetime;
};

} // namespace confidant::server
