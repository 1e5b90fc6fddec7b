#include "ManualClock.h"
#include "web/SignInThrottle.h"

#include <QFile>
#include <QTest>

using namespace confidant::server;
using confidant::testing::ManualClock;

// Who is held back after failed sign-ins, and for how long; time moves by hand.
class tst_SignInThrottle : public QObject {
    Q_OBJECT
private slots:
    void addressIsHeldBackAfterTenFailures();
    void successStartsAfresh();
    void accountLimitHoldsBackEveryAddress();
    void ownSignInsBetweenGuessesClearNothing();
    void ipv6CountsPerSlash64();
    void accountIsCountedByItsStoredForm();
    void memoryStaysFlatUnderDistinctAttempts();
    void registrationsPerAddress();

private:
    static qint64 residentKiB();
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

// Many attacking addresses share the account's count, and it holds back every address, the customer's own too:
// otherwise each fresh address would bring ten more guesses (audit finding 1). A reset link still gets her in.
void tst_SignInThrottle::accountLimitHoldsBackEveryAddress()
{
    ManualClock clock;
    SignInThrottle throttle(clock);
    const QString anna = QStringLiteral("anna@example.de");
    for (int i = 0; i < 10; ++i)
        throttle.recordFailure(anna, QHostAddress(QStringLiteral("203.0.113.%1").arg(i + 1)));
    QCOMPARE(throttle.signInBlockedUntil(anna, customer), clock.now().addSecs(15 * 60));
    QVERIFY(!throttle.signInBlockedUntil(QStringLiteral("other@example.de"), QHostAddress(QStringLiteral("203.0.113.1"))));
    clock.advance(15 * 60);
    QVERIFY(!throttle.signInBlockedUntil(anna, customer));
}

// Audit finding 1: guessing at the victim and signing in as oneself in turn. Before, the own success cleared the
// address's failures and an address without failures skipped the account's count: unlimited guesses.
void tst_SignInThrottle::ownSignInsBetweenGuessesClearNothing()
{
    ManualClock clock;
    SignInThrottle throttle(clock);
    const QString victim = QStringLiteral("anna@example.de");
    const QString own = QStringLiteral("mallory@example.de");
    int guesses = 0;
    while (!throttle.signInBlockedUntil(victim, attacker) && guesses < 100) {
        throttle.recordFailure(victim, attacker);
        ++guesses;
        QVERIFY(!throttle.signInBlockedUntil(own, QHostAddress(QStringLiteral("198.51.100.99"))));
        throttle.recordSuccess(own, attacker);
        clock.advance(1);
    }
    QCOMPARE(guesses, 10);
    QVERIFY(throttle.signInBlockedUntil(victim, QHostAddress(QStringLiteral("192.0.2.1"))));
}

// One line gets a whole /64 and may use any address in it; IPv4 inside IPv6 is the IPv4 address.
void tst_SignInThrottle::ipv6CountsPerSlash64()
{
    ManualClock clock;
    SignInThrottle throttle(clock);
    for (int i = 0; i < 10; ++i)
        throttle.recordFailure(QStringLiteral("a%1@example.de").arg(i), QHostAddress(QStringLiteral("2001:db8:0:7::%1").arg(i + 1, 0, 16)));
    QVERIFY(throttle.signInBlockedUntil(QStringLiteral("new@example.de"), QHostAddress(QStringLiteral("2001:db8:0:7:ffff:1:2:3"))));
    QVERIFY(!throttle.signInBlockedUntil(QStringLiteral("new@example.de"), QHostAddress(QStringLiteral("2001:db8:0:8::1"))));
    for (int i = 0; i < 10; ++i)
        throttle.recordFailure(QStringLiteral("b%1@example.de").arg(i), QHostAddress(QStringLiteral("::ffff:203.0.113.7")));
    QVERIFY(throttle.signInBlockedUntil(QStringLiteral("new@example.de"), attacker));
}

// The address as the accounts store it is what counts: case, spaces and a decomposed umlaut name the same account.
void tst_SignInThrottle::accountIsCountedByItsStoredForm()
{
    ManualClock clock;
    SignInThrottle throttle(clock);
    const QString composed = QStringLiteral("j\u00fcrgen@example.de");
    const QString decomposed = QStringLiteral("  JU\u0308rgen@Example.DE ");
    for (int i = 0; i < 5; ++i)
        throttle.recordFailure(composed, QHostAddress(QStringLiteral("203.0.113.%1").arg(i + 1)));
    for (int i = 0; i < 5; ++i)
        throttle.recordFailure(decomposed, QHostAddress(QStringLiteral("198.51.100.%1").arg(i + 1)));
    QVERIFY(throttle.signInBlockedUntil(composed, customer));
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

// Audit finding 4: the account key was the raw field, up to 64 KiB, and nothing capped the table. 100,000 distinct
// accounts of 64 KiB each from as many addresses: the process grows by no more than a table of bounded keys.
void tst_SignInThrottle::memoryStaysFlatUnderDistinctAttempts()
{
#ifndef Q_OS_LINUX
    QSKIP("reads the resident set size from /proc");
#endif
#ifdef __SANITIZE_ADDRESS__
    // AddressSanitizer keeps freed memory in quarantine (256 MiB by default), so the resident set measures that.
    QSKIP("the resident set of an AddressSanitizer build includes its quarantine of freed memory");
#endif
    ManualClock clock;
    SignInThrottle throttle(clock);
    const qsizetype fieldSize = 64 * 1024;
    QString letters;
    letters.reserve(fieldSize + 200000);
    quint32 state = 12345;
    while (letters.size() < fieldSize + 200000) {
        state = state * 1103515245u + 12345u;
        letters.append(QChar(u'a' + (state >> 16) % 26));
    }
    const auto flood = [&](int from, int count) {
        for (int i = from; i < from + count; ++i) {
            // Distinct in their first characters; the rest of the field is the same memory (no copies of 64 KiB).
            const QStringView account(letters.constData() + i, fieldSize);
            throttle.recordFailure(account, QHostAddress(quint32(0x0a000000u + quint32(i))));
        }
    };
    flood(0, 100000);
    const qint64 afterFirst = residentKiB();
    flood(100000, 100000);
    const qint64 afterSecond = residentKiB();
    qInfo("resident set: %lld KiB after 100,000 distinct attempts, %lld KiB after 200,000", afterFirst, afterSecond);
    QVERIFY2(afterSecond - afterFirst < 4 * 1024, "the second 100,000 attempts grew the process by 4 MiB or more");
    QVERIFY(throttle.trackedKeys() <= ThrottleSettings().trackedKeys);
}

qint64 tst_SignInThrottle::residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QTEST_GUILESS_MAIN(tst_SignInThrottle)
#include "tst_signinthrottle.moc"
