#include "DeletionLogModel.h"
#include "DeletionModel.h"
#include "ManualClock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace confidant;
using namespace confidant::client;

// The deletion recommendations as rows: what each column says, and updates in place (kept rows change, gone rows
// go, new ones come), with QAbstractItemModelTester watching every change.
class tst_DeletionModel : public QObject {
    Q_OBJECT
private slots:
    void rowsSayWhatWhyAndHowLongOverdue();
    void aRefreshUpdatesInPlace();
    void theLogSaysWhatByWhomAndWhy();

private:
    static DeletionRecommendation inquiry(qint64 id, const QDateTime &deadline);
    testing::ManualClock m_clock;
};

DeletionRecommendation tst_DeletionModel::inquiry(qint64 id, const QDateTime &deadline)
{
    DeletionRecommendation r;
    r.inquiryId = id;
    r.customerId = 7;
    r.customerName = QStringLiteral("Anna Schmidt");
    r.topicTitle = QStringLiteral("Mortgages");
    r.periodDays = 90;
    r.periodStart = deadline.addDays(-90);
    r.deadline = deadline;
    return r;
}

void tst_DeletionModel::rowsSayWhatWhyAndHowLongOverdue()
{
    DeletionModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DeletionRecommendation account;
    account.policy = DeletionRecommendation::Policy::InactiveAccount;
    account.customerId = 9;
    account.customerName = QStringLiteral("Ben Braun");
    account.periodDays = 730;
    account.deadline = m_clock.now().addSecs(-5 * 3600);
    account.inquiryCount = 3;
    model.setRecommendations({inquiry(4, m_clock.now().addDays(-3)), account});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, DeletionModel::WhatColumn).data().toString(), QStringLiteral("Inquiry 4 (Mortgages)"));
    QCOMPARE(model.index(0, DeletionModel::PolicyColumn).data().toString(), QStringLiteral("Topic keeps closed inquiries 90 days"));
    QCOMPARE(model.index(0, DeletionModel::OverdueColumn).data().toString(), QStringLiteral("3 days"));
    QCOMPARE(model.index(1, DeletionModel::WhatColumn).data().toString(), QStringLiteral("Account with 3 inquiries"));
    QCOMPARE(model.index(1, DeletionModel::PolicyColumn).data().toString(), QStringLiteral("Account kept 730 days after the last sign-in"));
    QCOMPARE(model.index(1, DeletionModel::OverdueColumn).data().toString(), QStringLiteral("5 hours"));
    QCOMPARE(model.index(1, 0).data(DeletionModel::CustomerIdRole).toLongLong(), 9);
    // Where the client knows the inquiry, its subject names it.
    model.setSubjectLookup([](qint64 id) { return id == 4 ? QStringLiteral("Fixed rate after ten years") : QString(); });
    QCOMPARE(model.index(0, DeletionModel::WhatColumn).data().toString(), QStringLiteral("Fixed rate after ten years (Mortgages)"));
    // Overdue counts on the clock, without a refresh.
    m_clock.advance(24 * 3600);
    QCOMPARE(model.index(0, DeletionModel::OverdueColumn).data().toString(), QStringLiteral("4 days"));
}

void tst_DeletionModel::aRefreshUpdatesInPlace()
{
    DeletionModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime due = m_clock.now().addDays(-1);
    model.setRecommendations({inquiry(1, due), inquiry(2, due), inquiry(3, due)});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    DeletionRecommendation postponed = inquiry(3, due);
    postponed.postponedUntil = due;
    model.setRecommendations({inquiry(1, due), postponed, inquiry(5, due)});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, 0).data(DeletionModel::InquiryIdRole).toLongLong(), 3);
    QVERIFY(model.index(1, DeletionModel::PolicyColumn).data().toString().endsWith(QLatin1String("postponed before")));
    model.setRecommendations({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_DeletionModel::theLogSaysWhatByWhomAndWhy()
{
    DeletionLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DeletionLogEntry byCustomer;
    byCustomer.kind = DeletionLogEntry::Kind::Account;
    byCustomer.customerId = 9;
    byCustomer.inquiryCount = 3;
    byCustomer.policy = QStringLiteral("customer_request");
    byCustomer.at = m_clock.now();
    DeletionLogEntry swept;
    swept.kind = DeletionLogEntry::Kind::Inquiry;
    swept.inquiryId = 4;
    swept.messageCount = 2;
    swept.policy = QStringLiteral("closed_inquiry");
    swept.automatic = true;
    swept.at = m_clock.now();
    DeletionLogEntry hold;
    hold.kind = DeletionLogEntry::Kind::LegalHold;
    hold.inquiryId = 5;
    hold.advisorName = QStringLiteral("Maria M\u00fcller");
    hold.reasonKind = PostponementReason::LegalObligation;
    hold.at = m_clock.now();
    log.setEntries({byCustomer, swept, hold});
    QCOMPARE(log.rowCount(), 3);
    QCOMPARE(log.index(0, DeletionLogModel::WhatColumn).data().toString(), QStringLiteral("Account of customer 9 deleted (3 inquiries)"));
    QCOMPARE(log.index(0, DeletionLogModel::ByColumn).data().toString(), QStringLiteral("The customer"));
    QCOMPARE(log.index(1, DeletionLogModel::WhatColumn).data().toString(), QStringLiteral("Inquiry 4 deleted (2 messages)"));
    QCOMPARE(log.index(1, DeletionLogModel::ByColumn).data().toString(), QStringLiteral("Automatic deletion"));
    QCOMPARE(log.index(2, DeletionLogModel::WhatColumn).data().toString(), QStringLiteral("Inquiry 5 kept under a legal hold"));
    QCOMPARE(log.index(2, DeletionLogModel::WhyColumn).data().toString(), QStringLiteral("A legal obligation to keep it"));
}

QTEST_GUILESS_MAIN(tst_DeletionModel)
#include "tst_deletionmodel.moc"
