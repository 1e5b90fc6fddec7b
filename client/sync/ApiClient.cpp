#include "ApiClient.h"

#include "validation/Validation.h"
#include "wire/ReportWire.h"
#include "wire/AdvisorWire.h"
#include "wire/ApiErrorWire.h"
#include "wire/CalendarWire.h"
#include "wire/DraftWire.h"
#include "wire/InquiryWire.h"
#include "wire/JsonReader.h"
#include "wire/WireTime.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QtConcurrent>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace confidant::client {
namespace {

// Every element of the array `key` decoded into `items`; false when one is not valid (the whole answer is refused).
template<typename T, typename Decode>
bool decodeEach(const QJsonObject &json, const char *key, QList<T> *items, Decode decode)
{
    for (const QJsonValue &value : json.value(QLatin1String(key)).toArray()) {
        const std::optional<T> item = decode(value.toObject(), nullptr);
        if (!item)
            return false;
        items->append(*item);
    }
    return true;
}

// Retry-After as our server sends it, in seconds. The HTTP-date form is not read: the advisor API never sends it, and
// it would need the server's clock. At most an hour: a broken header must not stop the sync for days.
std::chrono::seconds retryAfterOf(QNetworkReply *reply)
{
    bool ok = false;
    const qint64 seconds = reply->rawHeader("Retry-After").trimmed().toLongLong(&ok);
    return ok && seconds > 0 ? std::chrono::seconds(std::min<qint64>(seconds, 3600)) : std::chrono::seconds(0);
}

} // namespace

QString translatedFieldMessages(const ApiFailure &failure)
{
    QStringList messages;
    for (const FieldError &field : failure.fields)
        messages << QCoreApplication::translate(validation::TranslationContext, field.message.toUtf8().constData());
    return messages.join(QLatin1Char(' '));
}

ApiFailure failureOf(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        switch (reply->error()) {
        case QNetworkReply::SslHandshakeFailedError:
            return {0, ApiClient::tr("The secure connection to the server failed. Either your certificate was refused "
                                     "(expired, or from another company CA) or the server is not the one your certificate "
                                     "belongs to. Check the server address, or ask your administrator for a new certificate.")};
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            return {0, ApiClient::tr("The server cannot be reached at this address. Check the server address and your "
                                     "network connection, then try again.")};
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            return {0, ApiClient::tr("The server did not answer in time.")};
        default:
            return {0, ApiClient::tr("No connection to the server: %1").arg(reply->errorString())};
        }
    }
    const auto json = wire::parseObject(reply->readAll());
    const auto error = json ? wire::apiErrorFromJson(*json) : std::nullopt;
    // The server says why in English source text; the catalogue has the advisor's language for every text the
    // stores and the API can answer with (context "ServiceError"), and an unknown text stays as the server said it.
    ApiFailure failure = error ? ApiFailure{status, QCoreApplication::translate("ServiceError", error->message.toUtf8().constData()), error->fields}
                               : ApiFailure{status, ApiClient::tr("The server answered with error %1.").arg(status)};
    failure.retryAfter = retryAfterOf(reply);
    return failure;
}

ApiClient::ApiClient(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent)
    : QObject(parent), m_network(network), m_baseUrl(std::move(baseUrl))
{
}

QNetworkReply *ApiClient::get(const QString &path, int timeoutMs)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setTransferTimeout(timeoutMs);
    return m_network->get(request);
}

QNetworkRequest ApiClient::jsonRequest(const QString &path) const
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(15000);
    return request;
}

template<typename T, typename Decode>
void ApiClient::finish(QNetworkReply *reply, Decode decode, std::function<void(ApiResult<T>)> done)
{
    connect(reply, &QNetworkReply::finished, this, [this, reply, decode, done] {
        reply->deleteLater();
        if (m_abandoned)
            return;
        if (reply->error() != QNetworkReply::NoError) {
            done(failureOf(reply));
            return;
        }
        // Decoded on the thread pool: a feed page of 2,000 inquiries is a megabyte of JSON, and the window must
        // keep answering input while it is read. The answer comes back on this thread.
        auto *watcher = new QFutureWatcher<std::optional<T>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
            watcher->deleteLater();
            if (m_abandoned)
                return;
            const std::optional<T> value = watcher->result();
            if (!value)
                done(ApiFailure{200, tr("The server sent an answer this version of Confidant cannot read.")});
            else
                done(*value);
        });
        watcher->setFuture(QtConcurrent::run([body = reply->readAll(), decode]() -> std::optional<T> {
            const auto json = wire::parseObject(body);
            return json ? decode(*json) : std::nullopt;
        }));
    });
}

void ApiClient::me(std::function<void(ApiResult<AdvisorProfile>)> done)
{
    finish<AdvisorProfile>(get(QStringLiteral("api/v1/me"), 15000), [](const QJsonObject &json) { return wire::advisorProfileFromJson(json); }, done);
}

void ApiClient::changes(qint64 since, int waitSeconds, std::function<void(ApiResult<ChangeBatch>)> done)
{
    QUrl url(QStringLiteral("api/v1/changes"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(since));
    query.addQueryItem(QStringLiteral("wait"), QString::number(waitSeconds));
    url.setQuery(query);
    // The long-poll may legitimately take `waitSeconds`; give the transfer that plus a margin.
    finish<ChangeBatch>(get(url.toString(), (waitSeconds + 15) * 1000), [](const QJsonObject &json) { return wire::changeBatchFromJson(json); }, done);
}

void ApiClient::thread(qint64 inquiryId, std::function<void(ApiResult<InquiryThread>)> done)
{
    finish<InquiryThread>(get(QStringLiteral("api/v1/inquiries/%1").arg(inquiryId), 15000), [](const QJsonObject &json) -> std::optional<InquiryThread> {
        const auto inquiry = wire::inquiryFromJson(json.value(QStringLiteral("inquiry")).toObject());
        if (!inquiry)
            return std::nullopt;
        InquiryThread thread{*inquiry, {}, {}, {}};
        const bool complete = decodeEach(json, "messages", &thread.messages, wire::messageFromJson)
            && decodeEach(json, "events", &thread.events, wire::inquiryEventFromJson)
            && decodeEach(json, "notes", &thread.notes, wire::inquiryNoteFromJson);
        return complete ? std::optional<InquiryThread>(thread) : std::nullopt;
    }, done);
}

void ApiClient::reply(qint64 inquiryId, const QString &body, const QUuid &idempotencyKey, std::function<void(ApiResult<ReplyResult>)> done)
{
    QNetworkRequest request = jsonRequest(QStringLiteral("api/v1/inquiries/%1/replies").arg(inquiryId));
    if (!idempotencyKey.isNull())
        request.setRawHeader("Idempotency-Key", idempotencyKey.toByteArray(QUuid::WithoutBraces));
    QNetworkReply *reply = m_network->post(request, wire::encodeReplyDraft({body}));
    finish<ReplyResult>(reply, [](const QJsonObject &json) -> std::optional<ReplyResult> {
        const auto message = wire::messageFromJson(json.value(QStringLiteral("message")).toObject());
        const auto inquiry = wire::inquiryFromJson(json.value(QStringLiteral("inquiry")).toObject());
        return message && inquiry ? std::optional<ReplyResult>(ReplyResult{*message, *inquiry}) : std::nullopt;
    }, done);
}

void ApiClient::addNote(qint64 inquiryId, const QString &text, std::function<void(ApiResult<NoteResult>)> done)
{
    QNetworkReply *reply = m_network->post(jsonRequest(QStringLiteral("api/v1/inquiries/%1/notes").arg(inquiryId)), wire::encodeNoteDraft({text}));
    finish<NoteResult>(reply, [](const QJsonObject &json) -> std::optional<NoteResult> {
        const auto note = wire::inquiryNoteFromJson(json.value(QStringLiteral("note")).toObject());
        const auto inquiry = wire::inquiryFromJson(json.value(QStringLiteral("inquiry")).toObject());
        return note && inquiry ? std::optional<NoteResult>(NoteResult{*note, *inquiry}) : std::nullopt;
    }, done);
}

void ApiClient::move(qint64 inquiryId, InquiryMove move, std::function<void(ApiResult<Inquiry>)> done)
{
    const char *route = move == InquiryMove::Claim ? "claim" : move == InquiryMove::Release ? "release" : "close";
    postMove(inquiryId, QLatin1String(route), QByteArrayLiteral("{}"), done);
}

void ApiClient::transfer(qint64 inquiryId, const wire::TransferDraft &draft, std::function<void(ApiResult<Inquiry>)> done)
{
    postMove(inquiryId, QStringLiteral("transfer"), wire::encodeTransferDraft(draft), done);
}

void ApiClient::postMove(qint64 inquiryId, const QString &route, const QByteArray &body, std::function<void(ApiResult<Inquiry>)> done)
{
    QNetworkReply *reply = m_network->post(jsonRequest(QStringLiteral("api/v1/inquiries/%1/%2").arg(inquiryId).arg(route)), body);
    finish<Inquiry>(reply, [](const QJsonObject &json) { return wire::inquiryFromJson(json.value(QStringLiteral("inquiry")).toObject()); }, done);
}

void ApiClient::directory(std::function<void(ApiResult<Directory>)> done)
{
    finish<Directory>(get(QStringLiteral("api/v1/directory"), 15000), [](const QJsonObject &json) { return wire::directoryFromJson(json); }, done);
}

void ApiClient::calendar(std::function<void(ApiResult<WorkingCalendar>)> done)
{
    finish<WorkingCalendar>(get(QStringLiteral("api/v1/calendar"), 15000), [](const QJsonObject &json) {
        return wire::workingCalendarFromJson(json.value(QStringLiteral("calendar")).toObject());
    }, std::move(done));
}

void ApiClient::absences(std::function<void(ApiResult<QList<Absence>>)> done)
{
    finishAbsences(get(QStringLiteral("api/v1/absences"), 15000), std::move(done));
}

void ApiClient::setAbsence(qint64 advisorId, const wire::AbsenceDraft &draft, std::function<void(ApiResult<QList<Absence>>)> done)
{
    const QNetworkRequest request = jsonRequest(QStringLiteral("api/v1/advisors/%1/absence").arg(advisorId));
    finishAbsences(m_network->put(request, wire::encodeAbsenceDraft(draft)), std::move(done));
}

void ApiClient::endAbsence(qint64 advisorId, std::function<void(ApiResult<QList<Absence>>)> done)
{
    finishAbsences(m_network->deleteResource(jsonRequest(QStringLiteral("api/v1/advisors/%1/absence").arg(advisorId))), std::move(done));
}

void ApiClient::finishAbsences(QNetworkReply *reply, std::function<void(ApiResult<QList<Absence>>)> done)
{
    finish<QList<Absence>>(reply, [](const QJsonObject &json) -> std::optional<QList<Absence>> {
        QList<Absence> absences;
        return decodeEach(json, "absences", &absences, wire::absenceFromJson) ? std::optional(absences) : std::nullopt;
    }, std::move(done));
}

void ApiClient::deletions(std::function<void(ApiResult<QList<DeletionRecommendation>>)> done)
{
    finishDeletions(get(QStringLiteral("api/v1/deletions"), 15000), std::move(done));
}

void ApiClient::deletionLog(std::function<void(ApiResult<QList<DeletionLogEntry>>)> done)
{
    finish<QList<DeletionLogEntry>>(get(QStringLiteral("api/v1/deletion-log?limit=500"), 15000), [](const QJsonObject &json) -> std::optional<QList<DeletionLogEntry>> {
        QList<DeletionLogEntry> entries;
        return decodeEach(json, "entries", &entries, wire::deletionLogEntryFromJson) ? std::optional(entries) : std::nullopt;
    }, std::move(done));
}

void ApiClient::confirmDeletions(const wire::DeletionConfirmation &confirmation, std::function<void(ApiResult<int>)> done)
{
    finish<int>(m_network->post(jsonRequest(QStringLiteral("api/v1/deletions")), wire::encodeDeletionConfirmation(confirmation)),
                [](const QJsonObject &json) -> std::optional<int> {
                    return json.value(QStringLiteral("deletedInquiries")).toInt() + json.value(QStringLiteral("deletedAccounts")).toInt();
                }, std::move(done));
}

void ApiClient::postponeDeletion(qint64 inquiryId, const wire::PostponementDraft &draft,
                                 std::function<void(ApiResult<QList<DeletionRecommendation>>)> done)
{
    const QNetworkRequest request = jsonRequest(QStringLiteral("api/v1/inquiries/%1/postpone").arg(inquiryId));
    finishDeletions(m_network->post(request, wire::encodePostponementDraft(draft)), std::move(done));
}

void ApiClient::finishDeletions(QNetworkReply *reply, std::function<void(ApiResult<QList<DeletionRecommendation>>)> done)
{
    finish<QList<DeletionRecommendation>>(reply, [](const QJsonObject &json) -> std::optional<QList<DeletionRecommendation>> {
        QList<DeletionRecommendation> due;
        return decodeEach(json, "recommendations", &due, wire::deletionRecommendationFromJson) ? std::optional(due) : std::nullopt;
    }, std::move(done));
}

QNetworkReply *ApiClient::report(const ReportPeriod &period, const ReportScope &scope, std::function<void(ApiResult<ActivityReport>)> done)
{
    const bool teamReport = scope.kind == ReportScope::Kind::TeamReport;
    QUrl url(teamReport ? QStringLiteral("api/v1/reports/team") : QStringLiteral("api/v1/statistics"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), wire::dateText(period.from));
    query.addQueryItem(QStringLiteral("to"), wire::dateText(period.to));
    if (scope.kind == ReportScope::Kind::Team)
        query.addQueryItem(QStringLiteral("team"), QString::number(scope.teamId));
    else if (scope.kind == ReportScope::Kind::SharedQueue)
        query.addQueryItem(QStringLiteral("team"), QStringLiteral("shared"));
    url.setQuery(query);
    // A year of a large team is counted in SQL on the server: more time than a page of the feed.
    QNetworkReply *reply = get(url.toString(), 60000);
    finish<ActivityReport>(reply, [](const QJsonObject &json) { return wire::activityReportFromJson(json); }, std::move(done));
    return reply;
}

} // namespace confidant::client
