#pragma once

#include "domain/AdvisorProfile.h"
#include "http/Router.h"

namespace confidant::server {

class AdvisorDirectory;
class AdvisorGate;

// What every advisor may look up (docs/protocol.md): GET /api/v1/me (who the certificate belongs to),
// /api/v1/topics, /api/v1/directory (colleagues and teams to transfer to) and /api/v1/calendar.
class DirectoryRoutes {
public:
    DirectoryRoutes(AdvisorDirectory &directory, const AdvisorGate &gate);
    void registerRoutes(Router &router);

private:
    void me(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void topics(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void directory(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void calendar(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);

    AdvisorDirectory &m_directory;
    const AdvisorGate &m_gate;
};

} // namespace confidant::server
