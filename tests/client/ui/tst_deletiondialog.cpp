#include "DeletionDialog.h"
#include "DeletionLogDialog.h"
#include "DeletionLogModel.h"
#include "DeletionModel.h"
#include "DeletionQueue.h"
#include "ManualClock.h"
#include "PostponeDialog.h"
#include "Workstation.h"
#include "store/RetentionPolicyStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace confidant;
using namespace confidant::client;

using testing::maria;
using testing::saveScreenshot;
using testing::Workstation;

// The deletion recommendations from the advisor's window against the real API, and the deletion log.
class tst_DeletionDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void deletionRecommendationsAreDeletedOrPostponed();
    void onlyALeadIsOfferedALegalHold();

private:
    static std::optional<bool> holdOfferedFrom(DeletionDialog *dialog);

    std::unique_ptr<testing::ApiTestServer> m_server;
    std::unique_ptr<testing::ManualClock> m_clock;
    std::unique_ptr<Workstation> m_main;
};

void tst_DeletionDialog::initTestCase()
{
    m_server = std::make_unique<testing::ApiTestServer>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->errorString()));
    m_clock = std::make_unique<testing::ManualClock>(QDateTime::currentDateTimeUtc());
    m_main = std::make_unique<Workstation>(*m_server, *m_clock, maria(m_server->url(), m_clock->now().addDays(365)));
    QTRY_COMPARE_WITH_TIMEOUT(m_main->sync->state(), SyncEngine::State::Live, 10000);
}

// The deletion view's way to the API and back: the server's recommendations with their count beside the views,
// a postponement that takes one off the list, and a deletion that reaches the queue through the feed.
void tst_DeletionDialog::deletionRecommendationsAreDeletedOrPostponed()
{
    // The test server decides what is due on its real clock, a little after the client's: closed well before either.
    const QDateTime now = m_clock->now();
    const qint64 old = m_server->writeInquiry(QStringLiteral("Pension statement 2024"), now.addDays(-60));
    const qint64 disputed = m_server->writeInquiryAs(QStringLiteral("Jonas Weber"), QStringLiteral("Contract dispute"), now.addDays(-50));
    QVERIFY(m_server->close(old, now.addDays(-40)));
    QVERIFY(m_server->close(disputed, now.addDays(-31)));
    QVERIFY(server::RetentionPolicyStore(m_server->database()).setTopicRetention(QStringLiteral("pension"), 30));
    QTRY_VERIFY_WITH_TIMEOUT(m_main->inquiries->rowOf(old) >= 0 && m_main->inquiries->rowOf(disputed) >= 0, 10000);

    auto *queue = new DeletionQueue(m_main->api.get(), *m_clock, m_main->window.get());
    queue->nameInquiriesFrom(m_main->inquiries.get());
    m_main->window->setDeletions(queue);
    queue->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(queue->count(), 2, 10000);
    auto *badge = m_main->window->findChild<QPushButton *>(QStringLiteral("deletionRecommendations"));
    QVERIFY(badge && badge->isVisible());
    QCOMPARE(badge->text(), QStringLiteral("Deletion recommendations (2)"));
    DeletionDialog *dialog = m_main->window->showDeletions();
    QVERIFY(dialog);
    const QAbstractItemModel *model = dialog->table()->model();
    QCOMPARE(model->index(0, DeletionModel::WhatColumn).data(DeletionModel::InquiryIdRole).toLongLong(), old); // longest overdue first
    QCOMPARE(model->index(0, DeletionModel::OverdueColumn).data().toString(), QStringLiteral("10 days"));
    QVERIFY2(model->index(0, DeletionModel::WhatColumn).data().toString().endsWith(QLatin1String(" (Pension plans)"))
                 && !model->index(0, DeletionModel::WhatColumn).data().toString().startsWith(QLatin1String("Inquiry ")),
             qPrintable(model->index(0, DeletionModel::WhatColumn).data().toString())); // named by its subject
    QCOMPARE(model->index(1, DeletionModel::CustomerColumn).data().toString(), QStringLiteral("Jonas Weber"));
    QVERIFY(dialog->confirmationText(2).contains(QLatin1String("Deletion is final")));
    dialog->table()->selectRow(0);
    saveScreenshot(dialog, QStringLiteral("advisor-deletions.png"));
    // As the window opens it: Maria leads no team and is offered no legal hold; as a lead she is.
    QCOMPARE(holdOfferedFrom(dialog), std::optional<bool>(false));
    dialog->close();
    const QDateTime expires = m_clock->now().addDays(365);
    m_main->window->setAccount(maria(m_server->url(), expires, 0, true));
    dialog = m_main->window->showDeletions();
    dialog->table()->selectRow(0);
    QCOMPARE(holdOfferedFrom(dialog), std::optional<bool>(true));
    m_main->window->setAccount(maria(m_server->url(), expires));
    const QString oldSubject = model->index(0, DeletionModel::WhatColumn).data().toString();

    queue->postpone(disputed, {now.addDays(10), PostponementReason::OpenMatter, QStringLiteral("Legal department reviews the dispute")});
    QTRY_COMPARE_WITH_TIMEOUT(queue->count(), 1, 10000);
    QCOMPARE(badge->text(), QStringLiteral("Deletion recommendations (1)"));
    queue->confirm({0});
    QTRY_COMPARE_WITH_TIMEOUT(queue->count(), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_main->inquiries->rowOf(old), -1, 10000); // the feed's removed id
    QVERIFY(m_main->inquiries->rowOf(disputed) >= 0);
    // The log says what happened, by whom, and not what the inquiry said.
    DeletionLogDialog *log = dialog->showLog();
    QTRY_COMPARE_WITH_TIMEOUT(log->table()->model()->rowCount(), 2, 10000);
    const QAbstractItemModel *entries = log->table()->model();
    QCOMPARE(entries->index(0, DeletionLogModel::WhatColumn).data().toString(), QStringLiteral("Inquiry %1 deleted (1 message)").arg(old));
    QCOMPARE(entries->index(0, DeletionLogModel::ByColumn).data().toString(), QStringLiteral("Maria M\u00fcller"));
    QCOMPARE(entries->index(0, DeletionLogModel::WhyColumn).data().toString(), QStringLiteral("Retention period of the topic passed"));
    QVERIFY(entries->index(1, DeletionLogModel::WhatColumn).data().toString().startsWith(QStringLiteral("Deletion of inquiry %1 postponed until").arg(disputed)));
    // The kind of reason, not the words typed: those stay with the inquiry (audit 8).
    QCOMPARE(entries->index(1, DeletionLogModel::WhyColumn).data().toString(), QStringLiteral("The matter is not settled yet"));
    for (int row = 0; row < entries->rowCount(); ++row)
        for (int column = 0; column < entries->columnCount(); ++column)
            QVERIFY(!entries->index(row, column).data().toString().contains(oldSubject.section(QLatin1String(" ("), 0, 0)));
    saveScreenshot(log, QStringLiteral("advisor-deletion-log.png"));
    log->close();
    dialog->close();
    QVERIFY(server::RetentionPolicyStore(m_server->database()).setTopicRetention(QStringLiteral("pension"), std::nullopt));
}

// Clicks "Postpone…" and looks at the modal dialog it opens (then cancels it): whether it offers a legal hold; none
// when no such dialog opened.
std::optional<bool> tst_DeletionDialog::holdOfferedFrom(DeletionDialog *dialog)
{
    bool offered = false;
    bool seen = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *postpone = qobject_cast<PostponeDialog *>(QApplication::activeModalWidget());
        if (!postpone)
            return;
        seen = true;
        offered = postpone->findChild<QCheckBox *>()->isVisibleTo(postpone);
        postpone->reject();
    });
    poll.start(20);
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("&Postpone\u2026"))
            button->click();
    }
    return seen ? std::optional<bool>(offered) : std::nullopt;
}

// The server lets only a lead of the inquiry's team set a legal hold (audit 6): nobody else is offered one.
void tst_DeletionDialog::onlyALeadIsOfferedALegalHold()
{
    for (const bool lead : {false, true}) {
        PostponeDialog dialog(QStringLiteral("inquiry 1 of Anna Schmidt"), lead, *m_clock);
        auto *hold = dialog.findChild<QCheckBox *>();
        QVERIFY(hold);
        QCOMPARE(hold->isVisibleTo(&dialog), lead);
        QVERIFY(dialog.until().has_value());
        if (lead) {
            hold->setChecked(true);
            QVERIFY(!dialog.until().has_value());
        }
    }
}

QTEST_MAIN(tst_DeletionDialog)
#include "tst_deletiondialog.moc"
