#pragma once

#include "AdvisorAccount.h"
#include "ApiClient.h"
#include "time/Clock.h"

#include <QMainWindow>
#include <QTimer>
#include <QUrl>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace confidant::client {

class InquiryModel;
class OpenThread;
class QueueFilterModel;
class ThreadView;

// The advisor's workstation: the queue on the left, the open thread on the right, the account in a menu. It shows
// and forwards; the models hold the data, OpenThread talks to the server, the composition root does the rest.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(InquiryModel *inquiries, OpenThread *thread, const Clock &clock, QWidget *parent = nullptr);

    void setAccount(const AdvisorAccount &account);
    void setConnectionText(const QString &text);
    // A problem the advisor has to act on (a refused certificate, a server that can't be switched to); empty hides it.
    void showProblem(const QString &message);
    QTableView *queueView() const { return m_queue; }
    ThreadView *threadView() const { return m_thread; }
    QueueFilterModel *queueModel() const { return m_filter; }
    QLabel *noticeBar() const { return m_notice; }
    void selectRow(int proxyRow);
    // The keyboard shortcuts, as the Help menu lists them.
    QList<QPair<QString, QString>> shortcutList() const;

signals:
    void importCertificateRequested();
    void switchServerRequested(const QUrl &apiUrl);
    void signOutRequested();

private:
    QWidget *buildQueuePane();
    void buildMenus();
    QAction *addShortcutAction(QMenu *menu, const QString &text, const QKeySequence &shortcut);
    void currentRowChanged();
    void showOpenThread();
    void buildMoveActions(QMenu *menu);
    void updateMoveActions();
    void startMove(void (OpenThread::*move)());
    void chooseTransferTarget(qint64 inquiryId, const Directory &directory);
    void showAccountDetails();
    void askForServer();
    void confirmSignOut();
    void showShortcuts();
    void refreshNotice();
    void fitColumnsOnce();

    InquiryModel *m_inquiries;
    OpenThread *m_openThread;
    const Clock &m_clock;
    QueueFilterModel *m_filter;
    QTableView *m_queue;
    QLineEdit *m_search;
    QCheckBox *m_openOnly;
    ThreadView *m_thread;
    QLabel *m_notice;
    QLabel *m_advisor;
    QLabel *m_connection;
    QAction *m_claim = nullptr;
    QAction *m_release = nullptr;
    QAction *m_close = nullptr;
    QAction *m_transfer = nullptr;
    QString m_transferDone; // said in the status bar once the server confirms the transfer under way
    AdvisorAccount m_account;
    QString m_problem;
    bool m_columnsFitted = false;
    QTimer m_minuteTick;
};

} // namespace confidant::client
