#pragma once

#include "domain/Agreement.h"
#include "http/Router.h"
#include "store/DatabaseWorkers.h"
#include "time/Clock.h"
#include "web/AccountPages.h"
#include "web/AccountRecoveryPages.h"
#include "web/AccountSettingsPages.h"
#include "web/AdmissionGate.h"
#include "web/HashingQueue.h"
#include "web/MailboxPages.h"
#include "web/PageResponder.h"
#include "web/PasswordWork.h"
#include "web/PseudonymPages.h"
#include "web/SessionManager.h"
#include "web/SignInPages.h"
#include "web/SignInThrottle.h"
#include "web/TwoFactorPages.h"

namespace confidant::server {

struct CustomerServices;
class SessionStore;

struct CustomerPortalSettings {
    QString agreementVersion = currentAgreementVersion();
    QTimeZone timeZone = QTimeZone::utc(); // the server passes its --time-zone
    SessionSettings sessions;
    ThrottleSettings throttle;
    int hashingThreads = 0;  // 0: one per core
    int hashingCapacity = 0; // hashes running or waiting at most; 0: four per thread. Beyond: 503 at once
    bool requireTwoFactor = false; // the company's rule (--require-two-factor): every customer sets up a code app
    bool allowPseudonyms = false;  // anonymous counselling (--allow-pseudonyms): accounts without an address
    MailboxPageSizes pageSizes;
};

// The customer's web pages (docs/architecture.md, "Customer pages"): the page classes, each registering its own
// routes behind the admission gate, and what they share (sessions, the sign-in throttle, the hashing queue, the
// page responder). The work itself is done by the customer services.
class CustomerPortal {
public:
    // `continueOn` runs what follows a password hash (the server's database workers).
    CustomerPortal(CustomerServices &services, SessionStore &sessions, const Clock &clock, Executor continueOn, CustomerPortalSettings settings);
    void registerRoutes(Router &router);
    // Waits for the password hashes still running; their continuations are then with `continueOn`.
    void finishHashing() { m_hashing.finish(); }

    const PageRenderer &renderer() const { return m_responder.renderer(); }
    const HashingQueue &hashingQueue() const { return m_hashing; }
    // Deletes sessions past their end or idle timeout; the server's maintenance calls it now and then.
    int purgeEndedSessions() { return m_sessions.purgeEnded(); }

private:
    static void serveStatic(const HttpRequest &request, const ResponseSink &sink);

    SessionManager m_sessions;
    SignInThrottle m_throttle;
    HashingQueue m_hashing;
    PageResponder m_responder;
    PasswordWork m_passwords;
    AdmissionGate m_gate;
    SignInPages m_signIn;
    MailboxPages m_mailbox;
    AccountPages m_account;
    AccountRecoveryPages m_recovery;
    AccountSettingsPages m_settings;
    TwoFactorPages m_twoFactor;
    PseudonymPages m_pseudonyms;
    bool m_allowPseudonyms;
};

} // namespace confidant::server
