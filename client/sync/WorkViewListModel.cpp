#include "WorkViewListModel.h"

#include "InquiryModel.h"

namespace confidant::client {

WorkViewListModel::WorkViewListModel(InquiryModel *inquiries, QAbstractItemModel *customers, QObject *parent)
    : QAbstractListModel(parent), m_inquiries(inquiries), m_customers(customers)
{
    m_recount.setSingleShot(true);
    m_recount.setInterval(250);
    connect(&m_recount, &QTimer::timeout, this, &WorkViewListModel::recount);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_inquiries), m_customers}) {
        if (!model)
            continue;
        connect(model, &QAbstractItemModel::rowsInserted, this, &WorkViewListModel::scheduleRecount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &WorkViewListModel::scheduleRecount);
        connect(model, &QAbstractItemModel::dataChanged, this, &WorkViewListModel::scheduleRecount);
        connect(model, &QAbstractItemModel::modelReset, this, &WorkViewListModel::scheduleRecount);
    }
    recount();
}

int WorkViewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(WorkView::Count);
}

QString WorkViewListModel::title(WorkView view)
{
    switch (view) {
    case WorkView::TeamQueue: return tr("Team queue");
    case WorkView::Mine: return tr("My inquiries");
    case WorkView::AssignedCustomers: return tr("My assigned customers");
    case WorkView::CustomerHistory: return tr("Customer history");
    case WorkView::Closed: return tr("Closed");
    case WorkView::AllOpen: return tr("All open");
    case WorkView::Count: break;
    }
    return {};
}

QVariant WorkViewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto view = WorkView(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString name = view == WorkView::CustomerHistory && !m_customerName.isEmpty()
            ? tr("History: %1").arg(m_customerName) : title(view);
        return overdue(view) > 0 ? tr("%1 (%2, %3 overdue)").arg(name).arg(count(view)).arg(overdue(view))
                                 : tr("%1 (%2)").arg(name).arg(count(view));
    }
    case ViewRole: return int(view);
    case CountRole: return count(view);
    case OverdueRole: return overdue(view);
    default: return {};
    }
}

void WorkViewListModel::setScope(const WorkViewScope &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    recount();
}

void WorkViewListModel::setCustomerName(const QString &name)
{
    m_customerName = name;
    const QModelIndex history = index(int(WorkView::CustomerHistory));
    emit dataChanged(history, history);
}

void WorkViewListModel::scheduleRecount()
{
    if (!m_recount.isActive())
        m_recount.start();
}

void WorkViewListModel::recount()
{
    m_recount.stop();
    m_counts.fill(0);
    m_overdue.fill(0);
    const QDateTime now = m_inquiries->now();
    for (int row = 0; row < m_inquiries->rowCount(); ++row) {
        const Inquiry &inquiry = m_inquiries->at(row);
        const bool overdue = m_inquiries->openLevel(row, now) == OpenDurationPolicy::Level::Overdue;
        for (WorkView view : inquiryViews) {
            if (inWorkView(view, inquiry, m_scope)) {
                ++m_counts[size_t(view)];
                m_overdue[size_t(view)] += overdue;
            }
        }
    }
    m_counts[size_t(WorkView::AssignedCustomers)] = m_customers ? m_customers->rowCount() : 0;
    emit dataChanged(index(0), index(rowCount() - 1));
    emit countsChanged();
}

} // namespace confidant::client
