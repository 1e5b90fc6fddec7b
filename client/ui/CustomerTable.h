#pragma once

#include <QTableView>

class QSortFilterProxyModel;

namespace confidant::client {

class AssignedCustomerModel;

// The advisor's assigned customers as a table, longest waiting first, filtered by name; choosing a customer
// (Enter, double click) asks for their history.
class CustomerTable : public QTableView {
    Q_OBJECT
public:
    explicit CustomerTable(AssignedCustomerModel *customers, QWidget *parent = nullptr);

    void setNameFilter(const QString &text);
    // Time moved: waiting times and their order change without any change to the customers.
    void timePassed();

signals:
    void historyRequested(qint64 customerId);

private:
    QSortFilterProxyModel *m_proxy;
};

} // namespace confidant::client
