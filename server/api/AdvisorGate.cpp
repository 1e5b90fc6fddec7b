#include "api/AdvisorGate.h"

#include "api/AdvisorIdentities.h"
#include "api/ApiLog.h"
#include "api/ApiResponses.h"
#include "http/HttpRequest.h"
#include "http/ResponseSink.h"
#include "pki/CertificateAuthority.h"

namespace confidant::server {

AdvisorGate::AdvisorGate(const AdvisorIdentities &identities) : m_identities(identities) {}

QString AdvisorGate::fingerprintOf(const HttpRequest &request)
{
    return request.verifiedPeerCertificate.isNull() ? QString() : certificateFingerprint(request.verifiedPeerCertificate);
}

Result<AdvisorProfile> AdvisorGate::advisorFor(const QString &certificateFingerprint) const
{
    if (certificateFingerprint.isEmpty())
        return ServiceError{ServiceError::NotFound, {}};
    return m_identities.find(certificateFingerprint);
}

HttpResponse AdvisorGate::refusal(const ServiceError &error)
{
    if (error.kind != ServiceError::NotFound)
        return apiError(error);
    HttpResponse refused = apiError(403, QStringLiteral("unknown_certificate"),
                                    QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This certificate is not registered to an active advisor. Ask your administrator for a new one.")));
    // A revoked certificate's connection is closed, not kept alive for the next attempt.
    refused.setHeader("Connection", "close");
    return refused;
}

Handler AdvisorGate::identified(IdentifiedHandler handler) const
{
    return [this, handler = std::move(handler)](const HttpRequest &request, const ResponseSink &sink) {
        const Result<AdvisorProfile> advisor = advisorFor(fingerprintOf(request));
        if (!advisor) {
            qCInfo(lcApi) << "refused a request from" << request.peerAddress << "with" << (advisor.error().kind == ServiceError::NotFound
                ? "a certificate that belongs to no active advisor" : "its certificate unchecked: the advisor lookup failed");
            return sink.send(refusal(advisor.error()));
        }
        handler(request, sink, advisor.value());
    };
}

} // namespace confidant::server
