#pragma once

#include "domain/AdvisorProfile.h"
#include "http/HttpResponse.h"
#include "http/Router.h"
#include "store/StoreError.h"

#include <functional>

namespace confidant::server {

class AdvisorIdentities;

// The one place an advisor is identified: by the fingerprint of the client certificate the TLS handshake verified,
// never by a header or parameter. Only a lookup that worked and found no active advisor refuses with 403; a failed
// one is a 503, so an outage never looks like a revoked certificate to the advisor.
class AdvisorGate {
public:
    explicit AdvisorGate(const AdvisorIdentities &identities);

    using IdentifiedHandler = std::function<void(const HttpRequest &, const ResponseSink &, const AdvisorProfile &)>;
    // A route handler that runs `handler` with the advisor the request's certificate belongs to, or refuses.
    Handler identified(IdentifiedHandler handler) const;
    // The same for a route class's member function.
    template<typename Routes>
    Handler identified(Routes *routes, void (Routes::*handler)(const HttpRequest &, const ResponseSink &, const AdvisorProfile &)) const
    {
        return identified([routes, handler](const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor) {
            (routes->*handler)(request, sink, advisor);
        });
    }
    template<typename Routes>
    Handler identified(const Routes *routes, void (Routes::*handler)(const HttpRequest &, const ResponseSink &, const AdvisorProfile &) const) const
    {
        return identified([routes, handler](const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor) {
            (routes->*handler)(request, sink, advisor);
        });
    }
    // The certificate's fingerprint as the identities know it; empty without a verified certificate.
    static QString fingerprintOf(const HttpRequest &request);
    // Who the certificate belongs to now: a parked request checks again before it is answered, since a revocation
    // (or a move to another team) may have come while it waited.
    Result<AdvisorProfile> advisorFor(const QString &certificateFingerprint) const;
    // The answer to a certificate the lookup did not find active: 403 (and the connection closed), or the
    // service error (503) when the lookup failed.
    static HttpResponse refusal(const ServiceError &error);

private:
    const AdvisorIdentities &m_identities;
};

} // namespace confidant::server
