#pragma once

#include "WorkView.h"

#include <QAbstractProxyModel>
#include <memory>
#include <vector>

namespace confidant::client {

class InquiryModel;
class TextMatch;

// The queue as the advisor sees it: one working view (team queue, mine, a customer's history…), optionally only
// what waits for an answer, filtered by text, most urgent first unless the advisor sorts by another column.
//
// A QSortFilterProxyModel re-inserts rows one sorted interval at a time, which at 100,000 inquiries made a first
// sync take half a minute and clearing the search seconds. This proxy keeps every source row in the current sort
// order (`m_order`), so a filter change is one pass over that list with no sorting, and new rows are merged in
// one step. A view is a predicate over the same rows, so switching views is one pass as well. Rows keep their place while the advisor works on them: the pinned inquiry stays visible when it is no
// longer open (after a reply), until another one is pinned; the search text still applies to it.
class QueueFilterModel : public QAbstractProxyModel {
    Q_OBJECT
public:
    explicit QueueFilterModel(QObject *parent = nullptr);
    ~QueueFilterModel() override;

    // Takes an InquiryModel; any other model is refused (the proxy reads its rows directly for speed).
    void setSourceModel(QAbstractItemModel *model) override;

    // Which rows are shown; the pinned inquiry is let go, since it was pinned for the view it was chosen in.
    void setView(WorkView view, const WorkViewScope &scope);
    WorkView view() const { return m_view; }
    const WorkViewScope &scope() const { return m_scope; }
    // "Only waiting for us": applies to the queue views, not to closed inquiries or a customer's history.
    void setOpenOnly(bool openOnly);
    bool openOnly() const { return m_openOnly; }
    void setText(const QString &text);
    void setPinnedInquiry(qint64 id);
    qint64 pinnedInquiry() const { return m_pinned; }

    // Urgency moves with the clock: takes every row's level at the model's "now" and re-sorts if one changed.
    // Called once a minute, so sorting by "open for" (urgency: level, then longest waiting) stays true.
    void refreshUrgency();

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

private:
    bool accepts(int sourceRow) const;
    bool lessThan(int leftSourceRow, int rightSourceRow) const;
    bool waitingFilterApplies() const;
    void takeLevel(int sourceRow, const QDateTime &now);
    // Filters m_order into the visible rows; keeps selections through a layout change.
    void refilter(const std::vector<int> &candidates);
    void reindex();
    void onRowsInserted(int first, int last);
    void onRowChanged(int sourceRow);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onSourceReset();
    void insertVisible(int sourceRow);
    void removeVisible(int proxyRow);

    InquiryModel *m_inquiries = nullptr;
    std::vector<int> m_order;   // every source row, in sort order
    std::vector<int> m_rows;    // visible source rows, in sort order
    std::vector<int> m_proxyOf; // source row -> visible row, or -1
    // Level per source row when last looked at: the sort compares these, never the clock, so the order is
    // consistent between two refreshUrgency() calls.
    std::vector<qint8> m_levels;
    WorkView m_view = WorkView::AllOpen;
    WorkViewScope m_scope;
    bool m_openOnly = true;
    QString m_text; // case-folded
    std::unique_ptr<TextMatch> m_match; // m_text, prepared; shared answers stay valid while the text does
    qint64 m_pinned = 0;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace confidant::client
