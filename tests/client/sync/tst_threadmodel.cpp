#include "ThreadModel.h"
#include "ThreadRows.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace confidant;
using namespace confidant::client;
using Kind = ThreadModel::Kind;

namespace {

const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

Message customer(qint64 id, const QString &body, int minute)
{
    return {id, 1, MessageAuthor::Customer, QStringLiteral("Anna Schmidt"), body, start.addSecs(minute * 60), id};
}

Message advisor(qint64 id, const QString &body, int minute)
{
    return {id, 1, MessageAuthor::Advisor, QStringLiteral("Maria M\u00fcller"), body, start.addSecs(minute * 60), id};
}

InquiryEvent ownerChange(qint64 id, const QString &kind, int minute, const QString &note = {})
{
    return {id, kind, QStringLiteral("Maria M\u00fcller"), {}, {}, {}, {}, note, start.addSecs(minute * 60), {}};
}

InquiryNote note(qint64 id, const QString &text, int minute, const QString &author = QStringLiteral("Jonas Weber"))
{
    return {id, author, text, start.addSecs(minute * 60)};
}

} // namespace

// The open thread as rows: in time order, one kind of row each, every row's roles; replies and notes are inserted
// where they belong, the same thread fetched again changes only what changed, another inquiry's thread resets.
// QAbstractItemModelTester watches every change.
class tst_ThreadModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void rowsInTimeOrderWithTheirRoles();
    void replyAndNoteAreInsertedOnce();
    void sameThreadAgainChangesOnlyWhatChanged();
    void anotherInquiryResets();

private:
    std::unique_ptr<ThreadModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ThreadModel::init()
{
    m_model = std::make_unique<ThreadModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_ThreadModel::rowsInTimeOrderWithTheirRoles()
{
    // At minute 5 a reply, a note and a claim at once: the reply caused the claim, the note was written beside it.
    m_model->show(1, {advisor(3, QStringLiteral("Here is how."), 5), customer(2, QStringLiteral("Please help."), 0)},
                  {ownerChange(10, QStringLiteral("claimed"), 5), ownerChange(11, QStringLiteral("a kind from a newer server"), 6)},
                  {note(20, QStringLiteral("Called her."), 5), note(21, QStringLiteral("Old note."), 1, QString())});
    QCOMPARE(m_model->inquiryId(), 1);
    QCOMPARE(m_model->rowCount(), 5); // the unknown kind of event is left out
    QList<Kind> kinds;
    for (int row = 0; row < m_model->rowCount(); ++row)
        kinds << m_model->index(row).data(ThreadModel::KindRole).value<Kind>();
    QCOMPARE(kinds, (QList<Kind>{Kind::Message, Kind::Note, Kind::Message, Kind::Note, Kind::Event}));

    const QModelIndex question = m_model->index(0);
    QCOMPARE(question.data(ThreadModel::AuthorRole).toString(), QStringLiteral("Customer"));
    QCOMPARE(question.data(ThreadModel::FromAdvisorRole).toBool(), false);
    QCOMPARE(question.data(ThreadModel::TextRole).toString(), QStringLiteral("Please help."));
    QCOMPARE(question.data(ThreadModel::TimeRole).toDateTime(), start);
    QCOMPARE(question.data(ThreadModel::IdRole).toLongLong(), 2);
    const QString time = QLocale().toString(start.toLocalTime(), QLocale::ShortFormat);
    QCOMPARE(question.data(ThreadModel::TimeTextRole).toString(), time);
    QCOMPARE(question.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Customer \u00b7 %1\nPlease help.").arg(time));
    QCOMPARE(question.data(Qt::DisplayRole), question.data(Qt::AccessibleTextRole));

    const QModelIndex formerColleague = m_model->index(1);
    QCOMPARE(formerColleague.data(ThreadModel::AuthorRole).toString(), QStringLiteral("A former colleague"));
    QVERIFY(formerColleague.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Internal note \u2013 only advisors see this\n")));
    QCOMPARE(m_model->index(2).data(ThreadModel::AuthorRole).toString(), QStringLiteral("Maria M\u00fcller"));
    QVERIFY(m_model->index(2).data(ThreadModel::FromAdvisorRole).toBool());
    QCOMPARE(m_model->index(4).data(ThreadModel::TextRole).toString(), QStringLiteral("Claimed by Maria M\u00fcller"));
    QVERIFY(m_model->index(4).data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Claimed by Maria M\u00fcller \u00b7 ")));
    QCOMPARE(testing::textsOf(*m_model, Kind::Message), (QStringList{QStringLiteral("Please help."), QStringLiteral("Here is how.")}));
}

// The advisor's reply is one new row at the end, not a new thread: beginInsertRows, no reset. Sent again (the
// answer had been lost), the same message is not a second row.
void tst_ThreadModel::replyAndNoteAreInsertedOnce()
{
    m_model->show(1, {customer(2, QStringLiteral("Please help."), 0)}, {ownerChange(10, QStringLiteral("claimed"), 3)}, {});
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->add(advisor(3, QStringLiteral("Here is how."), 5));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    m_model->add(advisor(3, QStringLiteral("Here is how."), 5));
    QCOMPARE(inserted.size(), 1);
    // A note written at the minute of the claim goes before it (notes before events at one moment).
    m_model->add(note(20, QStringLiteral("Checked her contract."), 3));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowCount(), 4);
}

// The feed said the thread changed: fetched again, it keeps the rows that stayed, inserts the customer's new message,
// updates the event whose note changed and drops the note that went (deleted on the server).
void tst_ThreadModel::sameThreadAgainChangesOnlyWhatChanged()
{
    m_model->show(1, {customer(2, QStringLiteral("Please help."), 0), advisor(3, QStringLiteral("Here is how."), 5)},
                  {ownerChange(10, QStringLiteral("claimed"), 4)}, {note(20, QStringLiteral("Called her."), 6)});
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->show(1, {customer(2, QStringLiteral("Please help."), 0), advisor(3, QStringLiteral("Here is how."), 5),
                      customer(4, QStringLiteral("Thank you!"), 9)},
                  {ownerChange(10, QStringLiteral("claimed"), 4, QStringLiteral("Her usual advisor"))}, {});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<QModelIndex>().row(), 1);
    QCOMPARE(testing::textsOf(*m_model, Kind::Message),
             (QStringList{QStringLiteral("Please help."), QStringLiteral("Here is how."), QStringLiteral("Thank you!")}));
    QCOMPARE(testing::textsOf(*m_model, Kind::Event), QStringList{QStringLiteral("Claimed by Maria M\u00fcller: Her usual advisor")});
    QVERIFY(testing::textsOf(*m_model, Kind::Note).isEmpty());
    // Fetched again without a change: not one signal.
    m_model->show(1, {customer(2, QStringLiteral("Please help."), 0), advisor(3, QStringLiteral("Here is how."), 5),
                      customer(4, QStringLiteral("Thank you!"), 9)},
                  {ownerChange(10, QStringLiteral("claimed"), 4, QStringLiteral("Her usual advisor"))}, {});
    QCOMPARE(inserted.size() + removed.size() + changed.size() + reset.size(), 3);
}

void tst_ThreadModel::anotherInquiryResets()
{
    m_model->show(1, {customer(2, QStringLiteral("Please help."), 0)}, {}, {});
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->show(5, {customer(6, QStringLiteral("My card is blocked."), 0)}, {}, {});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->inquiryId(), 5);
    QCOMPARE(testing::textsOf(*m_model, Kind::Message), QStringList{QStringLiteral("My card is blocked.")});
    m_model->clear();
    QCOMPARE(reset.size(), 2);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->inquiryId(), 0);
}

QTEST_GUILESS_MAIN(tst_ThreadModel)
#include "tst_threadmodel.moc"
