#pragma once

#include "time/Clock.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QCheckBox;
class QTableView;

namespace confidant::client {

class InquiryModel;
class MessageStore;
class QueueFilterModel;
class ThreadView;

// The advisor's workstation: the queue on the left, the selected thread on the right. It shows and forwards;
// the models hold the data and the composition root talks to the server.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(InquiryModel *inquiries, MessageStore *messages, QWidget *parent = nullptr);

    void setAdvisorName(const QString &name);
    void setConnectionText(const QString &text);
    void replySent();
    void replyFailed(const QString &message);
    QTableView *queueView() const { return m_queue; }
    ThreadView *threadView() const { return m_thread; }
    QueueFilterModel *queueModel() const { return m_filter; }
    void selectRow(int proxyRow);

signals:
    void replyRequested(qint64 inquiryId, const QString &body);

private:
    QWidget *buildQueuePane();
    void showSelected();

    InquiryModel *m_inquiries;
    MessageStore *m_messages;
    QueueFilterModel *m_filter;
    QTableView *m_queue;
    QLineEdit *m_search;
    QCheckBox *m_openOnly;
    ThreadView *m_thread;
    QLabel *m_advisor;
    QLabel *m_connection;
};

} // namespace confidant::client
