#include "api/InquiryRoutes.h"

#include "api/AdvisorGate.h"
#include "api/ApiResponses.h"
#include "http/HttpRequest.h"
#include "http/ResponseSink.h"
#include "service/AdvisorInquiries.h"
#include "wire/JsonArray.h"
#include "wire/DraftWire.h"
#include "wire/InquiryWire.h"

#include <QJsonArray>
#include <QUuid>

namespace confidant::server {
namespace {

ServiceError notFound()
{
    return {ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry does not exist."))};
}

// What was written, as `key`, and the inquiry as it is afterwards.
template<typename T>
HttpResponse written(const char *key, const Written<T> &result)
{
    return HttpResponse::json(201, {{QLatin1String(key), wire::toJson(result.item)},
                                    {QStringLiteral("inquiry"), result.inquiry ? wire::toJson(*result.inquiry) : QJsonObject()}});
}

} // namespace

InquiryRoutes::InquiryRoutes(AdvisorInquiries &inquiries, const AdvisorGate &gate) : m_inquiries(inquiries), m_gate(gate) {}

void InquiryRoutes::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/inquiries/{id}"), m_gate.identified(this, &InquiryRoutes::thread));
    router.add("POST", QStringLiteral("/api/v1/inquiries/{id}/replies"), m_gate.identified(this, &InquiryRoutes::reply),
               64 * 1024);
    router.add("POST", QStringLiteral("/api/v1/inquiries/{id}/notes"), m_gate.identified(this, &InquiryRoutes::addNote),
               32 * 1024);
}

void InquiryRoutes::thread(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    const auto id = idOf(request);
    const auto thread = id ? m_inquiries.thread(advisor, *id) : Result<AdvisorThread>(notFound());
    if (!thread)
        return sink.send(apiError(thread.error()));
    sink.send(HttpResponse::json(200, {{QStringLiteral("inquiry"), wire::toJson(thread->inquiry)},
                                       {QStringLiteral("messages"), wire::toJsonArray(thread->messages)},
                                       {QStringLiteral("events"), wire::toJsonArray(thread->events)},
                                       {QStringLiteral("notes"), wire::toJsonArray(thread->notes)}}));
}

void InquiryRoutes::reply(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    if (const auto refused = unlessJson(request, "reply"))
        return sink.send(*refused);
    FieldErrors errors;
    const auto draft = wire::replyDraftFromJson(request.body, &errors);
    if (!draft)
        return sink.send(badBody(errors, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "The reply cannot be sent as it is."))));
    // Optional: a client that may send a reply again after losing the answer names it, and gets the first reply back.
    const QByteArray keyText = request.header("idempotency-key");
    const QUuid key = QUuid::fromString(QLatin1String(keyText));
    if (!keyText.isEmpty() && key.isNull())
        return sink.send(apiError(400, QStringLiteral("bad_idempotency_key"), QStringLiteral("The Idempotency-Key header must be a UUID.")));
    const auto id = idOf(request);
    const auto added = id ? m_inquiries.reply(advisor, *id, draft->body, key) : Result<Written<Message>>(notFound());
    sink.send(added ? written("message", added.value()) : apiError(added.error()));
}

// An internal note: advisors see it in the thread, the customer never does.
void InquiryRoutes::addNote(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    if (const auto refused = unlessJson(request, "note"))
        return sink.send(*refused);
    FieldErrors errors;
    const auto draft = wire::noteDraftFromJson(request.body, &errors);
    if (!draft)
        return sink.send(badBody(errors, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "The note cannot be added as it is."))));
    const auto id = idOf(request);
    const auto added = id ? m_inquiries.addNote(advisor, *id, draft->text) : Result<Written<InquiryNote>>(notFound());
    sink.send(added ? written("note", added.value()) : apiError(added.error()));
}

} // namespace confidant::server
