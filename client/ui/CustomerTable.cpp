#include "CustomerTable.h"

#include "AssignedCustomerModel.h"
#include "OpenDurationDelegate.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace confidant::client {

CustomerTable::CustomerTable(AssignedCustomerModel *customers, QWidget *parent) : QTableView(parent), m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(customers);
    m_proxy->setSortRole(AssignedCustomerModel::SortRole);
    m_proxy->setFilterKeyColumn(AssignedCustomerModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    setModel(m_proxy);
    setItemDelegateForColumn(AssignedCustomerModel::WaitingColumn, new OpenDurationDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSortingEnabled(true);
    sortByColumn(AssignedCustomerModel::WaitingColumn, Qt::DescendingOrder);
    verticalHeader()->hide();
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(AssignedCustomerModel::NameColumn, QHeaderView::Stretch);
    setAccessibleName(tr("My assigned customers"));
    setToolTip(tr("Press Enter or double-click to see the customer's history"));
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit historyRequested(index.data(AssignedCustomerModel::CustomerIdRole).toLongLong());
    });
}

void CustomerTable::setNameFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
}

void CustomerTable::timePassed()
{
    m_proxy->invalidate();
}

} // namespace confidant::client
