#include "FakeAdvisorApi.h"

#include "wire/DraftWire.h"
#include "wire/JsonArray.h"
#include "wire/InquiryWire.h"

#include <QJsonArray>

namespace confidant::testing {
namespace {

const QString advisorName = QStringLiteral("Maria M\u00fcller");

} // namespace

FakeAdvisorApi::FakeAdvisorApi(FakeNetworkAccess *network, const Clock &clock, int pageSize)
    : m_network(network), m_clock(clock), m_pageSize(pageSize)
{
    m_network->route("GET", changesPath(), [this](const FakeRequest &request) { return changes(request); });
}

qint64 FakeAdvisorApi::writeInquiry(const QString &subject, const QDateTime &at, const QString &body)
{
    Inquiry inquiry;
    inquiry.id = ++m_nextId;
    inquiry.customerId = 1;
    inquiry.customerName = QStringLiteral("Anna Schmidt");
    inquiry.topicId = 1;
    inquiry.topicKey = QStringLiteral("pension");
    inquiry.topicTitle = QStringLiteral("Pension plans");
    inquiry.subject = subject;
    inquiry.createdAt = at;
    inquiry.teamId = 1;
    m_inquiries.insert(inquiry.id, inquiry);
    const qint64 id = inquiry.id;
    m_network->route("GET", threadPath(id), [this, id](const FakeRequest &) { return thread(id); });
    m_network->route("POST", repliesPath(id), [this, id](const FakeRequest &request) { return reply(id, request); });
    m_network->route("POST", notesPath(id), [this, id](const FakeRequest &request) { return note(id, request); });
    writeMessage(id, body, at);
    return id;
}

void FakeAdvisorApi::writeMessage(qint64 inquiryId, const QString &body, const QDateTime &at)
{
    Inquiry &inquiry = m_inquiries[inquiryId];
    inquiry.state = InquiryState::AwaitingAdvisor;
    if (!inquiry.waitingSince)
        inquiry.waitingSince = at;
    m_threads[inquiryId].messages.append({++m_nextId, inquiryId, MessageAuthor::Customer, inquiry.customerName, body, at, m_seq + 1});
    touch(inquiryId, at);
}

void FakeAdvisorApi::addEvent(qint64 inquiryId, const InquiryEvent &event)
{
    m_threads[inquiryId].events.append(event);
    touch(inquiryId, event.at);
}

// A new change number for the inquiry; a long-poll held for want of news gets it.
void FakeAdvisorApi::touch(qint64 inquiryId, const QDateTime &at)
{
    Inquiry &inquiry = m_inquiries[inquiryId];
    inquiry.lastActivityAt = at;
    inquiry.seq = ++m_seq;
    m_network->answerHeld(changesPath(), [this](const FakeRequest &request) { return changes(request); });
}

FakeAnswer FakeAdvisorApi::changes(const FakeRequest &request) const
{
    const qint64 since = request.query().queryItemValue(QStringLiteral("since")).toLongLong();
    QList<Inquiry> changed;
    for (const Inquiry &inquiry : m_inquiries)
        if (inquiry.seq > since)
            changed.append(inquiry);
    std::sort(changed.begin(), changed.end(), [](const Inquiry &a, const Inquiry &b) { return a.seq < b.seq; });
    const bool hasMore = changed.size() > m_pageSize;
    changed = changed.mid(0, m_pageSize);
    ChangeBatch batch{since, changed.isEmpty() ? since : changed.last().seq, hasMore, changed, {}, false};
    FakeAnswer answer;
    answer.body = wire::encodeChangeBatch(batch);
    // Nothing new and the client is willing to wait: the server holds the request until there is.
    answer.held = changed.isEmpty() && request.query().queryItemValue(QStringLiteral("wait")).toInt() > 0;
    return answer;
}

FakeAnswer FakeAdvisorApi::thread(qint64 inquiryId) const
{
    const Thread &thread = m_threads[inquiryId];
    return FakeAnswer::json(200, {{QStringLiteral("inquiry"), wire::toJson(m_inquiries.value(inquiryId))},
                                  {QStringLiteral("messages"), wire::toJsonArray(thread.messages)},
                                  {QStringLiteral("events"), wire::toJsonArray(thread.events)},
                                  {QStringLiteral("notes"), wire::toJsonArray(thread.notes)}});
}

FakeAnswer FakeAdvisorApi::reply(qint64 inquiryId, const FakeRequest &request)
{
    FieldErrors errors;
    const auto draft = wire::replyDraftFromJson(request.body, &errors);
    if (!draft)
        return FakeAnswer::error(422, QStringLiteral("invalid"), QStringLiteral("The reply cannot be sent as it is."));
    const QUuid key = QUuid::fromString(QLatin1String(request.header("Idempotency-Key")));
    if (!key.isNull() && m_replies.contains(key)) {
        const Reply &first = m_replies[key];
        return FakeAnswer::json(201, {{QStringLiteral("message"), wire::toJson(first.message)},
                                      {QStringLiteral("inquiry"), wire::toJson(m_inquiries.value(first.inquiryId))}});
    }
    const QDateTime now = m_clock.now();
    Inquiry &inquiry = m_inquiries[inquiryId];
    inquiry.state = InquiryState::AwaitingCustomer;
    inquiry.waitingSince.reset();
    const Message message{++m_nextId, inquiryId, MessageAuthor::Advisor, advisorName, draft->body, now, m_seq + 1};
    m_threads[inquiryId].messages.append(message);
    if (!key.isNull())
        m_replies.insert(key, {inquiryId, message});
    touch(inquiryId, now);
    return FakeAnswer::json(201, {{QStringLiteral("message"), wire::toJson(message)}, {QStringLiteral("inquiry"), wire::toJson(m_inquiries.value(inquiryId))}});
}

FakeAnswer FakeAdvisorApi::note(qint64 inquiryId, const FakeRequest &request)
{
    FieldErrors errors;
    const auto draft = wire::noteDraftFromJson(request.body, &errors);
    if (!draft)
        return FakeAnswer::error(422, QStringLiteral("invalid"), QStringLiteral("The note cannot be saved as it is."));
    const InquiryNote note{++m_nextId, advisorName, draft->text, m_clock.now()};
    m_threads[inquiryId].notes.append(note);
    touch(inquiryId, note.at);
    return FakeAnswer::json(201, {{QStringLiteral("note"), wire::toJson(note)}, {QStringLiteral("inquiry"), wire::toJson(m_inquiries.value(inquiryId))}});
}

} // namespace confidant::testing
