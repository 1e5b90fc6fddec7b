#include "web/CustomerPortal.h"

#include "time/ResponseTarget.h"

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "http/ResponseSink.h"
#include "pki/PasswordHasher.h"
#include "time/ResponseTarget.h"
#include "validation/Validation.h"

#include <QFile>
#include <QRegularExpression>


namespace confidant::server {
namespace {

const QByteArray contentSecurityPolicy =
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

// The name and address a visitor typed come back with an error; the passwords never do.
const QStringList registerFields{QStringLiteral("name"), QStringLiteral("email")};

std::string utf8(const QString &text)
{
    return text.toStdString();
}

} // namespace

CustomerPortal::CustomerPortal(Database &database, const Clock &clock, const PasswordHasher &hasher, Executor continueOn,
                               CustomerPortalSettings settings)
    : m_clock(clock), m_continueOn(std::move(continueOn)), m_settings(std::move(settings)), m_accounts(database, clock, hasher), m_mailbox(database, clock), m_export(database, clock), m_retention(database), m_deletions(database),
      m_sessions(database, clock, m_settings.sessions), m_throttle(clock, m_settings.throttle),
      m_hashing(m_settings.hashingThreads, m_settings.hashingCapacity), m_times(m_settings.timeZone),
      m_renderer(m_translator)
{
}

void CustomerPortal::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/"), page(&CustomerPortal::home, Access::Anyone, false));
    router.add("GET", QStringLiteral("/register"), page(&CustomerPortal::showRegister, Access::Anyone, false));
    router.add("POST", QStringLiteral("/register"), page(&CustomerPortal::submitRegister, Access::Anyone, true));
    router.add("GET", QStringLiteral("/login"), page(&CustomerPortal::showLogin, Access::Anyone, false));
    router.add("POST", QStringLiteral("/login"), page(&CustomerPortal::submitLogin, Access::Anyone, true));
    router.add("POST", QStringLiteral("/logout"), page(&CustomerPortal::submitLogout, Access::SignedIn, true));
    router.add("GET", QStringLiteral("/agreement"), page(&CustomerPortal::showAgreement, Access::SignedIn, false));
    router.add("POST", QStringLiteral("/agreement"), page(&CustomerPortal::submitAgreement, Access::SignedIn, true));
    router.add("GET", QStringLiteral("/inquiries"), page(&CustomerPortal::showMailbox, Access::Agreed, false));
    router.add("GET", QStringLiteral("/inquiries/new"), page(&CustomerPortal::showNewInquiry, Access::Agreed, false));
    router.add("POST", QStringLiteral("/inquiries"), page(&CustomerPortal::submitInquiry, Access::Agreed, true));
    router.add("GET", QStringLiteral("/inquiries/{id}"), page(&CustomerPortal::showThread, Access::Agreed, false));
    router.add("POST", QStringLiteral("/inquiries/{id}/messages"), page(&CustomerPortal::submitAnswer, Access::Agreed, true));
    router.add("GET", QStringLiteral("/privacy"), page(&CustomerPortal::showPrivacy, Access::Anyone, false));
    router.add("GET", QStringLiteral("/account"), page(&CustomerPortal::showAccount, Access::SignedIn, false));
    router.add("GET", QStringLiteral("/account/export.json"), page(&CustomerPortal::sendExportJson, Access::SignedIn, false));
    router.add("GET", QStringLiteral("/account/export.html"), page(&CustomerPortal::sendExportHtml, Access::SignedIn, false));
    router.add("POST", QStringLiteral("/inquiries/{id}/delete"), page(&CustomerPortal::submitDeleteInquiry, Access::Agreed, true));
    router.add("POST", QStringLiteral("/account/close"), page(&CustomerPortal::submitCloseAccount, Access::SignedIn, true));
    router.add("GET", QStringLiteral("/static/{file}"), [this](const HttpRequest &request, const ResponseSink &sink) {
        serveStatic(request, sink);
    });
}

Handler CustomerPortal::page(PageHandler handler, Access access, bool post)
{
    return [this, handler, access, post](const HttpRequest &request, const ResponseSink &sink) {
        Exchange x{request, sink, {}, WebTranslator::languageFor(request.header("accept-language")), {}, std::nullopt};
        if (admit(x, access, post))
            (this->*handler)(x);
    };
}

// Session first, then the form's encoding and CSRF token, then sign-in and agreement: nothing runs before all pass.
bool CustomerPortal::admit(Exchange &x, Access access, bool post)
{
    const auto session = m_sessions.resume(x.request);
    if (!session) {
        sendUnavailable(x);
        return false;
    }
    x.session = *session;
    if (post) {
        const auto form = x.request.formFields();
        if (!form) {
            sendError(x, 400, QT_TRANSLATE_NOOP("Web", "The form could not be read. Please go back and try again."));
            return false;
        }
        x.form = *form;
        if (!SessionManager::csrfMatches(x.session, x.form.value(QStringLiteral("csrf_token")))) {
            sendError(x, 403, QT_TRANSLATE_NOOP("Web", "This form has expired. Please go back, reload the page and send it again."));
            return false;
        }
    }
    if (access != Access::Anyone && !x.session.customerId) {
        redirect(x, withLinkedTopic("/login", x));
        return false;
    }
    if (access == Access::Agreed) {
        const auto customer = m_accounts.find(*x.session.customerId);
        if (!customer) {
            sendUnavailable(x); // an outage once signed customers out here
            return false;
        }
        if (!customer.value()) {
            redirect(x, "/login", true);
            return false;
        }
        if (customer.value()->agreementVersion != m_settings.agreementVersion) {
            redirect(x, withLinkedTopic("/agreement", x));
            return false;
        }
    }
    return true;
}

void CustomerPortal::home(Exchange &x)
{
    redirect(x, x.session.customerId ? "/inquiries" : "/login");
}

void CustomerPortal::showRegister(Exchange &x)
{
    sendPage(x, 200, QStringLiteral("register"), formData(x, registerFields, {}), QT_TRANSLATE_NOOP("Web", "Register"));
}

template<typename Work, typename Then>
void CustomerPortal::hashOffThread(Exchange &x, Work work, Then then)
{
    if (!m_hashing.tryRun(m_continueOn, std::move(work), std::move(then)))
        sendErrorText(x, 503, text(x, QT_TRANSLATE_NOOP("Web", "Too many people are signing in right now. Please try again in a minute.")),
                      {{"Retry-After", "60"}});
}

// The same answer for a new and a known address, after the same work (one hash), so a stranger cannot tell who
// is a customer: the account is created only if the address is new, and either way the visitor is sent to sign in.
void CustomerPortal::submitRegister(Exchange &x)
{
    if (const auto until = m_throttle.registrationBlockedUntil(x.request.peerAddress)) {
        sendTooManyAttempts(x, *until);
        return;
    }
    const CustomerAccounts::Registration registration{x.form.value(QStringLiteral("email")), x.form.value(QStringLiteral("name")),
                                                      x.form.value(QStringLiteral("password")),
                                                      x.form.value(QStringLiteral("password_confirm"))};
    const FieldErrors errors = m_accounts.checkRegistration(registration);
    if (!errors.isEmpty()) {
        sendPage(x, 422, QStringLiteral("register"), formData(x, registerFields, errors), QT_TRANSLATE_NOOP("Web", "Register"));
        return;
    }
    m_throttle.recordRegistration(x.request.peerAddress);
    const PasswordHasher &hasher = m_accounts.hasher();
    hashOffThread(x, [&hasher, password = registration.password] { return hasher.hash(password); },
                  [this, x, email = registration.email, name = registration.displayName](const QByteArray &hash) mutable {
                      if (!m_accounts.createUnlessKnown(email, name, hash)) {
                          sendUnavailable(x);
                          return;
                      }
                      redirect(x, withLinkedTopic("/login?registered=1", x));
                  });
}

void CustomerPortal::showLogin(Exchange &x)
{
    PageData data = formData(x, {QStringLiteral("email")}, {});
    data.set("registered", x.request.query.hasQueryItem(QStringLiteral("registered")));
    data.set("closed", x.request.query.hasQueryItem(QStringLiteral("closed")));
    sendPage(x, 200, QStringLiteral("login"), data, QT_TRANSLATE_NOOP("Web", "Sign in"));
}

// Throttled per address and per account before any hash is queued (SignInThrottle says how).
void CustomerPortal::submitLogin(Exchange &x)
{
    const QString email = x.form.value(QStringLiteral("email")).trimmed().toLower();
    if (const auto until = m_throttle.signInBlockedUntil(email, x.request.peerAddress)) {
        sendTooManyAttempts(x, *until);
        return;
    }
    const auto candidate = m_accounts.findLoginCandidate(email);
    if (candidate.unavailable) {
        sendUnavailable(x); // not "wrong password", and no failure counted against the customer
        return;
    }
    const PasswordHasher &hasher = m_accounts.hasher();
    hashOffThread(x, [&hasher, hash = candidate.hashToVerify, password = x.form.value(QStringLiteral("password"))] { return hasher.verify(hash, password); },
                  [this, x, email, customer = candidate.customer](bool matches) mutable {
                      if (!customer || !matches) {
                          m_throttle.recordFailure(email, x.request.peerAddress);
                          const FieldErrors errors{{QStringLiteral("password"),
                                                    QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "E-mail address or password is wrong."))}};
                          sendPage(x, 422, QStringLiteral("login"), formData(x, {QStringLiteral("email")}, errors), QT_TRANSLATE_NOOP("Web", "Sign in"));
                          return;
                      }
                      m_throttle.recordSuccess(email, x.request.peerAddress);
                      signInAndRedirect(x, customer->id);
                  });
}

void CustomerPortal::sendTooManyAttempts(Exchange &x, const QDateTime &until)
{
    const qint64 seconds = std::max<qint64>(1, m_clock.now().secsTo(until));
    sendErrorText(x, 429, text(x, QT_TRANSLATE_NOOP("Web", "Too many attempts. Please try again after %1.")).arg(timeText(x, until)),
                  {{"Retry-After", QByteArray::number(seconds)}});
}

void CustomerPortal::signInAndRedirect(Exchange &x, qint64 customerId)
{
    const auto session = m_sessions.signIn(x.session, customerId);
    if (!session) {
        sendUnavailable(x);
        return;
    }
    x.session = *session;
    // Unknown while the database is away: the mailbox asks again (admit) and sends them to the agreement if needed.
    const auto customer = m_accounts.find(customerId);
    const bool needsAgreement = customer && customer.value() && customer.value()->agreementVersion != m_settings.agreementVersion;
    redirect(x, needsAgreement ? withLinkedTopic("/agreement", x) : afterAgreement(x));
}

void CustomerPortal::submitLogout(Exchange &x)
{
    m_sessions.signOut(x.session);
    redirect(x, "/login", true);
}

// The agreement stays readable after it was accepted (the footer links to it), with which version and when.
std::optional<PageData> CustomerPortal::agreementData(const Exchange &x, const FieldErrors &errors) const
{
    PageData data = formData(x, {}, errors);
    data.set("version", utf8(m_settings.agreementVersion));
    const auto found = m_accounts.find(*x.session.customerId);
    if (!found)
        return std::nullopt;
    const std::optional<CustomerRecord> &customer = found.value();
    const bool accepted = customer && !customer->agreementVersion.isEmpty();
    const bool current = accepted && customer->agreementVersion == m_settings.agreementVersion;
    if (accepted)
        data.set("accepted", utf8(text(x, QT_TRANSLATE_NOOP("Web", "You accepted version %1 on %2."))
                                      .arg(customer->agreementVersion, timeText(x, customer->agreementAcceptedAt))));
    data.set("outdated", accepted && !current);
    data.set("needs_acceptance", !current);
    return data;
}

void CustomerPortal::showAgreement(Exchange &x)
{
    const auto data = agreementData(x, {});
    if (!data)
        return sendUnavailable(x);
    sendPage(x, 200, QStringLiteral("agreement"), *data, QT_TRANSLATE_NOOP("Web", "Privacy and usage agreement"));
}

void CustomerPortal::submitAgreement(Exchange &x)
{
    if (x.form.value(QStringLiteral("accept")) != QLatin1String("yes")) {
        const FieldErrors errors{{QStringLiteral("accept"), QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "Please confirm that you accept the agreement."))}};
        const auto data = agreementData(x, errors);
        if (!data)
            return sendUnavailable(x);
        sendPage(x, 422, QStringLiteral("agreement"), *data, QT_TRANSLATE_NOOP("Web", "Privacy and usage agreement"));
        return;
    }
    if (!m_accounts.acceptAgreement(*x.session.customerId, m_settings.agreementVersion)) {
        sendUnavailable(x);
        return;
    }
    redirect(x, afterAgreement(x));
}

void CustomerPortal::showMailbox(Exchange &x)
{
    const auto inquiries = m_mailbox.inquiries(*x.session.customerId, x.language);
    if (!inquiries) {
        sendUnavailable(x); // not "you have not written an inquiry yet"
        return;
    }
    const QSet<qint64> fresh = newAnswers(x);
    const auto calendar = m_mailbox.promiseCalendar(inquiries.value());
    PageData list{PageData::type::list};
    for (const Inquiry &inquiry : inquiries.value())
        list.push_back(inquiryData(x, inquiry, fresh.contains(inquiry.id), calendar ? &*calendar : nullptr));
    PageData data = formData(x, {}, {});
    data.set("has_inquiries", !list.is_empty_list());
    data.set("deleted", x.request.query.hasQueryItem(QStringLiteral("deleted")));
    data.set("inquiries", list);
    sendPage(x, 200, QStringLiteral("mailbox"), data, QT_TRANSLATE_NOOP("Web", "Your mailbox"));
}

// A page of the company's website links here with its topic preselected (?topic=mortgage). A topic that does not
// exist (any more) is said on the form rather than silently dropped, so the customer knows to choose one.
void CustomerPortal::showNewInquiry(Exchange &x)
{
    const bool linked = x.request.query.hasQueryItem(QStringLiteral("topic"));
    const QString requested = x.request.query.queryItemValue(QStringLiteral("topic"), QUrl::FullyDecoded);
    bool found = false;
    const auto topics = topicList(x, requested, &found);
    if (!topics)
        return sendUnavailable(x);
    FieldErrors errors;
    if (linked && !found)
        errors.append({QStringLiteral("topic"),
                       QString::fromUtf8(QT_TRANSLATE_NOOP("Web", "The topic in the link you followed does not exist. Please choose a topic."))});
    PageData data = formData(x, {QStringLiteral("subject"), QStringLiteral("body")}, errors);
    data.set("topics", *topics);
    sendPage(x, 200, QStringLiteral("new_inquiry"), data, QT_TRANSLATE_NOOP("Web", "New inquiry"));
}

void CustomerPortal::submitInquiry(Exchange &x)
{
    const CustomerMailbox::Draft draft{x.form.value(QStringLiteral("topic")), x.form.value(QStringLiteral("subject")),
                                       x.form.value(QStringLiteral("body"))};
    const auto result = m_mailbox.write(*x.session.customerId, draft);
    if (std::holds_alternative<ServiceError>(result)) {
        sendUnavailable(x);
        return;
    }
    if (const auto *errors = std::get_if<FieldErrors>(&result)) {
        const auto topics = topicList(x, draft.topicKey);
        if (!topics)
            return sendUnavailable(x);
        PageData data = formData(x, {QStringLiteral("subject"), QStringLiteral("body")}, *errors);
        data.set("topics", *topics);
        sendPage(x, 422, QStringLiteral("new_inquiry"), data, QT_TRANSLATE_NOOP("Web", "New inquiry"));
        return;
    }
    redirect(x, "/inquiries/" + QByteArray::number(std::get<Inquiry>(result).id));
}

std::optional<PageData> CustomerPortal::topicList(const Exchange &x, const QString &selectedKey, bool *found) const
{
    const auto available = m_mailbox.topics(x.language);
    if (!available)
        return std::nullopt;
    PageData topics{PageData::type::list};
    for (const Topic &topic : available.value()) {
        PageData item;
        item.set("key", utf8(topic.key));
        item.set("title", utf8(topic.title));
        item.set("selected", topic.key == selectedKey);
        if (found && topic.key == selectedKey)
            *found = true;
        topics.push_back(item);
    }
    return topics;
}

std::optional<qint64> CustomerPortal::inquiryId(const Exchange &x) const
{
    bool ok = false;
    const qint64 id = x.request.pathParameters.value(QStringLiteral("id")).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void CustomerPortal::showThread(Exchange &x)
{
    const auto id = inquiryId(x);
    if (!id) {
        sendError(x, 404, QT_TRANSLATE_NOOP("Web", "This inquiry does not exist."));
        return;
    }
    const auto thread = m_mailbox.thread(*x.session.customerId, *id, x.language);
    if (!thread) {
        sendServiceError(x, thread.error());
        return;
    }
    // Opening the thread is what reads it; before the page renders, so the navigation's count already agrees.
    m_mailbox.markRead(*x.session.customerId, thread.value());
    sendThread(x, 200, thread.value(), {});
}

void CustomerPortal::sendThread(Exchange &x, int status, const CustomerMailbox::Thread &thread, const FieldErrors &errors)
{
    PageData data = formData(x, {QStringLiteral("body")}, errors);
    const auto calendar = m_mailbox.promiseCalendar({thread.inquiry});
    data.set("inquiry", inquiryData(x, thread.inquiry, false, calendar ? &*calendar : nullptr));
    PageData messages{PageData::type::list};
    for (const Message &message : thread.messages)
        messages.push_back(messageData(x, message));
    data.set("messages", messages);
    sendPage(x, status, QStringLiteral("thread"), data, QT_TRANSLATE_NOOP("Web", "Inquiry"));
}

void CustomerPortal::submitAnswer(Exchange &x)
{
    const auto id = inquiryId(x);
    if (!id) {
        sendError(x, 404, QT_TRANSLATE_NOOP("Web", "This inquiry does not exist."));
        return;
    }
    const auto result = m_mailbox.answer(*x.session.customerId, *id, x.form.value(QStringLiteral("body")));
    if (const auto *failure = std::get_if<ServiceError>(&result)) {
        sendServiceError(x, *failure);
        return;
    }
    if (const auto *errors = std::get_if<FieldErrors>(&result)) {
        const auto thread = m_mailbox.thread(*x.session.customerId, *id, x.language);
        if (thread)
            sendThread(x, 422, thread.value(), *errors);
        else
            sendServiceError(x, thread.error());
        return;
    }
    redirect(x, "/inquiries/" + QByteArray::number(*id));
}

// What is stored about the customer, and the two downloads of it. Signed in is enough: a customer who has not
// accepted the current agreement may still see and take their data.
void CustomerPortal::showAccount(Exchange &x)
{
    sendAccount(x, 200, {});
}

void CustomerPortal::sendAccount(Exchange &x, int status, const FieldErrors &errors)
{
    const auto customer = m_accounts.find(*x.session.customerId);
    if (!customer || !customer.value())
        return sendUnavailable(x);
    PageData data = formData(x, {}, errors);
    data.set("name", utf8(customer.value()->displayName));
    data.set("email", utf8(customer.value()->email));
    data.set("registered", utf8(timeText(x, customer.value()->createdAt)));
    sendPage(x, status, QStringLiteral("account"), data, QT_TRANSLATE_NOOP("Web", "Your data"));
}

std::optional<CustomerExport::Data> CustomerPortal::exportData(Exchange &x)
{
    const auto data = m_export.collect(*x.session.customerId, x.language);
    if (!data) {
        sendServiceError(x, data.error());
        return std::nullopt;
    }
    return data.value();
}

void CustomerPortal::sendExportJson(Exchange &x)
{
    if (const auto data = exportData(x))
        sendDownload(x, HttpResponse::json(200, CustomerExport::toJson(*data)), QStringLiteral("json"));
}

// A document of its own, readable offline: every value goes through the auto-escaping template like any page.
void CustomerPortal::sendExportHtml(Exchange &x)
{
    const auto data = exportData(x);
    if (!data)
        return;
    PageData page;
    page.set("name", utf8(data->customer.displayName));
    page.set("email", utf8(data->customer.email));
    page.set("registered", utf8(timeText(x, data->customer.createdAt)));
    page.set("exported", utf8(timeText(x, data->exportedAt)));
    PageData agreements{PageData::type::list};
    for (const AgreementAcceptance &acceptance : data->agreements) {
        PageData item;
        item.set("version", utf8(acceptance.version));
        item.set("accepted", utf8(timeText(x, acceptance.acceptedAt)));
        agreements.push_back(item);
    }
    page.set("agreements", agreements);
    PageData inquiries{PageData::type::list};
    for (const CustomerExport::Thread &thread : data->threads)
        inquiries.push_back(exportedThread(x, thread));
    page.set("inquiries", inquiries);
    const QByteArray html = m_renderer.renderDocument(QStringLiteral("export_document"), std::move(page), x.language,
                                                      text(x, QT_TRANSLATE_NOOP("Web", "Everything Confidant stores about you")));
    sendDownload(x, HttpResponse::html(200, html), QStringLiteral("html"));
}

PageData CustomerPortal::exportedThread(const Exchange &x, const CustomerExport::Thread &thread) const
{
    PageData item = inquiryData(x, thread.inquiry, false, nullptr);
    item.set("started", utf8(timeText(x, thread.inquiry.createdAt)));
    PageData messages{PageData::type::list};
    for (const Message &message : thread.messages)
        messages.push_back(messageData(x, message));
    item.set("messages", messages);
    return item;
}

PageData CustomerPortal::messageData(const Exchange &x, const Message &message) const
{
    PageData item;
    const bool fromAdvisor = message.author == MessageAuthor::Advisor;
    item.set("from_advisor", fromAdvisor);
    item.set("author", utf8(fromAdvisor ? message.authorName : text(x, QT_TRANSLATE_NOOP("Web", "You"))));
    item.set("time", utf8(timeText(x, message.createdAt)));
    item.set("body", utf8(message.body));
    return item;
}

// Downloaded, never shown inside the site: no script, no frame, and a file name with the day.
void CustomerPortal::sendDownload(Exchange &x, HttpResponse response, const QString &extension)
{
    const QString name = QStringLiteral("confidant-export-%1.%2").arg(m_clock.now().date().toString(Qt::ISODate), extension);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name.toLatin1() + "\"");
    response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    SessionManager::applyCookie(x.session, response);
    x.sink.send(response);
}

void CustomerPortal::showPrivacy(Exchange &x)
{
    // The periods are the configured ones, never a text's: without them the page would promise what may be untrue.
    const auto policy = m_retention.policy(x.language);
    if (!policy)
        return sendUnavailable(x);
    PageData data = formData(x, {}, {});
    setRetentionData(x, policy.value(), data);
    const auto hours = std::chrono::duration_cast<std::chrono::hours>(m_settings.sessions.lifetime).count();
    const auto idleMinutes = std::chrono::duration_cast<std::chrono::minutes>(m_settings.sessions.idleTimeout).count();
    data.set("session_end", utf8(text(x, QT_TRANSLATE_N_NOOP("Web", "A session ends when you sign out, or at the latest %n hour(s) after you signed in."), int(hours))));
    data.set("session_idle", utf8(text(x, QT_TRANSLATE_N_NOOP("Web", "It also ends after %n minute(s) without a page view."), int(idleMinutes))));
    sendPage(x, 200, QStringLiteral("privacy"), data, QT_TRANSLATE_NOOP("Web", "Privacy"));
}

void CustomerPortal::setRetentionData(const Exchange &x, const RetentionPolicy &policy, PageData &data) const
{
    PageData topics{PageData::type::list};
    for (const RetentionPolicy::TopicPeriod &topic : policy.topics) {
        PageData item;
        item.set("title", utf8(topic.title));
        item.set("period", utf8(topic.daysAfterClose
                                    ? text(x, QT_TRANSLATE_N_NOOP("Web", "deleted %n day(s) after the inquiry is closed"), *topic.daysAfterClose)
                                    : text(x, QT_TRANSLATE_NOOP("Web", "no fixed period: kept until it is deleted"))));
        topics.push_back(item);
    }
    data.set("retention_topics", topics);
    data.set("account_period", utf8(policy.inactiveAccountDays
        ? text(x, QT_TRANSLATE_N_NOOP("Web", "If you do not sign in for %n day(s), your account is deleted with everything in it."),
               *policy.inactiveAccountDays)
        : text(x, QT_TRANSLATE_NOOP("Web", "There is no fixed period after which an unused account is deleted."))));
    if (policy.autoDeleteGraceDays)
        data.set("automatic_deletion", utf8(text(x, QT_TRANSLATE_N_NOOP("Web", "What an advisor has not deleted by then is deleted automatically %n day(s) later."),
                                                 *policy.autoDeleteGraceDays)));
}

const QSet<qint64> &CustomerPortal::newAnswers(Exchange &x)
{
    if (!x.newAnswers)
        x.newAnswers = x.session.customerId ? m_mailbox.newAnswers(*x.session.customerId) : QSet<qint64>();
    return *x.newAnswers;
}

void CustomerPortal::serveStatic(const HttpRequest &request, const ResponseSink &sink)
{
    QFile file(QStringLiteral(":/web/static/") + request.pathParameters.value(QStringLiteral("file")));
    if (!file.open(QIODevice::ReadOnly)) {
        sink.send(HttpResponse::text(404, "Not found.\n"));
        return;
    }
    HttpResponse response{200, {{"Content-Type", "text/css; charset=utf-8"}, {"Cache-Control", "public, max-age=3600"}}, file.readAll()};
    sink.send(response);
}

PageData CustomerPortal::formData(const Exchange &x, const QStringList &fields, const FieldErrors &errors) const
{
    PageData data;
    data.set("csrf_token", x.session.pageToken().toStdString());
    data.set("signed_in", x.session.customerId.has_value());
    data.set("linked_topic", utf8(linkedTopic(x)));
    for (const QString &field : fields)
        data.set(utf8(QStringLiteral("value_") + field), utf8(x.form.value(field)));
    // The error summary (role="alert") lists every error, linked to its field; the first field in error gets
    // `autofocus`, since the pages run no script that could move the focus.
    PageData summary{PageData::type::list};
    bool focused = false;
    for (const FieldError &error : errors) {
        const QString key = error.field.isEmpty() ? QStringLiteral("form") : error.field;
        const std::string shown = utf8(message(x, error.message));
        data.set(utf8(QStringLiteral("error_") + key), shown);
        PageData item;
        item.set("message", shown);
        item.set("has_field", !error.field.isEmpty());
        item.set("field", utf8(error.field));
        summary.push_back(item);
        if (!focused && !error.field.isEmpty()) {
            data.set(utf8(QStringLiteral("focus_") + error.field), true);
            focused = true;
        }
    }
    data.set("has_errors", !errors.isEmpty());
    data.set("errors", summary);
    return data;
}

PageData CustomerPortal::inquiryData(const Exchange &x, const Inquiry &inquiry, bool newAnswer, const WorkingCalendar *calendar) const
{
    PageData item;
    item.set("id", std::to_string(inquiry.id));
    item.set("subject", utf8(inquiry.subject));
    item.set("topic", utf8(inquiry.topicTitle));
    const bool waiting = inquiry.state == InquiryState::AwaitingAdvisor;
    const bool closed = inquiry.state == InquiryState::Closed;
    item.set("waiting", waiting);
    item.set("closed", closed);
    item.set("state", utf8(waiting  ? text(x, QT_TRANSLATE_NOOP("Web", "Waiting for an answer"))
                           : closed ? text(x, QT_TRANSLATE_NOOP("Web", "Closed"))
                                    : text(x, QT_TRANSLATE_NOOP("Web", "Answered"))));
    // Only set when there is something to say: mustache renders a section for an empty string too.
    if (waiting && inquiry.waitingSince) {
        item.set("open_for", utf8(openFor(x, *inquiry.waitingSince)));
        item.set("promise", utf8(promise(x, inquiry, calendar)));
    } else {
        item.set("open_for", false);
        item.set("promise", false);
    }
    item.set("last_activity", utf8(timeText(x, inquiry.lastActivityAt)));
    item.set("new_answer", newAnswer);
    return item;
}

QString CustomerPortal::text(const Exchange &x, const char *source, int n) const
{
    return m_translator.translate(x.language, "Web", QString::fromUtf8(source), n);
}

QString CustomerPortal::message(const Exchange &x, const QString &source) const
{
    for (const char *context : {"Validation", "ServiceError", "Web"}) {
        const QString translated = m_translator.translate(x.language, context, source);
        if (translated != source)
            return translated;
    }
    return source;
}

QString CustomerPortal::openFor(const Exchange &x, const QDateTime &since) const
{
    const qint64 minutes = std::max<qint64>(0, since.secsTo(m_clock.now()) / 60);
    if (minutes < 60)
        return text(x, QT_TRANSLATE_N_NOOP("Web", "open for %n minute(s)"), int(minutes));
    if (minutes < 48 * 60)
        return text(x, QT_TRANSLATE_N_NOOP("Web", "open for %n hour(s)"), int(minutes / 60));
    return text(x, QT_TRANSLATE_N_NOOP("Web", "open for %n day(s)"), int(minutes / (24 * 60)));
}

// When the customer wrote, and by when the topic's response target promises an answer, counted in the company's
// working hours. Without the calendar (the database briefly away) only the first half, never a made-up date.
QString CustomerPortal::promise(const Exchange &x, const Inquiry &inquiry, const WorkingCalendar *calendar) const
{
    const QString since = timeText(x, *inquiry.waitingSince);
    const confidant::ResponseTarget target(std::chrono::minutes(inquiry.responseTargetMinutes));
    const QDateTime due = calendar ? target.evaluate(*inquiry.waitingSince, m_clock.now(), *calendar).dueAt : QDateTime();
    if (!due.isValid())
        return text(x, QT_TRANSLATE_NOOP("Web", "Open since %1.")).arg(since);
    return text(x, QT_TRANSLATE_NOOP("Web", "Open since %1. We will answer by %2.")).arg(since, timeText(x, due));
}

QString CustomerPortal::timeText(const Exchange &x, const QDateTime &time) const
{
    return m_times.format(time, x.language);
}

void CustomerPortal::sendPage(Exchange &x, int status, const QString &page, PageData data, const char *title,
                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (x.session.customerId) {
        // The navigation's "Mailbox (2)": the number for the eye, the words for screen readers.
        const int count = int(newAnswers(x).size());
        data.set("has_new_answers", count > 0);
        data.set("new_answers", std::to_string(count));
        data.set("new_answers_text", utf8(text(x, QT_TRANSLATE_N_NOOP("Web", "%n new answer(s)"), count)));
    }
    HttpResponse response = HttpResponse::html(status, m_renderer.render(page, std::move(data), x.language, text(x, title)));
    response.setHeader("Content-Security-Policy", contentSecurityPolicy);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Language", x.language.toLatin1());
    response.setHeader("Vary", "Accept-Language, Cookie");
    for (const auto &[name, value] : headers)
        response.setHeader(name, value);
    SessionManager::applyCookie(x.session, response);
    x.sink.send(response);
}

void CustomerPortal::sendError(Exchange &x, int status, const char *messageText)
{
    sendErrorText(x, status, text(x, messageText));
}

void CustomerPortal::sendErrorText(Exchange &x, int status, const QString &messageText, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    PageData data = formData(x, {}, {});
    data.set("message", utf8(messageText));
    data.set("status", std::to_string(status));
    sendPage(x, status, QStringLiteral("error"), data, QT_TRANSLATE_NOOP("Web", "Something went wrong"), headers);
}

void CustomerPortal::sendUnavailable(Exchange &x)
{
    PageData data = formData(x, {}, {});
    // Only the mailbox's own forms come back (never a password): what the customer wrote to an advisor, with the
    // form's own token, so "Send again" works as soon as the database is back. Escaped like every value.
    static const QRegularExpression mailboxForm(QStringLiteral("^/inquiries(/[0-9]+/messages)?$"));
    const auto form = x.request.method == "POST" ? x.request.formFields() : std::nullopt;
    if (form && mailboxForm.match(x.request.path).hasMatch()) {
        PageData fields{PageData::type::list};
        const auto add = [&](const QString &name, const char *kind, const char *label) {
            if (!form->contains(name))
                return;
            PageData field;
            field.set("name", utf8(name));
            field.set("value", utf8(form->value(name)));
            field.set(kind, true);
            if (label)
                field.set("label", utf8(text(x, label)));
            fields.push_back(field);
        };
        add(QStringLiteral("topic"), "hidden", nullptr);
        add(QStringLiteral("subject"), "line", QT_TRANSLATE_NOOP("Web", "Subject"));
        add(QStringLiteral("body"), "area", QT_TRANSLATE_NOOP("Web", "Your message"));
        PageData resend;
        resend.set("action", utf8(x.request.path));
        resend.set("token", utf8(form->value(QStringLiteral("csrf_token"))));
        resend.set("fields", fields);
        data.set("resend", resend);
    }
    sendPage(x, 503, QStringLiteral("unavailable"), data, QT_TRANSLATE_NOOP("Web", "The mailbox is briefly unavailable"), {{"Retry-After", "10"}});
}

// Deleting for good is asked for twice: the thread's form says so beside a box to tick.
void CustomerPortal::submitDeleteInquiry(Exchange &x)
{
    const auto id = inquiryId(x);
    const auto thread = id ? m_mailbox.thread(*x.session.customerId, *id, x.language) : Result<CustomerMailbox::Thread>(ServiceError{ServiceError::NotFound, {}});
    if (!thread)
        return sendServiceError(x, thread.error());
    if (x.form.value(QStringLiteral("confirm")) != QLatin1String("yes"))
        return sendThread(x, 422, thread.value(), {{QStringLiteral("confirm"),
                                                   QString::fromUtf8(QT_TRANSLATE_NOOP("Web", "Tick the box to confirm that the inquiry is deleted for good."))}});
    const auto deleted = m_deletions.deleteOwnInquiry(*x.session.customerId, *id, m_clock.now());
    if (!deleted && deleted.error().kind == ServiceError::Conflict)
        return sendThread(x, 409, thread.value(), {{QStringLiteral("confirm"), deleted.error().message}});
    if (!deleted)
        return sendServiceError(x, deleted.error());
    redirect(x, "/inquiries?deleted=1");
}

// Closing the account deletes it with everything in it, and every session with it: each device is signed out. The
// password is asked again, so a browser left signed in is not enough.
void CustomerPortal::submitCloseAccount(Exchange &x)
{
    const auto customer = m_accounts.find(*x.session.customerId);
    if (!customer || !customer.value())
        return sendUnavailable(x);
    if (x.form.value(QStringLiteral("confirm")) != QLatin1String("yes"))
        return sendAccount(x, 422, {{QStringLiteral("confirm"), QString::fromUtf8(QT_TRANSLATE_NOOP("Web", "Tick the box to confirm that your account is closed and deleted."))}});
    const PasswordHasher &hasher = m_accounts.hasher();
    hashOffThread(x, [&hasher, hash = customer.value()->passwordHash, password = x.form.value(QStringLiteral("password"))] { return hasher.verify(hash, password); },
                  [this, x](bool matches) mutable {
                      if (!matches)
                          return sendAccount(x, 422, {{QStringLiteral("password"), QString::fromUtf8(QT_TRANSLATE_NOOP("Validation", "The password is wrong."))}});
                      const auto closed = m_deletions.closeAccount(*x.session.customerId, m_clock.now());
                      if (!closed && closed.error().kind == ServiceError::Conflict)
                          return sendAccount(x, 409, {{QStringLiteral("confirm"), closed.error().message}});
                      if (!closed)
                          return sendUnavailable(x);
                      x.session.customerId.reset();
                      redirect(x, "/login?closed=1", true);
                  });
}

void CustomerPortal::sendServiceError(Exchange &x, const ServiceError &error)
{
    if (error.kind == ServiceError::NotFound)
        sendError(x, 404, QT_TRANSLATE_NOOP("Web", "This inquiry does not exist."));
    else
        sendUnavailable(x);
}

// The topic a link from the company's website asked for, carried through registration, sign-in and the agreement
// (a query parameter on the way there, a hidden field in their forms) until the inquiry form preselects it. Only
// a well-formed key travels; whether it exists, the form says.
QString CustomerPortal::linkedTopic(const Exchange &x) const
{
    const QString key = x.form.contains(QStringLiteral("topic")) ? x.form.value(QStringLiteral("topic"))
                                                                 : x.request.query.queryItemValue(QStringLiteral("topic"), QUrl::FullyDecoded);
    return !key.isEmpty() && validation::checkTopicKey(key).isEmpty() ? key : QString();
}

QByteArray CustomerPortal::withLinkedTopic(const QByteArray &path, const Exchange &x) const
{
    const QString topic = linkedTopic(x);
    if (topic.isEmpty())
        return path;
    return path + (path.contains('?') ? "&topic=" : "?topic=") + topic.toLatin1(); // a key is a-z, 0-9 and dashes
}

QByteArray CustomerPortal::afterAgreement(const Exchange &x) const
{
    return linkedTopic(x).isEmpty() ? QByteArray("/inquiries") : withLinkedTopic("/inquiries/new", x);
}

void CustomerPortal::redirect(Exchange &x, const QByteArray &location, bool clearCookie)
{
    HttpResponse response = HttpResponse::redirect(location);
    SessionManager::applyCookie(x.session, response, clearCookie);
    x.sink.send(response);
}

} // namespace confidant::server
