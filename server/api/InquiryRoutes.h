#pragma once

#include "domain/AdvisorProfile.h"
#include "http/Router.h"

namespace confidant::server {

class AdvisorGate;
class AdvisorInquiries;

// One inquiry as an advisor works on it (docs/protocol.md): GET /api/v1/inquiries/{id} (the thread with its
// messages, ownership events and internal notes), POST …/replies and POST …/notes. Outside the advisor's scope
// the inquiry does not exist (404, as for none).
class InquiryRoutes {
public:
    InquiryRoutes(AdvisorInquiries &inquiries, const AdvisorGate &gate);
    void registerRoutes(Router &router);

private:
    void thread(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void reply(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void addNote(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);

    AdvisorInquiries &m_inquiries;
    const AdvisorGate &m_gate;
};

} // namespace confidant::server
