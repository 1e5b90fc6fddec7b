#pragma once

#include "ReportPeriod.h"
#include "domain/ActivityReport.h"
#include "domain/AdvisorProfile.h"
#include "domain/DeletionLogEntry.h"
#include "domain/Absence.h"
#include "domain/ChangeBatch.h"
#include "domain/Directory.h"
#include "domain/InquiryEvent.h"
#include "domain/InquiryNote.h"
#include "domain/Message.h"
#include "time/WorkingCalendar.h"
#include "wire/DeletionWire.h"
#include "wire/DraftWire.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>
#include <QUuid>
#include <chrono>
#include <functional>
#include <variant>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace confidant::client {

// What went wrong with a call, in words an advisor can act on.
struct ApiFailure {
    // A constructor rather than an aggregate: most failures have no fields, and `{status, message}` says so.
    ApiFailure() = default;
    ApiFailure(int status, QString text, FieldErrors fieldErrors = {})
        : httpStatus(status), message(std::move(text)), fields(std::move(fieldErrors))
    {
    }

    int httpStatus = 0; // 0: no answer from the server at all
    QString message;
    FieldErrors fields; // what was wrong with each field sent (422), as the server's English source texts
    // How long the server asked to be left alone (Retry-After in seconds, as it sends with a 503); 0 when it did not say.
    std::chrono::seconds retryAfter{0};
};

template<typename T>
using ApiResult = std::variant<T, ApiFailure>;

// The field messages of a refusal in the advisor's language, one after the other; empty when there are none.
QString translatedFieldMessages(const ApiFailure &failure);

// A sent reply and the state of its inquiry after it.
struct ReplyResult {
    Message message;
    Inquiry inquiry;
};

// An added internal note and the state of its inquiry after it.
struct NoteResult {
    InquiryNote note;
    Inquiry inquiry;
};

// One inquiry with all of its messages, the changes of its owner, team and state, and the advisors' internal
// notes, each oldest first.
struct InquiryThread {
    Inquiry inquiry;
    QList<Message> messages;
    QList<InquiryEvent> events;
    QList<InquiryNote> notes;
};

// What an advisor can do to an inquiry besides answering it; each answers with the inquiry as it is afterwards.
enum class InquiryMove { Claim, Release, Close };

// Typed calls to the advisor API (docs/protocol.md). Takes its network access from outside, so the TLS setup
// stays in AdvisorNetworkAccess and tests can point it anywhere.
class ApiClient : public QObject {
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent = nullptr);

    void me(std::function<void(ApiResult<AdvisorProfile>)> done);
    // `waitSeconds` > 0 makes the server hold the request until something changes (long-poll).
    void changes(qint64 since, int waitSeconds, std::function<void(ApiResult<ChangeBatch>)> done);
    void thread(qint64 inquiryId, std::function<void(ApiResult<InquiryThread>)> done);
    // `idempotencyKey`: the same key for the same reply sent again (its answer got lost) makes the server return
    // the first reply instead of posting a second one.
    void reply(qint64 inquiryId, const QString &body, const QUuid &idempotencyKey, std::function<void(ApiResult<ReplyResult>)> done);
    void addNote(qint64 inquiryId, const QString &text, std::function<void(ApiResult<NoteResult>)> done);
    void move(qint64 inquiryId, InquiryMove move, std::function<void(ApiResult<Inquiry>)> done);
    void transfer(qint64 inquiryId, const wire::TransferDraft &draft, std::function<void(ApiResult<Inquiry>)> done);
    void directory(std::function<void(ApiResult<Directory>)> done);
    // The company's working calendar, in which each inquiry's response target counts.
    void calendar(std::function<void(ApiResult<WorkingCalendar>)> done);
    // The advisor's team's current and planned absences, the soonest first; setting and ending one answer with the
    // team's absences as they are afterwards.
    void absences(std::function<void(ApiResult<QList<Absence>>)> done);
    void setAbsence(qint64 advisorId, const wire::AbsenceDraft &draft, std::function<void(ApiResult<QList<Absence>>)> done);
    void endAbsence(qint64 advisorId, std::function<void(ApiResult<QList<Absence>>)> done);
    // Retention (docs/protocol.md, "Deletion"): what is due in the advisor's scope; confirming answers how many
    // inquiries and accounts went; postponing answers the list as it is afterwards.
    void deletions(std::function<void(ApiResult<QList<DeletionRecommendation>>)> done);
    // The deletion log the advisor may read, newest first (ids and counts, never content).
    void deletionLog(std::function<void(ApiResult<QList<DeletionLogEntry>>)> done);
    void confirmDeletions(const wire::DeletionConfirmation &confirmation, std::function<void(ApiResult<int>)> done);
    void postponeDeletion(qint64 inquiryId, const wire::PostponementDraft &draft, std::function<void(ApiResult<QList<DeletionRecommendation>>)> done);

    // Reports (docs/protocol.md, "Reports"): an overview for any scope but TeamReport, which only a team lead may
    // fetch. Returns the request, so a caller can abort one the advisor no longer waits for.
    QNetworkReply *report(const ReportPeriod &period, const ReportScope &scope, std::function<void(ApiResult<ActivityReport>)> done);

    // The objects that asked are going away: answers still on their way are dropped, and no callback runs again.
    // The owner calls this before it lets the client go (which may be later, through deleteLater).
    void abandon() { m_abandoned = true; }

private:
    QNetworkReply *get(const QString &path, int timeoutMs);
    QNetworkRequest jsonRequest(const QString &path) const;
    void postMove(qint64 inquiryId, const QString &route, const QByteArray &body, std::function<void(ApiResult<Inquiry>)> done);
    void finishAbsences(QNetworkReply *reply, std::function<void(ApiResult<QList<Absence>>)> done);
    void finishDeletions(QNetworkReply *reply, std::function<void(ApiResult<QList<DeletionRecommendation>>)> done);
    template<typename T, typename Decode>
    void finish(QNetworkReply *reply, Decode decode, std::function<void(ApiResult<T>)> done);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    bool m_abandoned = false;
};

ApiFailure failureOf(QNetworkReply *reply);

} // namespace confidant::client
