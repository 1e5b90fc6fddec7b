#include "web/PageResponder.h"

#include "http/HttpResponse.h"
#include "service/CustomerMailbox.h"
#include "time/ResponseTarget.h"
#include "validation/Validation.h"

#include <QRegularExpression>

namespace confidant::server {
namespace {

const QByteArray contentSecurityPolicy =
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

} // namespace

PageResponder::PageResponder(const Clock &clock, QTimeZone timeZone, CustomerMailbox &mailbox)
    : m_clock(clock), m_mailbox(mailbox), m_times(std::move(timeZone)), m_renderer(m_translator)
{
}

void PageResponder::sendPage(PageExchange &x, int status, const QString &page, PageData data, const char *title, const ExtraHeaders &headers)
{
    data.set("pseudonyms", m_pseudonyms);
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

void PageResponder::sendError(PageExchange &x, int status, const char *messageText)
{
    sendErrorText(x, status, text(x, messageText));
}

void PageResponder::sendErrorText(PageExchange &x, int status, const QString &messageText, const ExtraHeaders &headers)
{
    PageData data = formData(x, {}, {});
    data.set("message", utf8(messageText));
    data.set("status", std::to_string(status));
    sendPage(x, status, QStringLiteral("error"), data, QT_TRANSLATE_NOOP("Web", "Something went wrong"), headers);
}

void PageResponder::sendTooManyAttempts(PageExchange &x, const QDateTime &until)
{
    sendErrorText(x, 429, text(x, QT_TRANSLATE_NOOP("Web", "Too many attempts. Please try again after %1.")).arg(timeText(x, until)),
                  retryAfter(until));
}

ExtraHeaders PageResponder::retryAfter(const QDateTime &until) const
{
    return {{"Retry-After", QByteArray::number(std::max<qint64>(1, m_clock.now().secsTo(until)))}};
}

void PageResponder::sendUnavailable(PageExchange &x)
{
    PageData data = formData(x, {}, {});
    const PageData resend = resendForm(x);
    if (!resend.is_empty_object())
        data.set("resend", resend);
    sendPage(x, 503, QStringLiteral("unavailable"), data, QT_TRANSLATE_NOOP("Web", "The mailbox is briefly unavailable"), {{"Retry-After", "10"}});
}

// Only the mailbox's own forms come back (never a password): what the customer wrote to an advisor, with the
// form's own token, so "Send again" works as soon as the database is back. Escaped like every value.
PageData PageResponder::resendForm(const PageExchange &x) const
{
    static const QRegularExpression mailboxForm(QStringLiteral("^/inquiries(/[0-9]+/messages)?$"));
    const auto form = x.request.method == "POST" ? x.request.formFields() : std::nullopt;
    if (!form || !mailboxForm.match(x.request.path).hasMatch())
        return PageData(PageData::type::object);
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
    return resend;
}

void PageResponder::sendServiceError(PageExchange &x, const ServiceError &error)
{
    if (error.kind == ServiceError::NotFound)
        sendError(x, 404, QT_TRANSLATE_NOOP("Web", "This inquiry does not exist."));
    else
        sendUnavailable(x);
}

void PageResponder::redirect(PageExchange &x, const QByteArray &location, bool clearCookie)
{
    HttpResponse response = HttpResponse::redirect(location);
    SessionManager::applyCookie(x.session, response, clearCookie);
    x.sink.send(response);
}

// A query parameter on the way there, a hidden field in their forms. Whether the topic exists, the form says.
QString PageResponder::linkedTopic(const PageExchange &x)
{
    const QString key = x.form.contains(QStringLiteral("topic")) ? x.form.value(QStringLiteral("topic"))
                                                                 : x.request.query.queryItemValue(QStringLiteral("topic"), QUrl::FullyDecoded);
    return !key.isEmpty() && validation::checkTopicKey(key).isEmpty() ? key : QString();
}

QByteArray PageResponder::withLinkedTopic(const QByteArray &path, const PageExchange &x)
{
    const QString topic = linkedTopic(x);
    if (topic.isEmpty())
        return path;
    return path + (path.contains('?') ? "&topic=" : "?topic=") + topic.toLatin1(); // a key is a-z, 0-9 and dashes
}

QByteArray PageResponder::afterAgreement(const PageExchange &x)
{
    return linkedTopic(x).isEmpty() ? QByteArray("/inquiries") : withLinkedTopic("/inquiries/new", x);
}

PageData PageResponder::formData(const PageExchange &x, const QStringList &fields, const FieldErrors &errors) const
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

PageData PageResponder::inquiryData(const PageExchange &x, const Inquiry &inquiry, bool newAnswer, const WorkingCalendar *calendar) const
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

PageData PageResponder::messageData(const PageExchange &x, const Message &message) const
{
    PageData item;
    const bool fromAdvisor = message.author == MessageAuthor::Advisor;
    item.set("from_advisor", fromAdvisor);
    item.set("author", utf8(fromAdvisor ? message.authorName : text(x, QT_TRANSLATE_NOOP("Web", "You"))));
    item.set("time", utf8(timeText(x, message.createdAt)));
    item.set("body", utf8(message.body));
    return item;
}

const QSet<qint64> &PageResponder::newAnswers(PageExchange &x) const
{
    if (!x.newAnswers)
        x.newAnswers = x.session.customerId ? m_mailbox.newAnswers(*x.session.customerId) : QSet<qint64>();
    return *x.newAnswers;
}

QString PageResponder::text(const PageExchange &x, const char *source, int n) const
{
    return m_translator.translate(x.language, "Web", QString::fromUtf8(source), n);
}

QString PageResponder::message(const PageExchange &x, const QString &source) const
{
    for (const char *context : {"Validation", "ServiceError", "Web"}) {
        const QString translated = m_translator.translate(x.language, context, source);
        if (translated != source)
            return translated;
    }
    return source;
}

QString PageResponder::openFor(const PageExchange &x, const QDateTime &since) const
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
QString PageResponder::promise(const PageExchange &x, const Inquiry &inquiry, const WorkingCalendar *calendar) const
{
    const QString since = timeText(x, *inquiry.waitingSince);
    const confidant::ResponseTarget target(std::chrono::minutes(inquiry.responseTargetMinutes));
    const QDateTime due = calendar ? target.evaluate(*inquiry.waitingSince, m_clock.now(), *calendar).dueAt : QDateTime();
    if (!due.isValid())
        return text(x, QT_TRANSLATE_NOOP("Web", "Open since %1.")).arg(since);
    return text(x, QT_TRANSLATE_NOOP("Web", "Open since %1. We will answer by %2.")).arg(since, timeText(x, due));
}

QString PageResponder::timeText(const PageExchange &x, const QDateTime &time) const
{
    return m_times.format(time, x.language);
}

} // namespace confidant::server
