#include "validation/Validation.h"

#include <QTest>

using namespace confidant;

class tst_Validation : public QObject {
    Q_OBJECT
private slots:
    void strictUtf8_data();
    void strictUtf8();
    void email_data();
    void email();
    void subject_data();
    void subject();
    void body_data();
    void body();
    void password_data();
    void password();
    void topicKeyAndLogin();
    void displayName_data();
    void displayName();
    void normalisesLineEndings();
    void normalisesNames();
};

void tst_Validation::strictUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("hello") << true;
    QTest::newRow("umlauts") << QByteArray("Gr\xc3\xbc\xc3\x9f" "e") << true;
    QTest::newRow("emoji") << QByteArray("\xf0\x9f\x98\x80") << true;
    QTest::newRow("literal replacement char") << QByteArray("\xef\xbf\xbd") << true;
    QTest::newRow("newline and tab") << QByteArray("a\r\n\tb") << true;
    QTest::newRow("lone continuation") << QByteArray("a\x80" "b") << false;
    QTest::newRow("truncated sequence") << QByteArray("a\xc3") << false;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("latin1 byte") << QByteArray("caf\xe9") << false;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << false;
    QTest::newRow("escape control") << QByteArray("a\x1b[31m") << false;
}

void tst_Validation::strictUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(validation::decodeStrictUtf8(bytes).has_value(), valid);
}

void tst_Validation::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("anna.schmidt@example.de") << true;
    QTest::newRow("plus") << QStringLiteral("a+b@mail.example.com") << true;
    QTest::newRow("surrounding space trimmed") << QStringLiteral("  a@example.org ") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no at") << QStringLiteral("anna.example.de") << false;
    QTest::newRow("two ats") << QStringLiteral("a@b@example.de") << false;
    QTest::newRow("no domain dot") << QStringLiteral("a@localhost") << false;
    QTest::newRow("space inside") << QStringLiteral("an na@example.de") << false;
    QTest::newRow("markup") << QStringLiteral("<script>@example.de") << false;
    QTest::newRow("too long") << (QString(250, QLatin1Char('a')) + QStringLiteral("@example.de")) << false;
}

void tst_Validation::email()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    const FieldErrors errors = validation::checkEmail(email);
    QCOMPARE(errors.isEmpty(), valid);
    if (!valid) {
        QCOMPARE(errors.first().field, QStringLiteral("email"));
        QVERIFY(!errors.first().message.isEmpty());
    }
}

void tst_Validation::subject_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("valid");
    QTest::newRow("normal") << QStringLiteral("Question about my mortgage") << true;
    QTest::newRow("exactly 200") << QString(200, QLatin1Char('x')) << true;
    QTest::newRow("200 emoji count as 200") << QString::fromUtf8("\xf0\x9f\x98\x80").repeated(200) << true;
    QTest::newRow("201") << QString(201, QLatin1Char('x')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("only spaces") << QStringLiteral("   \t ") << false;
    QTest::newRow("two lines") << QStringLiteral("a\nb") << false;
    QTest::newRow("control char") << QStringLiteral("a\x07" "b") << false;
}

void tst_Validation::subject()
{
    QFETCH(QString, subject);
    QFETCH(bool, valid);
    QCOMPARE(validation::checkSubject(subject).isEmpty(), valid);
}

void tst_Validation::body_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("valid");
    QTest::newRow("multi-line") << QStringLiteral("Hello,\n\nI have a question.\n") << true;
    QTest::newRow("exactly 20000") << QString(20000, QLatin1Char('x')) << true;
    QTest::newRow("20001") << QString(20001, QLatin1Char('x')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("only newlines") << QStringLiteral("\n\r\n") << false;
    QTest::newRow("NUL inside") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << false;
}

void tst_Validation::body()
{
    QFETCH(QString, body);
    QFETCH(bool, valid);
    QCOMPARE(validation::checkMessageBody(body).isEmpty(), valid);
}

void tst_Validation::password_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("valid");
    QTest::newRow("long enough") << QStringLiteral("correct horse battery") << true;
    QTest::newRow("9 chars") << QStringLiteral("123456789") << false;
    QTest::newRow("257 chars") << QString(257, QLatin1Char('p')) << false;
    QTest::newRow("newline") << QStringLiteral("abcdefghij\nk") << false;
}

void tst_Validation::password()
{
    QFETCH(QString, password);
    QFETCH(bool, valid);
    QCOMPARE(validation::checkNewPassword(password).isEmpty(), valid);
}

void tst_Validation::topicKeyAndLogin()
{
    QVERIFY(validation::checkTopicKey(QStringLiteral("mortgage")).isEmpty());
    QVERIFY(!validation::checkTopicKey(QString()).isEmpty());
    QVERIFY(!validation::checkTopicKey(QStringLiteral("../etc")).isEmpty());
    QVERIFY(!validation::checkTopicKey(QStringLiteral("Mortgage")).isEmpty());
    QVERIFY(validation::checkLogin(QStringLiteral("m.mueller")).isEmpty());
    QVERIFY(!validation::checkLogin(QStringLiteral("x")).isEmpty());
    QVERIFY(!validation::checkLogin(QStringLiteral("robert'); drop")).isEmpty());
}

void tst_Validation::displayName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error"); // empty when the name is fine
    const QString missing = QStringLiteral("Please enter a name.");
    const QString tooLong = QStringLiteral("The name is too long (at most 120 characters).");
    const QString unstorable = QStringLiteral("This text contains characters that cannot be stored.");
    QTest::newRow("plain") << QStringLiteral("Anna Schmidt") << QString();
    QTest::newRow("unicode") << QStringLiteral("Zo\u00eb \u00dcnal-\u00d8ster") << QString();
    QTest::newRow("one letter") << QStringLiteral("A") << QString();
    QTest::newRow("empty") << QString() << missing;
    QTest::newRow("spaces only") << QStringLiteral(" \t \u00a0\n ") << missing;
    QTest::newRow("exactly 120") << QString(120, QLatin1Char('n')) << QString();
    QTest::newRow("120 after collapsing") << QStringLiteral("  ") + QString(60, QLatin1Char('n')) + QStringLiteral("    ")
            + QString(59, QLatin1Char('n')) + QStringLiteral("\t") << QString();
    QTest::newRow("121") << QString(121, QLatin1Char('n')) << tooLong;
    QTest::newRow("120 emoji count as 120") << QString::fromUtf8("\xf0\x9f\x98\x80").repeated(120) << QString();
    QTest::newRow("bell") << QStringLiteral("Anna\x07 Schmidt") << unstorable;
    QTest::newRow("escape") << QStringLiteral("Anna\x1b[31m") << unstorable;
    QTest::newRow("delete") << QStringLiteral("Anna\x7f") << unstorable;
    QTest::newRow("C1 control") << QStringLiteral("Anna\u009b") << unstorable;
}

void tst_Validation::displayName()
{
    QFETCH(QString, name);
    QFETCH(QString, error);
    const FieldErrors errors = validation::checkDisplayName(name);
    const FieldErrors expected = error.isEmpty() ? FieldErrors() : FieldErrors{{QStringLiteral("name"), error}};
    QCOMPARE(errors, expected);
}

void tst_Validation::normalisesLineEndings()
{
    QCOMPARE(validation::normalisedText(QStringLiteral("  a\r\nb\rc  ")), QStringLiteral("a\nb\nc"));
}

void tst_Validation::normalisesNames()
{
    QCOMPARE(validation::normalisedName(QStringLiteral("  Zo\u00eb \t\r\n \u00dcnal-\u00d8ster  ")),
             QStringLiteral("Zo\u00eb \u00dcnal-\u00d8ster"));
    QCOMPARE(validation::normalisedName(QStringLiteral("Anna\u00a0\u00a0Schmidt")), QStringLiteral("Anna Schmidt"));
    QCOMPARE(validation::normalisedName(QStringLiteral("Jos\u00e9")), QStringLiteral("Jos\u00e9"));
}

QTEST_APPLESS_MAIN(tst_Validation)
#include "tst_validation.moc"
