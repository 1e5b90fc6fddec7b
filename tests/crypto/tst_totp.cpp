#include "crypto/Totp.h"

#include <QTest>

using confidant::server::Totp;

// The codes of RFC 6238's test vectors (appendix B, SHA-1, the secret "12345678901234567890"), cut to six digits as
// apps show them, and the window of one step either side.
class tst_Totp : public QObject {
    Q_OBJECT
private slots:
    void rfc6238TestVectors_data();
    void rfc6238TestVectors();
    void aCodeCountsOneStepEitherSide();
    void onlySixDigitsAreACode();
    void theKeyAndTheUriAreWhatAppsRead();
};

const QByteArray rfcSecret = QByteArrayLiteral("12345678901234567890");

static QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

void tst_Totp::rfc6238TestVectors_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("code");
    QTest::newRow("59") << qint64(59) << QStringLiteral("287082");
    QTest::newRow("1111111109") << qint64(1111111109) << QStringLiteral("081804");
    QTest::newRow("1111111111") << qint64(1111111111) << QStringLiteral("050471");
    QTest::newRow("1234567890") << qint64(1234567890) << QStringLiteral("005924");
    QTest::newRow("2000000000") << qint64(2000000000) << QStringLiteral("279037");
    QTest::newRow("20000000000") << qint64(20000000000) << QStringLiteral("353130");
}

void tst_Totp::rfc6238TestVectors()
{
    QFETCH(qint64, time);
    QFETCH(QString, code);
    QCOMPARE(Totp::codeAt(rfcSecret, at(time)), code);
    QCOMPARE(Totp::matchingStep(rfcSecret, code, at(time)), std::optional<qint64>(time / 30));
}

void tst_Totp::aCodeCountsOneStepEitherSide()
{
    const QDateTime now = at(1234567890);
    const QString code = Totp::codeAt(rfcSecret, now);
    QCOMPARE(Totp::matchingStep(rfcSecret, code, now.addSecs(30)), std::optional<qint64>(Totp::stepAt(now)));
    QCOMPARE(Totp::matchingStep(rfcSecret, code, now.addSecs(-30)), std::optional<qint64>(Totp::stepAt(now)));
    QVERIFY(!Totp::matchingStep(rfcSecret, code, now.addSecs(60)));
    QVERIFY(!Totp::matchingStep(rfcSecret, code, now.addSecs(-60)));
    QVERIFY(!Totp::matchingStep(QByteArrayLiteral("another secret 12345"), code, now));
}

void tst_Totp::onlySixDigitsAreACode()
{
    const QDateTime now = at(1234567890);
    QCOMPARE(Totp::matchingStep(rfcSecret, QStringLiteral(" 005 924 "), now), std::optional<qint64>(Totp::stepAt(now)));
    for (const QString &notACode : {QStringLiteral("5924"), QStringLiteral("0059245"), QStringLiteral("00592a"), QStringLiteral("00\u0665924"), QString()})
        QVERIFY2(!Totp::matchingStep(rfcSecret, notACode, now), qPrintable(notACode));
}

void tst_Totp::theKeyAndTheUriAreWhatAppsRead()
{
    QCOMPARE(Totp::base32(rfcSecret), QStringLiteral("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"));
    QCOMPARE(Totp::provisioningUri(QStringLiteral("Confidant"), QStringLiteral("anna@example.de"), rfcSecret),
             QStringLiteral("otpauth://totp/Confidant:anna@example.de?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Confidant&digits=6&period=30"));
}

QTEST_GUILESS_MAIN(tst_Totp)
#include "tst_totp.moc"
