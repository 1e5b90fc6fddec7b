#include "api/AdvisorApi.h"

#include "api/ApiResponses.h"
#include "http/HttpRequest.h"
#include "http/ResponseSink.h"
#include "pki/CertificateAuthority.h"
#include "store/ChangeNotifier.h"
#include "wire/WireFormat.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

namespace confidant::server {

Q_LOGGING_CATEGORY(lcApi, "confidant.api")

namespace {

// A query parameter as a whole number in [minimum, maximum]; `fallback` when absent, nullopt when malformed.
std::optional<qint64> numberParameter(const HttpRequest &request, const QString &name, qint64 fallback, qint64 minimum, qint64 maximum)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = request.query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

HttpResponse badParameter(const QString &name, qint64 minimum, qint64 maximum)
{
    return apiError(400, QStringLiteral("bad_parameter"),
                    QStringLiteral("The parameter \"%1\" must be a whole number from %2 to %3.").arg(name).arg(minimum).arg(maximum));
}

// The answer to a certificate that the lookup did not find active: 403, or the service error (503) when it failed.
HttpResponse refusal(const ServiceError &error)
{
    if (error.kind != ServiceError::NotFound)
        return apiError(error);
    HttpResponse refused = apiError(403, QStringLiteral("unknown_certificate"),
                                    QStringLiteral("This certificate is not registered to an active advisor. Ask your administrator for a new one."));
    // A revoked certificate's connection is closed, not kept alive for the next attempt.
    refused.setHeader("Connection", "close");
    return refused;
}

QString fingerprintOf(const HttpRequest &request)
{
    return request.verifiedPeerCertificate.isNull() ? QString() : certificateFingerprint(request.verifiedPeerCertificate);
}

QJsonArray inquiriesJson(const QList<Inquiry> &inquiries)
{
    QJsonArray array;
    for (const Inquiry &inquiry : inquiries)
        array.append(wire::toJson(inquiry));
    return array;
}

} // namespace

AdvisorApi::AdvisorApi(Database &database, const Clock &clock, ChangeNotifier &notifier, AdvisorApiSettings settings, QObject *parent)
    : QObject(parent), m_clock(clock), m_settings(settings), m_advisors(database), m_inquiries(database), m_topics(database)
{
    connect(&notifier, &ChangeNotifier::changed, this, &AdvisorApi::wake);
    connect(&notifier, &ChangeNotifier::changed, this, [this] { m_queueAnswers.clear(); });
    connect(&notifier, &ChangeNotifier::reconnected, this, &AdvisorApi::catchUp);
}

AdvisorApi::~AdvisorApi() = default;

void AdvisorApi::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/me"), identified(&AdvisorApi::me));
    router.add("GET", QStringLiteral("/api/v1/topics"), identified(&AdvisorApi::topics));
    router.add("GET", QStringLiteral("/api/v1/changes"), identified(&AdvisorApi::changes));
    router.add("GET", QStringLiteral("/api/v1/queue"), identified(&AdvisorApi::queue));
    router.add("GET", QStringLiteral("/api/v1/inquiries/{id}"), identified(&AdvisorApi::inquiry));
    router.add("POST", QStringLiteral("/api/v1/inquiries/{id}/replies"), identified(&AdvisorApi::reply), 64 * 1024);
}

// The one place an advisor is identified: by the fingerprint of the certificate the TLS handshake verified.
// Only a lookup that worked and found no active advisor refuses with 403; a failed one is a 503, so an outage
// never looks like a revoked certificate to the advisor.
Handler AdvisorApi::identified(ApiHandler handler)
{
    return [this, handler](const HttpRequest &request, const ResponseSink &sink) {
        const QString fingerprint = fingerprintOf(request);
        const Result<AdvisorProfile> advisor = fingerprint.isEmpty()
            ? Result<AdvisorProfile>(ServiceError{ServiceError::NotFound, {}})
            : m_advisors.findByCertificate(fingerprint, m_clock.now());
        if (!advisor) {
            qCInfo(lcApi) << "refused a request from" << request.peerAddress << "with" << (advisor.error().kind == ServiceError::NotFound
                ? "a certificate that belongs to no active advisor" : "its certificate unchecked: the advisor lookup failed");
            return sink.send(refusal(advisor.error()));
        }
        (this->*handler)(request, sink, advisor.value());
    };
}

HttpResponse AdvisorApi::ifStillActive(const QString &certificateFingerprint, HttpResponse answer) const
{
    const Result<AdvisorProfile> advisor = m_advisors.findByCertificate(certificateFingerprint, m_clock.now());
    if (advisor)
        return answer;
    qCInfo(lcApi) << "a parked request's certificate is no longer active (or cannot be checked); refusing its answer";
    return refusal(advisor.error());
}

void AdvisorApi::me(const HttpRequest &, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    sink.send(HttpResponse::json(200, wire::toJson(advisor)));
}

void AdvisorApi::topics(const HttpRequest &, const ResponseSink &sink, const AdvisorProfile &)
{
    QJsonArray array;
    for (const Topic &topic : m_topics.list())
        array.append(wire::toJson(topic));
    sink.send(HttpResponse::json(200, {{QStringLiteral("topics"), array}}));
}

void AdvisorApi::changes(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &)
{
    const qint64 maxWait = m_settings.maxWait.count();
    const auto since = numberParameter(request, QStringLiteral("since"), 0, 0, std::numeric_limits<qint64>::max());
    const auto wait = numberParameter(request, QStringLiteral("wait"), 0, 0, maxWait);
    const auto limit = numberParameter(request, QStringLiteral("limit"), m_settings.pageSize, 1, m_settings.pageSize);
    if (!since)
        return sink.send(badParameter(QStringLiteral("since"), 0, std::numeric_limits<qint64>::max()));
    if (!wait)
        return sink.send(badParameter(QStringLiteral("wait"), 0, maxWait));
    if (!limit)
        return sink.send(badParameter(QStringLiteral("limit"), 1, m_settings.pageSize));
    const auto batch = m_inquiries.changesSince(*since, int(*limit));
    if (!batch)
        return sink.send(apiError(batch.error()));
    if (batch->inquiries.isEmpty() && *wait > 0)
        return park(fingerprintOf(request), *since, int(*limit), std::chrono::seconds(*wait), sink);
    sink.send(HttpResponse::json(200, wire::toJson(batch.value())));
}

void AdvisorApi::park(const QString &certificateFingerprint, qint64 since, int limit, std::chrono::seconds wait,
                      const ResponseSink &sink)
{
    const quint64 id = ++m_nextWaiter;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id] {
        auto it = m_waiters.find(id);
        if (it == m_waiters.end())
            return;
        const ChangeBatch empty{it->second.since, it->second.since, false, {}};
        it->second.sink.send(ifStillActive(it->second.certificateFingerprint, HttpResponse::json(200, wire::toJson(empty))));
        release(id);
    });
    timer->start(std::chrono::milliseconds(wait));
    m_waiters.emplace(id, Waiter{certificateFingerprint, since, limit, sink, timer});
    sink.onAbandoned([this, id] { release(id); });
}

void AdvisorApi::wake(qint64 sequence)
{
    answerWaiters(sequence, false);
}

// The notifier lost its connection for a while: changes committed meanwhile were never announced. Cached answers
// may be stale, and every waiter looks again; those with nothing new keep waiting.
void AdvisorApi::catchUp()
{
    m_queueAnswers.clear();
    answerWaiters(std::numeric_limits<qint64>::max(), true);
}

void AdvisorApi::answerWaiters(qint64 sequence, bool onlyWithChanges)
{
    // Waiters that asked from the same point get the same answer: read it once per distinct point.
    std::map<std::pair<qint64, int>, std::optional<HttpResponse>> answers;
    std::vector<quint64> done;
    for (auto &[id, waiter] : m_waiters) {
        if (waiter.since >= sequence)
            continue;
        auto &answer = answers[{waiter.since, waiter.limit}];
        if (!answer) {
            const auto batch = m_inquiries.changesSince(waiter.since, waiter.limit);
            if (onlyWithChanges && batch && batch->inquiries.isEmpty())
                answer = HttpResponse{0, {}, {}}; // nothing new: keep waiting
            else
                answer = batch ? HttpResponse::json(200, wire::toJson(batch.value())) : apiError(batch.error());
        }
        if (answer->status == 0)
            continue;
        // The certificate was checked when the request arrived, but it may have been revoked while it waited.
        waiter.sink.send(ifStillActive(waiter.certificateFingerprint, *answer));
        done.push_back(id);
    }
    for (quint64 id : done)
        release(id);
}

void AdvisorApi::forgetOldReplyKeys()
{
    m_inquiries.forgetReplyKeysBefore(m_clock.now().addDays(-1));
}

void AdvisorApi::release(quint64 id)
{
    auto it = m_waiters.find(id);
    if (it == m_waiters.end())
        return;
    it->second.timer->deleteLater();
    m_waiters.erase(it);
}

void AdvisorApi::queue(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &)
{
    const auto limit = numberParameter(request, QStringLiteral("limit"), m_settings.queueLimit, 1, m_settings.queueLimit);
    if (!limit)
        return sink.send(badParameter(QStringLiteral("limit"), 1, m_settings.queueLimit));
    auto cached = m_queueAnswers.constFind(int(*limit));
    if (cached == m_queueAnswers.cend()) {
        const QJsonObject answer{{QStringLiteral("inquiries"), inquiriesJson(m_inquiries.openQueue(int(*limit)))}};
        cached = m_queueAnswers.insert(int(*limit), wire::encode(answer));
    }
    sink.send(HttpResponse{200, {{"Content-Type", "application/json; charset=utf-8"}}, *cached});
}

void AdvisorApi::inquiry(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &)
{
    bool ok = false;
    const qint64 id = request.pathParameters.value(QStringLiteral("id")).toLongLong(&ok);
    const auto found = ok ? m_inquiries.find(id) : std::nullopt;
    if (!found)
        return sink.send(apiError(404, QStringLiteral("not_found"), QStringLiteral("This inquiry does not exist.")));
    const auto thread = m_inquiries.messages(id);
    if (!thread)
        return sink.send(apiError(thread.error()));
    QJsonArray messages;
    for (const Message &message : thread.value())
        messages.append(wire::toJson(message));
    sink.send(HttpResponse::json(200, {{QStringLiteral("inquiry"), wire::toJson(*found)}, {QStringLiteral("messages"), messages}}));
}

void AdvisorApi::reply(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    if (!request.header("content-type").toLower().startsWith("application/json"))
        return sink.send(apiError(415, QStringLiteral("unsupported_media_type"), QStringLiteral("Send the reply as application/json.")));
    bool ok = false;
    const qint64 id = request.pathParameters.value(QStringLiteral("id")).toLongLong(&ok);
    FieldErrors errors;
    const auto draft = wire::replyDraftFromJson(request.body, &errors);
    if (!draft) {
        const bool malformed = !errors.isEmpty() && errors.first().field.isEmpty();
        return sink.send(malformed ? apiError(400, QStringLiteral("malformed_json"), errors.first().message)
                                   : apiError(422, QStringLiteral("invalid"), QStringLiteral("The reply cannot be sent as it is."), errors));
    }
    // Optional: a client that may send a reply again after losing the answer names it, and gets the first reply back.
    const QByteArray keyText = request.header("idempotency-key");
    const QUuid key = QUuid::fromString(QLatin1String(keyText));
    if (!keyText.isEmpty() && key.isNull())
        return sink.send(apiError(400, QStringLiteral("bad_idempotency_key"), QStringLiteral("The Idempotency-Key header must be a UUID.")));
    const auto added = ok ? m_inquiries.addAdvisorReply(advisor, id, draft->body, m_clock.now(), key)
                          : Result<Message>(ServiceError{ServiceError::NotFound, QStringLiteral("This inquiry does not exist.")});
    if (!added)
        return sink.send(apiError(added.error()));
    const auto updated = m_inquiries.find(id);
    sink.send(HttpResponse::json(201, {{QStringLiteral("message"), wire::toJson(added.value())},
                                       {QStringLiteral("inquiry"), updated ? wire::toJson(*updated) : QJsonObject()}}));
}

} // namespace confidant::server
