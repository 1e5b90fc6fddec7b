#include "InquiryFixture.h"
#include "SmtpSink.h"
#include "TestPki.h"
#include "mail/MailComposer.h"
#include "mail/MailDispatcher.h"
#include "store/CustomerReadStore.h"
#include "store/InquiryMessages.h"
#include "store/InquiryStore.h"
#include "store/MailOutboxStore.h"

#include <QSqlQuery>

using namespace confidant;
using namespace confidant::server;
using confidant::testing::SmtpSink;

// The notice that an answer waits, from the advisor's reply to the relay: written in the reply's transaction, at
// most one per inquiry until the customer has read it, holding nothing of the inquiry, sent only over STARTTLS,
// kept through a relay outage, and never sent twice after a crash.
class tst_MailDispatcher : public testing::InquiryFixture {
    Q_OBJECT
private slots:
    void initTestCase();
    void noticeHoldsNothingOfTheAnswer();
    void oneNoticePerInquiryUntilRead();
    void noticeModeAndLanguage();
    void relayWithoutStartTlsGetsNothing();
    void outageDelaysNoticesAndLosesNone();
    void crashNeverSendsTwice();

private:
    SmtpSettings relay(const SmtpSink &sink) const;
    qint64 answeredInquiry(qint64 customerId, const QString &subject, const QString &answer);
    int outboxRows();
    std::unique_ptr<testing::TestPki> m_pki;
    // A trailing slash on the public address must not double in the link.
    MailComposer m_composer{QStringLiteral("no-reply@bank.example"), QStringLiteral("https://postfach.bank.example/"), m_clock};
};

void tst_MailDispatcher::initTestCase()
{
    m_pki = std::make_unique<testing::TestPki>();
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
}

SmtpSettings tst_MailDispatcher::relay(const SmtpSink &sink) const
{
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = sink.port();
    settings.from = QStringLiteral("no-reply@bank.example");
    settings.caCertificates = {m_pki->caCertificate};
    settings.timeout = std::chrono::seconds(5);
    return settings;
}

qint64 tst_MailDispatcher::answeredInquiry(qint64 customerId, const QString &subject, const QString &answer)
{
    const Inquiry inquiry = InquiryStore(*m_db).createInquiry(customerId, m_topic.id, subject, QStringLiteral("My question"), m_clock.now()).value();
    [&] { QVERIFY(InquiryMessages(*m_db).addAdvisorReply(m_advisor, inquiry.id, answer, m_clock.now())); }();
    return inquiry.id;
}

int tst_MailDispatcher::outboxRows()
{
    const auto waiting = MailOutboxStore(*m_db).waiting();
    return waiting ? waiting.value() : -1;
}

void tst_MailDispatcher::noticeHoldsNothingOfTheAnswer()
{
    SmtpSink sink(*m_pki);
    QVERIFY2(sink.start(), qPrintable(sink.errorString()));
    const qint64 anna = customer(QStringLiteral("anna@example.de"), QStringLiteral("Anna Schmidt"));
    answeredInquiry(anna, QStringLiteral("K\u00fcndigung Depot 4711"), QStringLiteral("Ihr Depot 4711 wird zum 31. M\u00e4rz aufgel\u00f6st."));
    QCOMPARE(outboxRows(), 1); // written with the reply, before any mail is sent
    MailDispatcher dispatcher(*m_db, relay(sink), m_composer, m_clock);
    QCOMPARE(dispatcher.deliverDue(), 1);
    QCOMPARE(outboxRows(), 0);
    const QList<QByteArray> received = sink.messages();
    QCOMPARE(received.size(), 1);
    const QByteArray &mail = received.first();
    QCOMPARE(SmtpSink::header(mail, "X-Envelope-To"), QByteArray("anna@example.de"));
    const QString body = SmtpSink::bodyText(mail);
    QVERIFY2(body.contains(QLatin1String("https://postfach.bank.example/inquiries")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("neue Antwort")), qPrintable(body)); // German unless the customer chose otherwise
    for (const QString &secret : {QStringLiteral("K\u00fcndigung"), QStringLiteral("4711"), QStringLiteral("Anna"), QStringLiteral("Schmidt"),
                                  QStringLiteral("Depot"), QStringLiteral("M\u00fcller"), QStringLiteral("aufgel\u00f6st")}) {
        QVERIFY2(!body.contains(secret), qPrintable(secret));
        QVERIFY2(!QString::fromUtf8(mail).contains(secret), qPrintable(secret));
    }
}

void tst_MailDispatcher::oneNoticePerInquiryUntilRead()
{
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    const qint64 first = answeredInquiry(anna, QStringLiteral("First"), QStringLiteral("One"));
    const Message second = InquiryMessages(*m_db).addAdvisorReply(m_advisor, first, QStringLiteral("Two"), m_clock.now()).value();
    QCOMPARE(outboxRows(), 1);
    answeredInquiry(anna, QStringLiteral("Other inquiry"), QStringLiteral("Three"));
    QCOMPARE(outboxRows(), 2); // per inquiry
    QVERIFY(CustomerReadStore(*m_db).markRead(anna, first, second.id, m_clock.now()));
    QVERIFY(InquiryMessages(*m_db).addAdvisorReply(m_advisor, first, QStringLiteral("Four"), m_clock.now()));
    QCOMPARE(outboxRows(), 3); // read since: worth telling again
    QVERIFY(InquiryMessages(*m_db).addCustomerMessage(anna, first, QStringLiteral("Thanks"), m_clock.now()));
    QCOMPARE(outboxRows(), 3); // the customer's own message tells nobody
}

void tst_MailDispatcher::noticeModeAndLanguage()
{
    SmtpSink sink(*m_pki);
    QVERIFY2(sink.start(), qPrintable(sink.errorString()));
    const qint64 quiet = customer(QStringLiteral("quiet@example.de"));
    const qint64 english = customer(QStringLiteral("english@example.de"));
    QSqlQuery set(m_db->connection());
    QVERIFY(set.exec(QStringLiteral("UPDATE customers SET notice_mode = 'never' WHERE id = %1").arg(quiet)));
    QVERIFY(set.exec(QStringLiteral("UPDATE customers SET notice_language = 'en' WHERE id = %1").arg(english)));
    answeredInquiry(quiet, QStringLiteral("Q"), QStringLiteral("A"));
    QCOMPARE(outboxRows(), 0);
    answeredInquiry(english, QStringLiteral("Q"), QStringLiteral("A"));
    MailDispatcher dispatcher(*m_db, relay(sink), m_composer, m_clock);
    QCOMPARE(dispatcher.deliverDue(), 1);
    QVERIFY(SmtpSink::bodyText(sink.messages().value(0)).contains(QLatin1String("You have a new answer in your mailbox")));
}

// Required, not opportunistic: a relay (or someone in between) that does not offer STARTTLS gets no mail at all,
// and the notice waits.
void tst_MailDispatcher::relayWithoutStartTlsGetsNothing()
{
    SmtpSink sink(*m_pki);
    QVERIFY2(sink.start(0, false), qPrintable(sink.errorString()));
    answeredInquiry(customer(QStringLiteral("anna@example.de")), QStringLiteral("Q"), QStringLiteral("A"));
    MailDispatcher dispatcher(*m_db, relay(sink), m_composer, m_clock);
    QCOMPARE(dispatcher.deliverDue(), 0);
    QCOMPARE(sink.messages().size(), 0);
    QCOMPARE(outboxRows(), 1);
}

// Ten minutes without a relay: every notice waits and each arrives once when it is back.
void tst_MailDispatcher::outageDelaysNoticesAndLosesNone()
{
    SmtpSink sink(*m_pki);
    QVERIFY2(sink.start(), qPrintable(sink.errorString()));
    const quint16 port = sink.port();
    sink.stop();
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    MailDispatcher dispatcher(*m_db, relay(sink), m_composer, m_clock);
    for (int minute = 0; minute < 10; ++minute) {
        answeredInquiry(anna, QStringLiteral("Inquiry %1").arg(minute), QStringLiteral("Answer"));
        QCOMPARE(dispatcher.deliverDue(), 0);
        m_clock.advance(60);
    }
    QCOMPARE(outboxRows(), 10);
    QVERIFY2(sink.start(port), qPrintable(sink.errorString()));
    m_clock.advance(60 * 60); // past the longest pause
    QCOMPARE(dispatcher.deliverDue(), 10);
    QCOMPARE(sink.messages().size(), 10);
    QCOMPARE(outboxRows(), 0);
}

// A sender that stopped before the message's end (claimed) may send it again; one that stopped after it
// (committing) must not: the relay may have it.
void tst_MailDispatcher::crashNeverSendsTwice()
{
    SmtpSink sink(*m_pki);
    QVERIFY2(sink.start(), qPrintable(sink.errorString()));
    const qint64 anna = customer(QStringLiteral("anna@example.de"));
    answeredInquiry(anna, QStringLiteral("Before the end"), QStringLiteral("A"));
    answeredInquiry(anna, QStringLiteral("After the end"), QStringLiteral("B"));
    QSqlQuery crash(m_db->connection());
    QVERIFY(crash.exec(QStringLiteral("UPDATE mail_outbox SET state = 'claimed', claimed_at = now() - interval '1 hour' "
                                      "WHERE id = (SELECT min(id) FROM mail_outbox)")));
    QVERIFY(crash.exec(QStringLiteral("UPDATE mail_outbox SET state = 'committing', claimed_at = now() - interval '1 hour' "
                                      "WHERE id = (SELECT max(id) FROM mail_outbox)")));
    MailDispatcher dispatcher(*m_db, relay(sink), m_composer, m_clock);
    m_clock.set(QDateTime::currentDateTimeUtc()); // the claims above are on the database's clock
    QCOMPARE(dispatcher.deliverDue(), 1);
    QCOMPARE(sink.messages().size(), 1);
    QCOMPARE(outboxRows(), 0);
    QCOMPARE(dispatcher.deliverDue(), 0);
    QCOMPARE(sink.messages().size(), 1);
}

QTEST_GUILESS_MAIN(tst_MailDispatcher)
#include "tst_maildispatcher.moc"
