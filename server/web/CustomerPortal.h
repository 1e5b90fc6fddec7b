#pragma once

#include "http/Router.h"
#include "domain/Agreement.h"
#include "time/Clock.h"
#include "validation/FieldError.h"
#include "web/CustomerAccounts.h"
#include "store/DeletionService.h"
#include "web/CustomerExport.h"
#include "web/CustomerMailbox.h"
#include "web/LocalTimeFormatter.h"
#include "web/HashingQueue.h"
#include "web/PageRenderer.h"
#include "web/SessionManager.h"
#include "web/SignInThrottle.h"
#include "web/WebTranslator.h"
#include "store/RetentionPolicyStore.h"

#include <QObject>
#include <chrono>

namespace confidant::server {

class Database;
class PasswordHasher;

struct CustomerPortalSettings {
    QString agreementVersion = currentAgreementVersion();
    QTimeZone timeZone = QTimeZone::utc(); // the server passes its --time-zone
    SessionSettings sessions;
    ThrottleSettings throttle;
    int hashingThreads = 0;  // 0: one per core
    int hashingCapacity = 0; // hashes running or waiting at most; 0: four per thread. Beyond: 503 at once
};

// The customer's web pages (docs/architecture.md, "Customer pages"): routes, sessions, CSRF, rendering.
// The work itself is done by CustomerAccounts and CustomerMailbox.
class CustomerPortal {
public:
    // `continueOn` runs what follows a password hash (the server's database workers).
    CustomerPortal(Database &database, const Clock &clock, const PasswordHasher &hasher, Executor continueOn,
                   CustomerPortalSettings settings);
    void registerRoutes(Router &router);
    // Waits for the password hashes still running; their continuations are then with `continueOn`.
    void finishHashing() { m_hashing.finish(); }

    const PageRenderer &renderer() const { return m_renderer; }
    const HashingQueue &hashingQueue() const { return m_hashing; }
    // Deletes sessions past their end or idle timeout; the server calls it now and then.
    int purgeEndedSessions() { return m_sessions.purgeEnded(); }

private:
    // Copies, not references: a page whose password work runs on a worker thread is answered later.
    struct Exchange {
        HttpRequest request;
        ResponseSink sink;
        WebSession session;
        QString language;
        QHash<QString, QString> form;
        std::optional<QSet<qint64>> newAnswers; // looked up once per page, for the mailbox and the navigation
    };
    using PageHandler = void (CustomerPortal::*)(Exchange &);
    enum class Access { Anyone, SignedIn, Agreed };

    Handler page(PageHandler handler, Access access, bool post);
    bool admit(Exchange &exchange, Access access, bool post);

    void home(Exchange &x);
    void showRegister(Exchange &x);
    void submitRegister(Exchange &x);
    void showLogin(Exchange &x);
    void submitLogin(Exchange &x);
    void submitLogout(Exchange &x);
    void showAgreement(Exchange &x);
    void submitAgreement(Exchange &x);
    void showMailbox(Exchange &x);
    void showNewInquiry(Exchange &x);
    void submitInquiry(Exchange &x);
    void showThread(Exchange &x);
    void submitAnswer(Exchange &x);
    void showPrivacy(Exchange &x);
    void showAccount(Exchange &x);
    void sendAccount(Exchange &x, int status, const FieldErrors &errors);
    void submitDeleteInquiry(Exchange &x);
    void submitCloseAccount(Exchange &x);
    void sendExportJson(Exchange &x);
    void sendExportHtml(Exchange &x);
    std::optional<CustomerExport::Data> exportData(Exchange &x);
    PageData exportedThread(const Exchange &x, const CustomerExport::Thread &thread) const;
    PageData messageData(const Exchange &x, const Message &message) const;
    void sendDownload(Exchange &x, HttpResponse response, const QString &extension);
    std::optional<PageData> agreementData(const Exchange &x, const FieldErrors &errors) const; // nullopt: database away
    const QSet<qint64> &newAnswers(Exchange &x);
    void sendThread(Exchange &x, int status, const CustomerMailbox::Thread &thread, const FieldErrors &errors);
    void serveStatic(const HttpRequest &request, const ResponseSink &sink);

    void signInAndRedirect(Exchange &x, qint64 customerId);
    // Runs the password work `work` on the hashing queue and `then` with its result on a database worker.
    // A full queue answers 503 at once.
    template<typename Work, typename Then>
    void hashOffThread(Exchange &x, Work work, Then then);
    void sendTooManyAttempts(Exchange &x, const QDateTime &until);
    void sendPage(Exchange &x, int status, const QString &page, PageData data, const char *title,
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void sendError(Exchange &x, int status, const char *message);
    // 503 while the database is away; a mailbox form's text comes back with it, ready to be sent again.
    void sendUnavailable(Exchange &x);
    // NotFound → 404 (someone else's inquiry looks the same as none), anything else → sendUnavailable.
    void sendServiceError(Exchange &x, const ServiceError &error);
    void sendErrorText(Exchange &x, int status, const QString &message, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void redirect(Exchange &x, const QByteArray &location, bool clearCookie = false);
    QString linkedTopic(const Exchange &x) const;
    QByteArray withLinkedTopic(const QByteArray &path, const Exchange &x) const;
    QByteArray afterAgreement(const Exchange &x) const;
    PageData formData(const Exchange &x, const QStringList &fields, const FieldErrors &errors) const;
    std::optional<PageData> topicList(const Exchange &x, const QString &selectedKey, bool *found = nullptr) const; // nullopt: database away
    PageData inquiryData(const Exchange &x, const Inquiry &inquiry, bool newAnswer, const WorkingCalendar *calendar) const;
    QString text(const Exchange &x, const char *source, int n = -1) const;
    void setRetentionData(const Exchange &x, const RetentionPolicy &policy, PageData &data) const;
    QString message(const Exchange &x, const QString &source) const;
    QString openFor(const Exchange &x, const QDateTime &since) const;
    QString promise(const Exchange &x, const Inquiry &inquiry, const WorkingCalendar *calendar) const;
    QString timeText(const Exchange &x, const QDateTime &time) const;
    std::optional<qint64> inquiryId(const Exchange &x) const;

    const Clock &m_clock;
    Executor m_continueOn;
    CustomerPortalSettings m_settings;
    CustomerAccounts m_accounts;
    CustomerMailbox m_mailbox;
    CustomerExport m_export;
    RetentionPolicyStore m_retention;
    DeletionService m_deletions;
    SessionManager m_sessions;
    SignInThrottle m_throttle;
    HashingQueue m_hashing;
    WebTranslator m_translator;
    LocalTimeFormatter m_times;
    PageRenderer m_renderer;
};

} // namespace confidant::server
