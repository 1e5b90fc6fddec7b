#pragma once

#include "domain/AdvisorProfile.h"
#include "domain/Inquiry.h"
#include "http/Router.h"
#include "store/StoreError.h"

namespace confidant::server {

class AdvisorGate;
class InquiryMoves;

// Who answers an inquiry (docs/protocol.md, "Ownership"): POST /api/v1/inquiries/{id}/claim, …/release, …/close,
// …/transfer {"toAdvisorId" | "toTeamId", "note"} and a lead's …/assign {"toAdvisorId"}. Each answers with the
// inquiry as it is afterwards, or why not (404 outside the scope, 409 taken or closed, 403 not theirs to move,
// 422 a bad note or target, 503).
class OwnershipRoutes {
public:
    OwnershipRoutes(InquiryMoves &moves, const AdvisorGate &gate);
    void registerRoutes(Router &router);

private:
    void claim(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void release(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void close(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void transfer(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void assign(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    static void answer(const ResponseSink &sink, const Result<Inquiry> &moved);

    InquiryMoves &m_moves;
    const AdvisorGate &m_gate;
};

} // namespace confidant::server
