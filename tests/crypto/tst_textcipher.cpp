#include "crypto/InquiryCipher.h"
#include "crypto/TextCipher.h"

#include <QTest>

using namespace confidant::server;

class tst_TextCipher : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void eachSealIsDifferent();
    void wrongAssociatedDataFails();
    void tamperedValueFails_data();
    void tamperedValueFails();
    void wrongKeyFails();
    void inquiryCipherBindsInquiryAndField();

private:
    SecretKey m_key = *SecretKey::random();
};

void tst_TextCipher::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray("x");
    QTest::newRow("umlauts") << QStringLiteral("Kündigung zum 31.12. – bitte bestätigen").toUtf8();
    QTest::newRow("20000 bytes") << QByteArray(20000, 'a');
}

void tst_TextCipher::roundTrip()
{
    QFETCH(QByteArray, plaintext);
    const auto sealed = TextCipher::seal(m_key, plaintext, "aad");
    QVERIFY(sealed);
    QCOMPARE(sealed->size(), plaintext.size() + TextCipher::overhead);
    QCOMPARE(sealed->at(0), TextCipher::version);
    if (plaintext.size() > 4)
        QVERIFY(!sealed->contains(plaintext));
    QCOMPARE(TextCipher::open(m_key, *sealed, "aad"), plaintext);
}

// A random nonce each time: the same text sealed twice looks unrelated.
void tst_TextCipher::eachSealIsDifferent()
{
    QVERIFY(TextCipher::seal(m_key, "same", "aad") != TextCipher::seal(m_key, "same", "aad"));
}

void tst_TextCipher::wrongAssociatedDataFails()
{
    const auto sealed = TextCipher::seal(m_key, "Mortgage for the house", "confidant:v1:7:subject");
    QVERIFY(!TextCipher::open(m_key, *sealed, "confidant:v1:8:subject"));
    QVERIFY(!TextCipher::open(m_key, *sealed, "confidant:v1:7:body"));
    QVERIFY(!TextCipher::open(m_key, *sealed, ""));
}

void tst_TextCipher::tamperedValueFails_data()
{
    QTest::addColumn<int>("position"); // negative: from the end
    QTest::newRow("version") << 0;
    QTest::newRow("nonce") << 5;
    QTest::newRow("ciphertext") << TextCipher::overhead - TextCipher::tagSize + 2;
    QTest::newRow("tag") << -1;
}

void tst_TextCipher::tamperedValueFails()
{
    QFETCH(int, position);
    QByteArray sealed = *TextCipher::seal(m_key, "Please transfer 500 EUR", "aad");
    const qsizetype at = position < 0 ? sealed.size() + position : position;
    sealed[at] = char(sealed.at(at) ^ 0x01);
    QVERIFY(!TextCipher::open(m_key, sealed, "aad"));
    QVERIFY(!TextCipher::open(m_key, sealed.left(TextCipher::overhead - 1), "aad")); // too short to be a value
}

void tst_TextCipher::wrongKeyFails()
{
    const auto sealed = TextCipher::seal(m_key, "secret", "aad");
    QVERIFY(!TextCipher::open(*SecretKey::random(), *sealed, "aad"));
}

void tst_TextCipher::inquiryCipherBindsInquiryAndField()
{
    const InquiryCipher cipher(42, m_key);
    const auto subject = cipher.seal(InquiryCipher::Field::Subject, QStringLiteral("Zinsbindung"));
    QCOMPARE(cipher.open(InquiryCipher::Field::Subject, *subject), QStringLiteral("Zinsbindung"));
    QVERIFY(!cipher.open(InquiryCipher::Field::Body, *subject));
    QVERIFY(!InquiryCipher(43, m_key).open(InquiryCipher::Field::Subject, *subject));
    QCOMPARE(InquiryCipher::associatedData(42, InquiryCipher::Field::Note), QByteArray("confidant:v1:42:note"));
}

QTEST_GUILESS_MAIN(tst_TextCipher)
#include "tst_textcipher.moc"
