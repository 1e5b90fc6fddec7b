#include "SyncEngine.h"

#include "InquiryModel.h"

#include <QLoggingCategory>

namespace confidant::client {

Q_LOGGING_CATEGORY(lcSync, "confidant.sync")

SyncEngine::SyncEngine(ApiClient *api, InquiryModel *inquiries, Timing timing, RetryTimer *retryTimer, QObject *parent)
    : QObject(parent), m_api(api), m_inquiries(inquiries), m_timing(timing), m_retryMs(timing.firstRetryMs),
      m_retry(retryTimer ? retryTimer : new RetryTimer(this))
{
    connect(m_retry, &RetryTimer::due, this, [this] { request(0); });
}

void SyncEngine::start()
{
    if (m_state != State::Stopped && m_state != State::Refused)
        return;
    setState(State::Syncing);
    request(0);
}

void SyncEngine::stop()
{
    ++m_generation;
    m_retry->stop();
    setState(State::Stopped);
}

void SyncEngine::request(int waitSeconds)
{
    const quint64 generation = m_generation;
    m_api->changes(m_cursor, waitSeconds, [this, generation](const ApiResult<ChangeBatch> &result) {
        if (generation == m_generation)
            onBatch(result);
    });
}

void SyncEngine::onBatch(const ApiResult<ChangeBatch> &result)
{
    if (const auto *failure = std::get_if<ApiFailure>(&result)) {
        qCInfo(lcSync) << "change feed failed with status" << failure->httpStatus << failure->message;
        if (failure->httpStatus == 403) {
            setState(State::Refused);
            emit failed(failure->message);
            return;
        }
        setState(State::Offline);
        emit failed(failure->message);
        // A server that says when to come back (its database is away: 503) is not asked sooner; the pauses grow all
        // the same, so one that keeps saying "10 seconds" is asked less and less often.
        m_retry->start(std::max(std::chrono::milliseconds(m_retryMs), std::chrono::milliseconds(failure->retryAfter)));
        m_retryMs = std::min(m_retryMs * 2, m_timing.maxRetryMs);
        return;
    }
    const ChangeBatch &batch = std::get<ChangeBatch>(result);
    m_retryMs = m_timing.firstRetryMs;
    m_cursor = batch.cursor;
    // Ask for the next page before applying this one, so the server prepares it while the model takes this in.
    request(batch.hasMore ? 0 : m_timing.longPollSeconds);
    m_inquiries->apply(batch.inquiries);
    m_inquiries->remove(batch.removed);
    emit batchApplied(m_cursor);
    setState(batch.hasMore ? State::Syncing : State::Live);
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace confidant::client
