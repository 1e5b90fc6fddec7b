#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <optional>
#include <vector>

namespace confidant::client {

class InquiryModel;

// The customers whose fixed advisor is the signed-in advisor, one row each, worked out from the inquiries the
// advisor can see: how many are open, when the customer was last in contact, and how long the longest waiting
// one has waited.
//
// Kept up to date per change: the model remembers each customer's inquiry rows, so a changed inquiry recomputes
// its customer only. Rows appear in the order customers were first seen; sorting and the name filter are left to
// a proxy, since an advisor has hundreds of customers, not 100,000. Removals from the inquiries are rare (an
// inquiry left the advisor's scope) and rebuild the list.
class AssignedCustomerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, OpenColumn, LastContactColumn, WaitingColumn, ColumnCount };
    enum Role { CustomerIdRole = Qt::UserRole + 1, SortRole, OpenLevelRole };

    explicit AssignedCustomerModel(InquiryModel *inquiries, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Whose customers to list; 0 (not known yet) lists none.
    void setAdvisorId(qint64 advisorId);
    qint64 customerAt(int row) const { return m_shown[size_t(row)]; }
    // The name of any customer with an inquiry in scope, assigned to the advisor or not.
    QString customerName(qint64 customerId) const;

private:
    struct Customer {
        QString name;
        std::vector<int> rows; // inquiry rows of this customer
        bool mine = false;
        int open = 0;
        QDateTime lastContact;
        std::optional<QDateTime> waitingSince; // the oldest among the open ones
    };

    void rebuild();
    void addRows(int first, int last);
    void changeRows(int first, int last);
    void refresh(qint64 customerId);
    void summarise(Customer &customer) const;
    void show(qint64 customerId);
    void hide(qint64 customerId);
    int worstLevel(const Customer &customer) const;
    QVariant displayData(const Customer &customer, int column) const;
    QVariant sortData(const Customer &customer, int column) const;

    InquiryModel *m_inquiries;
    qint64 m_advisorId = 0;
    QHash<qint64, Customer> m_customers;  // every customer with an inquiry in scope
    std::vector<qint64> m_customerOfRow;  // inquiry row -> customer id, to find the customer a change moved it from
    std::vector<qint64> m_shown;          // the rows: assigned customers
    QHash<qint64, int> m_rowOf;           // customer id -> row
};

} // namespace confidant::client
