#include "CustomerTable.h"
#include "ManualClock.h"
#include "QueueFilterModel.h"
#include "ThreadView.h"
#include "WorkViewListModel.h"
#include "Workstation.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace confidant;
using namespace confidant::client;

using testing::dotColour;
using testing::maria;
using testing::saveScreenshot;
using testing::threadText;
using testing::Workstation;

// The working views of the advisor's window (team queue, mine, assigned customers, a customer's history, closed)
// against the real API.
class tst_WorkingViews : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void workingViews();

private:
    std::unique_ptr<testing::ManualClock> m_clock;
};

void tst_WorkingViews::initTestCase()
{
    m_clock = std::make_unique<testing::ManualClock>(QDateTime::currentDateTimeUtc());
}

// The working views against a server of their own, with inquiries as several customers wrote them: each view shows
// its rows, the title and the list of views count what is overdue against each topic's target, the assigned
// customers lead to a customer's history with a thread open, and the minute tick counts again.
void tst_WorkingViews::workingViews()
{
    testing::ApiTestServer views;
    QVERIFY2(views.isValid(), qPrintable(views.errorString()));
    const qint64 me = views.advisorId();
    const QDateTime now = m_clock->now();
    const QString anna = QStringLiteral("Anna Schmidt");
    const QString sophie = QStringLiteral("Sophie Kr\u00fcger");
    // Anna's older inquiries, from before Maria became her fixed advisor: one Maria had taken, one nobody had.
    const qint64 address = views.writeInquiryAs(anna, QStringLiteral("Address change"), now.addDays(-90));
    const qint64 tax = views.writeInquiryAs(anna, QStringLiteral("Tax certificate"), now.addDays(-40));
    views.setOwner(tax, me);
    QVERIFY(views.close(address, now.addDays(-89)));
    QVERIFY(views.close(tax, now.addDays(-39)));
    views.writeInquiryAs(anna, QStringLiteral("Raising my pension contribution"), now.addSecs(-30 * 3600));
    // From here on the new inquiries of Anna and Sophie go straight to Maria.
    views.setFixedAdvisorOf(anna, me);
    views.setFixedAdvisorOf(sophie, me);
    const QString moving = QStringLiteral("I am moving to Vienna in March. Can I keep paying into my pension contract from there, "
                                          "and where will its payments be taxed?");
    QVERIFY(views.writeInquiryAs(anna, QStringLiteral("Moving to Austria: my contract"), now.addSecs(-2 * 3600), 0, moving));
    const qint64 retirement = views.writeInquiryAs(sophie, QStringLiteral("Early retirement options"), now.addDays(-3));
    QVERIFY(views.reply(retirement, QStringLiteral("From 63 with a reduction; I have attached the figures for both dates."),
                        now.addDays(-3).addSecs(3600)));
    views.writeInquiryAs(QStringLiteral("Jonas Becker"), QStringLiteral("Statement for 2025 missing"), now.addSecs(-26 * 3600));
    // Three quarters of the pension topic's 8 hours gone: amber. A card waits 20 of its topic's 60 minutes: green.
    views.writeInquiryAs(QStringLiteral("Lena Wolf"), QStringLiteral("Changing the beneficiary"), now.addSecs(-(6 * 3600 + 30 * 60)));
    const qint64 cards = views.addTopic(QStringLiteral("cards"), QStringLiteral("Cards and payments"), 60);
    views.writeInquiryAs(QStringLiteral("Paul Richter"), QStringLiteral("Card blocked abroad"), now.addSecs(-20 * 60), cards);

    Workstation station(views, *m_clock, maria(views.url(), now.addDays(365), me));
    MainWindow &window = *station.window;
    QTRY_COMPARE_WITH_TIMEOUT(station.inquiries->rowCount(), 8, 10000);
    const auto subjects = [&window] {
        QStringList list;
        for (int row = 0; row < window.queueModel()->rowCount(); ++row)
            list << window.queueModel()->index(row, 0).data().toString();
        return list;
    };
    // The team queue: nobody's inquiries, most urgent first; two overdue, in the title and beside the view (counted
    // a moment after the sync, as the counts wait for a burst of changes to end).
    QCOMPARE(window.currentView(), WorkView::TeamQueue);
    QCOMPARE(subjects(), (QStringList{QStringLiteral("Raising my pension contribution"), QStringLiteral("Statement for 2025 missing"),
                                      QStringLiteral("Changing the beneficiary"), QStringLiteral("Card blocked abroad")}));
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("Confidant \u2013 Advisor workstation (2 overdue)"));
    QCOMPARE(window.viewsModel()->index(int(WorkView::TeamQueue)).data().toString(), QStringLiteral("Team queue (4, 2 overdue)"));
    QTableView *queue = window.queueView();
    QCOMPARE(dotColour(queue, 1), OpenDurationPolicy::colour(OpenDurationPolicy::Level::Overdue));
    QCOMPARE(dotColour(queue, 2), OpenDurationPolicy::colour(OpenDurationPolicy::Level::Warning));
    QCOMPARE(dotColour(queue, 3), OpenDurationPolicy::colour(OpenDurationPolicy::Level::Fresh));
    saveScreenshot(&window, QStringLiteral("advisor-team-queue.png"));

    window.findChild<QCheckBox *>()->setChecked(false);
    window.showView(WorkView::Mine);
    QCOMPARE(subjects(), (QStringList{QStringLiteral("Moving to Austria: my contract"), QStringLiteral("Early retirement options")}));
    window.showView(WorkView::Closed);
    QCOMPARE(subjects(), (QStringList{QStringLiteral("Tax certificate"), QStringLiteral("Address change")}));

    // My assigned customers, filtered by name with the same search field; Enter shows the customer's history.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QTableView *customers = window.customerView();
    QCOMPARE(customers->model()->rowCount(), 2);
    QCOMPARE(customers->model()->index(0, 0).data().toString(), anna); // longest waiting first
    QCOMPARE(customers->model()->index(0, 1).data().toInt(), 2);
    QCOMPARE(customers->model()->index(0, 3).data().toString(), QStringLiteral("30 h"));
    saveScreenshot(&window, QStringLiteral("advisor-assigned-customers.png"));
    auto *search = window.findChild<QLineEdit *>();
    search->setText(QStringLiteral("kr\u00fc"));
    QCOMPARE(customers->model()->rowCount(), 1);
    search->clear();
    customers->setCurrentIndex(customers->model()->index(0, 0));
    QTest::keyClick(customers, Qt::Key_Return);
    QCOMPARE(window.currentView(), WorkView::CustomerHistory);
    QCOMPARE(subjects(), (QStringList{QStringLiteral("Moving to Austria: my contract"), QStringLiteral("Raising my pension contribution"),
                                      QStringLiteral("Tax certificate"), QStringLiteral("Address change")}));
    QVERIFY(!window.queueView()->isColumnHidden(InquiryModel::StartedColumn));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("viewHeading"))->text().contains(anna));
    // Her latest thread, loaded from the server.
    window.selectRow(0);
    QTRY_COMPARE_WITH_TIMEOUT(station.thread->state(), OpenThread::State::Ready, 10000);
    QVERIFY(threadText(window.threadView()).contains(moving));
    saveScreenshot(&window, QStringLiteral("advisor-customer-history.png"));

    // An hour on, "Card blocked abroad" (then 80 minutes) has passed its topic's target as well: the minute tick
    // counts again.
    m_clock->advance(3600);
    window.timePassed();
    QCOMPARE(window.windowTitle(), QStringLiteral("Confidant \u2013 Advisor workstation (3 overdue)"));
    m_clock->advance(-3600);
}

QTEST_MAIN(tst_WorkingViews)
#include "tst_workingviews.moc"
