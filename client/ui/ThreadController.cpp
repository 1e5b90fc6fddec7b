#include "ThreadController.h"

#include "InquiryModel.h"
#include "OpenThread.h"
#include "ThreadView.h"

#include <utility>

namespace confidant::client {

ThreadController::ThreadController(OpenThread *thread, InquiryModel *inquiries, ThreadView *view, QObject *parent)
    : QObject(parent), m_thread(thread), m_inquiries(inquiries), m_view(view)
{
    m_view->setModel(m_thread->model());
    connect(m_thread, &OpenThread::changed, this, &ThreadController::show);
    connect(m_thread, &OpenThread::replySent, this, [this](qint64 id, const QDateTime &at) {
        if (isShown(id))
            m_view->replySent(at);
    });
    connect(m_thread, &OpenThread::replyFailed, this, [this](qint64 id, const QString &message) {
        if (isShown(id))
            m_view->replyFailed(message);
    });
    connect(m_thread, &OpenThread::noteAdded, this, [this](qint64 id) {
        if (isShown(id))
            m_view->noteAdded();
    });
    connect(m_thread, &OpenThread::noteFailed, this, [this](qint64 id, const QString &message) {
        if (isShown(id))
            m_view->noteFailed(message);
    });
    connect(m_thread, &OpenThread::moved, this, &ThreadController::moved);
    connect(m_thread, &OpenThread::moveFailed, this, &ThreadController::moveFailed);
    connect(m_thread, &OpenThread::directoryLoaded, this, [this](qint64 id, const Directory &directory) {
        if (isShown(id) && id == m_thread->inquiryId())
            emit transferTargetsLoaded(id, directory);
    });
    connect(m_view, &ThreadView::sendRequested, this, &ThreadController::sendReply);
    connect(m_view, &ThreadView::noteRequested, this, &ThreadController::addNote);
}

bool ThreadController::isShown(qint64 inquiryId) const
{
    return inquiryId == m_view->inquiryId();
}

bool ThreadController::showsOpenThread() const
{
    return isShown(m_thread->inquiryId());
}

void ThreadController::show()
{
    const auto inquiry = m_inquiries->inquiry(m_thread->inquiryId());
    if (!inquiry) {
        m_view->clear();
    } else {
        switch (m_thread->state()) {
        case OpenThread::State::Closed: m_view->clear(); break;
        case OpenThread::State::Loading: m_view->showLoading(*inquiry); break;
        case OpenThread::State::Failed: m_view->showLoadFailed(*inquiry, m_thread->errorString()); break;
        case OpenThread::State::Ready: m_view->showThread(*inquiry); break;
        }
    }
    emit actionsChanged();
}

// The view asks for the inquiry it shows; the open thread may have moved on (the inquiry left this advisor's scope).
// The editors keep their text, and the advisor is told instead of the button staying disabled.
void ThreadController::sendReply(qint64 inquiryId, const QString &body)
{
    if (inquiryId == m_thread->inquiryId())
        m_thread->sendReply(body);
    else
        m_view->replyFailed(tr("This inquiry is no longer open. Choose it again to send the reply."));
}

void ThreadController::addNote(qint64 inquiryId, const QString &text)
{
    if (inquiryId == m_thread->inquiryId())
        m_thread->addNote(text);
    else
        m_view->noteFailed(tr("This inquiry is no longer open. Choose it again to add the note."));
}

void ThreadController::startMove(void (OpenThread::*move)())
{
    if (!showsOpenThread())
        return;
    m_view->clearMoveError();
    (m_thread->*move)();
    emit actionsChanged();
}

void ThreadController::transfer(qint64 inquiryId, const wire::TransferDraft &draft, const QString &doneText)
{
    if (inquiryId != m_thread->inquiryId())
        return;
    m_transferDone = doneText;
    m_thread->transfer(draft);
    emit actionsChanged();
}

void ThreadController::moved()
{
    if (!m_transferDone.isEmpty())
        emit transferred(std::exchange(m_transferDone, {}));
    show();
}

void ThreadController::moveFailed(qint64 inquiryId, const QString &message)
{
    m_transferDone.clear();
    if (isShown(inquiryId))
        m_view->moveFailed(message);
    emit actionsChanged();
}

} // namespace confidant::client
