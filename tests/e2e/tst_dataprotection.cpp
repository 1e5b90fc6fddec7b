#include "EndToEndFixture.h"
#include "service/InquiryMoves.h"
#include "store/AdvisorStore.h"
#include "store/Database.h"
#include "store/InquiryOwnership.h"
#include "store/RetentionPolicyStore.h"
#include "wire/ApiErrorWire.h"
#include "wire/DeletionWire.h"
#include "wire/DraftWire.h"
#include "wire/InquiryWire.h"
#include "wire/JsonReader.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace confidant;
using namespace confidant::server;
using confidant::testing::HttpsClient;
using confidant::testing::Reply;

// The customer's data over real TLS (GDPR): the export of everything stored about them, deleting an inquiry and
// closing the account, and the advisors' deletion recommendations with legal holds and the deletion log.
class tst_DataProtection : public testing::EndToEndFixture {
    Q_OBJECT
private slots:
    void deletionRecommendationsAreConfirmedOrPostponed();
    void theExportHoldsAllOfTheCustomersDataAndNobodyElses();
    void customersDeleteTheirInquiriesAndCloseTheirAccount();
    void onlyATeamLeadSetsOrLiftsALegalHold();

private:
    // Mortgage inquiries go to Maria's team's queue, so a lead of that team may hold them; `lead`: Maria leads it.
    void routeMortgageToMariasTeam(bool lead);
    QJsonArray logEntries(HttpsClient &advisor);
};

void tst_DataProtection::routeMortgageToMariasTeam(bool lead)
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE topics SET team_id = (SELECT team_id FROM advisors WHERE login = 'm.mueller') WHERE key = 'mortgage'")));
    QVERIFY(query.exec(QStringLiteral("UPDATE advisors SET team_lead = %1 WHERE login = 'm.mueller'").arg(lead ? QLatin1String("true") : QLatin1String("false"))));
}

QJsonArray tst_DataProtection::logEntries(HttpsClient &advisor)
{
    return wire::parseObject(advisor.get(QStringLiteral("/api/v1/deletion-log")).body).value_or(QJsonObject()).value(QStringLiteral("entries")).toArray();
}

// The deletion routes over TLS: the list, every refusal of a hostile body, a legal hold, the confirmation, the
// feed's removed id, the customer's 404 and a log without content. (Deadlines to the second: tst_retention.)
void tst_DataProtection::deletionRecommendationsAreConfirmedOrPostponed()
{
    routeMortgageToMariasTeam(true);
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("Old rate"), QStringLiteral("SECRET-BODY of an old question"));
    const AdvisorProfile mariaProfile = *AdvisorStore(*m_db).findByLogin(QStringLiteral("m.mueller"));
    InquiryOwnership ownership(*m_db);
    AdvisorStore advisors(*m_db);
    InquiryMoves moves(ownership, advisors, m_clock);
    QVERIFY(moves.claim(mariaProfile, id));
    QVERIFY(moves.close(mariaProfile, id));
    QVERIFY(RetentionPolicyStore(*m_db).setTopicRetention(QStringLiteral("mortgage"), 1));
    auto maria = advisor();
    const auto recommended = [&] { return wire::parseObject(maria->get(QStringLiteral("/api/v1/deletions")).body)->value(QStringLiteral("recommendations")).toArray(); };
    QVERIFY(recommended().isEmpty());
    QSqlQuery age(m_db->connection());
    QVERIFY(age.exec(QStringLiteral("UPDATE inquiries SET closed_at = closed_at - interval '2 days'")));
    QCOMPARE(recommended().size(), 1);
    const QJsonObject first = recommended().first().toObject();
    QCOMPARE(wire::deletionRecommendationFromJson(first)->inquiryId, id);
    QVERIFY(first.value(QStringLiteral("overdueSeconds")).toDouble() > 23 * 3600);
    const qint64 cursor = wire::parseObject(maria->get(QStringLiteral("/api/v1/changes?since=0")).body)->value(QStringLiteral("cursor")).toInteger();

    const QString deletions = QStringLiteral("/api/v1/deletions");
    QCOMPARE(maria->postJson(deletions, R"({"inquiryIds": )").status, 400);
    QCOMPARE(maria->postJson(deletions, R"({"inquiryIds": [1]})", "text/plain").status, 415);
    for (const QByteArray &body : {QByteArray(R"({})"), QByteArray(R"({"inquiryIds": []})"), QByteArray(R"({"inquiryIds": ["1"]})"),
                                   QByteArray(R"({"inquiryIds": [1.5]})"), QByteArray(R"({"inquiryIds": [-1]})"), QByteArray(R"({"inquiryIds": 1})")})
        QVERIFY2(maria->postJson(deletions, body).status == 422, body.constData());
    QCOMPARE(maria->postJson(deletions, QStringLiteral(R"({"inquiryIds": [%1, %1]})").arg(id).toUtf8()).status, 422);
    QCOMPARE(maria->postJson(deletions, QStringLiteral(R"({"inquiryIds": [%1, 999999]})").arg(id).toUtf8()).status, 404);

    const QString postpone = QStringLiteral("/api/v1/inquiries/%1/postpone").arg(id);
    QCOMPARE(maria->postJson(postpone, R"({"legalHold": true, "reasonKind": "other", "reason": "   "})").status, 422);
    QCOMPARE(maria->postJson(postpone, R"({"until": "2001-01-01T00:00:00Z", "reasonKind": "other", "reason": "Past"})").status, 422);
    QCOMPARE(maria->postJson(postpone, R"({"until": "tomorrow", "reasonKind": "other", "reason": "Bad date"})").status, 422);
    QCOMPARE(maria->postJson(postpone, R"({"legalHold": true, "until": "2099-01-01T00:00:00Z", "reasonKind": "other", "reason": "Both"})").status, 422);
    QCOMPARE(maria->postJson(postpone, "{\"legalHold\": true, \"reasonKind\": \"other\", \"reason\": \"" + QByteArray(501, 'x') + "\"}").status, 422);
    QCOMPARE(maria->postJson(postpone, R"({"legalHold": true, "reason": "No kind"})").status, 422);
    QCOMPARE(maria->postJson(postpone, R"({"legalHold": true, "reasonKind": "gossip", "reason": "Unknown kind"})").status, 422);
    QCOMPARE(maria->postJson(QStringLiteral("/api/v1/inquiries/999999/postpone"), R"({"legalHold": true, "reasonKind": "other", "reason": "Court"})").status, 404);
    const Reply held = maria->postJson(postpone, R"({"legalHold": true, "reasonKind": "other", "reason": "Court case"})");
    QCOMPARE(held.status, 200);
    QVERIFY(wire::parseObject(held.body)->value(QStringLiteral("recommendations")).toArray().isEmpty());
    QCOMPARE(maria->postJson(deletions, QStringLiteral(R"({"inquiryIds": [%1]})").arg(id).toUtf8()).status, 422);
    QCOMPARE(count(QStringLiteral("inquiries")), 1);

    QVERIFY(age.exec(QStringLiteral("DELETE FROM deletion_postponements")));
    const Reply confirmed = maria->postJson(deletions, QStringLiteral(R"({"inquiryIds": [%1]})").arg(id).toUtf8());
    QCOMPARE(confirmed.status, 200);
    QCOMPARE(wire::parseObject(confirmed.body)->value(QStringLiteral("deletedInquiries")).toInt(), 1);
    QCOMPARE(count(QStringLiteral("inquiries")), 0);
    QCOMPARE(count(QStringLiteral("messages")), 0);
    QCOMPARE(anna->get(QStringLiteral("/inquiries/%1").arg(id)).status, 404);
    const Reply feed = maria->get(QStringLiteral("/api/v1/changes?since=%1&wait=5").arg(cursor));
    QCOMPARE(wire::changeBatchFromJson(*wire::parseObject(feed.body))->removed, QList<qint64>{id});
    const Reply log = maria->get(QStringLiteral("/api/v1/deletion-log"));
    QCOMPARE(log.status, 200);
    QCOMPARE(wire::parseObject(log.body)->value(QStringLiteral("entries")).toArray().size(), 2);
    QVERIFY(!log.body.contains("SECRET-BODY") && !log.body.contains("Old rate") && !log.body.contains("Anna"));
    QVERIFY(!log.body.contains("Court case")); // the hold's kind of reason only (audit 8)
    QCOMPARE(maria->get(QStringLiteral("/api/v1/deletion-log?limit=0")).status, 400);
}

// GDPR articles 15 and 20: everything stored about Anna (account, agreements, every inquiry with her messages and
// the advisors' answers), as JSON and as a readable document, and nothing of Ben's, although they share a topic and
// an advisor.
void tst_DataProtection::theExportHoldsAllOfTheCustomersDataAndNobodyElses()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"), QStringLiteral("Anna Schmidt"));
    const qint64 first = writeInquiry(*anna, QStringLiteral("<b>Rate</b> after ten years"), QStringLiteral("Anna's first message"));
    writeInquiry(*anna, QStringLiteral("Second question"), QStringLiteral("Anna's second message"));
    auto ben = customer();
    registerCustomer(*ben, QStringLiteral("ben@example.de"), QStringLiteral("Ben Braun"));
    const qint64 bens = writeInquiry(*ben, QStringLiteral("Ben's subject"), QStringLiteral("Ben's message"));
    auto maria = advisor();
    for (const auto &[id, reply] : {std::pair{first, "Maria's answer to Anna"}, std::pair{bens, "Maria's answer to Ben"}})
        QCOMPARE(maria->postJson(QStringLiteral("/api/v1/inquiries/%1/replies").arg(id), wire::encodeReplyDraft({QString::fromUtf8(reply)})).status, 201);
    QCOMPARE(maria->postJson(QStringLiteral("/api/v1/inquiries/%1/notes").arg(first), R"({"text":"An internal note about Anna"})").status, 201);

    const Reply json = anna->get(QStringLiteral("/account/export.json"));
    QCOMPARE(json.status, 200);
    QVERIFY(json.header("Content-Disposition").startsWith("attachment; filename=\"confidant-export-"));
    const QJsonObject exported = wire::parseObject(json.body).value_or(QJsonObject());
    QCOMPARE(exported.value(QStringLiteral("format")).toString(), QStringLiteral("confidant-export/1"));
    const QJsonObject account = exported.value(QStringLiteral("account")).toObject();
    QCOMPARE(account.value(QStringLiteral("name")).toString(), QStringLiteral("Anna Schmidt"));
    QCOMPARE(account.value(QStringLiteral("email")).toString(), QStringLiteral("anna@example.de"));
    QCOMPARE(account.value(QStringLiteral("agreements")).toArray().size(), 1);
    const QJsonArray inquiries = exported.value(QStringLiteral("inquiries")).toArray();
    QCOMPARE(inquiries.size(), 2);
    QStringList texts;
    for (const QJsonValue &inquiry : inquiries) {
        texts << inquiry.toObject().value(QStringLiteral("subject")).toString();
        for (const QJsonValue &message : inquiry.toObject().value(QStringLiteral("messages")).toArray())
            texts << message.toObject().value(QStringLiteral("text")).toString();
    }
    texts.sort();
    QCOMPARE(texts, (QStringList{QStringLiteral("<b>Rate</b> after ten years"), QStringLiteral("Anna's first message"),
                                 QStringLiteral("Anna's second message"), QStringLiteral("Maria's answer to Anna"), QStringLiteral("Second question")}));
    for (const QByteArray &foreign : {QByteArray("Ben"), QByteArray("ben@example.de"), QByteArray("internal note")})
        QVERIFY2(!json.body.contains(foreign), foreign.constData());

    const Reply html = anna->get(QStringLiteral("/account/export.html"), "de");
    QCOMPARE(html.status, 200);
    QVERIFY(html.header("Content-Type").startsWith("text/html"));
    QVERIFY(html.header("Content-Disposition").endsWith(".html\""));
    QVERIFY(html.body.contains("&lt;b&gt;Rate&lt;/b&gt; after ten years") && !html.body.contains("<b>Rate"));
    QVERIFY(html.body.contains("answer to Anna"));
    QVERIFY(html.body.contains("Alles, was Confidant \xc3\xbc" "ber Sie speichert"));
    QVERIFY(!html.body.contains("Ben") && !html.body.contains("internal note"));
    QVERIFY(anna->get(QStringLiteral("/account")).body.contains("href=\"/account/export.json\""));
    // Only for the signed-in customer: a stranger is sent to sign in, and no id in the path could name another.
    auto stranger = customer();
    QCOMPARE(stranger->get(QStringLiteral("/account/export.json")).header("Location"), QByteArray("/login"));
}

// GDPR article 17 from the customer's side: an inquiry deleted from its page is gone for the customer and from every
// advisor's feed, a legal hold keeps it, and closing the account (password asked again) deletes everything and
// signs every device out. The log keeps who and when, never what.
void tst_DataProtection::customersDeleteTheirInquiriesAndCloseTheirAccount()
{
    routeMortgageToMariasTeam(true);
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 first = writeInquiry(*anna, QStringLiteral("Delete me"), QStringLiteral("A text to delete"));
    const qint64 second = writeInquiry(*anna, QStringLiteral("Keep me"), QStringLiteral("A text the law keeps"));
    auto maria = advisor();
    const auto feed = [&](qint64 since) { return wire::changeBatchFromJson(*wire::parseObject(maria->get(QStringLiteral("/api/v1/changes?since=%1").arg(since)).body)); };
    std::optional<ChangeBatch> before;
    QTRY_VERIFY_WITH_TIMEOUT((before = feed(0)) && before->inquiries.size() == 2, 10000);
    const QString deletePath = QStringLiteral("/inquiries/%1/delete").arg(first);
    const Reply unconfirmed = anna->postForm(deletePath, {{QStringLiteral("csrf_token"), anna->csrfToken()}});
    QCOMPARE(unconfirmed.status, 422);
    QVERIFY(unconfirmed.body.contains("Tick the box to confirm that the inquiry is deleted for good."));
    const Reply deleted = anna->postForm(deletePath, {{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("confirm"), QStringLiteral("yes")}});
    QCOMPARE(deleted.header("Location"), QByteArray("/inquiries?deleted=1"));
    QCOMPARE(anna->get(QStringLiteral("/inquiries/%1").arg(first)).status, 404);
    QVERIFY(!anna->get(QStringLiteral("/inquiries")).body.contains("Delete me"));
    QCOMPARE(maria->get(QStringLiteral("/api/v1/inquiries/%1").arg(first)).status, 404);
    std::optional<ChangeBatch> after;
    QTRY_VERIFY_WITH_TIMEOUT((after = feed(before->cursor)) && after->removed.contains(first), 10000);
    // Someone else's inquiry cannot be deleted by naming its id.
    auto ben = customer();
    registerCustomer(*ben, QStringLiteral("ben@example.de"), QStringLiteral("Ben Braun"));
    QCOMPARE(ben->postForm(QStringLiteral("/inquiries/%1/delete").arg(second), {{QStringLiteral("csrf_token"), ben->csrfToken()},
                                                                                {QStringLiteral("confirm"), QStringLiteral("yes")}}).status, 404);

    // A legal hold keeps an inquiry, and with it the account.
    const QString postpone = QStringLiteral("/api/v1/inquiries/%1/postpone").arg(second);
    QCOMPARE(maria->postJson(postpone, R"({"legalHold": true, "reasonKind": "other", "reason": "Tax audit"})").status, 200);
    const Reply held = anna->postForm(QStringLiteral("/inquiries/%1/delete").arg(second), {{QStringLiteral("csrf_token"), anna->csrfToken()},
                                                                                           {QStringLiteral("confirm"), QStringLiteral("yes")}});
    QCOMPARE(held.status, 409);
    QVERIFY(held.body.contains("We are obliged by law to keep this for now"));
    auto annaElsewhere = customer();
    QCOMPARE(signIn(*annaElsewhere, QStringLiteral("anna@example.de"), QStringLiteral("a long password 1")).status, 303);
    anna->get(QStringLiteral("/account"));
    const QList<QPair<QString, QString>> close{{QStringLiteral("csrf_token"), anna->csrfToken()}, {QStringLiteral("confirm"), QStringLiteral("yes")},
                                               {QStringLiteral("password"), QStringLiteral("a long password 1")}};
    QCOMPARE(anna->postForm(QStringLiteral("/account/close"), close).status, 409);
    anna->get(QStringLiteral("/account"));
    const Reply unticked = anna->postForm(QStringLiteral("/account/close"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
                                                                            {QStringLiteral("password"), QStringLiteral("a long password 1")}});
    QCOMPARE(unticked.status, 422);
    QVERIFY(unticked.body.contains("Tick the box to confirm that your account is closed and deleted."));
    QCOMPARE(maria->postJson(postpone, R"({"until": "2099-01-01T00:00:00Z", "reasonKind": "other", "reason": "Audit over"})").status, 200);
    anna->get(QStringLiteral("/account"));
    const Reply wrongPassword = anna->postForm(QStringLiteral("/account/close"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
        {QStringLiteral("confirm"), QStringLiteral("yes")}, {QStringLiteral("password"), QStringLiteral("not my password")}});
    QCOMPARE(wrongPassword.status, 422);
    QVERIFY(wrongPassword.body.contains("The password is wrong."));
    anna->get(QStringLiteral("/account"));
    const Reply closed = anna->postForm(QStringLiteral("/account/close"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
        {QStringLiteral("confirm"), QStringLiteral("yes")}, {QStringLiteral("password"), QStringLiteral("a long password 1")}});
    QCOMPARE(closed.header("Location"), QByteArray("/login?closed=1"));
    QVERIFY(anna->get(QStringLiteral("/login?closed=1")).body.contains("Your account is closed."));
    QCOMPARE(annaElsewhere->get(QStringLiteral("/inquiries")).header("Location"), QByteArray("/login")); // every device
    QCOMPARE(signIn(*anna, QStringLiteral("anna@example.de"), QStringLiteral("a long password 1")).status, 422);
    QSqlQuery gone(m_db->connection());
    QVERIFY(gone.exec(QStringLiteral("SELECT (SELECT count(*) FROM customers WHERE email = 'anna@example.de'), "
                                     "(SELECT count(*) FROM inquiries WHERE id IN (%1, %2)), "
                                     "(SELECT count(*) FROM deletion_log WHERE policy = 'customer_request' AND automatic = false)").arg(first).arg(second)));
    QVERIFY(gone.next());
    QCOMPARE(gone.value(0).toInt(), 0);
    QCOMPARE(gone.value(1).toInt(), 0);
    QCOMPARE(gone.value(2).toInt(), 2); // the inquiry, then the account
    QVERIFY(!maria->get(QStringLiteral("/api/v1/deletion-log")).body.contains("Delete me"));
}

// Audit 6 of issue 20: an advisor who may postpone an inquiry's deletion cannot set a legal hold, nor lift one by
// postponing the held inquiry to a date; only a lead of the inquiry's team can, read from the database at the time
// (not from the certificate's cached profile), and the log says who. A refusal is a 403 that says what to do, and
// changes nothing.
void tst_DataProtection::onlyATeamLeadSetsOrLiftsALegalHold()
{
    routeMortgageToMariasTeam(false);
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("Disputed fee"), QStringLiteral("A text the court may need"));
    const AdvisorProfile mariaProfile = *AdvisorStore(*m_db).findByLogin(QStringLiteral("m.mueller"));
    InquiryOwnership ownership(*m_db);
    AdvisorStore advisors(*m_db);
    QVERIFY(InquiryMoves(ownership, advisors, m_clock).claim(mariaProfile, id)); // hers: in her scope whatever her role
    auto maria = advisor();
    const QString postpone = QStringLiteral("/api/v1/inquiries/%1/postpone").arg(id);
    const QByteArray hold = R"({"legalHold": true, "reasonKind": "legalObligation", "reason": "Court case 4 O 17/26"})";
    const QByteArray toADate = R"({"until": "2099-01-01T00:00:00Z", "reasonKind": "other", "reason": "Case settled"})";
    QSqlQuery query(m_db->connection());
    const auto setLead = [&](bool lead) {
        return query.exec(QStringLiteral("UPDATE advisors SET team_lead = %1 WHERE login = 'm.mueller'").arg(lead ? QLatin1String("true") : QLatin1String("false")));
    };
    const auto held = [&] {
        return query.exec(QStringLiteral("SELECT legal_hold FROM deletion_postponements WHERE inquiry_id = %1").arg(id)) && query.next()
            && query.value(0).toBool();
    };

    const Reply refused = maria->postJson(postpone, hold);
    QCOMPARE(refused.status, 403);
    QCOMPARE(wire::apiErrorFromJson(*wire::parseObject(refused.body))->message,
             QStringLiteral("Only a lead of the inquiry's team can set a legal hold. Postpone the deletion to a date, or ask your team lead."));
    QCOMPARE(count(QStringLiteral("deletion_postponements")), 0);
    QCOMPARE(count(QStringLiteral("deletion_log")), 0);

    QVERIFY(setLead(true));
    QCOMPARE(maria->postJson(postpone, hold).status, 200);
    QVERIFY(held());
    // No longer a lead (at once, whatever profile of her the server keeps for her certificate), she cannot end the
    // hold by giving it a date, nor set it again, and the hold stays.
    QVERIFY(setLead(false));
    const Reply lifting = maria->postJson(postpone, toADate);
    QCOMPARE(lifting.status, 403);
    QCOMPARE(wire::apiErrorFromJson(*wire::parseObject(lifting.body))->message,
             QStringLiteral("This inquiry is under a legal hold, which only a lead of its team can lift. Ask your team lead."));
    QVERIFY(held());
    QCOMPARE(maria->postJson(postpone, hold).status, 403);
    QCOMPARE(count(QStringLiteral("deletion_log")), 1);
    // A lead of another team neither: the inquiry is still hers, but the hold is her old team's.
    QVERIFY(setLead(true));
    const qint64 otherTeam = advisors.createTeam(QStringLiteral("Business clients"))->id;
    QVERIFY(query.exec(QStringLiteral("UPDATE advisors SET team_id = %1 WHERE login = 'm.mueller'").arg(otherTeam)));
    QCOMPARE(maria->postJson(postpone, toADate).status, 403);
    QVERIFY(held());

    QVERIFY(query.exec(QStringLiteral("UPDATE advisors SET team_id = (SELECT team_id FROM inquiries WHERE id = %1) WHERE login = 'm.mueller'").arg(id)));
    QCOMPARE(maria->postJson(postpone, toADate).status, 200);
    QVERIFY(!held());
    const QJsonArray entries = logEntries(*maria);
    QCOMPARE(entries.size(), 2);
    const auto lifted = wire::deletionLogEntryFromJson(entries.at(0).toObject());
    QVERIFY(lifted);
    QCOMPARE(lifted->kind, DeletionLogEntry::Kind::LegalHoldLifted);
    QCOMPARE(lifted->advisorId, std::optional<qint64>(mariaProfile.id));
    QCOMPARE(lifted->advisorName, QStringLiteral("Maria M\u00fcller"));
    QVERIFY(!lifted->byAdmin);
    QCOMPARE(lifted->until, std::optional<QDateTime>(QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC)));
    const auto set = wire::deletionLogEntryFromJson(entries.at(1).toObject());
    QVERIFY(set);
    QCOMPARE(set->kind, DeletionLogEntry::Kind::LegalHold);
    QCOMPARE(set->advisorId, std::optional<qint64>(mariaProfile.id));
    QCOMPARE(set->reasonKind, std::optional<PostponementReason>(PostponementReason::LegalObligation));
    // A plain postponement stays anyone's in scope.
    QVERIFY(setLead(false));
    QCOMPARE(maria->postJson(postpone, R"({"until": "2098-01-01T00:00:00Z", "reasonKind": "customerAsked", "reason": "Wants a copy"})").status, 200);
}

QTEST_GUILESS_MAIN(tst_DataProtection)
#include "tst_dataprotection.moc"
