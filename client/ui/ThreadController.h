#pragma once

#include "ApiClient.h"

#include <QObject>

namespace confidant::client {

class InquiryModel;
class OpenThread;
class ThreadView;

// Between the open thread (OpenThread, which talks to the server) and the view of it (ThreadView): it shows the open
// thread's state in the view, hands the view's replies and notes to the open thread, and tells the view how they
// went, but only when the answer is about the inquiry the view shows: an answer can come after the advisor has
// chosen another inquiry. The moves of the inquiry shown start here too; which ones are allowed is the window's
// to say (actionsChanged()). In the widgets library because it speaks to a widget; it holds no network or SQL.
class ThreadController : public QObject {
    Q_OBJECT
public:
    ThreadController(OpenThread *thread, InquiryModel *inquiries, ThreadView *view, QObject *parent = nullptr);

    // The view shows the open thread (not one the advisor has just left).
    bool showsOpenThread() const;
    // A move of the inquiry shown: OpenThread::claim, release or closeInquiry, or loadDirectory to transfer it.
    void startMove(void (OpenThread::*move)());
    // Transfers `inquiryId` if it is still the open one; `doneText` is said by transferred() once the server confirms.
    void transfer(qint64 inquiryId, const wire::TransferDraft &draft, const QString &doneText);

signals:
    // What can be done with the inquiry shown may have changed: it was shown anew, a move started or ended.
    void actionsChanged();
    // Whom the inquiry shown can be transferred to.
    void transferTargetsLoaded(qint64 inquiryId, const confidant::Directory &directory);
    // The server confirmed a transfer the advisor started; `text` says where it went.
    void transferred(const QString &text);

private:
    void show();
    void sendReply(qint64 inquiryId, const QString &body);
    void addNote(qint64 inquiryId, const QString &text);
    void moved();
    void moveFailed(qint64 inquiryId, const QString &message);
    bool isShown(qint64 inquiryId) const;

    OpenThread *m_thread;
    InquiryModel *m_inquiries;
    ThreadView *m_view;
    QString m_transferDone; // said once the server confirms the transfer under way
};

} // namespace confidant::client
