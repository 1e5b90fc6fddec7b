#include "service/OwnershipRules.h"

#include <QTest>

using namespace confidant;
using namespace confidant::server;

Q_DECLARE_METATYPE(confidant::InquiryActions)
Q_DECLARE_METATYPE(confidant::AdvisorProfile)
Q_DECLARE_METATYPE(confidant::server::InquiryPosition)

// Who may move an inquiry, as one table: what each advisor is offered for an inquiry where it is. The client shows
// exactly these actions (they travel with every inquiry), and the server applies the same rules under the row lock
// (tst_inquirymoves).
class tst_OwnershipRules : public QObject {
    Q_OBJECT
private slots:
    void allowedActions_data();
    void allowedActions();
    void offeredMovesAreTheOnesTheRulesMake();
    void forAdvisorSetsTheActionsOfThatAdvisor();
};

namespace {

constexpr qint64 privateTeam = 1;
constexpr qint64 businessTeam = 2;
const AdvisorProfile maria{10, QStringLiteral("m.mueller"), QStringLiteral("Maria"), QStringLiteral("Private"), false, privateTeam};
const AdvisorProfile jonas{11, QStringLiteral("j.weber"), QStringLiteral("Jonas"), QStringLiteral("Private"), false, privateTeam};
const AdvisorProfile sabine{12, QStringLiteral("s.wagner"), QStringLiteral("Sabine"), QStringLiteral("Private"), true, privateTeam};
const AdvisorProfile bernd{13, QStringLiteral("b.klein"), QStringLiteral("Bernd"), QStringLiteral("Business"), false, businessTeam};

const InquiryActions claims = InquiryAction::Claim;
const InquiryActions releases = InquiryAction::Release;
const InquiryActions closes = InquiryAction::Close;
const InquiryActions transfers = InquiryAction::Transfer;
const InquiryActions assigns = InquiryAction::Assign;

} // namespace

void tst_OwnershipRules::allowedActions_data()
{
    QTest::addColumn<AdvisorProfile>("advisor");
    QTest::addColumn<InquiryPosition>("at");
    QTest::addColumn<InquiryActions>("expected");
    const InquiryPosition inQueue{privateTeam, std::nullopt, false};
    const InquiryPosition mariasOwn{privateTeam, maria.id, false};
    const InquiryPosition shared{std::nullopt, std::nullopt, false};
    const InquiryPosition closedOfMaria{privateTeam, maria.id, true};
    const InquiryPosition otherTeamsOfBernd{businessTeam, bernd.id, false};

    QTest::newRow("the team's queue, an advisor") << maria << inQueue << (claims | closes | transfers);
    QTest::newRow("the team's queue, the lead") << sabine << inQueue << (claims | closes | transfers | assigns);
    QTest::newRow("her own") << maria << mariasOwn << (releases | closes | transfers);
    QTest::newRow("a colleague's (she sees it as their fixed advisor)") << jonas << mariasOwn << InquiryActions();
    QTest::newRow("a colleague's, the lead") << sabine << mariasOwn << (releases | closes | transfers | assigns);
    QTest::newRow("the shared queue") << bernd << shared << (claims | closes | transfers);
    QTest::newRow("the shared queue, a lead (it has none)") << sabine << shared << (claims | closes | transfers);
    QTest::newRow("closed, its owner") << maria << closedOfMaria << releases;
    QTest::newRow("closed, the lead") << sabine << closedOfMaria << releases;
    QTest::newRow("another team's, a lead") << sabine << otherTeamsOfBernd << InquiryActions();
}

void tst_OwnershipRules::allowedActions()
{
    QFETCH(AdvisorProfile, advisor);
    QFETCH(InquiryPosition, at);
    QFETCH(InquiryActions, expected);
    QCOMPARE(inquiryActionKeys(OwnershipRules::allowedActions(advisor, at)), inquiryActionKeys(expected));
}

// What is offered is exactly what a move would do: offered moves change something, the others are refused or idle.
void tst_OwnershipRules::offeredMovesAreTheOnesTheRulesMake()
{
    for (const AdvisorProfile &advisor : {maria, jonas, sabine, bernd}) {
        for (const InquiryPosition &at : {InquiryPosition{privateTeam, std::nullopt, false}, InquiryPosition{privateTeam, maria.id, false},
                                          InquiryPosition{std::nullopt, jonas.id, false}, InquiryPosition{privateTeam, jonas.id, true}}) {
            const InquiryActions offered = OwnershipRules::allowedActions(advisor, at);
            const auto moves = [](const OwnershipDecision &decision) {
                return std::holds_alternative<OwnershipMove>(decision) && !std::get<OwnershipMove>(decision).kind.isEmpty();
            };
            QCOMPARE(offered.testFlag(InquiryAction::Claim), moves(OwnershipRules::claim(advisor, at)));
            QCOMPARE(offered.testFlag(InquiryAction::Release), moves(OwnershipRules::release(advisor, at)));
            QCOMPARE(offered.testFlag(InquiryAction::Close), moves(OwnershipRules::close(advisor, at)));
            QCOMPARE(offered.testFlag(InquiryAction::Transfer), moves(OwnershipRules::transfer(advisor, at, std::nullopt, businessTeam, QStringLiteral("why"))));
        }
    }
}

void tst_OwnershipRules::forAdvisorSetsTheActionsOfThatAdvisor()
{
    Inquiry inquiry;
    inquiry.teamId = privateTeam;
    inquiry.assignedAdvisorId = maria.id;
    inquiry.allowedActions = claims; // whatever it carried before
    QCOMPARE(OwnershipRules::forAdvisor(maria, inquiry).allowedActions, releases | closes | transfers);
    QCOMPARE(OwnershipRules::forAdvisor(jonas, inquiry).allowedActions, InquiryActions());
    inquiry.state = InquiryState::Closed;
    QCOMPARE(OwnershipRules::forAdvisor(maria, inquiry).allowedActions, releases);
}

QTEST_APPLESS_MAIN(tst_OwnershipRules)
#include "tst_ownershiprules.moc"
