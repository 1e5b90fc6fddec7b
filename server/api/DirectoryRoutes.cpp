#include "api/DirectoryRoutes.h"

#include "api/AdvisorGate.h"
#include "api/ApiResponses.h"
#include "http/HttpRequest.h"
#include "http/ResponseSink.h"
#include "service/AdvisorDirectory.h"
#include "wire/JsonArray.h"
#include "wire/AdvisorWire.h"
#include "wire/CalendarWire.h"

#include <QJsonArray>

namespace confidant::server {

DirectoryRoutes::DirectoryRoutes(AdvisorDirectory &directory, const AdvisorGate &gate) : m_directory(directory), m_gate(gate) {}

void DirectoryRoutes::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/me"), m_gate.identified(this, &DirectoryRoutes::me));
    router.add("GET", QStringLiteral("/api/v1/topics"), m_gate.identified(this, &DirectoryRoutes::topics));
    router.add("GET", QStringLiteral("/api/v1/directory"), m_gate.identified(this, &DirectoryRoutes::directory));
    router.add("GET", QStringLiteral("/api/v1/calendar"), m_gate.identified(this, &DirectoryRoutes::calendar));
}

void DirectoryRoutes::me(const HttpRequest &, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    sink.send(HttpResponse::json(200, wire::toJson(advisor)));
}

void DirectoryRoutes::topics(const HttpRequest &, const ResponseSink &sink, const AdvisorProfile &)
{
    const auto topics = m_directory.topics();
    if (!topics)
        return sink.send(apiError(topics.error()));
    sink.send(HttpResponse::json(200, {{QStringLiteral("topics"), wire::toJsonArray(topics.value())}}));
}

void DirectoryRoutes::directory(const HttpRequest &, const ResponseSink &sink, const AdvisorProfile &)
{
    const auto directory = m_directory.directory();
    sink.send(directory ? HttpResponse::json(200, wire::toJson(directory.value())) : apiError(directory.error()));
}

// The working calendar the client counts each inquiry's response target in.
void DirectoryRoutes::calendar(const HttpRequest &, const ResponseSink &sink, const AdvisorProfile &)
{
    const auto calendar = m_directory.calendar();
    sink.send(calendar ? HttpResponse::json(200, {{QStringLiteral("calendar"), wire::toJson(calendar.value())}}) : apiError(calendar.error()));
}

} // namespace confidant::server
