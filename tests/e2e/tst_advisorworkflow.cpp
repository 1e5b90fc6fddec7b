#include "EndToEndFixture.h"
#include "store/AdvisorStore.h"
#include "store/Database.h"
#include "store/InquiryStore.h"
#include "wire/AdvisorWire.h"
#include "wire/ApiErrorWire.h"
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

// The advisors' work on inquiries through the API over real TLS: claiming, releasing, closing (and what the customer
// sees of it), internal notes, and absences.
class tst_AdvisorWorkflow : public testing::EndToEndFixture {
    Q_OBJECT
private slots:
    void absencesThroughTheApi();
    void internalNotesStayWithTheAdvisors();
    void advisorMovesAnInquiryThroughTheApi();
};

// Claim, release, close through the API, each answered with the inquiry as it is now and recorded in its thread.
void tst_AdvisorWorkflow::advisorMovesAnInquiryThroughTheApi()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("Rate"), QStringLiteral("Fixed or variable?"));
    auto maria = advisor();
    const QString path = QStringLiteral("/api/v1/inquiries/%1/").arg(id);
    const qint64 mariaId = wire::advisorProfileFromJson(*wire::parseObject(maria->get(QStringLiteral("/api/v1/me")).body))->id;
    const Reply claimed = maria->postJson(path + QStringLiteral("claim"), "{}");
    QCOMPARE(claimed.status, 200);
    QCOMPARE(wire::inquiryFromJson(wire::parseObject(claimed.body)->value(QStringLiteral("inquiry")).toObject())->assignedAdvisorId,
             std::optional<qint64>(mariaId));
    QCOMPARE(maria->postJson(path + QStringLiteral("release"), "{}").status, 200);
    QCOMPARE(maria->postJson(path + QStringLiteral("release"), "{}").status, 409); // nobody has it now
    QCOMPARE(maria->postJson(path + QStringLiteral("transfer"), "{\"toTeamId\": 1}").status, 422); // no note (docs/protocol.md)
    QCOMPARE(maria->postJson(path + QStringLiteral("transfer"), "{\"toTeamId\": \"one\", \"note\": \"x\"}").status, 400);
    QCOMPARE(maria->postJson(path + QStringLiteral("transfer"), "{\"toTeamId\": 1, \"note\": \"x\"}", "text/plain").status, 415);
    // Only a team lead assigns; Maria is none.
    const Reply assigned = maria->postJson(path + QStringLiteral("assign"), QStringLiteral("{\"toAdvisorId\": %1}").arg(mariaId).toUtf8());
    QCOMPARE(assigned.status, 403);
    QCOMPARE(wire::apiErrorFromJson(*wire::parseObject(assigned.body))->message, QStringLiteral("Only a lead of the inquiry's team can assign it."));
    QCOMPARE(maria->postJson(path + QStringLiteral("assign"), "{}").status, 400);
    QCOMPARE(maria->postJson(path + QStringLiteral("close"), "{}").status, 200);
    const Reply again = maria->postJson(path + QStringLiteral("close"), "{}");
    QCOMPARE(again.status, 409);
    QCOMPARE(wire::apiErrorFromJson(*wire::parseObject(again.body))->message, QStringLiteral("This inquiry is closed already."));
    // The customer sees it closed, and writing again opens it again; the events stay the advisors' own.
    const QString page = QStringLiteral("/inquiries/%1").arg(id);
    const Reply closedPage = anna->get(page);
    QVERIFY(closedPage.body.contains("Closed") && closedPage.body.contains("If you write again, it is opened again."));
    QVERIFY(!closedPage.body.contains("Claimed") && !closedPage.body.contains("claimed"));
    QCOMPARE(anna->postForm(page + QStringLiteral("/messages"), {{QStringLiteral("csrf_token"), anna->csrfToken()},
                                                               {QStringLiteral("body"), QStringLiteral("One more question.")}}).status, 303);
    QVERIFY(anna->get(page).body.contains("Waiting for an answer"));
    const auto threadJson = wire::parseObject(maria->get(path.chopped(1)).body);
    QStringList kinds;
    for (const QJsonValue &event : threadJson->value(QStringLiteral("events")).toArray())
        kinds << event.toObject().value(QStringLiteral("kind")).toString();
    QCOMPARE(kinds, (QStringList{QStringLiteral("routed"), QStringLiteral("claimed"), QStringLiteral("released"), QStringLiteral("closed"),
                                 QStringLiteral("reopened")}));
}

// Set by oneself or one's team lead (403 for a colleague), unknown outside one's team (404), with bad dates 422;
// the directory says until when someone is away.
void tst_AdvisorWorkflow::absencesThroughTheApi()
{
    AdvisorStore advisors(*m_db);
    const qint64 jonas = advisors.createAdvisor(QStringLiteral("j.weber"), QStringLiteral("Jonas Weber"),
                                                advisors.findTeam(QStringLiteral("Private clients"))->id, false)->id;
    const qint64 bernd = advisors.createAdvisor(QStringLiteral("b.klein"), QStringLiteral("Bernd Klein"),
                                                advisors.createTeam(QStringLiteral("Business clients"))->id, false)->id;
    auto maria = advisor();
    const qint64 mariaId = wire::advisorProfileFromJson(*wire::parseObject(maria->get(QStringLiteral("/api/v1/me")).body))->id;
    const auto path = [](qint64 id) { return QStringLiteral("/api/v1/advisors/%1/absence").arg(id); };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray week = wire::encodeAbsenceDraft({now.addSecs(-60), now.addDays(7)});
    const Reply own = maria->sendJson("PUT", path(mariaId), week);
    QCOMPARE(own.status, 200);
    QCOMPARE(wire::parseObject(own.body)->value(QStringLiteral("absences")).toArray().size(), 1);
    QCOMPARE(maria->sendJson("PUT", path(jonas), week).status, 403);
    QCOMPARE(maria->sendJson("DELETE", path(jonas)).status, 403);
    const Reply otherTeam = maria->sendJson("PUT", path(bernd), week);
    QCOMPARE(otherTeam.status, 404);
    QCOMPARE(maria->sendJson("PUT", path(999999), week).body, otherTeam.body);
    QCOMPARE(maria->sendJson("DELETE", path(bernd)).status, 404);
    const Reply backwards = maria->sendJson("PUT", path(mariaId), wire::encodeAbsenceDraft({now.addDays(2), now.addDays(1)}));
    QCOMPARE(backwards.status, 422);
    QCOMPARE(wire::apiErrorFromJson(*wire::parseObject(backwards.body))->fields.first().field, QStringLiteral("to"));
    const Reply unreadable = maria->sendJson("PUT", path(mariaId), R"({"from": "Monday", "to": "2026-01-01T10:00:00"})");
    QCOMPARE(unreadable.status, 422);
    QCOMPARE(wire::apiErrorFromJson(*wire::parseObject(unreadable.body))->fields.size(), 2); // no offset on "to" either
    QCOMPARE(maria->sendJson("PUT", path(mariaId), "{\"from\": ").status, 400);
    const QJsonArray directory = wire::parseObject(maria->get(QStringLiteral("/api/v1/directory")).body)->value(QStringLiteral("advisors")).toArray();
    for (const QJsonValue &entry : directory) {
        const QJsonObject colleague = entry.toObject();
        QCOMPARE(colleague.value(QStringLiteral("absentUntil")).isString(), colleague.value(QStringLiteral("id")).toInteger() == mariaId);
    }
    // Made lead of her team, Maria plans Jonas's absence too; the team's list shows both, Bernd's team's nothing.
    QSqlQuery lead(m_db->connection());
    QVERIFY(lead.exec(QStringLiteral("UPDATE advisors SET team_lead = true WHERE login = 'm.mueller'")));
    QTRY_COMPARE(maria->sendJson("PUT", path(jonas), wire::encodeAbsenceDraft({now.addDays(10), now.addDays(12)})).status, 200);
    QCOMPARE(wire::parseObject(maria->get(QStringLiteral("/api/v1/absences")).body)->value(QStringLiteral("absences")).toArray().size(), 2);
    QCOMPARE(maria->sendJson("DELETE", path(mariaId)).status, 200);
    const QJsonArray left = wire::parseObject(maria->get(QStringLiteral("/api/v1/absences")).body)->value(QStringLiteral("absences")).toArray();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().toObject().value(QStringLiteral("advisorId")).toInteger(), jonas);
}

// A note is in the advisors' thread and moves the inquiry's change number; no customer page ever shows it.
void tst_AdvisorWorkflow::internalNotesStayWithTheAdvisors()
{
    auto anna = customer();
    registerCustomer(*anna, QStringLiteral("anna@example.de"));
    const qint64 id = writeInquiry(*anna, QStringLiteral("Rate"), QStringLiteral("Fixed or variable?"));
    auto maria = advisor();
    const QString thread = QStringLiteral("/api/v1/inquiries/%1").arg(id);
    const qint64 seqBefore = InquiryStore(*m_db).find(id)->seq;
    const Reply added = maria->postJson(thread + QStringLiteral("/notes"), R"({"text": "  Customer sounded worried on the phone; SECRET-NOTE  "})");
    QCOMPARE(added.status, 201);
    const auto answer = wire::parseObject(added.body);
    QCOMPARE(wire::inquiryNoteFromJson(answer->value(QStringLiteral("note")).toObject())->text,
             QStringLiteral("Customer sounded worried on the phone; SECRET-NOTE"));
    QVERIFY(wire::inquiryFromJson(answer->value(QStringLiteral("inquiry")).toObject())->seq > seqBefore);
    const QJsonArray notes = wire::parseObject(maria->get(thread).body)->value(QStringLiteral("notes")).toArray();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(wire::inquiryNoteFromJson(notes.first().toObject())->authorName, QStringLiteral("Maria M\u00fcller"));
    QCOMPARE(maria->postJson(thread + QStringLiteral("/notes"), R"({"text": "   "})").status, 422);
    QCOMPARE(maria->postJson(thread + QStringLiteral("/notes"), R"({"text": 5})").status, 422);
    QCOMPARE(maria->postJson(thread + QStringLiteral("/notes"), R"({"text": )").status, 400);
    QCOMPARE(maria->postJson(thread + QStringLiteral("/notes"), R"({"text": "x"})", "text/plain").status, 415);
    QCOMPARE(maria->postJson(thread + QStringLiteral("/notes"), "{\"text\": \"" + QByteArray(4001, 'x') + "\"}").status, 422);
    QCOMPARE(maria->postJson(QStringLiteral("/api/v1/inquiries/999999/notes"), R"({"text": "x"})").status, 404);
    QCOMPARE(count(QStringLiteral("inquiry_notes")), 1);
    for (const QString &page : {QStringLiteral("/inquiries"), QStringLiteral("/inquiries/%1").arg(id)}) {
        const Reply html = anna->get(page);
        QCOMPARE(html.status, 200);
        QVERIFY2(!html.body.contains("SECRET-NOTE") && !html.body.contains("worried"), qPrintable(page));
    }
}

QTEST_GUILESS_MAIN(tst_AdvisorWorkflow)
#include "tst_advisorworkflow.moc"
