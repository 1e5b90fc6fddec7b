#include "InquiryModel.h"
#include "ManualClock.h"
#include "TestCalendars.h"
#include "WorkViewListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace confidant;
using namespace confidant::client;

namespace {

Inquiry owned(qint64 id, std::optional<qint64> owner, InquiryState state, std::optional<QDateTime> waitingSince, qint64 customerId = 1)
{
    Inquiry i;
    i.id = id;
    i.customerId = customerId;
    i.subject = QStringLiteral("S%1").arg(id);
    i.assignedAdvisorId = owner;
    i.state = state;
    i.waitingSince = waitingSince;
    i.seq = id;
    i.responseTargetMinutes = 24 * 60;
    return i;
}

} // namespace

// The counts beside the views: the same rows as the views show, overdue by the injected clock, counted late
// enough to cost one pass per burst of changes.
class tst_WorkViewListModel : public QObject {
    Q_OBJECT
private slots:
    void countsEachViewAndTheOverdue();
};

void tst_WorkViewListModel::countsEachViewAndTheOverdue()
{
    testing::ManualClock clock;
    const QDateTime now = clock.now();
    InquiryModel inquiries(clock, OpenDurationPolicy(testing::aroundTheClock()));
    WorkViewListModel views(&inquiries, nullptr);
    QAbstractItemModelTester tester(&views, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&views, &WorkViewListModel::countsChanged);
    inquiries.apply({owned(1, std::nullopt, InquiryState::AwaitingAdvisor, now.addSecs(-25 * 3600)),
                     owned(2, std::nullopt, InquiryState::AwaitingAdvisor, now.addSecs(-60)),
                     owned(3, 7, InquiryState::AwaitingAdvisor, now.addSecs(-23 * 3600), 2),
                     owned(4, 7, InquiryState::AwaitingCustomer, std::nullopt, 2), owned(5, 7, InquiryState::Closed, std::nullopt),
                     owned(6, 8, InquiryState::AwaitingAdvisor, now.addDays(-3))});
    QCOMPARE(counted.size(), 0); // not per change
    QTRY_COMPARE(counted.size(), 1);
    views.setScope({7, 2});
    QCOMPARE(views.count(WorkView::TeamQueue), 2);
    QCOMPARE(views.overdue(WorkView::TeamQueue), 1);
    QCOMPARE(views.count(WorkView::Mine), 2);
    QCOMPARE(views.overdue(WorkView::Mine), 0);
    QCOMPARE(views.count(WorkView::CustomerHistory), 2);
    QCOMPARE(views.count(WorkView::Closed), 1);
    QCOMPARE(views.count(WorkView::AllOpen), 5);
    QCOMPARE(views.overdueTotal(), 2);
    QCOMPARE(views.index(int(WorkView::TeamQueue)).data().toString(), QStringLiteral("Team queue (2, 1 overdue)"));
    QCOMPARE(views.index(int(WorkView::Closed)).data().toString(), QStringLiteral("Closed (1)"));
    // Two hours later the one of 23 hours is overdue too (its one midnight counts no minute), without any change
    // to the inquiries.
    clock.advance(2 * 3600);
    views.recount();
    QCOMPARE(views.overdue(WorkView::Mine), 1);
    QCOMPARE(views.overdueTotal(), 3);
    views.setCustomerName(QStringLiteral("Anna Schmidt"));
    QCOMPARE(views.index(int(WorkView::CustomerHistory)).data().toString(), QStringLiteral("History: Anna Schmidt (2, 1 overdue)"));
}

QTEST_GUILESS_MAIN(tst_WorkViewListModel)
#include "tst_workviewlistmodel.moc"
