#include "api/OwnershipRoutes.h"

#include "api/AdvisorGate.h"
#include "api/ApiResponses.h"
#include "http/HttpRequest.h"
#include "http/ResponseSink.h"
#include "service/InquiryMoves.h"
#include "wire/DraftWire.h"
#include "wire/InquiryWire.h"

namespace confidant::server {
namespace {

ServiceError notFound()
{
    return {ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry does not exist."))};
}

} // namespace

OwnershipRoutes::OwnershipRoutes(InquiryMoves &moves, const AdvisorGate &gate) : m_moves(moves), m_gate(gate) {}

void OwnershipRoutes::registerRoutes(Router &router)
{
    const auto route = [&](const char *path, auto handler, qsizetype limit) {
        router.add("POST", QStringLiteral("/api/v1/inquiries/{id}/") + QLatin1String(path), m_gate.identified(this, handler),
                   limit);
    };
    route("claim", &OwnershipRoutes::claim, 1024);
    route("release", &OwnershipRoutes::release, 1024);
    route("close", &OwnershipRoutes::close, 1024);
    route("transfer", &OwnershipRoutes::transfer, 16 * 1024);
    route("assign", &OwnershipRoutes::assign, 1024);
}

void OwnershipRoutes::answer(const ResponseSink &sink, const Result<Inquiry> &moved)
{
    sink.send(moved ? HttpResponse::json(200, {{QStringLiteral("inquiry"), wire::toJson(moved.value())}}) : apiError(moved.error()));
}

void OwnershipRoutes::claim(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    const auto id = idOf(request);
    answer(sink, id ? m_moves.claim(advisor, *id) : Result<Inquiry>(notFound()));
}

void OwnershipRoutes::release(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    const auto id = idOf(request);
    answer(sink, id ? m_moves.release(advisor, *id) : Result<Inquiry>(notFound()));
}

void OwnershipRoutes::close(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    const auto id = idOf(request);
    answer(sink, id ? m_moves.close(advisor, *id) : Result<Inquiry>(notFound()));
}

void OwnershipRoutes::transfer(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    if (const auto refused = unlessJson(request, "transfer"))
        return sink.send(*refused);
    FieldErrors errors;
    const auto draft = wire::transferDraftFromJson(request.body, &errors);
    if (!draft)
        return sink.send(apiError(400, QStringLiteral("malformed_json"), errors.value(0).message));
    const auto id = idOf(request);
    answer(sink, id ? m_moves.transfer(advisor, *id, draft->toAdvisorId, draft->toTeamId, draft->note) : Result<Inquiry>(notFound()));
}

void OwnershipRoutes::assign(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    if (const auto refused = unlessJson(request, "assignment"))
        return sink.send(*refused);
    FieldErrors errors;
    const auto draft = wire::transferDraftFromJson(request.body, &errors);
    if (!draft || !draft->toAdvisorId)
        return sink.send(apiError(400, QStringLiteral("malformed_json"), QStringLiteral("Name the advisor as \"toAdvisorId\".")));
    const auto id = idOf(request);
    answer(sink, id ? m_moves.assign(advisor, *id, *draft->toAdvisorId) : Result<Inquiry>(notFound()));
}

} // namespace confidant::server
