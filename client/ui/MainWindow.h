#pragma once

#include "AdvisorAccount.h"
#include "ApiClient.h"
#include "WorkView.h"
#include "time/Clock.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace confidant::client {

class AssignedCustomerModel;
class CustomerTable;
class InquiryModel;
class OpenThread;
class QueueFilterModel;
class TeamAbsences;
class DeletionQueue;
class DeletionDialog;
class ReportService;
class StatisticsWindow;
class ThreadController;
class ThreadView;
class WorkViewListModel;

// The advisor's workstation: the working views on the left, the chosen view's list in the middle, the open thread
// on the right, the account in a menu. It shows and forwards; the models hold the data, OpenThread talks to the
// server, its ThreadController keeps the thread's view in step with it, the composition root does the rest.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(InquiryModel *inquiries, OpenThread *thread, TeamAbsences *absences, const Clock &clock, QWidget *parent = nullptr);

    void setAccount(const AdvisorAccount &account);
    void setConnectionText(const QString &text);
    // A problem the advisor has to act on (a refused certificate, a server that can't be switched to); empty hides it.
    void showProblem(const QString &message);
    QTableView *queueView() const { return m_queue; }
    ThreadView *threadView() const { return m_thread; }
    QueueFilterModel *queueModel() const { return m_filter; }
    CustomerTable *customerView() const { return m_customerTable; }
    WorkViewListModel *viewsModel() const { return m_views; }
    WorkView currentView() const { return m_view; }
    void showView(WorkView view);
    // The history of one customer, open and closed, newest first.
    void showCustomerHistory(qint64 customerId);
    // Time moved on (each minute): open durations, urgency order and the overdue counts follow.
    void timePassed();
    QLabel *noticeBar() const { return m_notice; }
    void selectRow(int proxyRow);
    // The deletion recommendations' count beside the views and in the View menu; without it neither shows.
    void setDeletions(DeletionQueue *deletions);
    // Opens the deletion recommendations (non-modal); returns it for tests.
    DeletionDialog *showDeletions();
    // View → Statistics… opens the statistics for this advisor; without a service it stays disabled.
    void setReports(ReportService *reports);
    // Opens the statistics window (one at a time, non-modal); returns it for tests.
    StatisticsWindow *showStatistics();
    // The keyboard shortcuts, as the Help menu lists them.
    QList<QPair<QString, QString>> shortcutList() const;

signals:
    void importCertificateRequested();
    void switchServerRequested(const QUrl &apiUrl);
    void signOutRequested();

private:
    QWidget *buildQueuePane();
    void buildQueueTable();
    QWidget *buildViewList();
    void buildViewActions(QMenu *menu);
    void showQueueContextMenu(const QPoint &at);
    void showHistoryOfOpenInquiry();
    void applySearch(const QString &text);
    void updateViewHeading();
    void updateTitle();
    void buildMenus();
    QAction *addShortcutAction(QMenu *menu, const QString &text, const QKeySequence &shortcut);
    void currentRowChanged();
    void buildMoveActions(QMenu *menu);
    void updateMoveActions();
    void chooseTransferTarget(qint64 inquiryId, const Directory &directory);
    void showAccountDetails();
    void showAbsences();
    void askForServer();
    void confirmSignOut();
    void showShortcuts();
    void refreshNotice();
    void fitColumnsOnce();
    void updateDeletionCount();

    InquiryModel *m_inquiries;
    OpenThread *m_openThread;
    TeamAbsences *m_absences;
    DeletionQueue *m_deletions = nullptr;
    QPushButton *m_deletionsButton = nullptr;
    QAction *m_deletionsAction = nullptr;
    ReportService *m_reports = nullptr;
    QAction *m_statisticsAction = nullptr;
    QPointer<StatisticsWindow> m_statistics;
    const Clock &m_clock;
    QueueFilterModel *m_filter;
    AssignedCustomerModel *m_customers;
    WorkViewListModel *m_views;
    WorkView m_view = WorkView::TeamQueue;
    WorkViewScope m_scope;
    QListView *m_viewList;
    QLabel *m_viewHeading;
    QStackedWidget *m_stack;
    QTableView *m_queue;
    CustomerTable *m_customerTable;
    QLineEdit *m_search;
    QCheckBox *m_openOnly;
    ThreadView *m_thread;
    ThreadController *m_threadController;
    QLabel *m_notice;
    QLabel *m_advisor;
    QLabel *m_connection;
    QAction *m_claim = nullptr;
    QAction *m_release = nullptr;
    QAction *m_close = nullptr;
    QAction *m_transfer = nullptr;
    QAction *m_showHistory = nullptr;
    AdvisorAccount m_account;
    QString m_problem;
    bool m_columnsFitted = false;
    QTimer m_minuteTick;
};

} // namespace confidant::client
