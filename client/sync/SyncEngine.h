#pragma once

#include "ApiClient.h"
#include "RetryTimer.h"

#include <QObject>

namespace confidant::client {

class InquiryModel;

// Keeps the inquiry model current through the change feed: pages through everything after the cursor, then holds
// a long-poll open; when the server cannot be reached it retries with growing pauses, never sooner than a server that
// is briefly unavailable asks (503 with Retry-After). A refused certificate (403)
// is not retried: it stops in `Refused` and says why, because only a new certificate helps. The model lives in
// memory, so a new start syncs from 0 (a local cache for offline work is a later step).
class SyncEngine : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Syncing, Live, Offline, Refused };
    Q_ENUM(State)

    struct Timing {
        int longPollSeconds = 25;
        int firstRetryMs = 1000;
        int maxRetryMs = 60000;
    };

    // `retryTimer` (optional; the engine makes its own QTimer-based one without): when to ask again after a failure.
    SyncEngine(ApiClient *api, InquiryModel *inquiries, Timing timing, RetryTimer *retryTimer = nullptr, QObject *parent = nullptr);

    void start();
    void stop();
    qint64 cursor() const { return m_cursor; }
    State state() const { return m_state; }

signals:
    void stateChanged(confidant::client::SyncEngine::State state);
    void batchApplied(qint64 cursor);
    void failed(const QString &message);

private:
    void request(int waitSeconds);
    void onBatch(const ApiResult<ChangeBatch> &result);
    void setState(State state);

    ApiClient *m_api;
    InquiryModel *m_inquiries;
    Timing m_timing;
    qint64 m_cursor = 0;
    State m_state = State::Stopped;
    int m_retryMs = 0;
    quint64 m_generation = 0; // answers to requests from before a stop() are ignored
    RetryTimer *m_retry;
};

} // namespace confidant::client
