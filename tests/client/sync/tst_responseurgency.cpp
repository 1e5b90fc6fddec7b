#include "ResponseUrgency.h"

#include <QTest>

using namespace confidant;
using namespace confidant::client;

namespace {

QDateTime berlin(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone(QByteArrayLiteral("Europe/Berlin"))).toUTC();
}

// Friday 27 November 2026, 15:00 in Berlin: two working hours are left that day.
Inquiry waitingSinceFridayAfternoon(int targetMinutes)
{
    Inquiry inquiry;
    inquiry.id = 7;
    inquiry.state = InquiryState::AwaitingAdvisor;
    inquiry.waitingSince = berlin(QDate(2026, 11, 27), QTime(15, 0));
    inquiry.responseTargetMinutes = targetMinutes;
    return inquiry;
}

} // namespace

// The urgency the advisor's lists show and sort by: a topic's target counted in the company's working hours, across
// a weekend and a holiday, with the time given by the test (no clock, no sleeping).
class tst_ResponseUrgency : public QObject {
    Q_OBJECT
private slots:
    void targetRunsAcrossTheWeekend();
    void aHolidayMovesTheDueTime();
    void nothingWaitingIsNoUrgency();
    void aNewMessageOrTargetIsCountedAgain();
};

void tst_ResponseUrgency::targetRunsAcrossTheWeekend()
{
    ResponseUrgency urgency;
    const Inquiry inquiry = waitingSinceFridayAfternoon(240);
    const ResponseTarget::Deadlines deadlines = urgency.deadlines(inquiry);
    QCOMPARE(deadlines.dueAt, berlin(QDate(2026, 11, 30), QTime(10, 0)));     // Monday: 2 h Friday + 2 h Monday
    QCOMPARE(deadlines.warningFrom, berlin(QDate(2026, 11, 30), QTime(9, 0))); // 75 %: 3 of 4 working hours
    QCOMPARE(urgency.level(inquiry, berlin(QDate(2026, 11, 27), QTime(16, 59))), ResponseUrgency::Level::Normal);
    QCOMPARE(urgency.level(inquiry, berlin(QDate(2026, 11, 29), QTime(23, 0))), ResponseUrgency::Level::Normal); // the weekend counts nothing
    QCOMPARE(urgency.level(inquiry, berlin(QDate(2026, 11, 30), QTime(9, 0))), ResponseUrgency::Level::Warning);
    QCOMPARE(urgency.level(inquiry, deadlines.dueAt), ResponseUrgency::Level::Warning); // answered exactly then: on time
    QCOMPARE(urgency.level(inquiry, deadlines.dueAt.addMSecs(1)), ResponseUrgency::Level::Overdue);
}

void tst_ResponseUrgency::aHolidayMovesTheDueTime()
{
    ResponseUrgency urgency;
    const Inquiry inquiry = waitingSinceFridayAfternoon(240);
    QCOMPARE(urgency.deadlines(inquiry).dueAt, berlin(QDate(2026, 11, 30), QTime(10, 0)));
    WorkingCalendar calendar = ResponseUrgency::serverDefaultCalendar();
    calendar.setHolidays({QDate(2026, 11, 30)});
    urgency.setCalendar(calendar); // what was worked out with the old calendar is forgotten
    QCOMPARE(urgency.deadlines(inquiry).dueAt, berlin(QDate(2026, 12, 1), QTime(10, 0)));
    QCOMPARE(urgency.level(inquiry, berlin(QDate(2026, 11, 30), QTime(12, 0))), ResponseUrgency::Level::Normal);
    // A calendar without working time never makes anything overdue.
    urgency.setCalendar(WorkingCalendar(QTimeZone::utc()));
    QVERIFY(!urgency.deadlines(inquiry).dueAt.isValid());
    QCOMPARE(urgency.level(inquiry, berlin(QDate(2027, 6, 1), QTime(12, 0))), ResponseUrgency::Level::Normal);
}

void tst_ResponseUrgency::nothingWaitingIsNoUrgency()
{
    ResponseUrgency urgency;
    Inquiry answered = waitingSinceFridayAfternoon(60);
    answered.waitingSince.reset();
    answered.state = InquiryState::AwaitingCustomer;
    QCOMPARE(urgency.level(answered, berlin(QDate(2026, 12, 24), QTime(12, 0))), ResponseUrgency::Level::None);
    Inquiry closed = waitingSinceFridayAfternoon(60);
    closed.state = InquiryState::Closed;
    QCOMPARE(urgency.level(closed, berlin(QDate(2026, 12, 24), QTime(12, 0))), ResponseUrgency::Level::None);
    QVERIFY(!urgency.deadlines(closed).dueAt.isValid());
}

void tst_ResponseUrgency::aNewMessageOrTargetIsCountedAgain()
{
    ResponseUrgency urgency;
    Inquiry inquiry = waitingSinceFridayAfternoon(60);
    QCOMPARE(urgency.deadlines(inquiry).dueAt, berlin(QDate(2026, 11, 27), QTime(16, 0)));
    inquiry.responseTargetMinutes = 180;
    QCOMPARE(urgency.deadlines(inquiry).dueAt, berlin(QDate(2026, 11, 30), QTime(9, 0)));
    inquiry.waitingSince = berlin(QDate(2026, 11, 30), QTime(8, 0));
    QCOMPARE(urgency.deadlines(inquiry).dueAt, berlin(QDate(2026, 11, 30), QTime(11, 0)));
}

QTEST_APPLESS_MAIN(tst_ResponseUrgency)
#include "tst_responseurgency.moc"
