#include "InquiryModel.h"

namespace confidant::client {
namespace {

template<typename T>
int threeWay(const T &left, const T &right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}

// Inquiries that wait sort by how long they have waited; those that don't wait come before all that do.
qint64 waitingKey(const Inquiry &inquiry)
{
    return inquiry.waitingSince ? -inquiry.waitingSince->toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

} // namespace

InquiryModel::InquiryModel(const Clock &clock, OpenDurationPolicy policy, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock), m_policy(policy)
{
}

int InquiryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InquiryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InquiryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Inquiry &inquiry = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(inquiry, index.column());
    case Qt::ToolTipRole:
        // Long subjects and names are cut off in the table; the tooltip shows them whole.
        if (index.column() == OpenForColumn)
            return openForToolTip(inquiry);
        if (index.column() == StartedColumn)
            return QLocale().toString(inquiry.createdAt.toLocalTime(), QLocale::ShortFormat);
        if (index.column() == StateColumn && isHeld(inquiry))
            return heldNote(inquiry.heldForAdvisorName);
        return displayData(inquiry, index.column());
    case Qt::DecorationRole:
        return index.column() == OpenForColumn ? QVariant(OpenDurationPolicy::colour(m_policy.level(inquiry, m_clock.now())))
                                               : QVariant();
    case IdRole: return inquiry.id;
    case StateRole: return int(inquiry.state);
    case WaitingSinceRole: return inquiry.waitingSince ? QVariant(*inquiry.waitingSince) : QVariant();
    case TopicKeyRole: return inquiry.topicKey;
    case OpenLevelRole: return int(m_policy.level(inquiry, m_clock.now()));
    case OpenSecondsRole: return inquiry.waitingSince ? inquiry.waitingSince->secsTo(m_clock.now()) : qint64(-1);
    case SeqRole: return inquiry.seq;
    case CustomerIdRole: return inquiry.customerId;
    default: return {};
    }
}

// When the customer started waiting, and by when the topic's target wants the answer (in working hours).
QVariant InquiryModel::openForToolTip(const Inquiry &inquiry) const
{
    if (!inquiry.waitingSince || inquiry.state == InquiryState::Closed)
        return {};
    const QLocale locale;
    const QString since = tr("Waiting since %1").arg(locale.toString(inquiry.waitingSince->toLocalTime(), QLocale::ShortFormat));
    const QDateTime due = m_policy.dueAt(inquiry);
    if (!due.isValid())
        return since;
    return since + QLatin1Char('\n') + tr("Answer due by %1 (target: %n working hour(s))", nullptr, (inquiry.responseTargetMinutes + 59) / 60)
                                            .arg(locale.toString(due.toLocalTime(), QLocale::ShortFormat));
}

void InquiryModel::setCalendar(const WorkingCalendar &calendar)
{
    if (calendar == m_policy.calendar())
        return;
    m_policy.setCalendar(calendar);
    // Levels changed without any inquiry changing: the views recount and re-sort (QueueFilterModel::refreshUrgency).
    if (!m_rows.empty())
        emit dataChanged(index(0, OpenForColumn), index(int(m_rows.size()) - 1, OpenForColumn), {Qt::DecorationRole, Qt::ToolTipRole, OpenLevelRole});
    emit calendarChanged();
}

QVariant InquiryModel::displayData(const Inquiry &inquiry, int column) const
{
    switch (column) {
    case SubjectColumn: return inquiry.subject;
    case CustomerColumn: return inquiry.customerName;
    case TopicColumn: return inquiry.topicTitle;
    case StateColumn:
        if (isHeld(inquiry))
            return tr("Held for %1 (absent)").arg(inquiry.heldForAdvisorName);
        switch (inquiry.state) {
        case InquiryState::AwaitingAdvisor: return tr("Waiting for us");
        case InquiryState::AwaitingCustomer: return tr("Answered");
        case InquiryState::Closed: return tr("Closed");
        }
        return {};
    case OpenForColumn: return OpenDurationPolicy::durationText(inquiry.waitingSince, m_clock.now());
    case StartedColumn: return QLocale().toString(inquiry.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    default: return {};
    }
}

// The server ends a hold with any move, closing included; a closed inquiry says "Closed" whatever it carries.
bool InquiryModel::isHeld(const Inquiry &inquiry)
{
    return !inquiry.heldForAdvisorName.isEmpty() && inquiry.state != InquiryState::Closed;
}

QString InquiryModel::heldNote(const QString &advisorName)
{
    return tr("Waits for %1, who is absent; it returns to them when they are back, unless someone takes it first.").arg(advisorName);
}

QVariant InquiryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn: return tr("Subject");
    case CustomerColumn: return tr("Customer");
    case TopicColumn: return tr("Topic");
    case StateColumn: return tr("State");
    case OpenForColumn: return tr("Open for");
    case StartedColumn: return tr("Started");
    default: return {};
    }
}

QString InquiryModel::shared(const QString &value)
{
    const auto known = m_sharedStrings.constFind(value);
    if (known != m_sharedStrings.cend())
        return *known;
    m_sharedStrings.insert(value, value);
    return value;
}

InquiryModel::Row InquiryModel::makeRow(const Inquiry &inquiry)
{
    Row row{inquiry, inquiry.subject.toCaseFolded(), {}, {}};
    row.inquiry.customerName = shared(inquiry.customerName);
    row.inquiry.topicKey = shared(inquiry.topicKey);
    row.inquiry.topicTitle = shared(inquiry.topicTitle);
    row.inquiry.heldForAdvisorName = shared(inquiry.heldForAdvisorName);
    row.customerKey = shared(inquiry.customerName.toCaseFolded());
    row.topicKey = shared(inquiry.topicTitle.toCaseFolded());
    return row;
}

void InquiryModel::apply(const QList<Inquiry> &inquiries)
{
    std::vector<Row> added;
    QList<int> changed;
    for (const Inquiry &inquiry : inquiries) {
        const auto known = m_rowById.constFind(inquiry.id);
        if (known == m_rowById.cend()) {
            m_rowById.insert(inquiry.id, int(m_rows.size() + added.size()));
            added.push_back(makeRow(inquiry));
            continue;
        }
        if (size_t(*known) >= m_rows.size()) { // a second state of an inquiry added in this same batch
            Row &pending = added[size_t(*known) - m_rows.size()];
            if (pending.inquiry.seq < inquiry.seq)
                pending = makeRow(inquiry);
            continue;
        }
        if (at(*known).seq > inquiry.seq)
            continue; // an older state arriving late changes nothing
        m_rows[size_t(*known)] = makeRow(inquiry);
        changed.append(*known);
    }
    // Rows first, then the changes: a slot that looks an id up must never find a row that is not there yet.
    if (!added.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.insert(m_rows.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
        endInsertRows();
    }
    for (int row : changed)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void InquiryModel::remove(const QList<qint64> &ids)
{
    std::vector<int> rows;
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            rows.push_back(row);
    }
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : rows) {
        beginRemoveRows({}, row, row);
        m_rowById.remove(m_rows[size_t(row)].inquiry.id);
        m_policy.forget(m_rows[size_t(row)].inquiry.id);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    }
    // Rows after a removed one moved up.
    for (int row = rows.back(); row < int(m_rows.size()); ++row)
        m_rowById.insert(m_rows[size_t(row)].inquiry.id, row);
}

std::optional<Inquiry> InquiryModel::inquiry(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : std::optional<Inquiry>(at(row));
}

int InquiryModel::compare(int leftRow, int rightRow, int column) const
{
    const Row &left = m_rows[size_t(leftRow)];
    const Row &right = m_rows[size_t(rightRow)];
    int order = 0;
    switch (column) {
    case SubjectColumn: order = left.subjectKey.compare(right.subjectKey); break;
    case CustomerColumn: order = left.customerKey.compare(right.customerKey); break;
    case TopicColumn: order = left.topicKey.compare(right.topicKey); break;
    case StateColumn: order = threeWay(int(left.inquiry.state), int(right.inquiry.state)); break;
    case OpenForColumn: order = threeWay(waitingKey(left.inquiry), waitingKey(right.inquiry)); break;
    case StartedColumn: order = threeWay(left.inquiry.createdAt, right.inquiry.createdAt); break;
    default: break;
    }
    return order != 0 ? order : threeWay(left.inquiry.id, right.inquiry.id);
}

bool TextMatch::inShared(const QString &text)
{
    const auto known = m_shared.constFind(text.constData());
    if (known != m_shared.cend())
        return *known;
    const bool found = in(text);
    m_shared.insert(text.constData(), found);
    return found;
}

bool InquiryModel::matches(int row, TextMatch &match) const
{
    const Row &r = m_rows[size_t(row)];
    return match.in(r.subjectKey) || match.inShared(r.customerKey) || match.inShared(r.topicKey);
}

} // namespace confidant::client
