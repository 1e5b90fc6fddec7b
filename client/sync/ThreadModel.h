#pragma once

#include "domain/InquiryEvent.h"
#include "domain/InquiryNote.h"
#include "domain/Message.h"

#include <QAbstractListModel>
#include <QList>
#include <variant>

namespace confidant::client {

// The open thread as rows, oldest first: the messages, the advisors' internal notes and the changes of owner, team
// and state. At the same moment a message comes first (it caused the event), then notes, then events. Another
// inquiry's thread replaces the rows; the same one fetched again, a reply or a note change only the rows that differ,
// so a view keeps its place and redraws one row.
class ThreadModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Kind { Message, Note, Event };
    Q_ENUM(Kind)
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        IdRole,                      // the message's, note's or event's id
        AuthorRole,                  // who wrote it or did it, as shown ("Customer" for the customer)
        FromAdvisorRole,             // written by an advisor: a reply or a note
        TimeRole,                    // QDateTime
        TimeTextRole,                // the time in the advisor's language and time zone
        TextRole,                    // the message, the note, or what happened
    };

    // What a change of owner, team or state reads like in the thread; empty for a kind this version does not know.
    static QString eventText(const InquiryEvent &event);
    // Marked on every note, so a note is never read as something the customer was told.
    static QString internalNoteLabel();

    using QAbstractListModel::QAbstractListModel;

    qint64 inquiryId() const { return m_inquiryId; }
    // The thread as the server sent it. Events of a kind this version does not know are left out.
    void show(qint64 inquiryId, const QList<Message> &messages, const QList<InquiryEvent> &events, const QList<InquiryNote> &notes);
    // The advisor's own reply or note as the server confirmed it: one row at its place in time, never a second one.
    void add(const Message &message);
    void add(const InquiryNote &note);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        Kind kind = Kind::Message;
        qint64 id = 0;
        QDateTime at;
        std::variant<Message, InquiryNote, InquiryEvent> item;

        bool sameAs(const Row &other) const { return kind == other.kind && id == other.id; }
        bool before(const Row &other) const { return at != other.at ? at < other.at : kind < other.kind; }
    };
    static Row rowOf(const Message &message);
    static Row rowOf(const InquiryNote &note);
    static Row rowOf(const InquiryEvent &event);
    void insert(const Row &row);
    void merge(const QList<Row> &rows);
    int find(const Row &row, int from) const;
    static QString timeText(const Row &row);
    QString author(const Row &row) const;
    QString text(const Row &row) const;
    QString readAloud(const Row &row) const;

    qint64 m_inquiryId = 0;
    QList<Row> m_rows;
};

} // namespace confidant::client
