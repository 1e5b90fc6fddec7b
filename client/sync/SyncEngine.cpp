#include "SyncEngine.h"

#include "InquiryModel.h"
#include "MessageStore.h"

namespace confidant::client {

SyncEngine::SyncEngine(ApiClient *api, InquiryModel *inquiries, MessageStore *messages, Timing timing, QObject *parent)
    : QObject(parent), m_api(api), m_inquiries(inquiries), m_messages(messages), m_timing(timing), m_retryMs(timing.firstRetryMs)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] { request(0); });
}

void SyncEngine::start()
{
    if (m_state != State::Stopped)
        return;
    setState(State::Syncing);
    request(0);
}

void SyncEngine::stop()
{
    ++m_generation;
    m_retry.stop();
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
        setState(State::Offline);
        emit failed(failure->message);
        m_retry.start(m_retryMs);
        m_retryMs = std::min(m_retryMs * 2, m_timing.maxRetryMs);
        return;
    }
    const ChangeBatch &batch = std::get<ChangeBatch>(result);
    m_retryMs = m_timing.firstRetryMs;
    m_inquiries->apply(batch.inquiries);
    m_messages->apply(batch.messages);
    m_cursor = batch.cursor;
    emit batchApplied(m_cursor);
    setState(batch.hasMore ? State::Syncing : State::Live);
    request(batch.hasMore ? 0 : m_timing.longPollSeconds);
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace confidant::client
