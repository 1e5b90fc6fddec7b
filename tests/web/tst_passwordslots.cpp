#include "web/PasswordSlots.h"

#include <QTest>

using namespace confidant::server;

// Audit finding 3: one account (or one address) must not hold the hashing queue's places by sending its password
// checks in parallel, before the throttle has seen a single failure.
class tst_PasswordSlots : public QObject {
    Q_OBJECT
private slots:
    void oneCheckPerAccountAtATime();
    void fewChecksPerAddress();
};

void tst_PasswordSlots::oneCheckPerAccountAtATime()
{
    PasswordSlots places;
    PasswordSlots::Ticket first = places.take("anna", "203.0.113.7");
    QVERIFY(first);
    QVERIFY(!places.take("anna", "198.51.100.1")); // from another address too
    PasswordSlots::Ticket copy = first;           // the continuation holds a copy
    first.reset();
    QVERIFY(!places.take("anna", "198.51.100.1"));
    copy.reset();
    QVERIFY(places.take("anna", "198.51.100.1"));
}

void tst_PasswordSlots::fewChecksPerAddress()
{
    PasswordSlots places;
    PasswordSlots::Ticket a = places.take("a", "203.0.113.7");
    PasswordSlots::Ticket b = places.take("b", "203.0.113.7");
    QVERIFY(a && b);
    QVERIFY(!places.take("c", "203.0.113.7"));
    QVERIFY(places.take("c", "198.51.100.1"));
    b.reset();
    QVERIFY(places.take("c", "203.0.113.7"));
}

QTEST_GUILESS_MAIN(tst_PasswordSlots)
#include "tst_passwordslots.moc"
