#include "QueueFilterModel.h"

#include "InquiryModel.h"

namespace confidant::client {

QueueFilterModel::QueueFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(InquiryModel::OpenForColumn, Qt::DescendingOrder);
}

void QueueFilterModel::setOpenOnly(bool openOnly)
{
    m_openOnly = openOnly;
    invalidateFilter();
}

void QueueFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool QueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_openOnly && first.data(InquiryModel::StateRole).toInt() != int(InquiryState::AwaitingAdvisor))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {InquiryModel::SubjectColumn, InquiryModel::CustomerColumn, InquiryModel::TopicColumn}) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool QueueFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == InquiryModel::OpenForColumn)
        return left.data(InquiryModel::OpenSecondsRole).toLongLong() < right.data(InquiryModel::OpenSecondsRole).toLongLong();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace confidant::client
