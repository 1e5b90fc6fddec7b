#include "api/AbsenceRoutes.h"

#include "api/AdvisorGate.h"
#include "api/ApiResponses.h"
#include "http/HttpRequest.h"
#include "http/ResponseSink.h"
#include "service/AbsencePlanning.h"
#include "store/AbsenceStore.h"
#include "wire/JsonArray.h"
#include "wire/AdvisorWire.h"
#include "wire/DraftWire.h"

#include <QJsonArray>

namespace confidant::server {

AbsenceRoutes::AbsenceRoutes(AbsencePlanning &absences, const AdvisorGate &gate) : m_absences(absences), m_gate(gate) {}

void AbsenceRoutes::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/absences"), m_gate.identified(this, &AbsenceRoutes::list));
    router.add("PUT", QStringLiteral("/api/v1/advisors/{id}/absence"), m_gate.identified(this, &AbsenceRoutes::set),
               4 * 1024);
    router.add("DELETE", QStringLiteral("/api/v1/advisors/{id}/absence"), m_gate.identified(this, &AbsenceRoutes::end),
               1024);
}

HttpResponse AbsenceRoutes::answer(const Result<QList<Absence>> &absences)
{
    if (!absences)
        return apiError(absences.error());
    return HttpResponse::json(200, {{QStringLiteral("absences"), wire::toJsonArray(absences.value())}});
}

void AbsenceRoutes::list(const HttpRequest &, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    sink.send(answer(m_absences.ofTeam(advisor)));
}

// By the advisor themselves or their team lead (403 for others); an advisor of another team does not exist (404).
void AbsenceRoutes::set(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    if (const auto refused = unlessJson(request, "absence"))
        return sink.send(*refused);
    FieldErrors errors;
    const auto draft = wire::absenceDraftFromJson(request.body, &errors);
    if (!draft)
        return sink.send(badBody(errors, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "The absence cannot be set as it is."))));
    const auto id = idOf(request);
    sink.send(answer(id ? m_absences.set(advisor, *id, draft->from, draft->to) : Result<QList<Absence>>(AbsenceStore::advisorNotFound())));
}

void AbsenceRoutes::end(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    const auto id = idOf(request);
    sink.send(answer(id ? m_absences.end(advisor, *id) : Result<QList<Absence>>(AbsenceStore::advisorNotFound())));
}

} // namespace confidant::server
