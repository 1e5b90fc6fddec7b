#include "InquiryModel.h"
#include "ManualClock.h"
#include "TestCalendars.h"
#include "QueueFilterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace confidant;
using namespace confidant::client;

namespace {

Inquiry inquiry(qint64 id, const QString &subject, std::optional<QDateTime> waitingSince, qint64 seq,
                InquiryState state = InquiryState::AwaitingAdvisor)
{
    Inquiry i;
    i.id = id;
    i.subject = subject;
    i.customerName = QStringLiteral("customer%1@example.de").arg(id);
    i.topicTitle = QStringLiteral("Pensions");
    i.topicKey = QStringLiteral("pension");
    i.state = state;
    i.waitingSince = waitingSince;
    i.seq = seq;
    return i;
}

QStringList subjectsOf(const QAbstractItemModel &queue)
{
    QStringList list;
    for (int row = 0; row < queue.rowCount(); ++row)
        list << queue.index(row, 0).data().toString();
    return list;
}

} // namespace

class tst_InquiryModel : public QObject {
    Q_OBJECT
private slots:
    void appliesIncrementallyWithoutReset();
    void ignoresOlderStates();
    void openLevelFollowsTheClock_data();
    void openLevelFollowsTheClock();
    void queueFilterShowsOpenOnlyLongestFirst();
    void inquiriesThatLeftTheScopeAreDropped();
    void queueFollowsChangesAndSorts();
    void pinnedInquiryStaysWhileWorkedOn();
    void largeBatchesKeepTheOrder();
    void viewsShowTheirRows();
    void urgencyOrderFollowsTheLevel();
    void durationText_data();
    void durationText();
};

void tst_InquiryModel::appliesIncrementallyWithoutReset()
{
    testing::ManualClock clock;
    InquiryModel model(clock, OpenDurationPolicy());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.apply({inquiry(1, QStringLiteral("A"), clock.now(), 1), inquiry(2, QStringLiteral("B"), clock.now(), 2)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 1);
    model.apply({inquiry(2, QStringLiteral("B answered"), std::nullopt, 3, InquiryState::AwaitingCustomer), inquiry(3, QStringLiteral("C"), clock.now(), 4)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(model.index(1, InquiryModel::SubjectColumn).data().toString(), QStringLiteral("B answered"));
    QCOMPARE(model.index(1, InquiryModel::StateColumn).data().toString(), QStringLiteral("Answered"));
    QCOMPARE(model.index(1, InquiryModel::OpenForColumn).data().toString(), QString());
    QCOMPARE(resets.size(), 0);
}

void tst_InquiryModel::ignoresOlderStates()
{
    testing::ManualClock clock;
    InquiryModel model(clock, OpenDurationPolicy());
    model.apply({inquiry(1, QStringLiteral("new"), clock.now(), 9)});
    model.apply({inquiry(1, QStringLiteral("old"), clock.now(), 3)});
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("new"));
}

void tst_InquiryModel::openLevelFollowsTheClock_data()
{
    QTest::addColumn<qint64>("minutesLater");
    QTest::addColumn<int>("level");
    // A 4-hour target: a warning from three quarters of it; answered exactly at the target is on time.
    QTest::newRow("just now") << qint64(0) << int(OpenDurationPolicy::Level::Fresh);
    QTest::newRow("179 minutes") << qint64(179) << int(OpenDurationPolicy::Level::Fresh);
    QTest::newRow("exactly 3 h") << qint64(180) << int(OpenDurationPolicy::Level::Warning);
    QTest::newRow("exactly 4 h") << qint64(240) << int(OpenDurationPolicy::Level::Warning);
    QTest::newRow("4 h 1 min") << qint64(241) << int(OpenDurationPolicy::Level::Overdue);
    QTest::newRow("3 days") << qint64(3 * 24 * 60) << int(OpenDurationPolicy::Level::Overdue);
}

void tst_InquiryModel::openLevelFollowsTheClock()
{
    QFETCH(qint64, minutesLater);
    QFETCH(int, level);
    testing::ManualClock clock;
    InquiryModel model(clock, OpenDurationPolicy(testing::aroundTheClock()));
    Inquiry fourHours = inquiry(1, QStringLiteral("A"), clock.now(), 1);
    fourHours.responseTargetMinutes = 240;
    model.apply({fourHours});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    clock.advance(minutesLater * 60);
    // Read when painted: time passing costs no signal for 100,000 rows, the view repaints what it shows.
    QCOMPARE(changed.size(), 0);
    const QModelIndex cell = model.index(0, InquiryModel::OpenForColumn);
    QCOMPARE(cell.data(InquiryModel::OpenLevelRole).toInt(), level);
    QCOMPARE(cell.data(Qt::DecorationRole).value<QColor>(), OpenDurationPolicy::colour(OpenDurationPolicy::Level(level)));
}

// The feed's `removed`: inquiries sent to another team or taken by a colleague leave the model and the queue,
// and the rows after them keep answering for their own inquiries.
void tst_InquiryModel::inquiriesThatLeftTheScopeAreDropped()
{
    testing::ManualClock clock;
    InquiryModel model(clock, OpenDurationPolicy());
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.apply({inquiry(1, QStringLiteral("one"), clock.now().addSecs(-60), 1), inquiry(2, QStringLiteral("two"), clock.now().addSecs(-120), 2),
                 inquiry(3, QStringLiteral("three"), clock.now().addSecs(-180), 3), inquiry(4, QStringLiteral("four"), clock.now().addSecs(-240), 4)});
    QueueFilterModel queue;
    QAbstractItemModelTester queueTester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    queue.setSourceModel(&model);
    model.remove({2, 99, 4, 2});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.inquiry(2) && !model.inquiry(4));
    QCOMPARE(model.inquiry(3)->subject, QStringLiteral("three"));
    QCOMPARE(model.at(model.rowOf(3)).subject, QStringLiteral("three"));
    QCOMPARE(queue.rowCount(), 2);
    QCOMPARE(queue.index(0, 0).data().toString(), QStringLiteral("three"));
    QCOMPARE(queue.index(1, 0).data().toString(), QStringLiteral("one"));
    model.apply({inquiry(2, QStringLiteral("two is back"), clock.now().addSecs(-600), 9)});
    QCOMPARE(queue.index(0, 0).data().toString(), QStringLiteral("two is back"));
}

void tst_InquiryModel::queueFilterShowsOpenOnlyLongestFirst()
{
    testing::ManualClock clock;
    InquiryModel model(clock, OpenDurationPolicy());
    model.apply({inquiry(1, QStringLiteral("recent"), clock.now().addSecs(-60), 1),
                 inquiry(2, QStringLiteral("answered"), std::nullopt, 2, InquiryState::AwaitingCustomer),
                 inquiry(3, QStringLiteral("oldest"), clock.now().addDays(-2), 3),
                 inquiry(4, QStringLiteral("middle"), clock.now().addSecs(-7200), 4)});
    QueueFilterModel queue;
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    queue.setSourceModel(&model);
    QCOMPARE(queue.rowCount(), 3);
    QCOMPARE(queue.index(0, 0).data().toString(), QStringLiteral("oldest"));
    QCOMPARE(queue.index(1, 0).data().toString(), QStringLiteral("middle"));
    QCOMPARE(queue.index(2, 0).data().toString(), QStringLiteral("recent"));
    queue.setOpenOnly(false);
    QCOMPARE(queue.rowCount(), 4);
    queue.setText(QStringLiteral("MID"));
    QCOMPARE(queue.rowCount(), 1);
    queue.setText(QStringLiteral("customer3@"));
    QCOMPARE(queue.index(0, 0).data().toString(), QStringLiteral("oldest"));
    queue.setText(QString());
    queue.setOpenOnly(true);
    model.apply({inquiry(5, QStringLiteral("brand new"), clock.now(), 5)});
    QCOMPARE(queue.rowCount(), 4);
    QCOMPARE(queue.index(3, 0).data().toString(), QStringLiteral("brand new"));
}

// Changes that move a row, show it or hide it, and sorting by each column, under the model tester.
void tst_InquiryModel::queueFollowsChangesAndSorts()
{
    testing::ManualClock clock;
    InquiryModel model(clock, OpenDurationPolicy());
    QueueFilterModel queue;
    queue.setSourceModel(&model);
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto subjects = [&] { return subjectsOf(queue); };
    model.apply({inquiry(1, QStringLiteral("b"), clock.now().addSecs(-60), 1), inquiry(2, QStringLiteral("a"), clock.now().addSecs(-120), 2),
                 inquiry(3, QStringLiteral("C"), clock.now().addSecs(-180), 3)});
    QCOMPARE(subjects(), (QStringList{QStringLiteral("C"), QStringLiteral("a"), QStringLiteral("b")}));
    QPersistentModelIndex selected = queue.index(1, 0); // "a"
    // "b" waits longer now (an older unanswered message): it moves to the top; the persistent index follows "a".
    model.apply({inquiry(1, QStringLiteral("b"), clock.now().addSecs(-600), 4)});
    QCOMPARE(subjects(), (QStringList{QStringLiteral("b"), QStringLiteral("C"), QStringLiteral("a")}));
    QCOMPARE(selected.data().toString(), QStringLiteral("a"));
    // Answered: it leaves the open queue; a new customer message brings it back.
    model.apply({inquiry(3, QStringLiteral("C"), std::nullopt, 5, InquiryState::AwaitingCustomer)});
    QCOMPARE(subjects(), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    model.apply({inquiry(3, QStringLiteral("C"), clock.now(), 6)});
    QCOMPARE(subjects(), (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("C")}));
    queue.sort(InquiryModel::SubjectColumn, Qt::AscendingOrder);
    QCOMPARE(subjects(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("C")})); // case-insensitive
    QCOMPARE(selected.data().toString(), QStringLiteral("a"));
    queue.sort(InquiryModel::SubjectColumn, Qt::DescendingOrder);
    QCOMPARE(subjects(), (QStringList{QStringLiteral("C"), QStringLiteral("b"), QStringLiteral("a")}));
    queue.sort(InquiryModel::CustomerColumn, Qt::AscendingOrder);
    QCOMPARE(subjects(), (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("C")})); // customer1, 2, 3
    queue.setText(QStringLiteral("c"));
    QCOMPARE(subjects(), (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("C")})); // every customer name has a c
    queue.setText(QStringLiteral("customer3"));
    QCOMPARE(subjects(), QStringList{QStringLiteral("C")});
    QVERIFY(!selected.isValid());
    queue.setText(QStringLiteral("PENSIONS"));
    QCOMPARE(queue.rowCount(), 3);
}

void tst_InquiryModel::pinnedInquiryStaysWhileWorkedOn()
{
    testing::ManualClock clock;
    InquiryModel model(clock, OpenDurationPolicy());
    QueueFilterModel queue;
    queue.setSourceModel(&model);
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.apply({inquiry(1, QStringLiteral("one"), clock.now(), 1), inquiry(2, QStringLiteral("two"), clock.now(), 2)});
    queue.setPinnedInquiry(1);
    model.apply({inquiry(1, QStringLiteral("one"), std::nullopt, 3, InquiryState::AwaitingCustomer)});
    QCOMPARE(queue.rowCount(), 2);
    queue.setText(QStringLiteral("two"));
    QCOMPARE(queue.rowCount(), 1); // the search still applies to it
    queue.setText(QString());
    QCOMPARE(queue.rowCount(), 2);
    queue.setPinnedInquiry(2);
    QCOMPARE(queue.rowCount(), 1);
    QCOMPARE(queue.index(0, 0).data().toString(), QStringLiteral("two"));
}

// Pages of a first sync arrive in change order, not in the queue's order; whatever the batch size, the result is
// the order a full sort gives.
void tst_InquiryModel::largeBatchesKeepTheOrder()
{
    testing::ManualClock clock;
    InquiryModel model(clock, OpenDurationPolicy());
    QueueFilterModel queue;
    queue.setSourceModel(&model);
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    qint64 id = 0;
    for (int batch : {1, 40, 500, 3, 700}) {
        QList<Inquiry> page;
        for (int i = 0; i < batch; ++i) {
            ++id;
            const bool open = id % 3 != 0;
            page.append(inquiry(id, QStringLiteral("S%1").arg((id * 7919) % 1000), open ? std::optional(clock.now().addSecs(-((id * 104729) % 100000))) : std::nullopt,
                                id, open ? InquiryState::AwaitingAdvisor : InquiryState::AwaitingCustomer));
        }
        model.apply(page);
    }
    int open = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        open += model.index(row, 0).data(InquiryModel::StateRole).toInt() == int(InquiryState::AwaitingAdvisor);
    QCOMPARE(queue.rowCount(), open);
    for (int row = 1; row < queue.rowCount(); ++row)
        QVERIFY(queue.index(row - 1, 0).data(InquiryModel::WaitingSinceRole).toDateTime() <= queue.index(row, 0).data(InquiryModel::WaitingSinceRole).toDateTime());
    queue.setOpenOnly(false);
    QCOMPARE(queue.rowCount(), model.rowCount());
}

// Each working view is a filter of the same proxy; switching keeps the model tester content and lets the pin go.
void tst_InquiryModel::viewsShowTheirRows()
{
    testing::ManualClock clock;
    InquiryModel model(clock, OpenDurationPolicy());
    QueueFilterModel queue;
    queue.setSourceModel(&model);
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Inquiry mine = inquiry(1, QStringLiteral("mine"), clock.now(), 1);
    mine.assignedAdvisorId = 7;
    Inquiry answered = inquiry(2, QStringLiteral("mine answered"), std::nullopt, 2, InquiryState::AwaitingCustomer);
    answered.assignedAdvisorId = 7;
    Inquiry closed = inquiry(3, QStringLiteral("closed"), std::nullopt, 3, InquiryState::Closed);
    closed.customerId = 42;
    Inquiry queued = inquiry(4, QStringLiteral("queued"), clock.now(), 4);
    queued.customerId = 42;
    model.apply({mine, answered, closed, queued});
    const auto subjects = [&] {
        QStringList list = subjectsOf(queue);
        list.sort();
        return list;
    };
    queue.setOpenOnly(false);
    queue.setView(WorkView::TeamQueue, {7, 0});
    QCOMPARE(subjects(), QStringList{QStringLiteral("queued")});
    queue.setView(WorkView::Mine, {7, 0});
    QCOMPARE(subjects(), (QStringList{QStringLiteral("mine"), QStringLiteral("mine answered")}));
    queue.setOpenOnly(true);
    QCOMPARE(subjects(), QStringList{QStringLiteral("mine")});
    queue.setView(WorkView::Closed, {7, 0});
    QCOMPARE(subjects(), QStringList{QStringLiteral("closed")}); // "only waiting for us" does not apply here
    queue.setView(WorkView::CustomerHistory, {7, 42});
    QCOMPARE(subjects(), (QStringList{QStringLiteral("closed"), QStringLiteral("queued")}));
    queue.setText(QStringLiteral("que"));
    QCOMPARE(subjects(), QStringList{QStringLiteral("queued")});
    queue.setText({});
    queue.setView(WorkView::Mine, {0, 0});
    QCOMPARE(queue.rowCount(), 0); // nobody is "me" before the server said who is signed in
    // Claimed by me while I work on it in the team queue: it stays until I choose another.
    queue.setView(WorkView::TeamQueue, {7, 0});
    queue.setPinnedInquiry(4);
    queued.assignedAdvisorId = 7;
    queued.seq = 5;
    model.apply({queued});
    QCOMPARE(subjects(), QStringList{QStringLiteral("queued")});
    queue.setView(WorkView::Closed, {7, 0});
    queue.setView(WorkView::TeamQueue, {7, 0});
    QCOMPARE(queue.rowCount(), 0);
}

// Urgency: the level against each topic's target first, then the longest waiting, so a younger overdue inquiry
// of a topic with a short target comes before an older fresh one of a topic with a long target.
void tst_InquiryModel::urgencyOrderFollowsTheLevel()
{
    testing::ManualClock clock;
    InquiryModel model(clock, OpenDurationPolicy(testing::aroundTheClock()));
    QueueFilterModel queue;
    queue.setSourceModel(&model);
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Inquiry shortTarget = inquiry(1, QStringLiteral("half an hour, 20-minute target"), clock.now().addSecs(-1800), 1);
    shortTarget.responseTargetMinutes = 20;
    Inquiry longTarget = inquiry(3, QStringLiteral("ninety minutes, 8-hour target"), clock.now().addSecs(-5400), 3);
    model.apply({shortTarget, inquiry(2, QStringLiteral("answered"), std::nullopt, 2, InquiryState::AwaitingCustomer), longTarget});
    queue.setOpenOnly(false);
    QCOMPARE(queue.sortColumn(), int(InquiryModel::OpenForColumn));
    QCOMPARE(subjectsOf(queue), (QStringList{shortTarget.subject, longTarget.subject, QStringLiteral("answered")}));
    // Levels are looked at again when time has passed, not on every comparison.
    QSignalSpy layouts(&queue, &QAbstractItemModel::layoutChanged);
    clock.advance(60);
    queue.refreshUrgency();
    QCOMPARE(layouts.size(), 0); // no level changed: nothing moves
    // 8 hours and a minute after the older one's customer wrote, both are overdue: the longer waiting comes first.
    clock.advance(390 * 60);
    queue.refreshUrgency();
    QCOMPARE(layouts.size(), 1);
    QCOMPARE(subjectsOf(queue), (QStringList{longTarget.subject, shortTarget.subject, QStringLiteral("answered")}));
    QCOMPARE(queue.index(0, 0).data(InquiryModel::OpenLevelRole).toInt(), int(OpenDurationPolicy::Level::Overdue));
}

void tst_InquiryModel::durationText_data()
{
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<QString>("text");
    QTest::newRow("minutes") << qint64(25) << QStringLiteral("25 min");
    QTest::newRow("hours and minutes") << qint64(200) << QStringLiteral("3 h 20 min");
    QTest::newRow("whole hours") << qint64(120) << QStringLiteral("2 h");
    QTest::newRow("days") << qint64(3 * 24 * 60 + 30) << QStringLiteral("3 days");
}

void tst_InquiryModel::durationText()
{
    QFETCH(qint64, minutes);
    QFETCH(QString, text);
    const QDateTime now(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    QCOMPARE(OpenDurationPolicy::durationText(now.addSecs(-minutes * 60), now), text);
    QCOMPARE(OpenDurationPolicy::durationText(std::nullopt, now), QString());
}

QTEST_GUILESS_MAIN(tst_InquiryModel)
#include "tst_inquirymodel.moc"
