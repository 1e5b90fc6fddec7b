#include "QueueFilterModel.h"

#include "InquiryModel.h"

#include <algorithm>

namespace confidant::client {

QueueFilterModel::QueueFilterModel(QObject *parent) : QAbstractProxyModel(parent), m_sortColumn(InquiryModel::OpenForColumn) {}

QueueFilterModel::~QueueFilterModel() = default;

void QueueFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (m_inquiries)
        disconnect(m_inquiries, nullptr, this, nullptr);
    beginResetModel();
    m_inquiries = qobject_cast<InquiryModel *>(model);
    Q_ASSERT_X(m_inquiries || !model, "QueueFilterModel", "the queue shows an InquiryModel");
    QAbstractProxyModel::setSourceModel(m_inquiries);
    if (m_inquiries) {
        connect(m_inquiries, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
        connect(m_inquiries, &QAbstractItemModel::dataChanged, this, &QueueFilterModel::onDataChanged);
        connect(m_inquiries, &QAbstractItemModel::modelReset, this, &QueueFilterModel::onSourceReset);
        // Removals are rare (an inquiry transferred away or taken by a colleague): rebuilt as a whole.
        connect(m_inquiries, &QAbstractItemModel::rowsRemoved, this, &QueueFilterModel::onSourceReset);
        connect(m_inquiries, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    m_order.clear();
    m_rows.clear();
    m_proxyOf.clear();
    const int count = m_inquiries ? m_inquiries->rowCount() : 0;
    m_levels.assign(size_t(count), 0);
    const QDateTime now = m_inquiries ? m_inquiries->now() : QDateTime();
    for (int row = 0; row < count; ++row) {
        m_order.push_back(row);
        takeLevel(row, now);
    }
    std::stable_sort(m_order.begin(), m_order.end(), [this](int l, int r) { return lessThan(l, r); });
    m_proxyOf.assign(size_t(count), -1);
    std::copy_if(m_order.begin(), m_order.end(), std::back_inserter(m_rows), [this](int row) { return accepts(row); });
    reindex();
    endResetModel();
}

void QueueFilterModel::onSourceReset()
{
    setSourceModel(m_inquiries);
}

bool QueueFilterModel::accepts(int sourceRow) const
{
    const Inquiry &inquiry = m_inquiries->at(sourceRow);
    const bool pinned = m_pinned != 0 && inquiry.id == m_pinned;
    if (!pinned && !inWorkView(m_view, inquiry, m_scope))
        return false;
    if (m_openOnly && !pinned && waitingFilterApplies() && inquiry.state != InquiryState::AwaitingAdvisor)
        return false;
    return m_text.isEmpty() || m_inquiries->matches(sourceRow, *m_match);
}

bool QueueFilterModel::waitingFilterApplies() const
{
    return m_view == WorkView::TeamQueue || m_view == WorkView::Mine || m_view == WorkView::AllOpen;
}

bool QueueFilterModel::lessThan(int leftSourceRow, int rightSourceRow) const
{
    int order = 0;
    if (m_sortColumn == InquiryModel::OpenForColumn)
        order = int(m_levels[size_t(leftSourceRow)]) - int(m_levels[size_t(rightSourceRow)]);
    if (order == 0)
        order = m_inquiries->compare(leftSourceRow, rightSourceRow, m_sortColumn);
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

void QueueFilterModel::takeLevel(int sourceRow, const QDateTime &now)
{
    m_levels[size_t(sourceRow)] = qint8(m_inquiries->openLevel(sourceRow, now));
}

void QueueFilterModel::refreshUrgency()
{
    if (!m_inquiries)
        return;
    const QDateTime now = m_inquiries->now();
    bool changed = false;
    for (size_t row = 0; row < m_levels.size(); ++row) {
        const auto level = qint8(m_inquiries->openLevel(int(row), now));
        changed = changed || level != m_levels[row];
        m_levels[row] = level;
    }
    if (!changed || m_sortColumn != InquiryModel::OpenForColumn)
        return;
    std::stable_sort(m_order.begin(), m_order.end(), [this](int l, int r) { return lessThan(l, r); });
    refilter(m_order);
}

void QueueFilterModel::reindex()
{
    std::fill(m_proxyOf.begin(), m_proxyOf.end(), -1);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_proxyOf[size_t(m_rows[i])] = int(i);
}

void QueueFilterModel::refilter(const std::vector<int> &candidates)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<std::pair<int, int>> sourceCells; // (source row, column) of each persistent index
    for (const QModelIndex &index : before)
        sourceCells.append({m_rows[size_t(index.row())], index.column()});
    std::vector<int> rows;
    rows.reserve(candidates.size());
    std::copy_if(candidates.begin(), candidates.end(), std::back_inserter(rows), [this](int row) { return accepts(row); });
    m_rows = std::move(rows);
    reindex();
    QModelIndexList after;
    for (const auto &[sourceRow, column] : sourceCells) {
        const int row = m_proxyOf[size_t(sourceRow)];
        after.append(row < 0 ? QModelIndex() : createIndex(row, column));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void QueueFilterModel::setView(WorkView view, const WorkViewScope &scope)
{
    if (view == m_view && scope == m_scope)
        return;
    m_view = view;
    m_scope = scope;
    m_pinned = 0;
    refilter(m_order);
}

void QueueFilterModel::setOpenOnly(bool openOnly)
{
    if (m_openOnly == openOnly)
        return;
    m_openOnly = openOnly;
    refilter(openOnly || !waitingFilterApplies() ? m_rows : m_order);
}

void QueueFilterModel::setText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_text)
        return;
    // A longer search text can only narrow what is shown: look only at the rows visible now.
    const bool narrowing = folded.contains(m_text);
    m_text = folded;
    m_match = std::make_unique<TextMatch>(m_text);
    refilter(narrowing ? m_rows : m_order);
}

void QueueFilterModel::setPinnedInquiry(qint64 id)
{
    if (m_pinned == id)
        return;
    const int previousRow = m_inquiries ? m_inquiries->rowOf(m_pinned) : -1;
    m_pinned = id;
    if (previousRow >= 0)
        onRowChanged(previousRow);
    const int row = m_inquiries ? m_inquiries->rowOf(id) : -1;
    if (row >= 0)
        onRowChanged(row);
}

void QueueFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= InquiryModel::ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    std::stable_sort(m_order.begin(), m_order.end(), [this](int l, int r) { return lessThan(l, r); });
    refilter(m_order);
}

void QueueFilterModel::onRowsInserted(int first, int last)
{
    std::vector<int> added;
    m_levels.resize(size_t(last) + 1, 0);
    const QDateTime now = m_inquiries->now();
    for (int row = first; row <= last; ++row) {
        added.push_back(row);
        takeLevel(row, now);
    }
    std::sort(added.begin(), added.end(), [this](int l, int r) { return lessThan(l, r); });
    const auto middle = m_order.insert(m_order.end(), added.begin(), added.end()) - 0;
    std::inplace_merge(m_order.begin(), middle, m_order.end(), [this](int l, int r) { return lessThan(l, r); });
    m_proxyOf.resize(size_t(last) + 1, -1);
    std::vector<int> visible;
    std::copy_if(added.begin(), added.end(), std::back_inserter(visible), [this](int row) { return accepts(row); });
    if (visible.size() <= 32) {
        for (int row : visible)
            insertVisible(row);
        return;
    }
    // Many rows at once (a sync page): append them in one step, then put them in place in one layout change.
    const int count = int(m_rows.size());
    beginInsertRows({}, count, count + int(visible.size()) - 1);
    m_rows.insert(m_rows.end(), visible.begin(), visible.end());
    reindex();
    endInsertRows();
    std::vector<int> merged = m_rows;
    std::inplace_merge(merged.begin(), merged.begin() + count, merged.end(), [this](int l, int r) { return lessThan(l, r); });
    refilter(merged);
}

void QueueFilterModel::insertVisible(int sourceRow)
{
    const auto at = std::upper_bound(m_rows.begin(), m_rows.end(), sourceRow, [this](int l, int r) { return lessThan(l, r); });
    const int row = int(at - m_rows.begin());
    beginInsertRows({}, row, row);
    m_rows.insert(at, sourceRow);
    reindex();
    endInsertRows();
}

void QueueFilterModel::removeVisible(int proxyRow)
{
    beginRemoveRows({}, proxyRow, proxyRow);
    m_rows.erase(m_rows.begin() + proxyRow);
    reindex();
    endRemoveRows();
}

void QueueFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &)
{
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        onRowChanged(row);
}

// One inquiry changed: it may move in the sort order, and appear in or leave the visible rows.
void QueueFilterModel::onRowChanged(int sourceRow)
{
    const auto less = [this](int l, int r) { return lessThan(l, r); };
    m_order.erase(std::find(m_order.begin(), m_order.end(), sourceRow));
    takeLevel(sourceRow, m_inquiries->now());
    m_order.insert(std::upper_bound(m_order.begin(), m_order.end(), sourceRow, less), sourceRow);
    const int was = m_proxyOf[size_t(sourceRow)];
    const bool shown = accepts(sourceRow);
    if (was < 0) {
        if (shown)
            insertVisible(sourceRow);
        return;
    }
    if (!shown) {
        removeVisible(was);
        return;
    }
    std::vector<int> others = m_rows;
    others.erase(others.begin() + was);
    const int to = int(std::upper_bound(others.begin(), others.end(), sourceRow, less) - others.begin());
    if (to != was) {
        beginMoveRows({}, was, was, {}, to > was ? to + 1 : to);
        others.insert(others.begin() + to, sourceRow);
        m_rows = std::move(others);
        reindex();
        endMoveRows();
    }
    emit dataChanged(index(to, 0), index(to, InquiryModel::ColumnCount - 1));
}

QModelIndex QueueFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return m_inquiries->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex QueueFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_proxyOf.size())
        return {};
    const int row = m_proxyOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex QueueFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || size_t(row) >= m_rows.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex QueueFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int QueueFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_inquiries ? 0 : InquiryModel::ColumnCount;
}

bool QueueFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QVariant QueueFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_inquiries)
        return {};
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    return m_inquiries->headerData(section, orientation, role);
}

} // namespace confidant::client
