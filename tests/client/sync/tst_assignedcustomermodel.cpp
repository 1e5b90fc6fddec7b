#include "AssignedCustomerModel.h"
#include "InquiryModel.h"
#include "ManualClock.h"
#include "TestCalendars.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace confidant;
using namespace confidant::client;

namespace {

constexpr qint64 me = 7;
constexpr qint64 colleague = 8;

Inquiry ofCustomer(qint64 id, qint64 customerId, std::optional<qint64> fixedAdvisor, const QDateTime &lastActivity,
                   std::optional<QDateTime> waitingSince, qint64 seq, InquiryState state = InquiryState::AwaitingAdvisor)
{
    Inquiry i;
    i.id = id;
    i.customerId = customerId;
    i.customerName = QStringLiteral("Customer %1").arg(customerId);
    i.subject = QStringLiteral("Inquiry %1").arg(id);
    i.customerFixedAdvisorId = fixedAdvisor;
    i.lastActivityAt = lastActivity;
    i.waitingSince = waitingSince;
    i.state = state;
    i.seq = seq;
    return i;
}

} // namespace

// The advisor's assigned customers, worked out from the inquiries as they change, under the model tester.
class tst_AssignedCustomerModel : public QObject {
    Q_OBJECT
private slots:
    void listsOnlyMyCustomersWithTheirFigures();
    void followsChangesIncrementally();
    void removalsAndAnotherAdvisorRebuild();

private:
    static int rowOfCustomer(const AssignedCustomerModel &model, qint64 customerId);
};

int tst_AssignedCustomerModel::rowOfCustomer(const AssignedCustomerModel &model, qint64 customerId)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.customerAt(row) == customerId)
            return row;
    return -1;
}

void tst_AssignedCustomerModel::listsOnlyMyCustomersWithTheirFigures()
{
    testing::ManualClock clock;
    const QDateTime now = clock.now();
    InquiryModel inquiries(clock, OpenDurationPolicy(testing::aroundTheClock()));
    AssignedCustomerModel model(&inquiries);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAdvisorId(me);
    inquiries.apply({ofCustomer(1, 100, me, now.addDays(-3), now.addSecs(-30 * 3600), 1),
                     ofCustomer(2, 100, me, now.addSecs(-600), now.addSecs(-600), 2),
                     ofCustomer(3, 100, me, now.addDays(-1), std::nullopt, 3, InquiryState::Closed),
                     ofCustomer(4, 200, colleague, now, now, 4), ofCustomer(5, 300, std::nullopt, now, now, 5)});
    QCOMPARE(model.rowCount(), 1);
    const auto cell = [&](int column) { return model.index(0, column); };
    QCOMPARE(cell(AssignedCustomerModel::NameColumn).data().toString(), QStringLiteral("Customer 100"));
    QCOMPARE(cell(AssignedCustomerModel::OpenColumn).data().toInt(), 2);
    const QDateTime lastContact = now.addSecs(-600).toLocalTime();
    QCOMPARE(cell(AssignedCustomerModel::LastContactColumn).data().toString(),
             QLocale().toString(lastContact.date(), QLocale::ShortFormat) + QStringLiteral(", ") + lastContact.time().toString(QStringLiteral("HH:mm")));
    // The oldest waiting open inquiry decides, in the queue's words and colour.
    QCOMPARE(cell(AssignedCustomerModel::WaitingColumn).data().toString(), QStringLiteral("30 h"));
    QCOMPARE(cell(AssignedCustomerModel::WaitingColumn).data(Qt::DecorationRole).value<QColor>(),
             OpenDurationPolicy::colour(OpenDurationPolicy::Level::Overdue));
    QCOMPARE(model.customerName(200), QStringLiteral("Customer 200"));
}

void tst_AssignedCustomerModel::followsChangesIncrementally()
{
    testing::ManualClock clock;
    const QDateTime now = clock.now();
    InquiryModel inquiries(clock, OpenDurationPolicy(testing::aroundTheClock()));
    AssignedCustomerModel model(&inquiries);
    model.setAdvisorId(me);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    inquiries.apply({ofCustomer(1, 100, me, now, now.addSecs(-3600), 1), ofCustomer(2, 200, colleague, now, now, 2)});
    QCOMPARE(model.rowCount(), 1);
    // The customer's newest inquiry says they are mine now: they join the list.
    inquiries.apply({ofCustomer(3, 200, me, now, now.addSecs(-60), 3)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(rowOfCustomer(model, 200), AssignedCustomerModel::OpenColumn).data().toInt(), 2);
    // Answered and then closed: still my customer, with nothing open and nothing waiting.
    inquiries.apply({ofCustomer(1, 100, me, now.addSecs(60), std::nullopt, 4, InquiryState::Closed)});
    const int row = rowOfCustomer(model, 100);
    QCOMPARE(model.index(row, AssignedCustomerModel::OpenColumn).data().toInt(), 0);
    QCOMPARE(model.index(row, AssignedCustomerModel::WaitingColumn).data().toString(), QString());
    // Given to a colleague as fixed advisor: they leave the list.
    inquiries.apply({ofCustomer(3, 200, colleague, now, now.addSecs(-60), 5)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.customerAt(0), qint64(100));
    QCOMPARE(resets.size(), 0);
    // Time passes without a change: the waiting time is read from the clock; 7 of a target's 8 hours warn.
    inquiries.apply({ofCustomer(6, 100, me, now, now, 6)});
    clock.advance(7 * 3600);
    QCOMPARE(model.index(0, AssignedCustomerModel::WaitingColumn).data().toString(), QStringLiteral("7 h"));
    QCOMPARE(model.index(0, 0).data(AssignedCustomerModel::OpenLevelRole).toInt(), int(OpenDurationPolicy::Level::Warning));
}

void tst_AssignedCustomerModel::removalsAndAnotherAdvisorRebuild()
{
    testing::ManualClock clock;
    const QDateTime now = clock.now();
    InquiryModel inquiries(clock, OpenDurationPolicy());
    AssignedCustomerModel model(&inquiries);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    inquiries.apply({ofCustomer(1, 100, me, now, now, 1), ofCustomer(2, 200, me, now, now, 2), ofCustomer(3, 300, colleague, now, now, 3)});
    QCOMPARE(model.rowCount(), 0); // nobody is signed in yet
    model.setAdvisorId(me);
    QCOMPARE(model.rowCount(), 2);
    inquiries.remove({1});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.customerAt(0), qint64(200));
    // The rows after the removed one moved up; a change to one of them still finds its customer.
    inquiries.apply({ofCustomer(3, 300, me, now, now, 4)});
    QCOMPARE(model.rowCount(), 2);
    model.setAdvisorId(colleague);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_AssignedCustomerModel)
#include "tst_assignedcustomermodel.moc"
