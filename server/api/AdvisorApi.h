#pragma once

#include "domain/AdvisorProfile.h"
#include "http/Router.h"
#include "api/AdvisorIdentities.h"
#include "api/DeletionApi.h"
#include "api/ReportApi.h"
#include "store/AbsenceStore.h"
#include "store/DatabaseWorkers.h"
#include "store/AdvisorStore.h"
#include "store/CalendarStore.h"
#include "store/InquiryOwnership.h"
#include "store/InquiryNotes.h"
#include "store/InquiryStore.h"
#include "store/TopicStore.h"
#include "time/Clock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <chrono>
#include <map>

class QTimer;

namespace confidant::server {

class ChangeNotifier;
class Database;

struct AdvisorApiSettings {
    std::chrono::seconds maxWait{25};
    int pageSize = 2000; // inquiries per feed page: a 100,000-inquiry first sync takes 50 pages
    int queueLimit = 200;
    QString company; // the organisation (O=) of the company CA certificate: the heading of reports
    // Where reports are built: a pool of their own in the server (--report-connections), so they never hold a
    // connection the write path needs. None: on the API's workers.
    Executor reportWorkers;
};

// The advisor API on the mutual-TLS listener (docs/protocol.md). Every route first identifies the advisor from
// the verified client certificate; nothing in a header or parameter can name an advisor.
//
// Threads: the handlers run on the database workers. Parked long-polls live on this object's thread (the
// server's), which hears the notifier; looking for their answers is database work again, handed to `workers`.
class AdvisorApi : public QObject {
    Q_OBJECT
public:
    AdvisorApi(Database &database, const Clock &clock, ChangeNotifier &notifier, Executor workers, AdvisorApiSettings settings,
               QObject *parent = nullptr);
    ~AdvisorApi() override;
    void registerRoutes(Router &router);
    // Reply keys are kept a day; the server calls this with its other sweeps.
    void forgetOldReplyKeys();
    // Gives held inquiries back to advisors whose absence has ended; the server calls it every minute.
    void returnHeldInquiries();
    // Deletes what has been due for longer than the grace period (when automatic deletion is on).
    void sweepDeletions();

    int waitingRequests() const { return int(m_waiters.size()); }

private:
    using ApiHandler = void (AdvisorApi::*)(const HttpRequest &, const ResponseSink &, const AdvisorProfile &);
    using IdentifiedHandler = std::function<void(const HttpRequest &, const ResponseSink &, const AdvisorProfile &)>;
    Handler identified(ApiHandler handler);
    Handler identified(IdentifiedHandler handler);
    void registerDeletionRoutes(Router &router);
    void registerReportRoutes(Router &router);
    // `answer` if the certificate still belongs to an active advisor, else the refusal (403, or 503 when the
    // database cannot say).
    HttpResponse ifStillActive(const QString &certificateFingerprint, HttpResponse answer) const;

    void me(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void topics(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void changes(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void queue(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void inquiry(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void reply(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void addNote(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void claim(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void release(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void close(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void transfer(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void assign(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void directory(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void calendar(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void absences(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void setAbsence(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    void endAbsence(const HttpRequest &request, const ResponseSink &sink, const AdvisorProfile &advisor);
    // After an absence changed: the held inquiries of an advisor who is back return at once, and the answer is
    // the team's absences as they are now.
    HttpResponse absencesChanged(const AdvisorProfile &advisor, const ServiceError *failure);
    HttpResponse teamAbsences(const AdvisorProfile &advisor) const;

    struct Waiter {
        QString certificateFingerprint; // checked again before answering: a revocation reaches parked requests
        qint64 since = 0;
        int limit = 0;
        ResponseSink sink;
        QTimer *timer = nullptr;
        bool lookingAgain = false; // a worker is reading its answer right now
    };
    struct Look {
        quint64 id;
        Waiter waiter;
    };
    void park(const QString &certificateFingerprint, qint64 since, int limit, std::chrono::seconds wait, const ResponseSink &sink,
              quint64 wakesBeforeReading);
    void wake(qint64 sequence);
    void catchUp();
    void lookAgain(qint64 sequence);
    struct Answer {
        std::optional<HttpResponse> response; // none: nothing new, keep waiting
        bool heldBack = false;
    };
    struct Answers {
        QList<quint64> answered;
        bool heldBack = false;
    };
    Answers answer(const std::vector<Look> &looks) const;
    Answer changesFor(const Waiter &waiter) const;
    void settle(const std::vector<Look> &looks, const Answers &answers);
    void lookAgainSoon();
    void timeOut(quint64 id);
    void release(quint64 id);
    Result<QByteArray> queueAnswer(qint64 teamId, int limit);

    const Clock &m_clock;
    Executor m_workers;
    AdvisorApiSettings m_settings;
    AdvisorIdentities m_identities;
    InquiryStore m_inquiries;
    TopicStore m_topics;
    InquiryOwnership m_ownership;
    AdvisorStore m_advisors; // the directory of colleagues and teams
    CalendarStore m_calendar;
    AbsenceStore m_absences;
    InquiryNotes m_notes;
    DeletionApi m_deletions;
    ReportApi m_reports;
    // On this object's thread only.
    std::map<quint64, Waiter> m_waiters;
    quint64 m_nextWaiter = 0;
    qint64 m_latestNotified = 0;
    QElapsedTimer m_sinceNotified;
    QTimer m_lookAgainSoon;
    std::chrono::milliseconds m_lookAgainDelay{20};
    // Change notifications heard so far: a request that read nothing new and parks afterwards looks again at once
    // if one arrived in between.
    std::atomic<quint64> m_wakes = 0;
    // Encoded queue answers by limit. The queue only changes when a change is committed, so every change
    // notification empties this; the advisor's identity is still checked on every request. An answer read before
    // a notification is not kept after it (the generation tells).
    QMutex m_queueMutex;
    QHash<QPair<qint64, int>, QByteArray> m_queueAnswers; // by team and limit
    quint64 m_queueGeneration = 0;
};

} // namespace confidant::server
