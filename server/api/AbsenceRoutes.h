#pragma once

#include "domain/Absence.h"
#include "domain/AdvisorProfile.h"
#include "http/Router.h"
#include "store/StoreError.h"

namespace confidant::server {

class AbsencePlanning;
class AdvisorGate;

// The team's absences (docs/protocol.md, "Absences"): GET /api/v1/absences, PUT and DELETE
// /api/v1/advisors/{id}/absence. Setting and ending answer with the team's absences as they are afterwards.
class AbsenceRoutes {
public:
    AbsenceRoutes(AbsencePlanning &absences, const AdvisorGate &gate);
    void registerRoutes(Router &router);

private:
    void list(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void set(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void end(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    static HttpResponse answer(const Result<QList<Absence>> &absences);

    AbsencePlanning &m_absences;
    const AdvisorGate &m_gate;
};

} // namespace confidant::server
