#include "ThreadModel.h"

#include "AbsenceModel.h"

#include <QLocale>
#include <QSet>

namespace confidant::client {
namespace {

// Where an inquiry went or came from: a person (in their team, when it is known), a team, or nowhere.
QString place(const QString &advisor, const QString &team)
{
    if (advisor.isEmpty())
        return team;
    return team.isEmpty() ? advisor : ThreadModel::tr("%1 (%2)").arg(advisor, team);
}

// The customer's fixed advisor (Kundenbetreuer) changed: new inquiries of theirs go to the new one.
QString fixedAdvisorText(const QString &from, const QString &to)
{
    if (from.isEmpty())
        return ThreadModel::tr("Fixed advisor set to %1").arg(to);
    if (to.isEmpty())
        return ThreadModel::tr("Fixed advisor %1 removed").arg(from);
    return ThreadModel::tr("Fixed advisor changed from %1 to %2").arg(from, to);
}

// Routed while the customer's fixed advisor was away: held for them, in the advisor's language and local time.
QString heldText(const InquiryEvent &event)
{
    return ThreadModel::tr("Held for %1, who is absent until %2").arg(event.fromAdvisorName, AbsenceModel::timeText(*event.absentUntil, event.at));
}

} // namespace

QString ThreadModel::eventText(const InquiryEvent &event)
{
    const QString &actor = event.actorName;
    const bool byWhom = !actor.isEmpty();
    const QString from = place(event.fromAdvisorName, event.fromTeamName);
    const QString to = place(event.toAdvisorName, event.toTeamName);
    QString text;
    if (event.kind == QLatin1String("routed") && event.absentUntil)
        text = tr("%1: %2").arg(tr("Routed to %1").arg(to), heldText(event));
    else if (event.kind == QLatin1String("routed"))
        text = to.isEmpty() ? tr("Placed in the queue shared by all advisors") : tr("Routed to %1").arg(to);
    else if (event.kind == QLatin1String("claimed"))
        text = byWhom ? tr("Claimed by %1").arg(actor) : tr("Claimed");
    else if (event.kind == QLatin1String("released"))
        text = byWhom ? tr("Released to the queue by %1").arg(actor) : tr("Released to the queue");
    else if (event.kind == QLatin1String("assigned"))
        text = byWhom ? tr("Assigned to %1 by %2").arg(to, actor) : tr("Assigned to %1").arg(to);
    else if (event.kind == QLatin1String("transferred") && from.isEmpty())
        text = byWhom ? tr("Transferred to %1 by %2").arg(to, actor) : tr("Transferred to %1").arg(to);
    else if (event.kind == QLatin1String("transferred"))
        text = byWhom ? tr("Transferred from %1 to %2 by %3").arg(from, to, actor) : tr("Transferred from %1 to %2").arg(from, to);
    else if (event.kind == QLatin1String("closed"))
        text = byWhom ? tr("Closed by %1").arg(actor) : tr("Closed");
    else if (event.kind == QLatin1String("reopened"))
        text = byWhom ? tr("Reopened by %1").arg(actor) : tr("Reopened");
    else if (event.kind == QLatin1String("returned"))
        text = tr("Back with %1 after their absence").arg(to);
    else if (event.kind == QLatin1String("fixed_advisor"))
        text = fixedAdvisorText(event.fromAdvisorName, event.toAdvisorName);
    if (text.isEmpty() || event.note.isEmpty())
        return text;
    return tr("%1: %2").arg(text, event.note);
}

QString ThreadModel::internalNoteLabel()
{
    return tr("Internal note – only advisors see this");
}

ThreadModel::Row ThreadModel::rowOf(const Message &message)
{
    return {Kind::Message, message.id, message.createdAt, message};
}

ThreadModel::Row ThreadModel::rowOf(const InquiryNote &note)
{
    return {Kind::Note, note.id, note.at, note};
}

ThreadModel::Row ThreadModel::rowOf(const InquiryEvent &event)
{
    return {Kind::Event, event.id, event.at, event};
}

void ThreadModel::show(qint64 inquiryId, const QList<Message> &messages, const QList<InquiryEvent> &events, const QList<InquiryNote> &notes)
{
    QList<Row> rows;
    for (const Message &message : messages)
        rows.append(rowOf(message));
    for (const InquiryNote &note : notes)
        rows.append(rowOf(note));
    for (const InquiryEvent &event : events) {
        if (!eventText(event).isEmpty())
            rows.append(rowOf(event));
    }
    // Stable: the server's order stays among rows of one kind at the same moment.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.before(b); });
    if (inquiryId != m_inquiryId || m_rows.isEmpty()) {
        beginResetModel();
        m_inquiryId = inquiryId;
        m_rows = rows;
        endResetModel();
        return;
    }
    merge(rows);
}

// The same thread again, as it is now: rows that went are removed, new ones inserted at their place, changed ones
// (a colleague's new display name) updated; rows that stayed the same are not touched.
void ThreadModel::merge(const QList<Row> &rows)
{
    QSet<QPair<int, qint64>> wanted;
    for (const Row &row : rows)
        wanted.insert({int(row.kind), row.id});
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!wanted.contains({int(m_rows[i].kind), m_rows[i].id})) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (i < m_rows.size() && m_rows[i].sameAs(rows[i])) {
            if (m_rows[i].at != rows[i].at || m_rows[i].item != rows[i].item) {
                m_rows[i] = rows[i];
                emit dataChanged(index(i), index(i));
            }
            continue;
        }
        // Further down before (its time changed): it leaves that place for this one.
        if (const int old = find(rows[i], i + 1); old >= 0) {
            beginRemoveRows({}, old, old);
            m_rows.removeAt(old);
            endRemoveRows();
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, rows[i]);
        endInsertRows();
    }
    if (m_rows.size() > rows.size()) { // only when the rows held one twice
        beginRemoveRows({}, int(rows.size()), int(m_rows.size()) - 1);
        m_rows.resize(rows.size());
        endRemoveRows();
    }
}

int ThreadModel::find(const Row &row, int from) const
{
    for (int i = from; i < m_rows.size(); ++i)
        if (m_rows[i].sameAs(row))
            return i;
    return -1;
}

void ThreadModel::add(const Message &message)
{
    insert(rowOf(message));
}

void ThreadModel::add(const InquiryNote &note)
{
    insert(rowOf(note));
}

// After every row that is not later than it: a reply lands at the end, also beside a note of the same minute.
void ThreadModel::insert(const Row &row)
{
    if (find(row, 0) >= 0)
        return;
    const auto at = std::upper_bound(m_rows.cbegin(), m_rows.cend(), row, [](const Row &a, const Row &b) { return a.before(b); });
    const int position = int(at - m_rows.cbegin());
    beginInsertRows({}, position, position);
    m_rows.insert(position, row);
    endInsertRows();
}

void ThreadModel::clear()
{
    beginResetModel();
    m_inquiryId = 0;
    m_rows.clear();
    endResetModel();
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ThreadModel::author(const Row &row) const
{
    switch (row.kind) {
    case Kind::Message: {
        const auto &message = std::get<Message>(row.item);
        return message.author == MessageAuthor::Advisor ? message.authorName : tr("Customer");
    }
    case Kind::Note: {
        const QString &name = std::get<InquiryNote>(row.item).authorName;
        return name.isEmpty() ? tr("A former colleague") : name;
    }
    case Kind::Event: return std::get<InquiryEvent>(row.item).actorName;
    }
    return {};
}

QString ThreadModel::text(const Row &row) const
{
    switch (row.kind) {
    case Kind::Message: return std::get<Message>(row.item).body;
    case Kind::Note: return std::get<InquiryNote>(row.item).text;
    case Kind::Event: return eventText(std::get<InquiryEvent>(row.item));
    }
    return {};
}

QString ThreadModel::timeText(const Row &row)
{
    return QLocale().toString(row.at.toLocalTime(), QLocale::ShortFormat);
}

// The row as a screen reader reads it and as Ctrl+C copies it: who and when, then what.
QString ThreadModel::readAloud(const Row &row) const
{
    const QString time = timeText(row);
    if (row.kind == Kind::Event)
        return tr("%1 · %2").arg(text(row), time);
    const QString heading = tr("%1 · %2").arg(author(row), time) + QLatin1Char('\n') + text(row);
    return row.kind == Kind::Note ? internalNoteLabel() + QLatin1Char('\n') + heading : heading;
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return readAloud(row);
    case KindRole: return QVariant::fromValue(row.kind);
    case IdRole: return row.id;
    case AuthorRole: return author(row);
    case FromAdvisorRole:
        return row.kind == Kind::Note || (row.kind == Kind::Message && std::get<Message>(row.item).author == MessageAuthor::Advisor);
    case TimeRole: return row.at;
    case TimeTextRole: return timeText(row);
    case TextRole: return text(row);
    default: return {};
    }
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{KindRole, "kind"}, {IdRole, "id"}, {AuthorRole, "author"}, {FromAdvisorRole, "fromAdvisor"}, {TimeRole, "time"},
                  {TimeTextRole, "timeText"}, {TextRole, "text"}});
    return names;
}

} // namespace confidant::client
