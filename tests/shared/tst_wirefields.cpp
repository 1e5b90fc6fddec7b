#include "wire/AdvisorWire.h"
#include "wire/InquiryWire.h"
#include "wire/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace confidant;

// Every entity's fields are listed once (wire/FieldTable.h) for all of its encoders and its decoder. Each sample
// below sets every member to something other than its default, so a field left out of a table comes back as the
// default and the round trip fails; and every key an encoder writes must matter to the decoder.
class tst_WireFields : public QObject {
    Q_OBJECT
private slots:
    void inquiryRoundTripsThroughBothEncoders();
    void changeBatchRoundTripsThroughBothEncoders();
    void everyEntityRoundTrips();
    void everyWrittenKeyIsRead();
    void unknownActionsAreIgnored();
    void anInquiryWithoutActionsOffersNone();

private:
    static Inquiry sampleInquiry();
    static ChangeBatch sampleBatch();
};

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, minute, 15, 125), QTimeZone::utc());
}

QJsonObject parsed(const QByteArray &document)
{
    return QJsonDocument::fromJson(document).object();
}

// Decodes what `encode` wrote for `value`, and says whether it is the same again.
template<typename T, typename Decode>
bool roundTrips(const T &value, Decode decode)
{
    QString error;
    const std::optional<T> decoded = decode(wire::toJson(value), &error);
    if (!decoded)
        qWarning() << "not decoded:" << error;
    return decoded && *decoded == value;
}

// Without any one of the keys it writes, the decoder refuses the object or reads something else, for at least one
// of the samples (an optional field that is none in one sample says nothing by its absence there).
template<typename T, typename Decode>
void checkEveryKeyIsRead(const QList<T> &samples, Decode decode)
{
    const QStringList keys = wire::toJson(samples.first()).keys();
    QVERIFY(!keys.isEmpty());
    for (const QString &key : keys) {
        bool read = false;
        for (const T &value : samples) {
            QJsonObject without = wire::toJson(value);
            without.remove(key);
            const std::optional<T> decoded = decode(without, nullptr);
            read |= !decoded || !(*decoded == value);
        }
        QVERIFY2(read, qPrintable(QStringLiteral("the key \"%1\" is written but never read").arg(key)));
    }
}

} // namespace

Inquiry tst_WireFields::sampleInquiry()
{
    Inquiry inquiry;
    inquiry.id = 41;
    inquiry.customerId = 7;
    inquiry.customerName = QStringLiteral("Zo\u00eb \u00dcnal");
    inquiry.topicId = 3;
    inquiry.topicKey = QStringLiteral("mortgage");
    inquiry.topicTitle = QStringLiteral("Mortgages");
    inquiry.subject = QStringLiteral("Fixed rate \"10 years\"?");
    inquiry.state = InquiryState::AwaitingCustomer;
    inquiry.createdAt = at(1);
    inquiry.waitingSince = at(2);
    inquiry.lastActivityAt = at(3);
    inquiry.assignedAdvisorId = std::nullopt; // held: nobody owns it, and the decoder checks that
    inquiry.teamId = 5;
    inquiry.closedAt = at(4);
    inquiry.customerFixedAdvisorId = 11;
    inquiry.responseTargetMinutes = 240;
    inquiry.heldForAdvisorId = 12;
    inquiry.heldForAdvisorName = QStringLiteral("Maria M\u00fcller");
    inquiry.seq = 9001;
    inquiry.allowedActions = InquiryAction::Claim | InquiryAction::Transfer | InquiryAction::Assign;
    return inquiry;
}

ChangeBatch tst_WireFields::sampleBatch()
{
    Inquiry owned = sampleInquiry();
    owned.id = 42;
    owned.heldForAdvisorId.reset();
    owned.heldForAdvisorName.clear();
    owned.assignedAdvisorId = 12;
    owned.allowedActions = InquiryAction::Release | InquiryAction::Close;
    return ChangeBatch{100, 9001, true, {sampleInquiry(), owned}, {17, 18}, false};
}

void tst_WireFields::inquiryRoundTripsThroughBothEncoders()
{
    const Inquiry inquiry = sampleInquiry();
    QVERIFY(roundTrips(inquiry, wire::inquiryFromJson));
    // The feed's streaming encoder writes an inquiry as the object encoder does: one table for both.
    const ChangeBatch one{0, 1, false, {inquiry}, {}, false};
    const QJsonObject streamed = parsed(wire::encodeChangeBatch(one)).value(QStringLiteral("inquiries")).toArray().first().toObject();
    QCOMPARE(streamed, wire::toJson(inquiry));
    QCOMPARE(wire::inquiryFromJson(streamed), std::optional<Inquiry>(inquiry));
}

void tst_WireFields::changeBatchRoundTripsThroughBothEncoders()
{
    ChangeBatch batch = sampleBatch();
    QCOMPARE(parsed(wire::encodeChangeBatch(batch)), wire::toJson(batch));
    batch.heldBack = false; // not on the wire: the server's own note
    QCOMPARE(wire::changeBatchFromJson(parsed(wire::encodeChangeBatch(batch))), std::optional<ChangeBatch>(batch));
    QVERIFY(roundTrips(batch, wire::changeBatchFromJson));
}

void tst_WireFields::everyEntityRoundTrips()
{
    QVERIFY(roundTrips(Message{5, 41, MessageAuthor::Advisor, QStringLiteral("Maria"), QStringLiteral("Yes \\ no"), at(5), 77},
                       wire::messageFromJson));
    QVERIFY(roundTrips(InquiryEvent{6, QStringLiteral("transferred"), QStringLiteral("Sabine"), QStringLiteral("Maria"), QStringLiteral("Jonas"),
                                    QStringLiteral("Private"), QStringLiteral("Business"), QStringLiteral("Knows the case"), at(6), at(7)},
                       wire::inquiryEventFromJson));
    QVERIFY(roundTrips(InquiryNote{8, QStringLiteral("Jonas"), QStringLiteral("Call back on Monday"), at(8)}, wire::inquiryNoteFromJson));
    QVERIFY(roundTrips(AdvisorProfile{9, QStringLiteral("s.wagner"), QStringLiteral("Sabine Wagner"), QStringLiteral("Private clients"), true, 5},
                       wire::advisorProfileFromJson));
    QVERIFY(roundTrips(Absence{9, QStringLiteral("Sabine Wagner"), at(9), at(10)}, wire::absenceFromJson));
    QVERIFY(roundTrips(Topic{3, QStringLiteral("mortgage"), QStringLiteral("Mortgages")}, wire::topicFromJson));
    const Directory directory{{{9, QStringLiteral("Sabine Wagner"), 5, at(11)}, {10, QStringLiteral("Jonas Weber"), 6, QDateTime()}},
                              {{5, QStringLiteral("Private clients")}, {6, QStringLiteral("Business clients")}}};
    QVERIFY(roundTrips(directory, wire::directoryFromJson));
}

void tst_WireFields::everyWrittenKeyIsRead()
{
    checkEveryKeyIsRead(QList<Inquiry>{sampleInquiry(), sampleBatch().inquiries.last()}, wire::inquiryFromJson);
    checkEveryKeyIsRead(QList<ChangeBatch>{sampleBatch()}, wire::changeBatchFromJson);
    checkEveryKeyIsRead(QList<Message>{{5, 41, MessageAuthor::Advisor, QStringLiteral("Maria"), QStringLiteral("Yes"), at(5), 77}},
                        wire::messageFromJson);
    checkEveryKeyIsRead(QList<InquiryEvent>{{6, QStringLiteral("transferred"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                             QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f"), at(6), at(7)}},
                        wire::inquiryEventFromJson);
    checkEveryKeyIsRead(QList<InquiryNote>{{8, QStringLiteral("Jonas"), QStringLiteral("Note"), at(8)}}, wire::inquiryNoteFromJson);
    checkEveryKeyIsRead(QList<AdvisorProfile>{{9, QStringLiteral("s.wagner"), QStringLiteral("Sabine"), QStringLiteral("Team"), true, 5}},
                        wire::advisorProfileFromJson);
    checkEveryKeyIsRead(QList<Absence>{{9, QStringLiteral("Sabine"), at(9), at(10)}}, wire::absenceFromJson);
    checkEveryKeyIsRead(QList<Topic>{{3, QStringLiteral("mortgage"), QStringLiteral("Mortgages")}}, wire::topicFromJson);
    checkEveryKeyIsRead(QList<Directory>{{{{9, QStringLiteral("Sabine"), 5, at(11)}}, {{5, QStringLiteral("Team")}}}}, wire::directoryFromJson);
}

// A newer server may offer an action this version cannot do: the client leaves it out rather than refuse the
// whole inquiry (and with it the feed page).
void tst_WireFields::unknownActionsAreIgnored()
{
    QJsonObject json = wire::toJson(sampleInquiry());
    json.insert(QStringLiteral("allowedActions"), QJsonArray{QStringLiteral("claim"), QStringLiteral("escalate")});
    const auto decoded = wire::inquiryFromJson(json);
    QVERIFY(decoded);
    QCOMPARE(decoded->allowedActions, InquiryActions(InquiryAction::Claim));
    json.insert(QStringLiteral("allowedActions"), 5);
    QVERIFY(!wire::inquiryFromJson(json)); // not a list at all: a broken answer
}

void tst_WireFields::anInquiryWithoutActionsOffersNone()
{
    QJsonObject json = wire::toJson(sampleInquiry());
    json.remove(QStringLiteral("allowedActions"));
    const auto decoded = wire::inquiryFromJson(json);
    QVERIFY(decoded);
    QCOMPARE(decoded->allowedActions, InquiryActions());
}

QTEST_APPLESS_MAIN(tst_WireFields)
#include "tst_wirefields.moc"
