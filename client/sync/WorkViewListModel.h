#pragma once

#include "WorkView.h"

#include <QAbstractListModel>
#include <QTimer>
#include <array>

namespace confidant::client {

class InquiryModel;

// The list of working views beside the queue, each with how many rows it has and how many of them are overdue.
//
// Counting is one pass over every inquiry, so it is never done per change: changes only schedule a count a moment
// later (a sync page of 2,000 rows costs one pass, not 2,000), and the window asks for one each minute, when
// inquiries become overdue without any change. The same predicate as the queue's (inWorkView) decides, so a count
// never disagrees with the rows shown.
class WorkViewListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { ViewRole = Qt::UserRole + 1, CountRole, OverdueRole };

    // `customers` lists the advisor's assigned customers (its row count is that view's count); may be null.
    WorkViewListModel(InquiryModel *inquiries, QAbstractItemModel *customers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    void setScope(const WorkViewScope &scope);
    // Shown in the history's row ("Customer history: Anna Schmidt").
    void setCustomerName(const QString &name);
    static QString title(WorkView view);
    int count(WorkView view) const { return m_counts[size_t(view)]; }
    int overdue(WorkView view) const { return m_overdue[size_t(view)]; }
    // Everything overdue the advisor can see: what the window title says.
    int overdueTotal() const { return overdue(WorkView::AllOpen); }

    // Counts now; the window calls it when time has passed.
    void recount();

signals:
    void countsChanged();

private:
    void scheduleRecount();

    InquiryModel *m_inquiries;
    QAbstractItemModel *m_customers;
    WorkViewScope m_scope;
    QString m_customerName;
    std::array<int, size_t(WorkView::Count)> m_counts{};
    std::array<int, size_t(WorkView::Count)> m_overdue{};
    QTimer m_recount;
};

} // namespace confidant::client
