#include "AssignedCustomerModel.h"

#include "InquiryModel.h"

#include <QLocale>
#include <QSet>

namespace confidant::client {

AssignedCustomerModel::AssignedCustomerModel(InquiryModel *inquiries, QObject *parent) : QAbstractTableModel(parent), m_inquiries(inquiries)
{
    connect(m_inquiries, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) { addRows(first, last); });
    connect(m_inquiries, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) { changeRows(topLeft.row(), bottomRight.row()); });
    connect(m_inquiries, &QAbstractItemModel::rowsRemoved, this, &AssignedCustomerModel::rebuild);
    connect(m_inquiries, &QAbstractItemModel::modelReset, this, &AssignedCustomerModel::rebuild);
    rebuild();
}

int AssignedCustomerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int AssignedCustomerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AssignedCustomerModel::setAdvisorId(qint64 advisorId)
{
    if (advisorId == m_advisorId)
        return;
    m_advisorId = advisorId;
    rebuild();
}

QString AssignedCustomerModel::customerName(qint64 customerId) const
{
    const auto customer = m_customers.constFind(customerId);
    return customer == m_customers.cend() ? QString() : customer->name;
}

void AssignedCustomerModel::rebuild()
{
    beginResetModel();
    m_customers.clear();
    m_customerOfRow.clear();
    m_shown.clear();
    m_rowOf.clear();
    endResetModel();
    if (m_inquiries->rowCount() > 0)
        addRows(0, m_inquiries->rowCount() - 1);
}

void AssignedCustomerModel::addRows(int first, int last)
{
    m_customerOfRow.resize(size_t(last) + 1);
    QSet<qint64> touched;
    for (int row = first; row <= last; ++row) {
        const qint64 customerId = m_inquiries->at(row).customerId;
        m_customerOfRow[size_t(row)] = customerId;
        m_customers[customerId].rows.push_back(row);
        touched.insert(customerId);
    }
    for (qint64 customerId : std::as_const(touched))
        refresh(customerId);
}

void AssignedCustomerModel::changeRows(int first, int last)
{
    QSet<qint64> touched;
    for (int row = first; row <= last; ++row) {
        const qint64 was = m_customerOfRow[size_t(row)];
        const qint64 now = m_inquiries->at(row).customerId;
        touched.insert(now);
        if (was == now)
            continue;
        std::vector<int> &rows = m_customers[was].rows;
        rows.erase(std::find(rows.begin(), rows.end(), row));
        m_customers[now].rows.push_back(row);
        m_customerOfRow[size_t(row)] = now;
        touched.insert(was);
    }
    for (qint64 customerId : std::as_const(touched))
        refresh(customerId);
}

// Whether the customer is the advisor's is read from their most recently changed inquiry: an older one may still
// carry the fixed advisor the customer had before.
void AssignedCustomerModel::summarise(Customer &customer) const
{
    customer.open = 0;
    customer.lastContact = {};
    customer.waitingSince.reset();
    qint64 latestSeq = -1;
    for (int row : customer.rows) {
        const Inquiry &inquiry = m_inquiries->at(row);
        if (inquiry.seq > latestSeq) {
            latestSeq = inquiry.seq;
            customer.name = inquiry.customerName;
            customer.mine = m_advisorId != 0 && inquiry.customerFixedAdvisorId == m_advisorId;
        }
        customer.lastContact = std::max(customer.lastContact, inquiry.lastActivityAt);
        if (inquiry.state == InquiryState::Closed)
            continue;
        ++customer.open;
        if (inquiry.waitingSince && (!customer.waitingSince || *inquiry.waitingSince < *customer.waitingSince))
            customer.waitingSince = inquiry.waitingSince;
    }
}

void AssignedCustomerModel::refresh(qint64 customerId)
{
    Customer &customer = m_customers[customerId];
    summarise(customer);
    const int row = m_rowOf.value(customerId, -1);
    if (customer.mine && row < 0)
        show(customerId);
    else if (!customer.mine && row >= 0)
        hide(customerId);
    else if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AssignedCustomerModel::show(qint64 customerId)
{
    const int row = int(m_shown.size());
    beginInsertRows({}, row, row);
    m_shown.push_back(customerId);
    m_rowOf.insert(customerId, row);
    endInsertRows();
}

void AssignedCustomerModel::hide(qint64 customerId)
{
    const int row = m_rowOf.value(customerId);
    beginRemoveRows({}, row, row);
    m_shown.erase(m_shown.begin() + row);
    m_rowOf.remove(customerId);
    for (size_t later = size_t(row); later < m_shown.size(); ++later)
        m_rowOf.insert(m_shown[later], int(later));
    endRemoveRows();
}

int AssignedCustomerModel::worstLevel(const Customer &customer) const
{
    const QDateTime now = m_inquiries->now();
    int worst = int(OpenDurationPolicy::Level::None);
    for (int row : customer.rows)
        worst = std::max(worst, int(m_inquiries->openLevel(row, now)));
    return worst;
}

QVariant AssignedCustomerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer &customer = m_customers[customerAt(index.row())];
    switch (role) {
    case Qt::DisplayRole: return displayData(customer, index.column());
    case Qt::ToolTipRole:
        if (index.column() == WaitingColumn && customer.waitingSince)
            return tr("Waiting since %1").arg(QLocale().toString(customer.waitingSince->toLocalTime(), QLocale::ShortFormat));
        return displayData(customer, index.column());
    case Qt::DecorationRole:
        return index.column() == WaitingColumn ? QVariant(OpenDurationPolicy::colour(OpenDurationPolicy::Level(worstLevel(customer)))) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == OpenColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case CustomerIdRole: return customerAt(index.row());
    case SortRole: return sortData(customer, index.column());
    case OpenLevelRole: return worstLevel(customer);
    default: return {};
    }
}

QVariant AssignedCustomerModel::displayData(const Customer &customer, int column) const
{
    switch (column) {
    case NameColumn: return customer.name;
    case OpenColumn: return customer.open;
    case LastContactColumn: {
        // Date and minutes: seconds say nothing about a contact days ago.
        const QDateTime local = customer.lastContact.toLocalTime();
        return QLocale().toString(local.date(), QLocale::ShortFormat) + QStringLiteral(", ") + local.time().toString(QStringLiteral("HH:mm"));
    }
    case WaitingColumn: return OpenDurationPolicy::durationText(customer.waitingSince, m_inquiries->now());
    default: return {};
    }
}

// Urgency for the waiting column, as in the queue: the worst level first, then the longest wait.
QVariant AssignedCustomerModel::sortData(const Customer &customer, int column) const
{
    switch (column) {
    case NameColumn: return customer.name.toCaseFolded();
    case OpenColumn: return customer.open;
    case LastContactColumn: return customer.lastContact;
    case WaitingColumn: {
        const qint64 waited = customer.waitingSince ? customer.waitingSince->secsTo(m_inquiries->now()) : -1;
        return qint64(worstLevel(customer)) * 1'000'000'000'000LL + waited;
    }
    default: return {};
    }
}

QVariant AssignedCustomerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Customer");
    case OpenColumn: return tr("Open inquiries");
    case LastContactColumn: return tr("Last contact");
    case WaitingColumn: return tr("Waiting for");
    default: return {};
    }
}

} // namespace confidant::client
