#include "api/AdvisorApi.h"

#include "api/ApiResponses.h"
#include "http/HttpRequest.h"
#include "http/ResponseSink.h"
#include "pki/CertificateAuthority.h"
#include "store/AdvisorScope.h"
#include "store/ChangeNotifier.h"
#include "validation/Validation.h"
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
                                    QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This certificate is not registered to an active advisor. Ask your administrator for a new one.")));
    // A revoked certificate's connection is closed, not kept alive for the next attempt.
    refused.setHeader("Connection", "close");
    return refused;
}

QString fingerprintOf(const HttpRequest &request)
{
    return request.verifiedPeerCertificate.isNull() ? QString() : certificateFingerprint(request.verifiedPeerCertificate);
}

std::optional<qint64> inquiryIdOf(const HttpRequest &request)
{
    return idOf(request);
}


ServiceError notFound()
{
    return {ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry does not exist."))};
}

HttpResponse inquiryNotFound()
{
    return apiError(notFound());
}

// The answer to a move: the inquiry as it is now, or why not (404 outside the scope, 409 taken or closed, 403 not
// theirs to move, 422 a bad note or target, 503).
HttpResponse moved(const Result<Inquiry> &inquiry)
{
    return inquiry ? HttpResponse::json(200, {{QStringLiteral("inquiry"), wire::toJson(inquiry.value())}}) : apiError(inquiry.error());
}

template<typename T>
QJsonArray jsonArray(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(wire::toJson(item));
    return array;
}

} // namespace

AdvisorApi::AdvisorApi(Database &database, const Clock &clock, ChangeNotifier &notifier, Executor workers, AdvisorApiSettings settings,
                       QObject *parent)
    : QObject(parent), m_clock(clock), m_workers(std::move(workers)), m_settings(settings), m_identities(database, clock, notifier), m_inquiries(database),
      m_topics(database), m_ownership(database), m_advisors(database), m_calendar(database), m_absences(database), m_notes(database),
      m_deletions(database, clock), m_reports(database, clock, m_settings.reportWorkers ? m_settings.reportWorkers : m_workers, m_settings.company)
{
    connect(&notifier, &ChangeNotifier::changed, this, &AdvisorApi::wake);
    connect(&notifier, &ChangeNotifier::reconnected, this, &AdvisorApi::catchUp);
    connect(&notifier, &ChangeNotifier::advisorsChanged, this, [this] { m_identities.forget(); });
    m_lookAgainSoon.setSingleShot(true);
    connect(&m_lookAgainSoon, &QTimer::timeout, this, [this] { lookAgain(std::numeric_limits<qint64>::max()); });
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
    router.add("POST", QStringLiteral("/api/v1/inquiries/{id}/notes"), identified(&AdvisorApi::addNote), 32 * 1024);
    router.add("POST", QStringLiteral("/api/v1/inquiries/{id}/claim"), identified(&AdvisorApi::claim), 1024);
    router.add("POST", QStringLiteral("/api/v1/inquiries/{id}/release"), identified(&AdvisorApi::release), 1024);
    router.add("POST", QStringLiteral("/api/v1/inquiries/{id}/close"), identified(&AdvisorApi::close), 1024);
    router.add("POST", QStringLiteral("/api/v1/inquiries/{id}/transfer"), identified(&AdvisorApi::transfer), 16 * 1024);
    router.add("POST", QStringLiteral("/api/v1/inquiries/{id}/assign"), identified(&AdvisorApi::assign), 1024);
    router.add("GET", QStringLiteral("/api/v1/directory"), identified(&AdvisorApi::directory));
    router.add("GET", QStringLiteral("/api/v1/calendar"), identified(&AdvisorApi::calendar));
    router.add("GET", QStringLiteral("/api/v1/absences"), identified(&AdvisorApi::absences));
    router.add("PUT", QStringLiteral("/api/v1/advisors/{id}/absence"), identified(&AdvisorApi::setAbsence), 4 * 1024);
    router.add("DELETE", QStringLiteral("/api/v1/advisors/{id}/absence"), identified(&AdvisorApi::endAbsence), 1024);
    registerDeletionRoutes(router);
    registerReportRoutes(router);
}

void AdvisorApi::registerDeletionRoutes(Router &router)
{
    using namespace std::placeholders;
    DeletionApi *deletions = &m_deletions;
    router.add("GET", QStringLiteral("/api/v1/deletions"), identified(std::bind(&DeletionApi::recommendations, deletions, _1, _2, _3)));
    // 500 ids at most, each at most 16 digits and a comma.
    router.add("POST", QStringLiteral("/api/v1/deletions"), identified(std::bind(&DeletionApi::confirm, deletions, _1, _2, _3)), 16 * 1024);
    router.add("POST", QStringLiteral("/api/v1/inquiries/{id}/postpone"), identified(std::bind(&DeletionApi::postpone, deletions, _1, _2, _3)),
               8 * 1024);
    router.add("GET", QStringLiteral("/api/v1/deletion-log"), identified(std::bind(&DeletionApi::log, deletions, _1, _2, _3)));
}

void AdvisorApi::registerReportRoutes(Router &router)
{
    using namespace std::placeholders;
    ReportApi *reports = &m_reports;
    router.add("GET", QStringLiteral("/api/v1/statistics"), identified(std::bind(&ReportApi::statistics, reports, _1, _2, _3)));
    router.add("GET", QStringLiteral("/api/v1/reports/team"), identified(std::bind(&ReportApi::teamReport, reports, _1, _2, _3)));
}

// The one place an advisor is identified: by the fingerprint of the certificate the TLS handshake verified.
// Only a lookup that worked and found no active advisor refuses with 403; a failed one is a 503, so an outage
// never looks like a revoked certificate to the advisor.
Handler AdvisorApi::identified(ApiHandler handler)
{
    return identified([this, handler](const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor) {
        (this->*handler)(request, sink, advisor);
    });
}

Handler AdvisorApi::identified(IdentifiedHandler handler)
{
    return [this, handler = std::move(handler)](const HttpRequest &request, const ResponseSink &sink) {
        const QString fingerprint = fingerprintOf(request);
        const Result<AdvisorProfile> advisor = fingerprint.isEmpty()
            ? Result<AdvisorProfile>(ServiceError{ServiceError::NotFound, {}})
            : m_identities.find(fingerprint);
        if (!advisor) {
            qCInfo(lcApi) << "refused a request from" << request.peerAddress << "with" << (advisor.error().kind == ServiceError::NotFound
                ? "a certificate that belongs to no active advisor" : "its certificate unchecked: the advisor lookup failed");
            return sink.send(refusal(advisor.error()));
        }
        handler(request, sink, advisor.value());
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

void AdvisorApi::changes(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
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
    const auto batch = m_inquiries.changesSince(AdvisorScope(advisor), *since, int(*limit));
    if (!batch)
        return sink.send(apiError(batch.error()));
    if (batch->inquiries.isEmpty() && batch->removed.isEmpty() && *wait > 0) {
        QMetaObject::invokeMethod(this, [this, fingerprint = fingerprintOf(request), since = *since, limit = int(*limit),
                                         wait = std::chrono::seconds(*wait), sink, wakes, heldBack = batch->heldBack] {
            park(fingerprint, since, limit, wait, sink, wakes);
            if (heldBack)
                lookAgainSoon();
        });
        return;
    }
    sink.send(HttpResponse{200, {{"Content-Type", "application/json; charset=utf-8"}}, wire::encodeChangeBatch(batch.value())});
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
        const ChangeBatch empty{waiter.since, waiter.since, false, {}, {}, false};
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
    m_lookAgainDelay = std::chrono::milliseconds(20);
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
        const Answers answers = answer(looks);
        QMetaObject::invokeMethod(this, [this, looks, answers] { settle(looks, answers); });
    });
}

// On a worker: sends each waiter its changes, if there are any; returns whom it answered.
AdvisorApi::Answers AdvisorApi::answer(const std::vector<Look> &looks) const
{
    // Waiters that asked from the same point with the same certificate get the same answer: read it once.
    std::map<std::tuple<QString, qint64, int>, std::optional<Answer>> answers;
    Answers result;
    for (const Look &look : looks) {
        auto &answer = answers[{look.waiter.certificateFingerprint, look.waiter.since, look.waiter.limit}];
        if (!answer)
            answer = changesFor(look.waiter);
        result.heldBack |= answer->heldBack;
        if (!answer->response)
            continue;
        look.waiter.sink.send(*answer->response);
        result.answered << look.id;
    }
    return result;
}

// The certificate was checked when the request arrived, but it may have been revoked (or the advisor moved to
// another team) while it waited: the answer follows who it belongs to now. No response: nothing new, keep waiting.
AdvisorApi::Answer AdvisorApi::changesFor(const Waiter &waiter) const
{
    const Result<AdvisorProfile> advisor = m_identities.find(waiter.certificateFingerprint);
    if (!advisor)
        return {refusal(advisor.error()), false};
    const auto batch = m_inquiries.changesSince(AdvisorScope(advisor.value()), waiter.since, waiter.limit);
    if (!batch)
        return {apiError(batch.error()), false};
    if (batch->inquiries.isEmpty() && batch->removed.isEmpty())
        return {std::nullopt, batch->heldBack};
    return {HttpResponse{200, {{"Content-Type", "application/json; charset=utf-8"}}, wire::encodeChangeBatch(batch.value())}, false};
}

void AdvisorApi::settle(const std::vector<Look> &looks, const Answers &answers)
{
    bool expectsMore = answers.heldBack;
    for (const Look &look : looks) {
        if (answers.answered.contains(look.id)) {
            release(look.id);
            continue;
        }
        auto it = m_waiters.find(look.id);
        if (it == m_waiters.end())
            continue;
        it->second.lookingAgain = false;
        expectsMore |= it->second.since < m_latestNotified && m_sinceNotified.isValid() && m_sinceNotified.elapsed() < 5000;
    }
    // Changes are committed that these waiters were not given: the feed holds them back until every older
    // transaction has ended (docs/protocol.md), or one was announced while the worker read. Look again soon.
    if (expectsMore)
        lookAgainSoon();
}

// From 20 ms, doubling to a second while nothing moves: a transaction held open for long costs a read a second.
void AdvisorApi::lookAgainSoon()
{
    if (m_lookAgainSoon.isActive())
        return;
    m_lookAgainSoon.start(m_lookAgainDelay);
    m_lookAgainDelay = std::min(m_lookAgainDelay * 2, std::chrono::milliseconds(1000));
}

void AdvisorApi::forgetOldReplyKeys()
{
    m_inquiries.forgetReplyKeysBefore(m_clock.now().addDays(-1));
}

void AdvisorApi::returnHeldInquiries()
{
    m_absences.returnHeldInquiries(m_clock.now());
}

void AdvisorApi::sweepDeletions()
{
    m_deletions.sweep();
}

void AdvisorApi::release(quint64 id)
{
    auto it = m_waiters.find(id);
    if (it == m_waiters.end())
        return;
    it->second.timer->deleteLater();
    m_waiters.erase(it);
}

// The advisor's team queue (with the queue shared by all, of topics without a team).
void AdvisorApi::queue(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    const auto limit = numberParameter(request, QStringLiteral("limit"), m_settings.queueLimit, 1, m_settings.queueLimit);
    if (!limit)
        return sink.send(badParameter(QStringLiteral("limit"), 1, m_settings.queueLimit));
    const auto answer = queueAnswer(advisor.teamId, int(*limit));
    if (!answer)
        return sink.send(apiError(answer.error()));
    sink.send(HttpResponse{200, {{"Content-Type", "application/json; charset=utf-8"}}, answer.value()});
}

Result<QByteArray> AdvisorApi::queueAnswer(qint64 teamId, int limit)
{
    quint64 generation = 0;
    const QPair<qint64, int> key{teamId, limit};
    {
        const QMutexLocker locker(&m_queueMutex);
        const auto cached = m_queueAnswers.constFind(key);
        if (cached != m_queueAnswers.cend())
            return *cached;
        generation = m_queueGeneration;
    }
    const auto open = m_inquiries.teamQueue(teamId, limit);
    if (!open)
        return open.error();
    const QByteArray answer = wire::encode(QJsonObject{{QStringLiteral("inquiries"), jsonArray(open.value())}});
    const QMutexLocker locker(&m_queueMutex);
    if (generation == m_queueGeneration)
        m_queueAnswers.insert(key, answer);
    return answer;
}

// The thread with its ownership events; outside the advisor's scope the inquiry does not exist (404, as for none).
void AdvisorApi::inquiry(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    const auto id = inquiryIdOf(request);
    const auto found = id ? m_inquiries.findForAdvisor(AdvisorScope(advisor), *id) : Result<std::optional<Inquiry>>(std::optional<Inquiry>());
    if (!found)
        return sink.send(apiError(found.error()));
    if (!found.value())
        return sink.send(inquiryNotFound());
    const auto thread = m_inquiries.messages(*id);
    const auto events = m_inquiries.events(*id);
    const auto notes = m_notes.of(*id);
    if (!thread || !events || !notes)
        return sink.send(apiError(!thread ? thread.error() : !events ? events.error() : notes.error()));
    sink.send(HttpResponse::json(200, {{QStringLiteral("inquiry"), wire::toJson(*found.value())}, {QStringLiteral("messages"), jsonArray(thread.value())},
                                       {QStringLiteral("events"), jsonArray(events.value())}, {QStringLiteral("notes"), jsonArray(notes.value())}}));
}

void AdvisorApi::claim(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    const auto id = inquiryIdOf(request);
    sink.send(moved(id ? m_ownership.claim(advisor, *id, m_clock.now()) : Result<Inquiry>(notFound())));
}

void AdvisorApi::release(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    const auto id = inquiryIdOf(request);
    sink.send(moved(id ? m_ownership.release(advisor, *id, m_clock.now()) : Result<Inquiry>(notFound())));
}

void AdvisorApi::close(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    const auto id = inquiryIdOf(request);
    sink.send(moved(id ? m_ownership.close(advisor, *id, m_clock.now()) : Result<Inquiry>(notFound())));
}

void AdvisorApi::transfer(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    if (const auto refused = unlessJson(request, "transfer"))
        return sink.send(*refused);
    FieldErrors errors;
    const auto draft = wire::transferDraftFromJson(request.body, &errors);
    if (!draft)
        return sink.send(apiError(400, QStringLiteral("malformed_json"), errors.value(0).message));
    const auto id = inquiryIdOf(request);
    const InquiryOwnership::Target target{draft->toAdvisorId, draft->toTeamId};
    sink.send(moved(id ? m_ownership.transfer(advisor, *id, target, draft->note, m_clock.now()) : Result<Inquiry>(notFound())));
}

void AdvisorApi::assign(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    if (const auto refused = unlessJson(request, "assignment"))
        return sink.send(*refused);
    FieldErrors errors;
    const auto draft = wire::transferDraftFromJson(request.body, &errors);
    if (!draft || !draft->toAdvisorId)
        return sink.send(apiError(400, QStringLiteral("malformed_json"), QStringLiteral("Name the advisor as \"toAdvisorId\".")));
    const auto id = inquiryIdOf(request);
    sink.send(moved(id ? m_ownership.assign(advisor, *id, *draft->toAdvisorId, m_clock.now()) : Result<Inquiry>(notFound())));
}

// Colleagues (with the end of their absence, if they are away now) and teams to transfer to.
void AdvisorApi::directory(const HttpRequest &, const ResponseSink &sink, const AdvisorProfile &)
{
    const auto advisors = m_advisors.list();
    const auto teams = m_advisors.teams();
    const auto absent = m_absences.absentUntil(m_clock.now());
    if (!advisors || !teams || !absent)
        return sink.send(apiError(unavailable()));
    QJsonArray advisorList;
    for (const AdvisorProfile &colleague : advisors.value()) {
        const QDateTime until = absent->value(colleague.id);
        advisorList.append(QJsonObject{{QStringLiteral("id"), colleague.id}, {QStringLiteral("displayName"), colleague.displayName},
                                       {QStringLiteral("teamId"), colleague.teamId},
                                       {QStringLiteral("absentUntil"), wire::timeJson(until)}});
    }
    QJsonArray teamList;
    for (const Team &team : teams.value())
        teamList.append(QJsonObject{{QStringLiteral("id"), team.id}, {QStringLiteral("name"), team.name}});
    sink.send(HttpResponse::json(200, {{QStringLiteral("advisors"), advisorList}, {QStringLiteral("teams"), teamList}}));
}

// The working calendar the client counts each inquiry's response target in.
void AdvisorApi::calendar(const HttpRequest &, const ResponseSink &sink, const AdvisorProfile &)
{
    const auto calendar = m_calendar.load();
    sink.send(calendar ? HttpResponse::json(200, {{QStringLiteral("calendar"), wire::toJson(calendar.value())}}) : apiError(calendar.error()));
}

// The own team's current and planned absences.
void AdvisorApi::absences(const HttpRequest &, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    sink.send(teamAbsences(advisor));
}

// By the advisor themselves or their team lead (403 for others); an advisor of another team does not exist (404).
void AdvisorApi::setAbsence(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    if (const auto refused = unlessJson(request, "absence"))
        return sink.send(*refused);
    FieldErrors errors;
    const auto draft = wire::absenceDraftFromJson(request.body, &errors);
    const QDateTime now = m_clock.now();
    if (draft)
        errors = validation::checkAbsence(draft->from, draft->to, now);
    if (!errors.isEmpty())
        return sink.send(badBody(errors, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "The absence cannot be set as it is."))));
    const auto id = idOf(request);
    const auto set = id ? m_absences.set(advisor, *id, draft->from, draft->to, now)
                        : Result<Absence>(ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This advisor does not exist."))});
    sink.send(absencesChanged(advisor, set ? nullptr : &set.error()));
}

void AdvisorApi::endAbsence(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    const auto id = idOf(request);
    const auto ended = id ? m_absences.end(advisor, *id, m_clock.now())
                          : Result<Done>(ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This advisor does not exist."))});
    sink.send(absencesChanged(advisor, ended ? nullptr : &ended.error()));
}

HttpResponse AdvisorApi::absencesChanged(const AdvisorProfile &advisor, const ServiceError *failure)
{
    if (failure)
        return apiError(*failure);
    m_absences.returnHeldInquiries(m_clock.now());
    return teamAbsences(advisor);
}

HttpResponse AdvisorApi::teamAbsences(const AdvisorProfile &advisor) const
{
    const auto team = m_absences.ofTeam(advisor.teamId, m_clock.now());
    return team ? HttpResponse::json(200, {{QStringLiteral("absences"), jsonArray(team.value())}}) : apiError(team.error());
}

// An internal note: advisors see it in the thread, the customer never does. Within the scope only (404 outside).
void AdvisorApi::addNote(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    if (const auto refused = unlessJson(request, "note"))
        return sink.send(*refused);
    FieldErrors errors;
    const auto draft = wire::noteDraftFromJson(request.body, &errors);
    if (!draft)
        return sink.send(badBody(errors, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "The note cannot be added as it is."))));
    const auto id = inquiryIdOf(request);
    const auto added = id ? m_notes.add(advisor, *id, draft->text, m_clock.now()) : Result<InquiryNote>(notFound());
    if (!added)
        return sink.send(apiError(added.error()));
    const auto updated = m_inquiries.find(*id);
    sink.send(HttpResponse::json(201, {{QStringLiteral("note"), wire::toJson(added.value())},
                                       {QStringLiteral("inquiry"), updated ? wire::toJson(*updated) : QJsonObject()}}));
}

void AdvisorApi::reply(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor)
{
    if (const auto refused = unlessJson(request, "reply"))
        return sink.send(*refused);
    bool ok = false;
    const qint64 id = request.pathParameters.value(QStringLiteral("id")).toLongLong(&ok);
    FieldErrors errors;
    const auto draft = wire::replyDraftFromJson(request.body, &errors);
    if (!draft)
        return sink.send(badBody(errors, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "The reply cannot be sent as it is."))));
    // Optional: a client that may send a reply again after losing the answer names it, and gets the first reply back.
    const QByteArray keyText = request.header("idempotency-key");
    const QUuid key = QUuid::fromString(QLatin1String(keyText));
    if (!keyText.isEmpty() && key.isNull())
        return sink.send(apiError(400, QStringLiteral("bad_idempotency_key"), QStringLiteral("The Idempotency-Key header must be a UUID.")));
    const auto added = ok ? m_inquiries.addAdvisorReply(advisor, id, draft->body, m_clock.now(), key)
                          : Result<Message>(ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This inquiry does not exist."))});
    if (!added)
        return sink.send(apiError(added.error()));
    const auto updated = m_inquiries.find(id);
    sink.send(HttpResponse::json(201, {{QStringLiteral("message"), wire::toJson(added.value())},
                                       {QStringLiteral("inquiry"), updated ? wire::toJson(*updated) : QJsonObject()}}));
}

} // namespace confidant::server
