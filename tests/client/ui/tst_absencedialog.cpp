#include "AbsenceDialog.h"
#include "AbsenceModel.h"
#include "ManualClock.h"
#include "TransferDialog.h"
#include "Workstation.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace confidant;
using namespace confidant::client;

using testing::maria;
using testing::saveScreenshot;
using testing::Workstation;

// Absences from the advisor's window against the real API: their own, a lead's for a colleague, what the server
// refuses, and who is absent when an inquiry is transferred.
class tst_AbsenceDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void settingAndEndingOwnAbsence();
    void leadSetsAColleaguesAbsence();
    void transferDialogSaysWhoIsAbsent();

private:
    AbsenceDialog *openAbsenceDialog();
    void closeAbsenceDialog(AbsenceDialog *dialog);
    void waitUntilServerSeesLead(bool lead);
    AdvisorAccount account(bool teamLead) const;

    std::unique_ptr<testing::ApiTestServer> m_server;
    std::unique_ptr<testing::ManualClock> m_clock;
    std::unique_ptr<Workstation> m_main;
};

void tst_AbsenceDialog::initTestCase()
{
    m_server = std::make_unique<testing::ApiTestServer>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->errorString()));
    m_clock = std::make_unique<testing::ManualClock>(QDateTime::currentDateTimeUtc());
    m_main = std::make_unique<Workstation>(*m_server, *m_clock, maria(m_server->url(), m_clock->now().addDays(365)));
    QTRY_COMPARE_WITH_TIMEOUT(m_main->sync->state(), SyncEngine::State::Live, 10000);
}

AbsenceDialog *tst_AbsenceDialog::openAbsenceDialog()
{
    QAction *open = nullptr;
    for (QAction *menu : m_main->window->menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions())
            open = action->text() == QStringLiteral("&Absence\u2026") ? action : open;
    }
    if (!open)
        return nullptr;
    open->trigger();
    auto *dialog = m_main->window->findChild<AbsenceDialog *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void tst_AbsenceDialog::closeAbsenceDialog(AbsenceDialog *dialog)
{
    dialog->close();
    QTRY_VERIFY(!m_main->window->findChild<AbsenceDialog *>());
}

// A lead's rights come from the server's view of the advisor, which it keeps for a moment: wait until it has changed.
void tst_AbsenceDialog::waitUntilServerSeesLead(bool lead)
{
    std::optional<bool> seen;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        if (seen == lead)
            return true;
        seen.reset();
        m_main->api->me([&seen](const ApiResult<AdvisorProfile> &result) {
            const auto *profile = std::get_if<AdvisorProfile>(&result);
            seen = profile && profile->teamLead;
        });
        return QTest::qWaitFor([&seen] { return seen.has_value(); }, 5000) && seen == lead;
    })(), 10000);
}

AdvisorAccount tst_AbsenceDialog::account(bool teamLead) const
{
    return maria(m_server->url(), m_clock->now().addDays(365), m_server->advisorId(), teamLead);
}

// From the Account menu: the advisor sets their own absence, sees it in the team's list, is told what the server
// refused, and ends it with "I'm back".
void tst_AbsenceDialog::settingAndEndingOwnAbsence()
{
    m_main->window->setAccount(account(false));
    AbsenceDialog *dialog = openAbsenceDialog();
    QVERIFY(dialog);
    auto *advisor = dialog->findChild<QComboBox *>();
    auto *from = dialog->findChildren<QDateTimeEdit *>().value(0);
    auto *to = dialog->findChildren<QDateTimeEdit *>().value(1);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("absenceError"));
    auto *done = dialog->findChild<QLabel *>(QStringLiteral("absenceDone"));
    QPushButton *set = nullptr;
    QPushButton *back = nullptr;
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        set = button->text() == QStringLiteral("&Set absence") ? button : set;
        back = button->text() == QStringLiteral("I'm &back") ? button : back;
    }
    QVERIFY(advisor && from && to && error && done && set && back);
    QVERIFY2(advisor->isHidden(), "only a lead chooses whose absence it is");
    QVERIFY(!back->isEnabled());

    // The end before the start: the server says why, in the dialog, and nothing is stored.
    const QDateTime start = m_clock->now().toLocalTime();
    from->setDateTime(start.addDays(2));
    to->setDateTime(start.addDays(1));
    QTest::mouseClick(set, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QCOMPARE(error->text(), QStringLiteral("The absence must end after it starts."));
    QCOMPARE(dialog->table()->model()->rowCount(), 0);

    from->setDateTime(start.addSecs(-3600));
    to->setDateTime(start.addDays(3));
    QTest::mouseClick(set, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->table()->model()->rowCount(), 1, 10000);
    QAbstractItemModel *list = dialog->table()->model();
    QCOMPARE(list->index(0, AbsenceModel::AdvisorColumn).data().toString(), QStringLiteral("Maria M\u00fcller"));
    QCOMPARE(list->index(0, AbsenceModel::StatusColumn).data().toString(), QStringLiteral("Away now"));
    QCOMPARE(list->index(0, AbsenceModel::UntilColumn).data().toString(), AbsenceModel::timeText(to->dateTime(), m_clock->now()));
    QVERIFY(!error->isVisible() && done->isVisible());
    QVERIFY2(done->text().startsWith(QLatin1String("You are away from")), qPrintable(done->text()));
    QSqlQuery stored(m_server->database().connection());
    stored.prepare(QStringLiteral("SELECT ends_at FROM advisor_absences WHERE advisor_id = ? AND ends_at > now()"));
    stored.addBindValue(m_server->advisorId());
    QVERIFY(stored.exec() && stored.next());
    QCOMPARE(stored.value(0).toDateTime().toUTC(), to->dateTime().toUTC());

    QVERIFY(back->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 0, 10000);
    QVERIFY(done->text().startsWith(QLatin1String("Welcome back.")));
    QVERIFY(!back->isEnabled());
    QVERIFY(stored.exec() && !stored.next());
    closeAbsenceDialog(dialog);
}

// A lead chooses a colleague of their team; a lead who has just lost the role is told what the server refused.
void tst_AbsenceDialog::leadSetsAColleaguesAbsence()
{
    const qint64 colleague = m_server->addColleague(QStringLiteral("l.fischer"), QStringLiteral("Lena Fischer"));
    m_server->setLead(true);
    waitUntilServerSeesLead(true);
    m_main->window->setAccount(account(true));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_server->setAbsence(m_server->advisorId(), now.addDays(30), now.addDays(44));
    AbsenceDialog *dialog = openAbsenceDialog();
    QVERIFY(dialog);
    auto *advisor = dialog->findChild<QComboBox *>();
    QVERIFY(advisor->isVisibleTo(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(advisor->findText(QStringLiteral("Lena Fischer")) >= 0, 10000);
    QCOMPARE(advisor->itemText(0), QStringLiteral("You (Maria M\u00fcller)"));
    advisor->setCurrentIndex(advisor->findText(QStringLiteral("Lena Fischer")));
    auto *to = dialog->findChildren<QDateTimeEdit *>().value(1);
    to->setDateTime(m_clock->now().toLocalTime().addDays(14));
    QPushButton *set = nullptr;
    QPushButton *end = nullptr;
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        set = button->text() == QStringLiteral("&Set absence") ? button : set;
        end = button->text() == QStringLiteral("&End absence") ? button : end;
    }
    QVERIFY(set && end);
    QTest::mouseClick(set, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->table()->model()->rowCount(), 2, 10000);
    // The soonest first: the colleague away now, then the lead's own planned absence.
    QCOMPARE(dialog->table()->model()->index(0, 0).data(AbsenceModel::AdvisorIdRole).toLongLong(), colleague);
    QCOMPARE(dialog->table()->model()->index(1, AbsenceModel::StatusColumn).data().toString(), QStringLiteral("Planned"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("absenceDone"))->text().startsWith(QLatin1String("Lena Fischer is away from")));
    saveScreenshot(dialog, QStringLiteral("advisor-absence.png"));

    m_server->setLead(false);
    waitUntilServerSeesLead(false);
    QVERIFY(end->isEnabled());
    QTest::mouseClick(end, Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("absenceError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QCOMPARE(error->text(), QStringLiteral("Only the advisors themselves or their team lead can set or end their absence."));
    QCOMPARE(dialog->table()->model()->rowCount(), 2);

    m_server->setLead(true);
    waitUntilServerSeesLead(true);
    QTest::mouseClick(end, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->table()->model()->rowCount(), 1, 10000);
    QCOMPARE(dialog->table()->model()->index(0, 0).data(AbsenceModel::AdvisorIdRole).toLongLong(), m_server->advisorId());
    QVERIFY(!error->isVisible());
    closeAbsenceDialog(dialog);
    m_server->endAbsence(m_server->advisorId());
    m_server->setLead(false);
    waitUntilServerSeesLead(false);
    m_main->window->setAccount(account(false));
}

void tst_AbsenceDialog::transferDialogSaysWhoIsAbsent()
{
    const QDateTime now(QDate(2026, 8, 10), QTime(9, 0));
    Directory directory;
    directory.teams = {{1, QStringLiteral("Private clients")}};
    directory.advisors = {{7, QStringLiteral("Maria M\u00fcller"), 1, QDateTime(QDate(2026, 8, 17), QTime(8, 0))},
                          {8, QStringLiteral("Jonas Weber"), 1, {}}, {9, QStringLiteral("Me"), 1, {}}};
    TransferDialog dialog(directory, 9, now);
    auto *target = dialog.findChild<QComboBox *>();
    QVERIFY(target->findText(QStringLiteral("Maria M\u00fcller (Private clients, absent until 17 Aug, 08:00)")) >= 0);
    QVERIFY(target->findText(QStringLiteral("Jonas Weber (Private clients)")) >= 0);
    QCOMPARE(AbsenceModel::timeText(QDateTime(QDate(2027, 1, 4), QTime(8, 0)), now), QStringLiteral("4 Jan 2027, 08:00"));
}

QTEST_MAIN(tst_AbsenceDialog)
#include "tst_absencedialog.moc"
