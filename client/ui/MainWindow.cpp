#include "MainWindow.h"

#include "InquiryModel.h"
#include "MessageStore.h"
#include "OpenDurationDelegate.h"
#include "QueueFilterModel.h"
#include "ThreadView.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace confidant::client {

MainWindow::MainWindow(InquiryModel *inquiries, MessageStore *messages, QWidget *parent)
    : QMainWindow(parent), m_inquiries(inquiries), m_messages(messages), m_filter(new QueueFilterModel(this)),
      m_queue(new QTableView), m_search(new QLineEdit), m_openOnly(new QCheckBox(tr("Only &open inquiries"))),
      m_thread(new ThreadView), m_advisor(new QLabel), m_connection(new QLabel)
{
    setWindowTitle(tr("Confidant – Advisor workstation"));
    m_filter->setSourceModel(m_inquiries);
    auto *splitter = new QSplitter;
    splitter->addWidget(buildQueuePane());
    splitter->addWidget(m_thread);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);
    statusBar()->addWidget(m_advisor);
    statusBar()->addPermanentWidget(m_connection);
    resize(1180, 680);

    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showSelected);
    connect(m_messages, &MessageStore::messagesChanged, this, [this](qint64 id) {
        if (id == m_thread->inquiryId())
            showSelected();
    });
    connect(m_inquiries, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_thread->inquiryId() != 0)
            showSelected();
    });
    connect(m_thread, &ThreadView::sendRequested, this, &MainWindow::replyRequested);
}

QWidget *MainWindow::buildQueuePane()
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    m_search->setPlaceholderText(tr("Search subject, customer or topic"));
    m_search->setClearButtonEnabled(true);
    m_openOnly->setChecked(m_filter->openOnly());
    layout->addWidget(m_search);
    layout->addWidget(m_openOnly);
    layout->addWidget(m_queue, 1);
    m_queue->setModel(m_filter);
    m_queue->setItemDelegateForColumn(InquiryModel::OpenForColumn, new OpenDurationDelegate(m_queue));
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->setSortingEnabled(true);
    m_queue->sortByColumn(InquiryModel::OpenForColumn, Qt::DescendingOrder);
    m_queue->verticalHeader()->hide();
    m_queue->setAlternatingRowColors(true);
    m_queue->horizontalHeader()->setSectionResizeMode(InquiryModel::SubjectColumn, QHeaderView::Stretch);
    m_queue->horizontalHeader()->setSectionResizeMode(InquiryModel::CustomerColumn, QHeaderView::ResizeToContents);
    m_queue->horizontalHeader()->setSectionResizeMode(InquiryModel::OpenForColumn, QHeaderView::ResizeToContents);
    m_queue->setAccessibleName(tr("Inquiry queue"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &QueueFilterModel::setText);
    connect(m_openOnly, &QCheckBox::toggled, m_filter, &QueueFilterModel::setOpenOnly);
    return pane;
}

void MainWindow::showSelected()
{
    const QModelIndex current = m_queue->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? current.data(InquiryModel::IdRole).toLongLong() : m_thread->inquiryId();
    const auto inquiry = m_inquiries->inquiry(id);
    if (!inquiry) {
        m_thread->clear();
        return;
    }
    m_thread->showThread(*inquiry, m_messages->messages(id));
}

void MainWindow::selectRow(int proxyRow)
{
    m_queue->selectRow(proxyRow);
    m_queue->setCurrentIndex(m_filter->index(proxyRow, 0));
}

void MainWindow::setAdvisorName(const QString &name)
{
    m_advisor->setText(tr("Signed in as %1").arg(name));
}

void MainWindow::setConnectionText(const QString &text)
{
    m_connection->setText(text);
}

void MainWindow::replySent()
{
    m_thread->replySent();
}

void MainWindow::replyFailed(const QString &message)
{
    m_thread->replyFailed(message);
}

} // namespace confidant::client
