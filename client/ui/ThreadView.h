#pragma once

#include "domain/Inquiry.h"

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QLayout;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace confidant::client {

// One inquiry: who handles it, its messages, notes and the changes of its owner and state as the rows of a
// ThreadModel (oldest first, one row redrawn when one changes), and the reply and note editors. Sending and moving
// are requests to whoever owns the API; the move buttons show actions given from outside.
class ThreadView : public QWidget {
    Q_OBJECT
public:
    explicit ThreadView(QWidget *parent = nullptr);

    // The rows of the thread shown (a ThreadModel's); shown once showThread() is called for their inquiry.
    void setModel(QAbstractItemModel *rows);

    // The advisor looking at the thread, so the view can tell "yours" from a colleague's.
    void setAdvisorId(qint64 advisorId) { m_advisorId = advisorId; }
    void setMoveActions(const QList<QAction *> &actions);
    void showThread(const Inquiry &inquiry);
    void showLoading(const Inquiry &inquiry);
    void showLoadFailed(const Inquiry &inquiry, const QString &message);
    void clear();
    qint64 inquiryId() const { return m_inquiryId; }
    void replySent(const QDateTime &at);
    void replyFailed(const QString &message);
    void noteAdded();
    void noteFailed(const QString &message);
    void moveFailed(const QString &message);
    void clearMoveError();
    void focusEditor();

signals:
    void sendRequested(qint64 inquiryId, const QString &body);
    void noteRequested(qint64 inquiryId, const QString &text);

private:
    void showHeader(const Inquiry &inquiry);
    QString ownershipText(const Inquiry &inquiry) const;
    void showStatus(const QString &text);
    void rowsArrived(int first, int last);
    void send();
    void addNote();
    QLayout *noteRow();
    void showNotice(QLabel *label, const QString &text);

    qint64 m_inquiryId = 0;
    qint64 m_advisorId = 0;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_ownership;
    QHBoxLayout *m_moveRow;
    QLabel *m_moveError;
    QStackedWidget *m_body;
    QListView *m_rows;
    QLabel *m_status; // instead of the rows: loading, or why they could not be loaded
    QLabel *m_editorLabel;
    QPlainTextEdit *m_editor;
    QPushButton *m_send;
    QLabel *m_error;
    QLabel *m_sent;
    QPlainTextEdit *m_noteEditor;
    QPushButton *m_addNote;
    QLabel *m_noteError;
};

} // namespace confidant::client
