#pragma once

#include "domain/RetentionPolicy.h"
#include "service/CustomerExport.h"
#include "web/ExportStream.h"
#include "time/Clock.h"
#include "validation/FieldError.h"
#include "web/PageExchange.h"
#include "web/PageRenderer.h"
#include "web/SessionManager.h"

#include <optional>

namespace confidant::server {

class AdmissionGate;
class CustomerAccounts;
class Deletions;
class PageResponder;
class PasswordWork;
class RetentionPolicyStore;
class SignInThrottle;
class Router;
struct HttpResponse;

// The customer's own data (docs/architecture.md, "Customer pages"): the account page with what is stored, its two
// downloads (JSON and a readable HTML copy), closing the account, and the privacy page with the retention periods
// as configured. Signed in is enough for the account: a customer who has not accepted the current agreement may
// still see and take their data; the privacy page is public.
class AccountPages {
public:
    AccountPages(CustomerAccounts &accounts, CustomerExport &exports, Deletions &deletions, RetentionPolicyStore &retention,
                 PasswordWork &passwords, SignInThrottle &throttle, PageResponder &responder, const Clock &clock,
                 SessionSettings sessions);
    void registerRoutes(Router &router, const AdmissionGate &gate);

private:
    void showAccount(PageExchange &x);
    void sendAccount(PageExchange &x, int status, const FieldErrors &errors);
    void sendExportJson(PageExchange &x);
    void sendExportHtml(PageExchange &x);
    void submitCloseAccount(PageExchange &x);
    void showPrivacy(PageExchange &x);
    std::optional<CustomerExport::Account> exportAccount(PageExchange &x);
    PageData exportedThread(const PageExchange &x, const CustomerExport::Thread &thread) const;
    QByteArray renderExportPart(const PageExchange &x, PageData part) const;
    void sendDownload(PageExchange &x, const QByteArray &contentType, ExportStream::Format format, const QString &extension);
    void setRetentionData(const PageExchange &x, const RetentionPolicy &policy, PageData &data) const;

    CustomerAccounts &m_accounts;
    CustomerExport &m_exports;
    Deletions &m_deletions;
    RetentionPolicyStore &m_retention;
    PasswordWork &m_passwords;
    SignInThrottle &m_throttle;
    PageResponder &m_responder;
    const Clock &m_clock;
    SessionSettings m_sessions;
};

} // namespace confidant::server
