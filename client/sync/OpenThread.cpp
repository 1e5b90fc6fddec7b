#include "OpenThread.h"

#include "InquiryModel.h"

namespace confidant::client {

OpenThread::OpenThread(ApiClient *api, InquiryModel *inquiries, QObject *parent)
    : QObject(parent), m_api(api), m_inquiries(inquiries)
{
    connect(m_inquiries, &QAbstractItemModel::dataChanged, this, &OpenThread::onInquiriesChanged);
    // The feed said the open inquiry left this advisor's scope (transferred away, taken by a colleague): its
    // messages must not stay on screen.
    connect(m_inquiries, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_inquiryId != 0 && m_inquiries->rowOf(m_inquiryId) < 0)
            close();
    });
}

void OpenThread::open(qint64 inquiryId)
{
    if (inquiryId == m_inquiryId && m_state != State::Failed)
        return;
    ++m_generation;
    m_inquiryId = inquiryId;
    m_loadedSeq = -1;
    m_requestedSeq = -1;
    m_model.clear();
    m_error.clear();
    m_state = State::Loading;
    emit changed();
    load();
}

void OpenThread::close()
{
    ++m_generation;
    m_inquiryId = 0;
    m_model.clear();
    m_state = State::Closed;
    emit changed();
}

void OpenThread::load()
{
    const auto inquiry = m_inquiries->inquiry(m_inquiryId);
    m_requestedSeq = inquiry ? inquiry->seq : 0;
    const quint64 generation = m_generation;
    m_api->thread(m_inquiryId, [this, generation](const ApiResult<InquiryThread> &result) {
        if (generation != m_generation)
            return;
        const qint64 requested = m_requestedSeq;
        m_requestedSeq = -1;
        if (const auto *failure = std::get_if<ApiFailure>(&result)) {
            if (failure->httpStatus == 404 && m_state == State::Ready)
                return forget(m_inquiryId);
            m_state = State::Failed;
            m_error = failure->message;
            emit changed();
            return;
        }
        const InquiryThread &thread = std::get<InquiryThread>(result);
        m_model.show(m_inquiryId, thread.messages, thread.events, thread.notes);
        m_loadedSeq = std::max(requested, thread.inquiry.seq);
        m_state = State::Ready;
        emit changed();
        // The feed may have announced a newer state while this answer was on its way.
        const auto current = m_inquiries->inquiry(m_inquiryId);
        if (current && current->seq > m_loadedSeq)
            load();
    });
}

void OpenThread::sendReply(const QString &body)
{
    const qint64 inquiryId = m_inquiryId;
    if (m_pendingReply.key.isNull() || m_pendingReply.inquiryId != inquiryId || m_pendingReply.body != body)
        m_pendingReply = {inquiryId, body, QUuid::createUuid()};
    m_api->reply(inquiryId, body, m_pendingReply.key, [this, inquiryId](const ApiResult<ReplyResult> &result) {
        if (const auto *failure = std::get_if<ApiFailure>(&result)) {
            emit replyFailed(inquiryId, failure->message);
            return;
        }
        const ReplyResult &sent = std::get<ReplyResult>(result);
        m_pendingReply = {};
        applyOwnWrite(inquiryId, sent.inquiry, [this, &sent] { m_model.add(sent.message); });
        emit replySent(inquiryId, sent.message.createdAt);
    });
}

void OpenThread::addNote(const QString &text)
{
    const qint64 inquiryId = m_inquiryId;
    if (inquiryId == 0)
        return;
    m_api->addNote(inquiryId, text, [this, inquiryId](const ApiResult<NoteResult> &result) {
        if (const auto *failure = std::get_if<ApiFailure>(&result)) {
            emit noteFailed(inquiryId, failure->message);
            return;
        }
        const NoteResult &added = std::get<NoteResult>(result);
        applyOwnWrite(inquiryId, added.inquiry, [this, &added] { m_model.add(added.note); });
        emit noteAdded(inquiryId);
    });
}

// The answer to the advisor's own write (a reply, a note). The thread first, then the inquiry: with the thread
// already at the inquiry's new state, the model's change asks for no reload. If the feed had announced changes the
// thread has not loaded yet, it is fetched whole instead.
void OpenThread::applyOwnWrite(qint64 inquiryId, const Inquiry &inquiry, const std::function<void()> &show)
{
    const auto known = m_inquiries->inquiry(inquiryId);
    const bool upToDate = known && known->seq <= m_loadedSeq;
    const bool showsIt = inquiryId == m_inquiryId && m_requestedSeq < 0 && upToDate && inquiry.seq > m_loadedSeq;
    if (showsIt) {
        show();
        m_loadedSeq = inquiry.seq;
    }
    m_inquiries->apply({inquiry});
    if (showsIt)
        emit changed();
}

void OpenThread::move(InquiryMove move)
{
    startMove([this, move](qint64 inquiryId, auto done) { m_api->move(inquiryId, move, done); });
}

void OpenThread::transfer(const wire::TransferDraft &draft)
{
    startMove([this, draft](qint64 inquiryId, auto done) { m_api->transfer(inquiryId, draft, done); });
}

void OpenThread::startMove(const MoveCall &call)
{
    const qint64 inquiryId = m_inquiryId;
    if (inquiryId == 0 || m_moving.contains(inquiryId))
        return;
    m_moving.insert(inquiryId);
    call(inquiryId, [this, inquiryId](const ApiResult<Inquiry> &result) {
        m_moving.remove(inquiryId);
        if (const auto *failure = std::get_if<ApiFailure>(&result)) {
            emit moveFailed(inquiryId, failure->message);
            return;
        }
        // The newer inquiry makes the open thread fetch itself again (onInquiriesChanged), which brings the event.
        m_inquiries->apply({std::get<Inquiry>(result)});
        emit moved(inquiryId);
    });
}

void OpenThread::loadDirectory()
{
    const qint64 inquiryId = m_inquiryId;
    m_api->directory([this, inquiryId](const ApiResult<Directory> &result) {
        if (const auto *failure = std::get_if<ApiFailure>(&result))
            emit moveFailed(inquiryId, failure->message);
        else
            emit directoryLoaded(inquiryId, std::get<Directory>(result));
    });
}

// The server no longer shows an inquiry this advisor was reading (transferred away, taken by a colleague): to them
// it does not exist any more, here neither. The feed would drop it a moment later. One never shown stays Failed.
void OpenThread::forget(qint64 inquiryId)
{
    close();
    m_inquiries->remove({inquiryId});
}

void OpenThread::onInquiriesChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_inquiryId == 0 || m_requestedSeq >= 0)
        return;
    const int row = m_inquiries->rowOf(m_inquiryId);
    if (row < topLeft.row() || row > bottomRight.row() || m_inquiries->at(row).seq <= m_loadedSeq)
        return;
    load();
}

} // namespace confidant::client
