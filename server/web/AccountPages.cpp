#include "web/AccountPages.h"

#include "http/HttpResponse.h"
#include "http/Router.h"
#include "pki/PasswordHasher.h"
#include "service/CustomerAccounts.h"
#include "service/Deletions.h"
#include "store/RetentionPolicyStore.h"
#include "web/AdmissionGate.h"
#include "web/PageResponder.h"
#include "web/PasswordWork.h"
#include "web/SignInThrottle.h"

namespace confidant::server {

AccountPages::AccountPages(CustomerAccounts &accounts, CustomerExport &exports, Deletions &deletions, RetentionPolicyStore &retention,
                           PasswordWork &passwords, SignInThrottle &throttle, PageResponder &responder, const Clock &clock, SessionSettings sessions)
    : m_accounts(accounts), m_exports(exports), m_deletions(deletions), m_retention(retention), m_passwords(passwords), m_throttle(throttle),
      m_responder(responder),
      m_clock(clock), m_sessions(std::move(sessions))
{
}

void AccountPages::registerRoutes(Router &router, const AdmissionGate &gate)
{
    router.add("GET", QStringLiteral("/privacy"), gate.page(this, &AccountPages::showPrivacy, PageAccess::Anyone, false));
    router.add("GET", QStringLiteral("/account"), gate.page(this, &AccountPages::showAccount, PageAccess::SignedIn, false));
    router.add("GET", QStringLiteral("/account/export.json"), gate.page(this, &AccountPages::sendExportJson, PageAccess::SignedIn, false));
    router.add("GET", QStringLiteral("/account/export.html"), gate.page(this, &AccountPages::sendExportHtml, PageAccess::SignedIn, false));
    router.add("POST", QStringLiteral("/account/close"), gate.page(this, &AccountPages::submitCloseAccount, PageAccess::SignedIn, true));
}

// What is stored about the customer, and the two downloads of it. Signed in is enough: a customer who has not
// accepted the current agreement may still see and take their data.
void AccountPages::showAccount(PageExchange &x)
{
    sendAccount(x, 200, {});
}

void AccountPages::sendAccount(PageExchange &x, int status, const FieldErrors &errors)
{
    const auto customer = m_accounts.find(*x.session.customerId);
    if (!customer || !customer.value())
        return m_responder.sendUnavailable(x);
    PageData data = m_responder.formData(x, {}, errors);
    data.set("name", utf8(customer.value()->displayName));
    data.set("email", utf8(customer.value()->email));
    data.set("pseudonymous", customer.value()->pseudonymous);
    data.set("registered", utf8(m_responder.timeText(x, customer.value()->createdAt)));
    m_responder.sendPage(x, status, QStringLiteral("account"), data, QT_TRANSLATE_NOOP("Web", "Your data"));
}

std::optional<CustomerExport::Account> AccountPages::exportAccount(PageExchange &x)
{
    const auto account = m_exports.account(*x.session.customerId);
    if (!account) {
        m_responder.sendServiceError(x, account.error());
        return std::nullopt;
    }
    return account.value();
}

void AccountPages::sendExportJson(PageExchange &x)
{
    if (const auto account = exportAccount(x))
        sendDownload(x, "application/json; charset=utf-8",
                     {CustomerExport::jsonOpening(*account), &CustomerExport::jsonThreads, [](bool) { return CustomerExport::jsonClosing(); }},
                     QStringLiteral("json"));
}

// A document of its own, readable offline: every value goes through the auto-escaping template like any page. The
// template renders one part at a time (part_head, part_threads, part_end).
void AccountPages::sendExportHtml(PageExchange &x)
{
    const auto account = exportAccount(x);
    if (!account)
        return;
    PageData head;
    head.set("part_head", true);
    head.set("name", utf8(account->customer.displayName));
    head.set("email", utf8(account->customer.email));
    head.set("registered", utf8(m_responder.timeText(x, account->customer.createdAt)));
    head.set("exported", utf8(m_responder.timeText(x, account->exportedAt)));
    PageData agreements{PageData::type::list};
    for (const AgreementAcceptance &acceptance : account->agreements) {
        PageData item;
        item.set("version", utf8(acceptance.version));
        item.set("accepted", utf8(m_responder.timeText(x, acceptance.acceptedAt)));
        agreements.push_back(item);
    }
    head.set("agreements", agreements);
    const auto threads = [this, x](const QList<CustomerExport::Thread> &chunk, bool) {
        PageData part;
        part.set("part_threads", true);
        PageData inquiries{PageData::type::list};
        for (const CustomerExport::Thread &thread : chunk)
            inquiries.push_back(exportedThread(x, thread));
        part.set("inquiries", inquiries);
        return renderExportPart(x, std::move(part));
    };
    const auto closing = [this, x](bool anyThreads) {
        PageData part;
        part.set("part_end", true);
        part.set("none", !anyThreads);
        return renderExportPart(x, std::move(part));
    };
    sendDownload(x, "text/html; charset=utf-8", {renderExportPart(x, std::move(head)), threads, closing}, QStringLiteral("html"));
}

QByteArray AccountPages::renderExportPart(const PageExchange &x, PageData part) const
{
    return m_responder.renderer().renderDocument(QStringLiteral("export_document"), std::move(part), x.language,
                                                 m_responder.text(x, QT_TRANSLATE_NOOP("Web", "Everything Confidant stores about you")));
}

PageData AccountPages::exportedThread(const PageExchange &x, const CustomerExport::Thread &thread) const
{
    PageData item = m_responder.inquiryData(x, thread.inquiry, false, nullptr);
    item.set("started", utf8(m_responder.timeText(x, thread.inquiry.createdAt)));
    PageData messages{PageData::type::list};
    for (const Message &message : thread.messages)
        messages.push_back(m_responder.messageData(x, message));
    item.set("messages", messages);
    return item;
}

// Downloaded, never shown inside the site: no script, no frame, and a file name with the day. Streamed
// (ExportStream): the pieces are made on the customer workers as the browser takes them.
void AccountPages::sendDownload(PageExchange &x, const QByteArray &contentType, ExportStream::Format format, const QString &extension)
{
    HttpResponse response{200, {{"Content-Type", contentType}}, {}};
    response.stream = std::make_shared<ExportStream>(m_exports, *x.session.customerId, x.language, std::move(format));
    const QString name = QStringLiteral("confidant-export-%1.%2").arg(m_clock.now().date().toString(Qt::ISODate), extension);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name.toLatin1() + "\"");
    response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    SessionManager::applyCookie(x.session, response);
    x.sink.send(response);
}

void AccountPages::showPrivacy(PageExchange &x)
{
    // The periods are the configured ones, never a text's: without them the page would promise what may be untrue.
    const auto policy = m_retention.policy(x.language);
    if (!policy)
        return m_responder.sendUnavailable(x);
    PageData data = m_responder.formData(x, {}, {});
    setRetentionData(x, policy.value(), data);
    const auto hours = std::chrono::duration_cast<std::chrono::hours>(m_sessions.lifetime).count();
    const auto idleMinutes = std::chrono::duration_cast<std::chrono::minutes>(m_sessions.idleTimeout).count();
    data.set("session_end", utf8(m_responder.text(x, QT_TRANSLATE_N_NOOP("Web", "A session ends when you sign out, or at the latest %n hour(s) after you signed in."), int(hours))));
    data.set("session_idle", utf8(m_responder.text(x, QT_TRANSLATE_N_NOOP("Web", "It also ends after %n minute(s) without a page view."), int(idleMinutes))));
    m_responder.sendPage(x, 200, QStringLiteral("privacy"), data, QT_TRANSLATE_NOOP("Web", "Privacy"));
}

void AccountPages::setRetentionData(const PageExchange &x, const RetentionPolicy &policy, PageData &data) const
{
    PageData topics{PageData::type::list};
    for (const RetentionPolicy::TopicPeriod &topic : policy.topics) {
        PageData item;
        item.set("title", utf8(topic.title));
        item.set("period", utf8(topic.daysAfterClose
                                    ? m_responder.text(x, QT_TRANSLATE_N_NOOP("Web", "deleted %n day(s) after the inquiry is closed"), *topic.daysAfterClose)
                                    : m_responder.text(x, QT_TRANSLATE_NOOP("Web", "no fixed period: kept until it is deleted"))));
        topics.push_back(item);
    }
    data.set("retention_topics", topics);
    data.set("account_period", utf8(policy.inactiveAccountDays
        ? m_responder.text(x, QT_TRANSLATE_N_NOOP("Web", "If you do not sign in for %n day(s), your account is deleted with everything in it."),
               *policy.inactiveAccountDays)
        : m_responder.text(x, QT_TRANSLATE_NOOP("Web", "There is no fixed period after which an unused account is deleted."))));
    if (policy.autoDeleteGraceDays)
        data.set("automatic_deletion", utf8(m_responder.text(x, QT_TRANSLATE_N_NOOP("Web", "What an advisor has not deleted by then is deleted automatically %n day(s) later."),
                                                 *policy.autoDeleteGraceDays)));
}

// Closing the account deletes it with everything in it, and every session with it: each device is signed out. The
// password is asked again, so a browser left signed in is not enough; and it is throttled like a sign-in, or a
// stolen session would be an unthrottled password oracle (audit finding 3).
void AccountPages::submitCloseAccount(PageExchange &x)
{
    const auto customer = m_accounts.find(*x.session.customerId);
    if (!customer || !customer.value())
        return m_responder.sendUnavailable(x);
    if (x.form.value(QStringLiteral("confirm")) != QLatin1String("yes"))
        return sendAccount(x, 422, {{QStringLiteral("confirm"), QString::fromUtf8(QT_TRANSLATE_NOOP("Web", "Tick the box to confirm that your account is closed and deleted."))}});
    const QString email = customer.value()->email;
    if (const auto until = m_throttle.signInBlockedUntil(email, x.request.peerAddress))
        return m_responder.sendTooManyAttempts(x, *until);
    const PasswordHasher &hasher = m_accounts.hasher();
    m_passwords.run(x, email, [&hasher, hash = customer.value()->passwordHash, password = x.form.value(QStringLiteral("password"))] { return hasher.verify(hash, password); },
                  [this, x, email](bool matches) mutable {
                      if (!matches) {
                          m_throttle.recordFailure(email, x.request.peerAddress);
                          return sendAccount(x, 422, {{QStringLiteral("password"), QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "The password is wrong."))}});
                      }
                      const auto closed = m_deletions.closeAccount(*x.session.customerId);
                      if (!closed && closed.error().kind == ServiceError::Conflict)
                          return sendAccount(x, 409, {{QStringLiteral("confirm"), closed.error().message}});
                      if (!closed)
                          return m_responder.sendUnavailable(x);
                      x.session.customerId.reset();
                      m_responder.redirect(x, "/login?closed=1", true);
                  });
}

} // namespace confidant::server
