#include "ManualClock.h"
#include "web/SignInThrottle.h"

#include <QTest>

using namespace confidant::server;
using confidant::testing::ManualClock;

// Who is held back after failed sign-ins, and for how long; time moves by hand.
class tst_SignInThrottle : public QObject {
    Q_OBJECT
private slots:
    void addressIsHeldBackAfterTenFailures();
    void successStartsAfresh();
    void accountLimitHoldsBackOnlyFailingAddresses();
    void registrationsPerAddress();

private:
    const QHostAddress attacker{QStringLiteral("203.0.113.7")};
    const QHostAddress customer{QStringLiteral("198.51.100.20")};
};

void tst_SignInThrottle::addressIsHeldBackAfterTenFailures()
{
    ManualClock clock;
    SignInThrottle throttle(clock);
    for (int i = 0; i < 10; ++i) {
        QVERIFY(!throttle.signInBlockedUntil(QStringLiteral("a%1@example.de").arg(i), attacker));
        throttle.recordFailure(QStringLiteral("a%1@example.de").arg(i), attacker); // spread over many accounts
        clock.advance(60);
    }
    // The first failure was 10 minutes ago: free again when it leaves the 15-minute window.
    QCOMPARE(throttle.signInBlockedUntil(QStringLiteral("new@example.de"), attacker), clock.now().addSecs(5 * 60));
    QVERIFY(!throttle.signInBlockedUntil(QStringLiteral("a0@example.de"), customer));
    clock.advance(5 * 60);
    QVERIFY(!throttle.signInBlockedUntil(QStringLiteral("new@example.de"), attacker));
    throttle.recordFailure(QStringLiteral("new@example.de"), attacker); // ten within the window again
    QVERIFY(throttle.signInBlockedUntil(QStringLiteral("new@example.de"), attacker));
}

void tst_SignInThrottle::successStartsAfresh()
{
    ManualClock clock;
    SignInThrottle throttle(clock);
    for (int i = 0; i < 9; ++i)
        throttle.recordFailure(QStringLiteral("anna@example.de"), customer);
    throttle.recordSuccess(QStringLiteral("anna@example.de"), customer);
    for (int i = 0; i < 9; ++i)
        throttle.recordFailure(QStringLiteral("anna@example.de"), customer);
    QVERIFY(!throttle.signInBlockedUntil(QStringLiteral("anna@example.de"), customer));
}

// Many attacking addresses share the account's count; the customer's own address, without failures, is never
// held back, so the attacker cannot lock her out.
void tst_SignInThrottle::accountLimitHoldsBackOnlyFailingAddresses()
{
    ManualClock clock;
    SignInThrottle throttle(clock);
    const QString anna = QStringLiteral("anna@example.de");
    for (int i = 0; i < 10; ++i)
        throttle.recordFailure(anna, QHostAddress(QStringLiteral("203.0.113.%1").arg(i + 1)));
    QVERIFY(throttle.signInBlockedUntil(anna, QHostAddress(QStringLiteral("203.0.113.1"))));
    QVERIFY(!throttle.signInBlockedUntil(QStringLiteral("other@example.de"), QHostAddress(QStringLiteral("203.0.113.1"))));
    QVERIFY(!throttle.signInBlockedUntil(anna, customer));
    // An address that has failed once since is held back for this account as well.
    throttle.recordFailure(QStringLiteral("other@example.de"), attacker);
    QCOMPARE(throttle.signInBlockedUntil(anna, attacker), clock.now().addSecs(15 * 60));
    clock.advance(15 * 60);
    QVERIFY(!throttle.signInBlockedUntil(anna, QHostAddress(QStringLiteral("203.0.113.1"))));
}

void tst_SignInThrottle::registrationsPerAddress()
{
    ManualClock clock;
    SignInThrottle throttle(clock);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!throttle.registrationBlockedUntil(attacker));
        throttle.recordRegistration(attacker);
        clock.advance(60);
    }
    QCOMPARE(throttle.registrationBlockedUntil(attacker), clock.now().addSecs(55 * 60));
    QVERIFY(!throttle.registrationBlockedUntil(customer));
    clock.advance(55 * 60);
    QVERIFY(!throttle.registrationBlockedUntil(attacker));
}

QTEST_GUILESS_MAIN(tst_SignInThrottle)
#include "tst_signinthrottle.moc"
