#pragma once

#include "OpenDurationPolicy.h"
#include "domain/Inquiry.h"
#include "time/Clock.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <vector>

namespace confidant::client {

// A search text for one filter text: the answer for a customer or a topic (one shared string for all of their
// rows) is worked out once and remembered, so a pass over 100,000 rows searches each subject and little else.
class TextMatch {
public:
    explicit TextMatch(const QString &foldedText) : m_text(foldedText) {}
    bool in(const QString &text) const { return text.contains(m_text); }
    bool inShared(const QString &text);

private:
    QString m_text;
    QHash<const QChar *, bool> m_shared;
};

// The inquiries the advisor can see, one row each, updated incrementally from the change feed. Built for
// 100,000 rows: the text a search or a sort looks at is case-folded once per row when it arrives, and shared
// values (customer, topic) are stored once.
//
// "Open for" and its colour are computed from the clock when they are read. The model does not announce the
// passing of time with dataChanged: a view repaints the cells it shows (MainWindow does so every minute), and the
// order of the rows does not depend on the time (it follows waitingSince).
class InquiryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SubjectColumn, CustomerColumn, TopicColumn, StateColumn, OpenForColumn, StartedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, WaitingSinceRole, TopicKeyRole, OpenLevelRole, OpenSecondsRole, SeqRole, CustomerIdRole };

    InquiryModel(const Clock &clock, OpenDurationPolicy policy, QObject *parent = nullptr);

    // Held for a customer's fixed advisor who is absent: it waits in the team queue until they are back.
    static bool isHeld(const Inquiry &inquiry);
    // What that means for whoever looks at the queue, for the named advisor.
    static QString heldNote(const QString &advisorName);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Inserts new inquiries (one rowsInserted per call), updates known ones in place (dataChanged), never resets.
    void apply(const QList<Inquiry> &inquiries);
    // Drops inquiries that left the advisor's scope (the feed's `removed`): sent to another team, taken by a
    // colleague. Unknown ids are ignored.
    void remove(const QList<qint64> &ids);
    std::optional<Inquiry> inquiry(qint64 id) const;
    const Inquiry &at(int row) const { return m_rows[size_t(row)].inquiry; }
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }
    QDateTime now() const { return m_clock.now(); }
    // How urgent the row is at `now`; one `now` per pass keeps a pass over many rows consistent and cheap.
    OpenDurationPolicy::Level openLevel(int row, const QDateTime &now) const { return m_policy.level(at(row), now); }
    // The company's working calendar from the server: every level is counted again.
    void setCalendar(const WorkingCalendar &calendar);

    // For the queue proxy, without a QVariant per call: negative, zero or positive like QString::compare, over
    // the column's natural order ("open for": longest waiting last), ties broken by id so the order is total.
    int compare(int leftRow, int rightRow, int column) const;
    // Whether subject, customer or topic contains the (case-folded) search text.
    bool matches(int row, TextMatch &match) const;

signals:
    void calendarChanged();

private:
    struct Row {
        Inquiry inquiry;
        QString subjectKey; // case-folded, for search and sort
        QString customerKey;
        QString topicKey;
    };
    Row makeRow(const Inquiry &inquiry);
    QString shared(const QString &value);
    QVariant displayData(const Inquiry &inquiry, int column) const;
    QVariant openForToolTip(const Inquiry &inquiry) const;

    const Clock &m_clock;
    OpenDurationPolicy m_policy;
    std::vector<Row> m_rows;
    QHash<qint64, int> m_rowById;
    QHash<QString, QString> m_sharedStrings; // one copy of each customer name, topic and their folded forms
};

} // namespace confidant::client
