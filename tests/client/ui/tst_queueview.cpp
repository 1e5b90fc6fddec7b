#include "AbsenceDialog.h"
#include "AbsenceModel.h"
#include "CustomerTable.h"
#include "ManualClock.h"
#include "Palette.h"
#include "QueueFilterModel.h"
#include "SetupDialog.h"
#include "ThreadModel.h"
#include "ThreadView.h"
#include "TransferDialog.h"
#include "Workstation.h"
#include "store/InquiryNotes.h"
#include "store/TopicStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace confidant;
using namespace confidant::client;

using testing::dotColour;
using testing::maria;
using testing::saveScreenshot;
using testing::Workstation;

// The advisor's window on the offscreen platform, fed by a real sync and replying through the real API: the queue,
// the open-duration dot in the colour the (injected) time gives, replying without losing one's place, the keyboard.
class tst_QueueView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void queueShowsSyncedInquiriesWithThresholdColours();
    void windowFitsASmallLaptopScreen();
    void replyingKeepsTheAdvisorsPlace();
    void keyboardReachesEverything();
    void textMeetsContrastAndLabelsHaveBuddies();
    void expiringCertificateIsAnnounced();
    void claimReleaseAndClose();
    void theThreadOffersWhatTheServerAllows();
    void eventNotesShowAsText();
    void addingAnInternalNote();
    void transferToAColleague();
    void heldInquiryIsMarkedInTheTeamQueue();
    void germanWindow();

private:
    int rowOf(qint64 id) const;
    QToolButton *moveButton(const QString &text) const;
    AdvisorAccount account(bool teamLead) const;
    static QString threadText(const ThreadView *view) { return testing::threadText(view); }
    QString threadText() const { return threadText(m_main->window->threadView()); }

    std::unique_ptr<testing::ApiTestServer> m_server;
    std::unique_ptr<testing::ManualClock> m_clock;
    std::unique_ptr<Workstation> m_main;
    qint64 m_fresh = 0;
};

int tst_QueueView::rowOf(qint64 id) const
{
    const QAbstractItemModel *model = m_main->window->queueView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(InquiryModel::IdRole).toLongLong() == id)
            return row;
    return -1;
}

QToolButton *tst_QueueView::moveButton(const QString &text) const
{
    for (QToolButton *button : m_main->window->threadView()->findChildren<QToolButton *>())
        if (button->defaultAction() && button->defaultAction()->text() == text)
            return button;
    return nullptr;
}

AdvisorAccount tst_QueueView::account(bool teamLead) const
{
    return maria(m_server->url(), m_clock->now().addDays(365), m_server->advisorId(), teamLead);
}

void tst_QueueView::initTestCase()
{
    m_server = std::make_unique<testing::ApiTestServer>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->errorString()));
    m_clock = std::make_unique<testing::ManualClock>(QDateTime::currentDateTimeUtc());
    const QDateTime now = m_clock->now();
    m_server->writeInquiry(QStringLiteral("Raising my monthly pension contribution"), now.addSecs(-26 * 3600));
    m_server->writeInquiry(QStringLiteral("Statement missing"), now.addSecs(-7 * 3600));
    m_fresh = m_server->writeInquiry(QStringLiteral("Card blocked abroad"), now.addSecs(-25 * 60));

    // The topic's target is 8 working hours.
    m_main = std::make_unique<Workstation>(*m_server, *m_clock, maria(m_server->url(), now.addDays(365)));
    QTRY_COMPARE_WITH_TIMEOUT(m_main->window->queueModel()->rowCount(), 3, 10000);
}

void tst_QueueView::queueShowsSyncedInquiriesWithThresholdColours()
{
    QTableView *view = m_main->window->queueView();
    // Longest waiting first: overdue, warning, fresh.
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Raising my monthly pension contribution"));
    QCOMPARE(dotColour(view, 0), OpenDurationPolicy::colour(OpenDurationPolicy::Level::Overdue));
    QCOMPARE(dotColour(view, 1), OpenDurationPolicy::colour(OpenDurationPolicy::Level::Warning));
    QCOMPARE(dotColour(view, 2), OpenDurationPolicy::colour(OpenDurationPolicy::Level::Fresh));
    QCOMPARE(view->model()->index(2, InquiryModel::OpenForColumn).data().toString(), QStringLiteral("25 min"));
    // The subject takes the spare width and shows whole in its tooltip; the other columns fit their content.
    QHeaderView *header = view->horizontalHeader();
    QCOMPARE(header->sectionResizeMode(InquiryModel::SubjectColumn), QHeaderView::Stretch);
    QVERIFY(header->sectionSize(InquiryModel::SubjectColumn) > header->sectionSize(InquiryModel::TopicColumn));
    QCOMPARE(view->model()->index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Raising my monthly pension contribution"));
    QVERIFY(header->sectionSize(InquiryModel::CustomerColumn) >= view->fontMetrics().horizontalAdvance(QStringLiteral("Anna Schmidt")));

    m_main->window->selectRow(0);
    QTRY_COMPARE(m_main->thread->state(), OpenThread::State::Ready);
    QVERIFY(threadText().contains(QLatin1String("Please help.")));
    saveScreenshot(m_main->window.get(), QStringLiteral("advisor-queue.png"));

    // Six hours later the fresh one has used three quarters of its 8-hour target; the repainted dot follows without
    // a sync.
    m_clock->advance(6 * 3600);
    QCOMPARE(dotColour(view, rowOf(m_fresh)), OpenDurationPolicy::colour(OpenDurationPolicy::Level::Warning));
    m_clock->advance(-6 * 3600);
}

// After "Send reply" the advisor sees that it went out and stays on the same thread, although it has left the
// open queue; choosing another inquiry lets it go.
void tst_QueueView::replyingKeepsTheAdvisorsPlace()
{
    const int row = rowOf(m_fresh);
    m_main->window->selectRow(row);
    QTRY_COMPARE(m_main->thread->state(), OpenThread::State::Ready);
    auto *editor = m_main->window->threadView()->findChild<QPlainTextEdit *>();
    auto *send = m_main->window->threadView()->findChild<QPushButton *>();
    auto *error = m_main->window->threadView()->findChild<QLabel *>(QStringLiteral("replyError"));
    auto *sent = m_main->window->threadView()->findChild<QLabel *>(QStringLiteral("replySent"));
    QVERIFY(editor && send && error && sent);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Please write your message."));

    editor->setPlainText(QStringLiteral("  You can unblock it in the app.  "));
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(!send->isEnabled()); // no double sending while the request is under way
    QTRY_VERIFY_WITH_TIMEOUT(sent->isVisible(), 10000);
    QVERIFY(sent->text().startsWith(QLatin1String("Reply sent at")));
    QVERIFY(editor->toPlainText().isEmpty());
    QVERIFY(send->isEnabled());
    QCOMPARE(m_main->inquiries->inquiry(m_fresh)->state, InquiryState::AwaitingCustomer);
    QTRY_COMPARE(testing::textsOf(*m_main->thread->model(), ThreadModel::Kind::Message).last(), QStringLiteral("You can unblock it in the app."));
    // Still here, still selected, though no longer open.
    QCOMPARE(m_main->window->threadView()->inquiryId(), m_fresh);
    QCOMPARE(m_main->window->queueModel()->rowCount(), 3);
    QCOMPARE(m_main->window->queueView()->currentIndex().data(InquiryModel::IdRole).toLongLong(), m_fresh);
    QCOMPARE(m_main->window->queueView()->currentIndex().siblingAtColumn(InquiryModel::StateColumn).data().toString(), QStringLiteral("Answered"));
    // The feed brings the same state a moment later: nothing moves.
    QTest::qWait(200);
    QCOMPARE(m_main->window->threadView()->inquiryId(), m_fresh);
    QVERIFY(sent->isVisible());

    m_main->window->selectRow(rowOf(m_fresh) == 0 ? 1 : 0);
    QCOMPARE(m_main->window->queueModel()->rowCount(), 2);
    QCOMPARE(rowOf(m_fresh), -1);
}

void tst_QueueView::keyboardReachesEverything()
{
    m_main->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_main->window.get()));
    auto *search = m_main->window->findChild<QLineEdit *>();
    QTest::keyClick(m_main->window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, QStringLiteral("statement"));
    QCOMPARE(m_main->window->queueModel()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(m_main->window->queueModel()->rowCount(), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_main->window->findChild<QCheckBox *>());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_main->window->queueView());
    QTest::keyClick(m_main->window->queueView(), Qt::Key_Tab); // on into the thread
    QVERIFY(m_main->window->threadView()->isAncestorOf(QApplication::focusWidget()));
    m_main->window->queueView()->setFocus();
    QTest::keyClick(m_main->window->queueView(), Qt::Key_Down);
    QTRY_VERIFY(m_main->window->threadView()->inquiryId() != 0);
    QTest::keyClick(m_main->window.get(), Qt::Key_R, Qt::ControlModifier);
    auto *editor = m_main->window->threadView()->findChild<QPlainTextEdit *>();
    QCOMPARE(QApplication::focusWidget(), editor);
    // Ctrl+1 is the team queue, with the focus in its list; Ctrl+3 the assigned customers.
    QTest::keyClick(m_main->window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_main->window->currentView(), WorkView::AssignedCustomers);
    QCOMPARE(QApplication::focusWidget(), m_main->window->customerView());
    QTest::keyClick(m_main->window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_main->window->currentView(), WorkView::TeamQueue);
    QCOMPARE(QApplication::focusWidget(), m_main->window->queueView());
    // Ctrl+Return sends from the editor.
    QTest::keyClick(m_main->window.get(), Qt::Key_R, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Sent from the keyboard."));
    const qint64 id = m_main->window->threadView()->inquiryId();
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_main->inquiries->inquiry(id)->state, InquiryState::AwaitingCustomer, 10000);
    // The Help menu lists the shortcuts it has.
    QStringList keys;
    for (const auto &[shortcut, action] : m_main->window->shortcutList())
        keys << shortcut;
    for (const QString &expected : {QStringLiteral("Ctrl+F"), QStringLiteral("Ctrl+1"), QStringLiteral("Ctrl+6"), QStringLiteral("Ctrl+R"),
                                    QStringLiteral("Ctrl+Return"), QStringLiteral("F1"), QStringLiteral("Ctrl+Q"), QStringLiteral("Ctrl+Shift+H")})
        QVERIFY2(keys.contains(expected), qPrintable(expected));
}

void tst_QueueView::textMeetsContrastAndLabelsHaveBuddies()
{
    const QList<QColor> backgrounds{Qt::white, m_main->window->queueView()->palette().alternateBase().color(), m_main->window->palette().window().color(),
                                    Palette::advisorMessage, Palette::customerMessage, Palette::warningBackground,
                                    Palette::internalNote};
    for (const QColor &background : backgrounds) {
        for (const QColor &text : {Palette::text, Palette::secondaryText, Palette::errorText, Palette::successText})
            QVERIFY2(Palette::contrastRatio(text, background) >= 4.5, qPrintable(text.name() + QLatin1String(" on ") + background.name()));
    }
    for (const QColor &background : {QColor(Qt::white), m_main->window->queueView()->palette().alternateBase().color()}) {
        for (auto level : {OpenDurationPolicy::Level::None, OpenDurationPolicy::Level::Fresh, OpenDurationPolicy::Level::Warning,
                           OpenDurationPolicy::Level::Overdue})
            QVERIFY2(Palette::contrastRatio(OpenDurationPolicy::colour(level), background) >= 3.0, qPrintable(OpenDurationPolicy::colour(level).name()));
    }
    // A label whose text has a mnemonic must have a buddy; otherwise the '&' is shown as it is.
    SetupDialog setup;
    for (QWidget *top : {static_cast<QWidget *>(m_main->window.get()), static_cast<QWidget *>(&setup)}) {
        for (const QLabel *label : top->findChildren<QLabel *>()) {
            const QString text = QString(label->text()).remove(QStringLiteral("&&"));
            if (text.contains(QLatin1Char('&')) && label->textFormat() != Qt::RichText)
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
    }
}

void tst_QueueView::expiringCertificateIsAnnounced()
{
    QLabel *notice = m_main->window->noticeBar();
    QVERIFY(!notice->isVisible());
    AdvisorAccount account = maria(m_server->url(), m_clock->now().addDays(31));
    m_main->window->setAccount(account);
    QVERIFY(!notice->isVisible());
    account.certificateExpires = m_clock->now().addDays(30);
    m_main->window->setAccount(account);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QLatin1String("in 30 days")), qPrintable(notice->text()));
    m_main->window->showProblem(QStringLiteral("The server refused your certificate."));
    QCOMPARE(notice->text(), QStringLiteral("The server refused your certificate."));
    m_main->window->showProblem({});
    account.certificateExpires = m_clock->now().addDays(365);
    m_main->window->setAccount(account);
    QVERIFY(!notice->isVisible());
}

// Claim, release and close from the thread: the server records it, the window follows its answer at once, and the
// thread says who did it. A refusal is shown and changes nothing.
void tst_QueueView::claimReleaseAndClose()
{
    m_main->window->setAccount(account(false));
    const qint64 id = m_server->writeInquiry(QStringLiteral("Moving abroad"), m_clock->now().addSecs(-10 * 60));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(id) >= 0, 10000);
    m_main->window->selectRow(rowOf(id));
    QTRY_COMPARE(m_main->thread->state(), OpenThread::State::Ready);
    QTRY_COMPARE(m_main->window->threadView()->inquiryId(), id);
    QToolButton *claim = moveButton(QStringLiteral("&Claim"));
    QToolButton *release = moveButton(QStringLiteral("Re&lease"));
    QToolButton *close = moveButton(QStringLiteral("Clos&e inquiry"));
    auto *error = m_main->window->threadView()->findChild<QLabel *>(QStringLiteral("moveError"));
    auto *ownership = m_main->window->threadView()->findChild<QLabel *>(QStringLiteral("ownership"));
    QVERIFY(claim && release && close && error && ownership);
    QVERIFY(claim->isEnabled() && !release->isEnabled() && close->isEnabled());
    QCOMPARE(ownership->text(), QStringLiteral("In the queue: nobody has claimed it yet."));

    // A colleague took it a moment ago; this window has not heard of it yet. Their inquiry is outside this advisor's
    // scope now, but it was in their team's queue: the server says a colleague has taken it (409).
    const qint64 colleague = m_server->addColleague(QStringLiteral("j.weber"), QStringLiteral("Jonas Weber"));
    m_server->setOwner(id, colleague);
    QTest::mouseClick(claim, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QCOMPARE(error->text(), QStringLiteral("A colleague has taken this inquiry already."));
    QCOMPARE(m_server->ownerOf(id), colleague);
    QVERIFY(!m_main->inquiries->inquiry(id)->assignedAdvisorId);
    QCOMPARE(m_main->window->threadView()->inquiryId(), id);
    m_server->setOwner(id, 0);

    QTest::mouseClick(claim, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_main->inquiries->inquiry(id)->assignedAdvisorId, std::optional<qint64>(m_server->advisorId()), 10000);
    QCOMPARE(m_server->ownerOf(id), m_server->advisorId());
    QVERIFY(!error->isVisible());
    QCOMPARE(ownership->text(), QStringLiteral("Yours: you are handling it."));
    QVERIFY(!claim->isEnabled() && release->isEnabled() && close->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(threadText().contains(QStringLiteral("Claimed by Maria M\u00fcller")), 10000);

    QTest::mouseClick(release, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_main->inquiries->inquiry(id)->assignedAdvisorId, 10000);
    QCOMPARE(m_server->ownerOf(id), 0);
    QTRY_VERIFY_WITH_TIMEOUT(threadText().contains(QStringLiteral("Released to the queue by Maria M\u00fcller")), 10000);

    // The keyboard claims as well.
    m_main->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_main->window.get()));
    QTest::keyClick(m_main->window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->ownerOf(id), m_server->advisorId(), 10000);

    QTRY_VERIFY(close->isEnabled());
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_main->inquiries->inquiry(id)->state, InquiryState::Closed, 10000);
    QVERIFY(ownership->text().startsWith(QLatin1String("Closed on")));
    QVERIFY(!claim->isEnabled() && !close->isEnabled());
    QCOMPARE(m_main->window->queueView()->currentIndex().siblingAtColumn(InquiryModel::StateColumn).data().toString(), QStringLiteral("Closed"));
    QTRY_VERIFY_WITH_TIMEOUT(threadText().contains(QStringLiteral("Closed by Maria M\u00fcller")), 10000);
    // Events sit between the messages by time: the customer's question comes before anything done to it.
    QVERIFY(threadText().indexOf(QLatin1String("Please help.")) < threadText().indexOf(QLatin1String("Claimed by")));
    saveScreenshot(m_main->window.get(), QStringLiteral("advisor-inquiry-closed.png"));

    QStringList keys;
    for (const auto &[shortcut, action] : m_main->window->shortcutList())
        keys << shortcut;
    for (const QString &expected : {QStringLiteral("Ctrl+Shift+C"), QStringLiteral("Ctrl+Shift+L"), QStringLiteral("Ctrl+Shift+E"),
                                    QStringLiteral("Ctrl+Shift+T")})
        QVERIFY2(keys.contains(expected), qPrintable(expected));
}

// A transfer note is typed by an advisor: it shows as the text it is, never as markup.
// The move buttons are what the server says this advisor may do (it sends that with every inquiry), not a rule the
// client repeats: a colleague's inquiry of a customer whose fixed advisor Maria is shows in her view, and no move of
// it is hers (the client used to offer "Close" there, which the server refused); once she leads the team, a
// colleague's inquiry can be released, closed and transferred by her.
void tst_QueueView::theThreadOffersWhatTheServerAllows()
{
    m_main->window->setAccount(account(false));
    const qint64 colleague = m_server->addColleague(QStringLiteral("k.neu"), QStringLiteral("Karla Neu"));
    m_server->setFixedAdvisorOf(QStringLiteral("Paul Lange"), colleague);
    const qint64 karlas = m_server->writeInquiryAs(QStringLiteral("Paul Lange"), QStringLiteral("Karla's case"), m_clock->now().addSecs(-600));
    QCOMPARE(m_server->ownerOf(karlas), colleague);
    m_server->setFixedAdvisorOf(QStringLiteral("Paul Lange"), m_server->advisorId()); // Paul's history is Maria's now
    QTRY_VERIFY_WITH_TIMEOUT(m_main->inquiries->inquiry(karlas).has_value(), 10000);
    m_main->window->showView(WorkView::AssignedCustomers);
    m_main->window->showCustomerHistory(m_main->inquiries->inquiry(karlas)->customerId);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(karlas) >= 0, 10000);
    m_main->window->selectRow(rowOf(karlas));
    QTRY_COMPARE(m_main->window->threadView()->inquiryId(), karlas);
    QToolButton *claim = moveButton(QStringLiteral("&Claim"));
    QToolButton *release = moveButton(QStringLiteral("Re&lease"));
    QToolButton *close = moveButton(QStringLiteral("Clos&e inquiry"));
    QToolButton *transfer = moveButton(QStringLiteral("&Transfer\u2026"));
    QVERIFY(claim && release && close && transfer);
    QTRY_VERIFY(!claim->isEnabled() && !release->isEnabled() && !close->isEnabled() && !transfer->isEnabled());

    m_server->setLead(true);
    m_main->window->setAccount(account(true));
    const auto notLeadAgain = qScopeGuard([this] {
        m_server->setLead(false);
        m_main->window->setAccount(account(false));
    });
    // A lead sees what is in their team: a topic of the team, and a colleague's customer.
    const qint64 teamTopic = m_server->addTopic(QStringLiteral("savings"), QStringLiteral("Savings"), 480);
    QVERIFY(server::TopicStore(m_server->database()).setTeam(teamTopic, m_server->teamId()));
    m_server->setFixedAdvisorOf(QStringLiteral("Ida Roth"), colleague);
    const qint64 idas = m_server->writeInquiryAs(QStringLiteral("Ida Roth"), QStringLiteral("Also Karla's"), m_clock->now().addSecs(-300), teamTopic);
    QCOMPARE(m_server->ownerOf(idas), colleague);
    m_main->window->showView(WorkView::AllOpen);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(idas) >= 0, 10000);
    m_main->window->selectRow(rowOf(idas));
    QTRY_COMPARE(m_main->window->threadView()->inquiryId(), idas);
    QTRY_VERIFY(!claim->isEnabled() && release->isEnabled() && close->isEnabled() && transfer->isEnabled());
}

void tst_QueueView::eventNotesShowAsText()
{
    ThreadView view;
    ThreadModel rows;
    view.setModel(&rows);
    Inquiry inquiry;
    inquiry.id = 99;
    inquiry.subject = QStringLiteral("Moving abroad");
    InquiryEvent transfer{1, QStringLiteral("transferred"), QStringLiteral("Maria M\u00fcller"), {}, {}, QStringLiteral("Private clients"),
                          QStringLiteral("Business clients"), QStringLiteral("<b>Company</b> account"), m_clock->now(), {}};
    rows.show(inquiry.id, {}, {transfer}, {});
    view.showThread(inquiry);
    QVERIFY2(threadText(&view).startsWith(
                 QStringLiteral("Transferred from Private clients to Business clients by Maria M\u00fcller: <b>Company</b> account")),
             qPrintable(threadText(&view)));
    InquiryEvent fixed{2, QStringLiteral("fixed_advisor"), {}, QStringLiteral("Jonas Weber"), QStringLiteral("Maria M\u00fcller"), {}, {}, {}, m_clock->now(), {}};
    QCOMPARE(ThreadModel::eventText(fixed), QStringLiteral("Fixed advisor changed from Jonas Weber to Maria M\u00fcller"));
    fixed.fromAdvisorName.clear();
    QCOMPARE(ThreadModel::eventText(fixed), QStringLiteral("Fixed advisor set to Maria M\u00fcller"));
    fixed.fromAdvisorName = QStringLiteral("Jonas Weber");
    fixed.toAdvisorName.clear();
    QCOMPARE(ThreadModel::eventText(fixed), QStringLiteral("Fixed advisor Jonas Weber removed"));
    const InquiryEvent returned{3, QStringLiteral("returned"), {}, {}, QStringLiteral("Maria M\u00fcller"), {}, {}, {}, m_clock->now(), {}};
    QCOMPARE(ThreadModel::eventText(returned), QStringLiteral("Back with Maria M\u00fcller after their absence"));
    const QDateTime until(QDate(2026, 8, 17), QTime(6, 0), Qt::UTC);
    const InquiryEvent held{4, QStringLiteral("routed"), {}, QStringLiteral("Maria M\u00fcller"), {}, {}, QStringLiteral("Private clients"),
                            {}, until.addDays(-3), until};
    QCOMPARE(ThreadModel::eventText(held), QStringLiteral("Routed to Private clients: Held for Maria M\u00fcller, who is absent until %1")
                                              .arg(AbsenceModel::timeText(until, held.at)));
    transfer.kind = QStringLiteral("a kind from a newer server");
    rows.show(inquiry.id, {}, {transfer}, {});
    view.showThread(inquiry);
    QVERIFY(threadText(&view).trimmed().isEmpty());
}

// From the window to the API and back: the note is sent, shown marked as internal, and the editor is free again.
void tst_QueueView::addingAnInternalNote()
{
    const qint64 id = m_server->writeInquiry(QStringLiteral("Card blocked again"), m_clock->now().addSecs(-5 * 60));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(id) >= 0, 10000);
    m_main->window->selectRow(rowOf(id));
    QTRY_COMPARE(m_main->thread->state(), OpenThread::State::Ready);
    QTRY_COMPARE(m_main->window->threadView()->inquiryId(), id);
    auto *editor = m_main->window->threadView()->findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"));
    auto *add = m_main->window->threadView()->findChild<QPushButton *>(QStringLiteral("addNote"));
    auto *error = m_main->window->threadView()->findChild<QLabel *>(QStringLiteral("noteError"));
    QVERIFY(editor && add && error);
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Please write the note."));
    editor->setPlainText(QStringLiteral("  Called her back; <b>not</b> fraud.  "));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(!add->isEnabled()); // no second note while the first is on its way
    QTRY_VERIFY_WITH_TIMEOUT(threadText().contains(QLatin1String("Called her back; <b>not</b> fraud.")), 10000);
    QVERIFY(threadText().contains(QStringLiteral("Internal note \u2013 only advisors see this")));
    QVERIFY(editor->toPlainText().isEmpty());
    QVERIFY(add->isEnabled() && !error->isVisible());
    // Stored (encrypted, so read through the store) as typed.
    const auto stored = server::InquiryNotes(m_server->database()).of(id);
    QVERIFY(stored && stored->size() == 1);
    QCOMPARE(stored->first().text, QStringLiteral("Called her back; <b>not</b> fraud."));
    saveScreenshot(m_main->window.get(), QStringLiteral("thread-internal-note.png"));
}

// Transferred to a colleague with a note, the inquiry is theirs and out of this advisor's sight: it leaves the queue
// and the thread, and the status bar says where it went.
void tst_QueueView::transferToAColleague()
{
    const qint64 colleague = m_server->addColleague(QStringLiteral("k.schulz"), QStringLiteral("Katrin Schulz"));
    const qint64 id = m_server->writeInquiry(QStringLiteral("Business account"), m_clock->now().addSecs(-5 * 60));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(id) >= 0, 10000);
    m_main->window->selectRow(rowOf(id));
    QTRY_COMPARE(m_main->thread->state(), OpenThread::State::Ready);
    QTRY_COMPARE(m_main->window->threadView()->inquiryId(), id);
    QToolButton *transfer = moveButton(QStringLiteral("&Transfer…"));
    QVERIFY(transfer && transfer->isEnabled());
    QTest::mouseClick(transfer, Qt::LeftButton);
    TransferDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_main->window->findChild<TransferDialog *>()) && dialog->isVisible(), 10000);
    auto *target = dialog->findChild<QComboBox *>();
    const int katrin = target->findText(QStringLiteral("Katrin Schulz (Private clients)"));
    QVERIFY(katrin >= 0);
    QCOMPARE(target->findText(QStringLiteral("Maria M\u00fcller"), Qt::MatchStartsWith), -1);
    target->setCurrentIndex(katrin);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY2(!ok->isEnabled(), "a transfer needs a note");
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(), QStringLiteral("Company account: business clients."));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(m_server->ownerOf(id), colleague, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(id), -1, 10000);
    QTRY_VERIFY(m_main->window->threadView()->inquiryId() != id);
    QCOMPARE(m_main->window->statusBar()->currentMessage(),
             QStringLiteral("\u201cBusiness account\u201d was transferred to Katrin Schulz (Private clients)."));
}

// A customer's fixed advisor is away: the new inquiry waits in the team queue saying for whom, and leaves it for them
// when they are back.
void tst_QueueView::heldInquiryIsMarkedInTheTeamQueue()
{
    const qint64 colleague = m_server->addColleague(QStringLiteral("s.wagner"), QStringLiteral("Sabine Wagner"));
    m_server->setFixedAdvisor(colleague);
    m_server->setAbsence(colleague, QDateTime::currentDateTimeUtc().addSecs(-3600), QDateTime::currentDateTimeUtc().addDays(2));
    const qint64 id = m_server->writeInquiry(QStringLiteral("Pension statement for my tax return"), m_clock->now().addSecs(-3 * 60));
    m_main->window->showView(WorkView::TeamQueue);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(id) >= 0, 10000);
    const QModelIndex state = m_main->window->queueModel()->index(rowOf(id), InquiryModel::StateColumn);
    QCOMPARE(state.data().toString(), QStringLiteral("Held for Sabine Wagner (absent)"));
    const QString note = QStringLiteral("Waits for Sabine Wagner, who is absent; it returns to them when they are back, unless someone takes it first.");
    QCOMPARE(state.data(Qt::ToolTipRole).toString(), note);
    m_main->window->selectRow(rowOf(id));
    QTRY_COMPARE(m_main->thread->state(), OpenThread::State::Ready);
    QTRY_COMPARE(m_main->window->threadView()->inquiryId(), id);
    QCOMPARE(m_main->window->threadView()->findChild<QLabel *>(QStringLiteral("ownership"))->text(), note);
    // The routing's note in local time, not as the server's UTC wire format.
    QVERIFY2(threadText().contains(QLatin1String("Held for Sabine Wagner, who is absent until ")), qPrintable(threadText()));
    QVERIFY2(!threadText().contains(QLatin1String("Z.")), qPrintable(threadText()));
    saveScreenshot(m_main->window.get(), QStringLiteral("advisor-held-inquiry.png"));

    m_server->endAbsence(colleague);
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(id), -1, 10000);
    QCOMPARE(m_server->ownerOf(id), colleague);
    m_server->setFixedAdvisor(0);
}

// German, as a German-speaking advisor sees it.
void tst_QueueView::germanWindow()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/confidant_client_de.qm")));
    QCoreApplication::installTranslator(&german);
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    MainWindow germanWindow(m_main->inquiries.get(), m_main->thread.get(), m_main->absences.get(), *m_clock);
    germanWindow.setAccount(maria(m_server->url(), m_clock->now().addDays(20)));
    germanWindow.setConnectionText(QCoreApplication::translate("confidant::client::ClientApplication", "Up to date"));
    germanWindow.show();
    germanWindow.findChild<QCheckBox *>()->setChecked(false);
    germanWindow.selectRow(0);
    QTRY_COMPARE(m_main->thread->state(), OpenThread::State::Ready);
    QCOMPARE(germanWindow.windowTitle(), QStringLiteral("Confidant \u2013 Berater-Arbeitsplatz"));
    QCOMPARE(m_main->inquiries->headerData(InquiryModel::OpenForColumn, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Offen seit"));
    QVERIFY2(germanWindow.noticeBar()->text().contains(QLatin1String("Zertifikat")), qPrintable(germanWindow.noticeBar()->text()));
    // Longer German headings are shown whole.
    const QHeaderView *header = germanWindow.queueView()->horizontalHeader();
    QVERIFY(header->sectionSize(InquiryModel::CustomerColumn) >= header->sectionSizeHint(InquiryModel::CustomerColumn));
    saveScreenshot(&germanWindow, QStringLiteral("advisor-queue-de.png"));
    m_server->setAbsence(m_server->advisorId(), QDateTime::currentDateTimeUtc().addDays(30), QDateTime::currentDateTimeUtc().addDays(44));
    AbsenceDialog absences(m_main->absences.get(), account(true), *m_clock);
    absences.show();
    QTRY_VERIFY_WITH_TIMEOUT(absences.findChild<QComboBox *>()->count() > 1 && absences.table()->model()->rowCount() == 1, 10000);
    QCOMPARE(absences.windowTitle(), QStringLiteral("Abwesenheiten"));
    QCOMPARE(absences.table()->model()->index(0, AbsenceModel::StatusColumn).data().toString(), QStringLiteral("Geplant"));
    saveScreenshot(&absences, QStringLiteral("advisor-absence-de.png"));
    m_server->endAbsence(m_server->advisorId());
    SetupDialog setup;
    setup.setValues({}, {});
    setup.show();
    saveScreenshot(&setup, QStringLiteral("first-start-dialog-de.png"));
    QCoreApplication::removeTranslator(&german);
    QLocale::setDefault(previous);
    SetupDialog english;
    english.setValues(QStringLiteral("/home/maria/m.mueller.p12"), QStringLiteral("https://mailbox.example.com:9443/"));
    english.show();
    english.showError(QStringLiteral("The certificate file could not be opened. Check the passphrase, or ask your administrator for a new file."));
    saveScreenshot(&english, QStringLiteral("first-start-dialog.png"));
    m_main->sync->stop();
}

// 1366 x 768 is still a common office laptop: the window's smallest size must fit it (ClientApplication opens it
// within the screen).
void tst_QueueView::windowFitsASmallLaptopScreen()
{
    const QSize smallest = m_main->window->minimumSizeHint().expandedTo(m_main->window->minimumSize());
    QVERIFY2(smallest.width() <= 1366 && smallest.height() <= 700, qPrintable(QStringLiteral("%1 x %2").arg(smallest.width()).arg(smallest.height())));
}

QTEST_MAIN(tst_QueueView)
#include "tst_queueview.moc"
