#pragma once

#include "store/SessionStore.h"
#include "time/Clock.h"

#include <QByteArray>
#include <chrono>
#include <optional>

namespace confidant::server {

struct HttpRequest;
struct HttpResponse;

struct SessionSettings {
    std::chrono::seconds lifetime{std::chrono::hours(8)};       // absolute end after sign-in
    std::chrono::seconds idleTimeout{std::chrono::minutes(30)}; // ends after this long without a request
    std::chrono::seconds formLifetime{std::chrono::hours(1)};   // how long a signed-out form's CSRF cookie holds
    QByteArray formKey; // HMAC key for the signed-out CSRF cookie; empty: a random one for this process
};

// A browser's state. Signed in: a session row. Signed out: no row at all, only a signed CSRF cookie, so a page
// view without a session writes nothing to the database.
struct WebSession {
    QByteArray tokenHash;              // empty when signed out
    std::optional<qint64> customerId;
    QByteArray csrfToken;              // the session's, or the signed-out form cookie's
    QByteArray newCookieToken;         // set when this request created or rotated the session: send the cookie
    QByteArray newFormCookie;          // set when a signed-out visitor needs a (new) CSRF cookie
    bool endedSession = false;         // a session cookie came that names no live session: clear it

    // What the page's forms carry: a renewed form cookie replaces the one this request was checked against.
    const QByteArray &pageToken() const { return newFormCookie.isEmpty() ? csrfToken : newFormCookie; }
};

// Cookies `__Host-confidant_session` and `__Host-confidant_form` (Secure; HttpOnly; SameSite=Strict; Path=/;
// no Domain). Only the session token's SHA-256 is stored. The form cookie is a signed double submit: a random
// nonce and its time, with an HMAC-SHA256 under a server key; a signed-out form's csrf_token must equal it.
class SessionManager {
public:
    SessionManager(SessionStore &sessions, const Clock &clock, SessionSettings settings);

    // The request's live session (its last sighting moved on), or a signed-out state. nullopt: database down.
    std::optional<WebSession> resume(const HttpRequest &request);
    // Constant-time comparison of the form's csrf_token with the session's.
    static bool csrfMatches(const WebSession &session, const QString &formToken);
    // A new token for the signed-in customer; a previous session of this browser is deleted (no fixation).
    // `device`: DeviceName of the browser, for the account page's list of sessions.
    std::optional<WebSession> signIn(const WebSession &current, qint64 customerId, const QString &device);
    void signOut(const WebSession &session);
    // Every session of the customer ends, this browser's too. False when the database could not be asked.
    bool signOutEverywhere(qint64 customerId);
    // The customer's live sessions, the one used last first.
    Result<QList<SessionRecord>> sessionsOf(qint64 customerId) const;
    int purgeEnded();
    // Adds Set-Cookie when the session is new or rotated; `clear` expires the session cookie.
    static void applyCookie(const WebSession &session, HttpResponse &response, bool clear = false);

    const SessionSettings &settings() const { return m_settings; }

    // Between the password and the code from the app: a signed note that this customer's password was given just
    // now, which the code form carries. Not a session: it opens nothing but that form, and only for five minutes.
    QByteArray secondFactorToken(qint64 customerId) const;
    std::optional<qint64> customerOfSecondFactorToken(const QString &token) const;

private:
    WebSession signedOut(const HttpRequest &request) const;
    QByteArray formCookie(const QByteArray &nonce, qint64 issuedAt) const;
    QDateTime idleCutoff() const;

    SessionStore &m_sessions;
    const Clock &m_clock;
    SessionSettings m_settings;
};

} // namespace confidant::server
