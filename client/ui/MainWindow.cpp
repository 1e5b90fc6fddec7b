#include "MainWindow.h"

#include "AbsenceDialog.h"
#include "DeletionDialog.h"
#include "DeletionQueue.h"
#include "AssignedCustomerModel.h"
#include "CustomerTable.h"
#include "InquiryModel.h"
#include "OpenDurationDelegate.h"
#include "OpenThread.h"
#include "Palette.h"
#include "StatisticsWindow.h"
#include "QueueFilterModel.h"
#include "ThreadController.h"
#include "ThreadView.h"
#include "TransferDialog.h"
#include "WorkViewListModel.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace confidant::client {

MainWindow::MainWindow(InquiryModel *inquiries, OpenThread *thread, TeamAbsences *absences, const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_inquiries(inquiries), m_openThread(thread), m_absences(absences), m_clock(clock), m_filter(new QueueFilterModel(this)),
      m_customers(new AssignedCustomerModel(inquiries, this)), m_views(new WorkViewListModel(inquiries, m_customers, this)),
      m_viewList(new QListView), m_viewHeading(new QLabel), m_stack(new QStackedWidget), m_queue(new QTableView),
      m_customerTable(new CustomerTable(m_customers)), m_search(new QLineEdit), m_openOnly(new QCheckBox(tr("Only &waiting for us"))),
      m_thread(new ThreadView), m_threadController(new ThreadController(thread, inquiries, m_thread, this)), m_notice(new QLabel),
      m_advisor(new QLabel), m_connection(new QLabel)
{
    m_filter->setSourceModel(m_inquiries);
    auto *splitter = new QSplitter;
    splitter->addWidget(buildViewList());
    splitter->addWidget(buildQueuePane());
    splitter->addWidget(m_thread);
    // The queue gets most of the width, so the subject (which takes the queue's spare width) can be read.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({280, 700, 480});
    m_notice->setObjectName(QStringLiteral("noticeBar"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setMargin(8);
    m_notice->hide();
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    // Once the panes share this window: Qt ignores (with a warning) an order between widgets of different windows,
    // and Tab from the list never reached the thread.
    setTabOrder(m_viewList, m_search);
    setTabOrder(m_search, m_openOnly);
    setTabOrder(m_openOnly, m_stack);
    setTabOrder(m_queue, m_customerTable);
    setTabOrder(m_customerTable, m_thread);
    statusBar()->addWidget(m_advisor);
    statusBar()->addPermanentWidget(m_connection);
    buildMenus();
    resize(1460, 680);
    connect(m_views, &WorkViewListModel::countsChanged, this, &MainWindow::updateTitle);
    connect(m_customerTable, &CustomerTable::historyRequested, this, &MainWindow::showCustomerHistory);
    showView(WorkView::TeamQueue);
    updateTitle();

    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::currentRowChanged);
    // What the thread shows and how its replies, notes and moves went: the controller's; what may be done next: ours.
    connect(m_threadController, &ThreadController::actionsChanged, this, &MainWindow::updateMoveActions);
    connect(m_threadController, &ThreadController::transferTargetsLoaded, this, &MainWindow::chooseTransferTarget);
    connect(m_threadController, &ThreadController::transferred, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(&m_minuteTick, &QTimer::timeout, this, &MainWindow::timePassed);
    connect(m_inquiries, &InquiryModel::calendarChanged, this, &MainWindow::timePassed); // every level counted anew
    m_minuteTick.start(60 * 1000);
}

// "Open for" moves with the clock: the rows on screen are repainted, levels looked at again (one pass), and the
// order follows only if an inquiry's level changed.
void MainWindow::timePassed()
{
    m_filter->refreshUrgency();
    m_views->recount();
    m_customerTable->timePassed();
    m_queue->viewport()->update();
    refreshNotice();
}

QWidget *MainWindow::buildViewList()
{
    m_viewList->setModel(m_views);
    m_viewList->setAccessibleName(tr("Views"));
    m_viewList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_viewList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Wide enough for "History: <name> (12, 3 overdue)" in most cases; longer names are cut with their whole text
    // in the tooltip, never scrolled sideways.
    m_viewList->setMinimumWidth(m_viewList->fontMetrics().averageCharWidth() * 34);
    m_viewList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_viewList->setTextElideMode(Qt::ElideMiddle);
    m_viewList->setSpacing(2);
    connect(m_viewList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showView(WorkView(current.row()));
            });
    // Below the views, with its count: what is due for deletion is a task of its own, not a list of the queue.
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_viewList, 1);
    m_deletionsButton = new QPushButton;
    m_deletionsButton->setObjectName(QStringLiteral("deletionRecommendations"));
    m_deletionsButton->hide();
    connect(m_deletionsButton, &QPushButton::clicked, this, &MainWindow::showDeletions);
    layout->addWidget(m_deletionsButton);
    return pane;
}

void MainWindow::setDeletions(DeletionQueue *deletions)
{
    m_deletions = deletions;
    connect(m_deletions, &DeletionQueue::countChanged, this, &MainWindow::updateDeletionCount);
    updateDeletionCount();
}

void MainWindow::updateDeletionCount()
{
    const int count = m_deletions ? m_deletions->count() : 0;
    const QString text = tr("Deletion recommendations (%1)").arg(count);
    m_deletionsButton->setText(text);
    m_deletionsButton->setAccessibleName(text);
    m_deletionsButton->setVisible(m_deletions != nullptr);
    m_deletionsAction->setText(text + QStringLiteral("…"));
    m_deletionsAction->setEnabled(m_deletions != nullptr);
}

void MainWindow::setReports(ReportService *reports)
{
    m_reports = reports;
    m_statisticsAction->setEnabled(reports != nullptr);
}

StatisticsWindow *MainWindow::showStatistics()
{
    if (!m_reports)
        return nullptr;
    // The window asks for a report when it opens; a second one would only ask the server twice.
    if (!m_statistics) {
        m_statistics = new StatisticsWindow(m_reports, m_account, this);
        m_statistics->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_statistics->show();
    m_statistics->raise();
    m_statistics->activateWindow();
    return m_statistics;
}

DeletionDialog *MainWindow::showDeletions()
{
    if (!m_deletions)
        return nullptr;
    auto *dialog = new DeletionDialog(m_deletions, m_account.teamLead, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::showView(WorkView view)
{
    m_view = view;
    m_viewList->setCurrentIndex(m_views->index(int(view)));
    const bool customers = view == WorkView::AssignedCustomers;
    m_stack->setCurrentWidget(customers ? static_cast<QWidget *>(m_customerTable) : m_queue);
    m_openOnly->setEnabled(view == WorkView::TeamQueue || view == WorkView::Mine || view == WorkView::AllOpen);
    if (!customers) {
        m_filter->setView(view, m_scope);
        // A history and the closed ones read newest first; the queues most urgent first.
        const bool byDate = view == WorkView::CustomerHistory || view == WorkView::Closed;
        m_queue->setColumnHidden(InquiryModel::StartedColumn, !byDate);
        m_queue->setColumnHidden(InquiryModel::CustomerColumn, view == WorkView::CustomerHistory); // the heading names them
        m_queue->sortByColumn(byDate ? InquiryModel::StartedColumn : InquiryModel::OpenForColumn, Qt::DescendingOrder);
    }
    applySearch(m_search->text());
    updateViewHeading();
}

void MainWindow::showCustomerHistory(qint64 customerId)
{
    if (customerId == 0)
        return;
    m_scope.customerId = customerId;
    m_views->setScope(m_scope);
    m_views->setCustomerName(m_customers->customerName(customerId));
    showView(WorkView::CustomerHistory);
    m_queue->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showHistoryOfOpenInquiry()
{
    const auto inquiry = m_inquiries->inquiry(m_thread->inquiryId());
    if (inquiry)
        showCustomerHistory(inquiry->customerId);
}

// The one search field applies to the list on screen only: filtering a hidden list of 100,000 rows per keystroke
// would be work nobody sees.
void MainWindow::applySearch(const QString &text)
{
    if (m_view == WorkView::AssignedCustomers)
        m_customerTable->setNameFilter(text);
    else
        m_filter->setText(text);
}

void MainWindow::updateViewHeading()
{
    QString heading = WorkViewListModel::title(m_view);
    if (m_view == WorkView::CustomerHistory) {
        heading = m_scope.customerId == 0
            ? tr("No customer chosen: choose one in “My assigned customers”, or choose an inquiry and then “Show customer's history”.")
            : tr("History of %1: every inquiry, open and closed, newest first").arg(m_customers->customerName(m_scope.customerId));
    }
    m_viewHeading->setText(heading);
    m_search->setPlaceholderText(m_view == WorkView::AssignedCustomers ? tr("Customer name") : tr("Subject, customer or topic"));
}

void MainWindow::updateTitle()
{
    const int overdue = m_views->overdueTotal();
    setWindowTitle(overdue > 0 ? tr("Confidant – Advisor workstation (%n overdue)", nullptr, overdue) : tr("Confidant – Advisor workstation"));
}

QWidget *MainWindow::buildQueuePane()
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    auto *searchLabel = new QLabel(tr("Searc&h:"));
    searchLabel->setBuddy(m_search);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_openOnly);
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the list"));
    m_openOnly->setChecked(m_filter->openOnly());
    m_openOnly->setToolTip(tr("Hide inquiries that wait for the customer; in the queues only"));
    m_viewHeading->setObjectName(QStringLiteral("viewHeading"));
    m_viewHeading->setWordWrap(true);
    m_viewHeading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_viewHeading->font();
    headingFont.setBold(true);
    m_viewHeading->setFont(headingFont);
    layout->addWidget(m_viewHeading);
    layout->addLayout(searchRow);
    m_stack->addWidget(m_queue);
    m_stack->addWidget(m_customerTable);
    layout->addWidget(m_stack, 1);
    buildQueueTable();
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applySearch);
    connect(m_openOnly, &QCheckBox::toggled, m_filter, &QueueFilterModel::setOpenOnly);
    return pane;
}

void MainWindow::buildQueueTable()
{
    m_queue->setModel(m_filter);
    m_queue->setItemDelegateForColumn(InquiryModel::OpenForColumn, new OpenDurationDelegate(m_queue));
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->setSortingEnabled(true);
    m_queue->sortByColumn(InquiryModel::OpenForColumn, Qt::DescendingOrder);
    m_queue->verticalHeader()->hide();
    // Fixed row heights: with 100,000 rows the view must never ask each row for its size.
    m_queue->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_queue->verticalHeader()->setDefaultSectionSize(m_queue->fontMetrics().height() + 10);
    m_queue->setAlternatingRowColors(true);
    m_queue->setWordWrap(false);
    m_queue->setTextElideMode(Qt::ElideRight);
    m_queue->setTabKeyNavigation(false);
    QHeaderView *header = m_queue->horizontalHeader();
    // Sized to the rows on screen (measuring every row would cost seconds at 100,000); the subject takes the rest.
    // Customer and topic are fitted once when the first rows arrive, at most about 26 characters wide, so a long
    // topic title cannot squeeze the subject; the advisor can widen them, and the tooltip shows the whole text.
    header->setResizeContentsPrecision(0);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(InquiryModel::SubjectColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(InquiryModel::CustomerColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(InquiryModel::TopicColumn, QHeaderView::Interactive);
    header->setMinimumSectionSize(60);
    // Queued: the filter inserts a small batch (a first sync of a short queue) one row at a time, and fitting after its
    // first row cut a longer topic or name of the rows that followed.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::fitColumnsOnce, Qt::QueuedConnection);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::fitColumnsOnce);
    m_queue->setAccessibleName(tr("Inquiries"));
    m_queue->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_queue, &QWidget::customContextMenuRequested, this, &MainWindow::showQueueContextMenu);
}

// The menu acts on the open thread, so the row clicked is opened first.
void MainWindow::showQueueContextMenu(const QPoint &at)
{
    const QModelIndex index = m_queue->indexAt(at);
    if (!index.isValid())
        return;
    selectRow(index.row());
    QMenu menu(this);
    menu.addActions({m_showHistory, m_claim, m_release, m_close, m_transfer});
    menu.exec(m_queue->viewport()->mapToGlobal(at));
}

void MainWindow::fitColumnsOnce()
{
    if (m_columnsFitted || m_filter->rowCount() == 0)
        return;
    m_columnsFitted = true;
    const int widest = m_queue->fontMetrics().averageCharWidth() * 26;
    QHeaderView *header = m_queue->horizontalHeader();
    for (int column : {int(InquiryModel::CustomerColumn), int(InquiryModel::TopicColumn)}) {
        // At least the heading ("Kunde/Kundin" was cut off in German), at most ~26 characters of content.
        const int content = std::min(static_cast<QAbstractItemView *>(m_queue)->sizeHintForColumn(column), widest);
        header->resizeSection(column, std::max(content, header->sectionSizeHint(column)));
    }
}

QAction *MainWindow::addShortcutAction(QMenu *menu, const QString &text, const QKeySequence &shortcut)
{
    QAction *action = menu->addAction(text);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

void MainWindow::buildMenus()
{
    QMenu *account = menuBar()->addMenu(tr("&Account"));
    connect(account->addAction(tr("&Certificate and account…")), &QAction::triggered, this, &MainWindow::showAccountDetails);
    connect(account->addAction(tr("&Absence…")), &QAction::triggered, this, &MainWindow::showAbsences);
    connect(account->addAction(tr("Switch &server…")), &QAction::triggered, this, &MainWindow::askForServer);
    connect(account->addAction(tr("&Import new certificate…")), &QAction::triggered, this, &MainWindow::importCertificateRequested);
    account->addSeparator();
    connect(account->addAction(tr("Sign &out…")), &QAction::triggered, this, &MainWindow::confirmSignOut);
    account->addSeparator();
    connect(addShortcutAction(account, tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q)), &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    connect(addShortcutAction(view, tr("&Find in the queue"), QKeySequence(Qt::CTRL | Qt::Key_F)), &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    QAction *openOnly = addShortcutAction(view, tr("Only &waiting for us"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    openOnly->setCheckable(true);
    openOnly->setChecked(m_openOnly->isChecked());
    connect(openOnly, &QAction::toggled, m_openOnly, &QCheckBox::setChecked);
    connect(m_openOnly, &QCheckBox::toggled, openOnly, &QAction::setChecked);
    connect(addShortcutAction(view, tr("Go to the &reply"), QKeySequence(Qt::CTRL | Qt::Key_R)), &QAction::triggered, m_thread, &ThreadView::focusEditor);
    view->addSeparator();
    buildViewActions(view);
    view->addSeparator();
    m_deletionsAction = view->addAction(tr("Deletion recommendations…"));
    m_deletionsAction->setEnabled(false);
    connect(m_deletionsAction, &QAction::triggered, this, &MainWindow::showDeletions);
    m_statisticsAction = addShortcutAction(view, tr("&Statistics…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_statisticsAction->setEnabled(false);
    connect(m_statisticsAction, &QAction::triggered, this, &MainWindow::showStatistics);

    buildMoveActions(menuBar()->addMenu(tr("&Inquiry")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(addShortcutAction(help, tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1)), &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(help->addAction(tr("&About Confidant")), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Confidant"),
                           tr("Confidant advisor workstation %1. A secure mailbox for confidential customer advice.")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

// Ctrl+1 … Ctrl+6 in the order of the list; each also puts the focus in the view's list, so the arrow keys work at once.
void MainWindow::buildViewActions(QMenu *menu)
{
    for (int row = 0; row < int(WorkView::Count); ++row) {
        const auto view = WorkView(row);
        QAction *action = addShortcutAction(menu, WorkViewListModel::title(view), QKeySequence(Qt::CTRL | (Qt::Key_1 + row)));
        connect(action, &QAction::triggered, this, [this, view] {
            showView(view);
            m_stack->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        });
    }
}

// The same letter for the shortcut as for the mnemonic, so either is easy to remember from the other.
void MainWindow::buildMoveActions(QMenu *menu)
{
    m_claim = addShortcutAction(menu, tr("&Claim"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_claim->setToolTip(tr("Take the open inquiry: you answer it, and it leaves your team's queue"));
    m_release = addShortcutAction(menu, tr("Re&lease"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_release->setToolTip(tr("Give the open inquiry back to its team's queue"));
    m_close = addShortcutAction(menu, tr("Clos&e inquiry"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_close->setToolTip(tr("Close the open inquiry; the customer reopens it by writing again"));
    m_transfer = addShortcutAction(menu, tr("&Transfer…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_transfer->setToolTip(tr("Give the open inquiry to a colleague or another team's queue, with a note"));
    menu->addSeparator();
    m_showHistory = addShortcutAction(menu, tr("Show customer's &history"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_showHistory->setToolTip(tr("Every inquiry of the open inquiry's customer, open and closed"));
    connect(m_showHistory, &QAction::triggered, this, &MainWindow::showHistoryOfOpenInquiry);
    connect(m_claim, &QAction::triggered, this, [this] { m_threadController->startMove(&OpenThread::claim); });
    connect(m_release, &QAction::triggered, this, [this] { m_threadController->startMove(&OpenThread::release); });
    connect(m_close, &QAction::triggered, this, [this] { m_threadController->startMove(&OpenThread::closeInquiry); });
    // The colleagues and teams are asked for each time: they change, and a transfer is rare.
    connect(m_transfer, &QAction::triggered, this, [this] { m_threadController->startMove(&OpenThread::loadDirectory); });
    m_thread->setMoveActions({m_claim, m_release, m_close, m_transfer});
    updateMoveActions();
}

// What the server says this advisor may do to the inquiry (it sends that with every inquiry, from the rules it
// applies); the server still decides each request, and says why when it refuses.
void MainWindow::updateMoveActions()
{
    const auto inquiry = m_thread->inquiryId() == m_openThread->inquiryId() ? m_inquiries->inquiry(m_openThread->inquiryId()) : std::nullopt;
    const InquiryActions allowed = inquiry && !m_openThread->isMoving() ? inquiry->allowedActions : InquiryActions();
    m_claim->setEnabled(allowed.testFlag(InquiryAction::Claim));
    m_release->setEnabled(allowed.testFlag(InquiryAction::Release));
    m_close->setEnabled(allowed.testFlag(InquiryAction::Close));
    m_transfer->setEnabled(allowed.testFlag(InquiryAction::Transfer));
    m_showHistory->setEnabled(inquiry.has_value());
}

void MainWindow::chooseTransferTarget(qint64 inquiryId, const Directory &directory)
{
    // Window-modal and not exec(): the sync goes on while the advisor chooses, and the answer finds the same thread.
    auto *dialog = new TransferDialog(directory, m_account.advisorId, m_clock.now(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, inquiryId] {
        const auto inquiry = m_inquiries->inquiry(inquiryId);
        m_threadController->transfer(inquiryId, dialog->draft(),
                                     tr("“%1” was transferred to %2.").arg(inquiry ? inquiry->subject : QString(), dialog->targetText()));
    });
    dialog->open();
}

QList<QPair<QString, QString>> MainWindow::shortcutList() const
{
    QList<QPair<QString, QString>> list;
    for (const QAction *menu : menuBar()->actions()) {
        for (const QAction *action : menu->menu()->actions()) {
            if (!action->shortcut().isEmpty())
                list.append({action->shortcut().toString(QKeySequence::NativeText), QString(action->text()).remove(QLatin1Char('&'))});
        }
    }
    list.append({QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText), tr("Send the reply")});
    list.append({tr("Alt + underlined letter"), tr("Go to that field or button")});
    list.append({tr("Tab / Shift+Tab"), tr("Next / previous field")});
    list.append({tr("Arrow keys"), tr("Move through the list")});
    list.append({tr("Enter"), tr("Show the chosen customer's history")});
    return list;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    const auto shortcuts = shortcutList();
    auto *table = new QTableWidget(int(shortcuts.size()), 2);
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < shortcuts.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(shortcuts[row].first));
        table->setItem(row, 1, new QTableWidgetItem(shortcuts[row].second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(480, 420);
    dialog.exec();
}

void MainWindow::currentRowChanged()
{
    const QModelIndex current = m_queue->selectionModel()->currentIndex();
    if (!current.isValid())
        return; // the open thread stays open: nothing moves under the advisor's hands
    const qint64 id = current.data(InquiryModel::IdRole).toLongLong();
    m_filter->setPinnedInquiry(id);
    m_openThread->open(id);
}

void MainWindow::selectRow(int proxyRow)
{
    m_queue->selectRow(proxyRow);
    m_queue->setCurrentIndex(m_filter->index(proxyRow, 0));
}

void MainWindow::setAccount(const AdvisorAccount &account)
{
    m_account = account;
    m_thread->setAdvisorId(account.advisorId);
    m_scope.advisorId = account.advisorId;
    m_customers->setAdvisorId(account.advisorId);
    m_views->setScope(m_scope);
    if (m_view != WorkView::AssignedCustomers)
        m_filter->setView(m_view, m_scope);
    const QString name = account.displayName.isEmpty() ? account.login : account.displayName;
    m_advisor->setText(account.certificateExpires.isValid()
                           ? tr("Signed in as %1 · certificate valid until %2")
                                 .arg(name, QLocale().toString(account.certificateExpires.toLocalTime().date(), QLocale::ShortFormat))
                           : tr("Signed in as %1").arg(name));
    refreshNotice();
}

void MainWindow::setConnectionText(const QString &text)
{
    m_connection->setText(text);
}

void MainWindow::showProblem(const QString &message)
{
    m_problem = message;
    refreshNotice();
}

// One bar above the queue for what the advisor must act on: a problem first, else a certificate about to expire.
void MainWindow::refreshNotice()
{
    const QString text = m_problem.isEmpty() ? m_account.expiryWarning(m_clock.now()) : m_problem;
    m_notice->setText(text);
    m_notice->setAccessibleDescription(text);
    m_notice->setStyleSheet(QStringLiteral("background: %1; color: %2;")
                                .arg(Palette::warningBackground.name(), (m_problem.isEmpty() ? Palette::text : Palette::errorText).name()));
    m_notice->setVisible(!text.isEmpty());
}

void MainWindow::showAccountDetails()
{
    const QString expiry = m_account.certificateExpires.isValid()
        ? QLocale().toString(m_account.certificateExpires.toLocalTime(), QLocale::LongFormat) : tr("unknown");
    QMessageBox box(QMessageBox::Information, tr("Certificate and account"),
                    tr("Signed in as %1 (%2), team %3.").arg(m_account.displayName, m_account.login, m_account.teamName), QMessageBox::Close, this);
    box.setInformativeText(QStringList{tr("Server: %1").arg(m_account.server.toString()), tr("Certificate valid until: %1").arg(expiry),
                                       tr("Fingerprint (SHA-256): %1").arg(m_account.certificateFingerprint)}.join(QLatin1Char('\n')));
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

// Window-modal and not exec(): the queue goes on syncing while the advisor plans an absence.
void MainWindow::showAbsences()
{
    auto *dialog = new AbsenceDialog(m_absences, m_account, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::askForServer()
{
    bool ok = false;
    const QString address = QInputDialog::getText(this, tr("Switch server"), tr("Address of the advisor API (https://…):"),
                                                  QLineEdit::Normal, m_account.server.toString(), &ok);
    if (ok && !address.trimmed().isEmpty())
        emit switchServerRequested(QUrl(address.trimmed()));
}

void MainWindow::confirmSignOut()
{
    const auto answer = QMessageBox::question(this, tr("Sign out"),
                                              tr("Sign out and remove the certificate and its passphrase from this computer? "
                                                 "To sign in again you need the certificate file and its passphrase."));
    if (answer == QMessageBox::Yes)
        emit signOutRequested();
}

} // namespace confidant::client
