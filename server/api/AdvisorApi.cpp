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

AdvisorApi::AdvisorApi(Database &database, const Clock &clock, ChangeNotifier &notifier, Executor workers, AdvisorApiSettings settings,
                       QObject *parent)
    : QObject(parent), m_clock(clock), m_workers(std::move(workers)), m_settings(settings), m_identities(database, clock, notifier), m_inquiries(database),
      m_topics(database)
{
    connect(&notifier, &ChangeNotifier::changed, this, &AdvisorApi::wake);
    connect(&notifier, &ChangeNotifier::reconnected, this, &AdvisorApi::catchUp);
    connect(&notifier, &ChangeNotifier::advisorsChanged, this, [this] { m_identities.forget(); });
    m_lookAgainSoon.setSingleShot(true);
    m_lookAgainSoon.setInterval(20);
    connect(&m_lookAgainSoon, &QTimer::timeout, this, [this] { lookAgain(m_latestNotified); });
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
            : m_identities.find(fingerprint);
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
    const Result<AdvisorProfile> advisor = m_identities.find(certificateFingerprint);
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
    const auto topics = m_topics.list();
    if (!topics)
        return sink.send(apiError(topics.error()));
    QJsonArray array;
    for (const Topic &topic : topics.value())
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
    const quint64 wakes = m_wakes;
    const auto batch = m_inquiries.changesSince(*since, int(*limit));
    if (!batch)
        return sink.send(apiError(batch.error()));
    if (batch->inquiries.isEmpty() && *wait > 0) {
        QMetaObject::invokeMethod(this, [this, fingerprint = fingerprintOf(request), since = *since, limit = int(*limit),
                                         wait = std::chrono::seconds(*wait), sink, wakes] { park(fingerprint, since, limit, wait, sink, wakes); });
        return;
    }
    sink.send(HttpResponse::json(200, wire::toJson(batch.value())));
}

void AdvisorApi::park(const QString &certificateFingerprint, qint64 since, int limit, std::chrono::seconds wait,
                      const ResponseSink &sink, quint64 wakesBeforeReading)
{
    if (!sink.isOpen())
        return; // the client went away while its request was read
    const quint64 id = ++m_nextWaiter;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id] { timeOut(id); });
    timer->start(std::chrono::milliseconds(wait));
    m_waiters.emplace(id, Waiter{certificateFingerprint, since, limit, sink, timer});
    sink.onAbandoned([this, id] { release(id); });
    // A change announced after the worker read nothing new would otherwise wait for the next one.
    if (m_wakes != wakesBeforeReading)
        lookAgain(std::numeric_limits<qint64>::max());
}

void AdvisorApi::timeOut(quint64 id)
{
    auto it = m_waiters.find(id);
    if (it == m_waiters.end())
        return;
    const Waiter waiter = it->second;
    release(id);
    m_workers([this, waiter] {
        const ChangeBatch empty{waiter.since, waiter.since, false, {}};
        waiter.sink.send(ifStillActive(waiter.certificateFingerprint, HttpResponse::json(200, wire::toJson(empty))));
    });
}

void AdvisorApi::wake(qint64 sequence)
{
    ++m_wakes;
    {
        const QMutexLocker locker(&m_queueMutex);
        m_queueAnswers.clear();
        ++m_queueGeneration;
    }
    m_latestNotified = std::max(m_latestNotified, sequence);
    m_sinceNotified.start();
    lookAgain(sequence);
}

// The notifier lost its connection for a while: changes committed meanwhile were never announced. Cached answers
// may be stale, and every waiter looks again; those with nothing new keep waiting.
void AdvisorApi::catchUp()
{
    m_identities.forget(); // a revocation may have gone unannounced too
    wake(0);
    lookAgain(std::numeric_limits<qint64>::max());
}

// Hands the waiters that have not seen `sequence` to a worker, which reads their answers; the ones with nothing
// new (yet) come back to wait on.
void AdvisorApi::lookAgain(qint64 sequence)
{
    std::vector<Look> looks;
    for (auto &[id, waiter] : m_waiters) {
        if (waiter.lookingAgain || waiter.since >= sequence)
            continue;
        waiter.lookingAgain = true;
        looks.push_back({id, waiter});
    }
    if (looks.empty())
        return;
    m_workers([this, looks] {
        const QList<quint64> answered = answer(looks);
        QMetaObject::invokeMethod(this, [this, looks, answered] { settle(looks, answered); });
    });
}

// On a worker: sends each waiter its changes, if there are any; returns whom it answered.
QList<quint64> AdvisorApi::answer(const std::vector<Look> &looks) const
{
    // Waiters that asked from the same point get the same answer: read it once per distinct point.
    std::map<std::pair<qint64, int>, std::optional<HttpResponse>> answers;
    QList<quint64> answered;
    for (const Look &look : looks) {
        auto &answer = answers[{look.waiter.since, look.waiter.limit}];
        if (!answer) {
            const auto batch = m_inquiries.changesSince(look.waiter.since, look.waiter.limit);
            if (batch && batch->inquiries.isEmpty())
                answer = HttpResponse{0, {}, {}}; // nothing new: keep waiting
            else
                answer = batch ? HttpResponse::json(200, wire::toJson(batch.value())) : apiError(batch.error());
        }
        if (answer->status == 0)
            continue;
        // The certificate was checked when the request arrived, but it may have been revoked while it waited.
        look.waiter.sink.send(ifStillActive(look.waiter.certificateFingerprint, *answer));
        answered << look.id;
    }
    return answered;
}

void AdvisorApi::settle(const std::vector<Look> &looks, const QList<quint64> &answered)
{
    bool expectsMore = false;
    for (const Look &look : looks) {
        if (answered.contains(look.id)) {
            release(look.id);
            continue;
        }
        auto it = m_waiters.find(look.id);
        if (it == m_waiters.end())
            continue;
        it->second.lookingAgain = false;
        expectsMore |= it->second.since < m_latestNotified;
    }
    // A change was announced that these waiters were not given: it arrived while the worker read, or the feed
    // holds it back until every older transaction has ended (docs/protocol.md). Look again shortly, for a while.
    if (expectsMore && m_sinceNotified.isValid() && m_sinceNotified.elapsed() < 5000 && !m_lookAgainSoon.isActive())
        m_lookAgainSoon.start();
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
    const auto answer = queueAnswer(int(*limit));
    if (!answer)
        return sink.send(apiError(answer.error()));
    sink.send(HttpResponse{200, {{"Content-Type", "application/json; charset=utf-8"}}, answer.value()});
}

Result<QByteArray> AdvisorApi::queueAnswer(int limit)
{
    quint64 generation = 0;
    {
        const QMutexLocker locker(&m_queueMutex);
        const auto cached = m_queueAnswers.constFind(limit);
        if (cached != m_queueAnswers.cend())
            return *cached;
        generation = m_queueGeneration;
    }
    const auto open = m_inquiries.openQueue(limit);
    if (!open)
        return open.error();
    const QByteArray answer = wire::encode(QJsonObject{{QStringLiteral("inquiries"), inquiriesJson(open.value())}});
    const QMutexLocker locker(&m_queueMutex);
    if (generation == m_queueGeneration)
        m_queueAnswers.insert(limit, answer);
    return answer;
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
