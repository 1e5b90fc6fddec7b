#include "web/MailboxPages.h"

#include "http/Router.h"
#include "service/Deletions.h"
#include "web/AdmissionGate.h"
#include "web/PageResponder.h"

namespace confidant::server {

namespace {

// A key in a link: "POSITION-ID", or "ID" for a list keyed by id alone (a thread's messages).
QString keyText(const PageKey &key)
{
    return key.position ? QStringLiteral("%1-%2").arg(key.position).arg(key.id) : QString::number(key.id);
}

std::optional<PageKey> parseKey(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    bool positionOk = parts.size() == 1, idOk = false;
    const qint64 position = parts.size() == 2 ? parts.at(0).toLongLong(&positionOk) : 0;
    const qint64 id = parts.constLast().toLongLong(&idOk);
    if (parts.size() > 2 || !positionOk || !idOk || id <= 0)
        return std::nullopt;
    return PageKey{position, id};
}

} // namespace

MailboxPages::MailboxPages(CustomerMailbox &mailbox, Deletions &deletions, PageResponder &responder, MailboxPageSizes sizes)
    : m_mailbox(mailbox), m_deletions(deletions), m_responder(responder), m_sizes(sizes)
{
}

void MailboxPages::registerRoutes(Router &router, const AdmissionGate &gate)
{
    router.add("GET", QStringLiteral("/inquiries"), gate.page(this, &MailboxPages::showMailbox, PageAccess::Agreed, false));
    router.add("GET", QStringLiteral("/inquiries/new"), gate.page(this, &MailboxPages::showNewInquiry, PageAccess::Agreed, false));
    router.add("POST", QStringLiteral("/inquiries"), gate.page(this, &MailboxPages::submitInquiry, PageAccess::Agreed, true));
    router.add("GET", QStringLiteral("/inquiries/{id}"), gate.page(this, &MailboxPages::showThread, PageAccess::Agreed, false));
    router.add("POST", QStringLiteral("/inquiries/{id}/messages"), gate.page(this, &MailboxPages::submitAnswer, PageAccess::Agreed, true));
    router.add("POST", QStringLiteral("/inquiries/{id}/delete"), gate.page(this, &MailboxPages::submitDeleteInquiry, PageAccess::Agreed, true));
}

void MailboxPages::showMailbox(PageExchange &x)
{
    const PageRequest request = pageRequest(x, m_sizes.inquiries);
    const auto page = m_mailbox.inquiries(*x.session.customerId, request, x.language);
    if (!page)
        return m_responder.sendUnavailable(x); // not "you have not written an inquiry yet"
    const QSet<qint64> fresh = m_responder.newAnswers(x);
    const auto calendar = m_mailbox.promiseCalendar(page->rows);
    PageData list{PageData::type::list};
    for (const Inquiry &inquiry : page->rows)
        list.push_back(m_responder.inquiryData(x, inquiry, fresh.contains(inquiry.id), calendar ? &*calendar : nullptr));
    PageData data = m_responder.formData(x, {}, {});
    data.set("has_inquiries", !list.is_empty_list());
    data.set("first_page", request.from == PageRequest::From::Newest);
    if (const auto paging = pagingData(page->older, page->newer))
        data.set("paging", *paging);
    data.set("deleted", x.request.query.hasQueryItem(QStringLiteral("deleted")));
    data.set("inquiries", list);
    m_responder.sendPage(x, 200, QStringLiteral("mailbox"), data, QT_TRANSLATE_NOOP("Web", "Your mailbox"));
}

// A page of the company's website links here with its topic preselected (?topic=mortgage). A topic that does not
// exist (any more) is said on the form rather than silently dropped, so the customer knows to choose one.
void MailboxPages::showNewInquiry(PageExchange &x)
{
    const bool linked = x.request.query.hasQueryItem(QStringLiteral("topic"));
    const QString requested = x.request.query.queryItemValue(QStringLiteral("topic"), QUrl::FullyDecoded);
    bool found = false;
    const auto topics = topicList(x, requested, &found);
    if (!topics)
        return m_responder.sendUnavailable(x);
    FieldErrors errors;
    if (linked && !found)
        errors.append({QStringLiteral("topic"),
                       QString::fromUtf8(QT_TRANSLATE_NOOP("Web", "The topic in the link you followed does not exist. Please choose a topic."))});
    sendInquiryForm(x, 200, *topics, errors);
}

// Over the hour's limit (429) the form comes back as sent, like a form with a mistake (422): nothing was written.
void MailboxPages::submitInquiry(PageExchange &x)
{
    const CustomerMailbox::Draft draft{x.form.value(QStringLiteral("topic")), x.form.value(QStringLiteral("subject")),
                                       x.form.value(QStringLiteral("body"))};
    const auto result = m_mailbox.write(*x.session.customerId, draft);
    if (std::holds_alternative<ServiceError>(result))
        return m_responder.sendUnavailable(x);
    if (const auto *created = std::get_if<Inquiry>(&result))
        return m_responder.redirect(x, "/inquiries/" + QByteArray::number(created->id));
    const auto *limit = std::get_if<CustomerMailbox::LimitReached>(&result);
    const auto topics = topicList(x, draft.topicKey);
    if (!topics)
        return m_responder.sendUnavailable(x);
    if (limit)
        return sendInquiryForm(x, 429, *topics,
                               limitError(x, QT_TRANSLATE_NOOP("Web", "You have reached the limit of %1 new inquiries per hour. Your text is kept "
                                                                      "below: you can send it after %2."), *limit),
                               m_responder.retryAfter(limit->until));
    sendInquiryForm(x, 422, *topics, std::get<FieldErrors>(result));
}

FieldErrors MailboxPages::limitError(const PageExchange &x, const char *source, const CustomerMailbox::LimitReached &limit) const
{
    return {{QString(), m_responder.text(x, source).arg(limit.perHour).arg(m_responder.timeText(x, limit.until))}};
}

void MailboxPages::sendInquiryForm(PageExchange &x, int status, const PageData &topics, const FieldErrors &errors, const ExtraHeaders &headers)
{
    PageData data = m_responder.formData(x, {QStringLiteral("subject"), QStringLiteral("body")}, errors);
    data.set("topics", topics);
    m_responder.sendPage(x, status, QStringLiteral("new_inquiry"), data, QT_TRANSLATE_NOOP("Web", "New inquiry"), headers);
}

std::optional<PageData> MailboxPages::topicList(const PageExchange &x, const QString &selectedKey, bool *found) const
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

std::optional<qint64> MailboxPages::inquiryId(const PageExchange &x)
{
    bool ok = false;
    const qint64 id = x.request.pathParameters.value(QStringLiteral("id")).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

PageRequest MailboxPages::pageRequest(const PageExchange &x, int size)
{
    for (const auto from : {PageRequest::From::OlderThan, PageRequest::From::NewerThan}) {
        const QString name = from == PageRequest::From::OlderThan ? QStringLiteral("older") : QStringLiteral("newer");
        if (const auto key = parseKey(x.request.query.queryItemValue(name)))
            return {from, *key, size};
    }
    return {PageRequest::From::Newest, {}, size};
}

std::optional<PageData> MailboxPages::pagingData(const std::optional<PageKey> &older, const std::optional<PageKey> &newer)
{
    if (!older && !newer)
        return std::nullopt;
    PageData paging;
    if (older)
        paging.set("older", utf8(keyText(*older)));
    if (newer)
        paging.set("newer", utf8(keyText(*newer)));
    return paging;
}

void MailboxPages::showThread(PageExchange &x)
{
    const auto id = inquiryId(x);
    if (!id)
        return m_responder.sendError(x, 404, QT_TRANSLATE_NOOP("Web", "This inquiry does not exist."));
    const auto thread = m_mailbox.thread(*x.session.customerId, *id, pageRequest(x, m_sizes.messages), x.language);
    if (!thread)
        return m_responder.sendServiceError(x, thread.error());
    // Opening the thread is what reads it; before the page renders, so the navigation's count already agrees.
    m_mailbox.markRead(*x.session.customerId, thread.value());
    sendThread(x, 200, thread.value(), {});
}

void MailboxPages::sendThread(PageExchange &x, int status, const CustomerMailbox::Thread &thread, const FieldErrors &errors, const ExtraHeaders &headers)
{
    PageData data = m_responder.formData(x, {QStringLiteral("body")}, errors);
    const auto calendar = m_mailbox.promiseCalendar({thread.inquiry});
    data.set("inquiry", m_responder.inquiryData(x, thread.inquiry, false, calendar ? &*calendar : nullptr));
    PageData messages{PageData::type::list};
    for (const Message &message : thread.messages)
        messages.push_back(m_responder.messageData(x, message));
    data.set("messages", messages);
    if (const auto paging = pagingData(thread.olderMessages, thread.newerMessages))
        data.set("paging", *paging);
    m_responder.sendPage(x, status, QStringLiteral("thread"), data, QT_TRANSLATE_NOOP("Web", "Inquiry"), headers);
}

void MailboxPages::submitAnswer(PageExchange &x)
{
    const auto id = inquiryId(x);
    if (!id)
        return m_responder.sendError(x, 404, QT_TRANSLATE_NOOP("Web", "This inquiry does not exist."));
    const auto result = m_mailbox.answer(*x.session.customerId, *id, x.form.value(QStringLiteral("body")));
    if (const auto *failure = std::get_if<ServiceError>(&result))
        return m_responder.sendServiceError(x, *failure);
    if (std::holds_alternative<Message>(result))
        return m_responder.redirect(x, "/inquiries/" + QByteArray::number(*id));
    const auto thread = m_mailbox.thread(*x.session.customerId, *id, newestMessages(), x.language);
    if (!thread)
        return m_responder.sendServiceError(x, thread.error());
    if (const auto *limit = std::get_if<CustomerMailbox::LimitReached>(&result))
        return sendThread(x, 429, thread.value(),
                          limitError(x, QT_TRANSLATE_NOOP("Web", "You have reached the limit of %1 messages per hour. Your text is kept below: "
                                                                 "you can send it after %2."), *limit),
                          m_responder.retryAfter(limit->until));
    sendThread(x, 422, thread.value(), std::get<FieldErrors>(result));
}

// Deleting for good is asked for twice: the thread's form says so beside a box to tick.
void MailboxPages::submitDeleteInquiry(PageExchange &x)
{
    const auto id = inquiryId(x);
    const auto thread = id ? m_mailbox.thread(*x.session.customerId, *id, newestMessages(), x.language)
                           : Result<CustomerMailbox::Thread>(ServiceError{ServiceError::NotFound, {}});
    if (!thread)
        return m_responder.sendServiceError(x, thread.error());
    if (x.form.value(QStringLiteral("confirm")) != QLatin1String("yes"))
        return sendThread(x, 422, thread.value(), {{QStringLiteral("confirm"),
                                                   QString::fromUtf8(QT_TRANSLATE_NOOP("Web", "Tick the box to confirm that the inquiry is deleted for good."))}});
    const auto deleted = m_deletions.deleteOwnInquiry(*x.session.customerId, *id);
    if (!deleted && deleted.error().kind == ServiceError::Conflict)
        return sendThread(x, 409, thread.value(), {{QStringLiteral("confirm"), deleted.error().message}});
    if (!deleted)
        return m_responder.sendServiceError(x, deleted.error());
    m_responder.redirect(x, "/inquiries?deleted=1");
}

} // namespace confidant::server
