#include "admin/DemoData.h"

#include "admin/AdminSession.h"
#include "admin/CommandArguments.h"

#include "domain/Agreement.h"
#include "pki/PasswordHasher.h"
#include "service/OwnershipRules.h"
#include "store/AdvisorStore.h"
#include "store/CustomerStore.h"
#include "store/Database.h"
#include "store/InquiryOwnership.h"
#include "store/InquiryMessages.h"
#include "store/InquiryStore.h"
#include "store/RetentionPolicyStore.h"
#include "store/TopicStore.h"

#include <QTextStream>

namespace confidant::server {
namespace {

struct DemoInquiry {
    int customer; // index into demoCustomers
    const char *topic;
    const char *subject;
    const char *body;
    qint64 ageMinutes;
    const char *reply; // nullptr: still waiting for an advisor
};

const DemoInquiry demoInquiries[] = {
    {0, "mortgage", "Fixed interest after ten years?", "Good morning,\nmy fixed rate ends next spring. Which options do I have to extend it, and when should I decide?", 9 * 24 * 60, "Good morning, you can secure a follow-up rate up to five years in advance. I have put together three offers; shall we go through them?"},
    {0, "pension", "Raising my monthly pension contribution", "I would like to pay 100 euros more per month into my pension plan. Is that possible from next month on?", 3 * 24 * 60 + 120, nullptr},
    {1, "accounts", "Card blocked abroad", "My debit card was refused twice in Lisbon today. Is it blocked?", 26 * 60, nullptr},
    {2, "insurance", "Water damage in the kitchen", "A pipe burst under the sink last night. What documents do you need for the claim?", 5 * 60, nullptr},
    {1, "mortgage", "Special repayment this year", "Can I make a special repayment of 10,000 euros this year without a fee?", 95, nullptr},
    {0, "accounts", "Second account for my daughter", "How do I open a youth account for my daughter (15)?", 2 * 24 * 60, "You can open it online with both parents' consent; I have sent the form to your mailbox documents."},
    {2, "pension", "Statement missing", "I did not receive my annual pension statement. Could you check?", 25, nullptr},
    {3, "insurance", "Bicycle insurance", "Is my new e-bike covered by my household insurance?", 6 * 24 * 60, nullptr},
};

// Key, default (English) title, German title, response target in working hours.
struct DemoTopic {
    const char *key;
    const char *title;
    const char *titleDe;
    int targetHours;
};
const DemoTopic demoTopics[] = {
    {"mortgage", "Mortgages and building finance", "Baufinanzierung und Immobilienkredite", 16},
    {"pension", "Pension plans", "Altersvorsorge", 8},
    {"accounts", "Accounts and cards", "Konten und Karten", 4},
    {"insurance", "Insurance claims", "Versicherungsschäden", 8},
};

// The first signs in with the demo password (demo@example.com) and has Maria as fixed advisor; the others' new
// inquiries wait in the team queue.
struct DemoCustomer {
    const char *email;
    const char *name;
    bool mariasCustomer;
};
const DemoCustomer demoCustomers[] = {
    {"demo@example.com", "Lena Hoffmann", true},
    {"tom.berger@example.com", "Tom Berger", false},
    {"aylin.demir@example.com", "Aylin Demir", false},
    {"peter.wolf@example.com", "Peter Wolf", true},
};

// Customers whose past inquiries fill the statistics (the demo customers' own mailboxes stay short).
const char *const historyCustomers[] = {"Jana Schulz", "Murat Yilmaz", "Claudia Neumann", "Felix Braun", "Sofia Richter", "Lukas Koch"};
const char *const historySubjects[] = {"Question about my statement", "Change of standing order", "Interest rate follow-up",
                                       "Documents for my claim", "Contribution certificate", "Card limit"};

struct HistoryContext {
    InquiryStore &inquiries;
    InquiryMessages &messages;
    InquiryOwnership &ownership;
    const QList<qint64> &topicIds;
    const QList<AdvisorProfile> &advisors;
    const QList<qint64> &customerIds;
};

// The k-th inquiry of the day `daysAgo` days back: answered after half an hour to ten hours by one of the team,
// thanked for and closed the next day; every seventh reopened by the customer and closed again, every ninth
// handed to a colleague first. Those of the last three days stay open.
void seedPastInquiry(const HistoryContext &c, const QDateTime &now, int daysAgo, int k)
{
    const int n = daysAgo * 5 + k;
    const QDateTime asked = QDateTime(now.date().addDays(-daysAgo), QTime(7 + (k * 100) / 60 % 9, (k * 100) % 60), Qt::UTC);
    if (asked > now)
        return;
    const AdvisorProfile &advisor = c.advisors.at(n % c.advisors.size());
    const auto inquiry = c.inquiries.createInquiry(c.customerIds.at(n % c.customerIds.size()), c.topicIds.at(n % c.topicIds.size()),
                                                   QString::fromUtf8(historySubjects[n % std::size(historySubjects)]),
                                                   QStringLiteral("Could you help me with this, please?"), asked);
    if (!inquiry)
        return;
    const QDateTime answered = asked.addSecs(60 * (30 + (n * 37) % 570));
    if (answered > now)
        return;
    // The moves happened in the past: the same rules as the server's, at the times of the story.
    const auto move = [&](const AdvisorProfile &by, const QDateTime &at, const InquiryOwnership::Decide &decide) {
        c.ownership.move(by, inquiry->id, at, decide);
    };
    move(advisor, answered.addSecs(-300), [&](const InquiryPosition &at) { return OwnershipRules::claim(advisor, at); });
    if (n % 9 == 0) {
        const AdvisorProfile &colleague = c.advisors.at((n + 1) % c.advisors.size());
        move(advisor, answered.addSecs(-200), [&](const InquiryPosition &at) {
            return OwnershipRules::transfer(advisor, at, colleague.id, colleague.teamId, QStringLiteral("Knows this customer"));
        });
        c.messages.addAdvisorReply(colleague, inquiry->id, QStringLiteral("Thank you, this is done."), answered);
    } else {
        c.messages.addAdvisorReply(advisor, inquiry->id, QStringLiteral("Thank you, this is done."), answered);
    }
    if (daysAgo <= 3)
        return;
    const AdvisorProfile &owner = n % 9 == 0 ? c.advisors.at((n + 1) % c.advisors.size()) : advisor;
    const InquiryOwnership::Decide close = [&owner](const InquiryPosition &at) { return OwnershipRules::close(owner, at); };
    move(owner, answered.addDays(1), close);
    if (n % 7 == 0) {
        c.messages.addCustomerMessage(c.customerIds.at(n % c.customerIds.size()), inquiry->id, QStringLiteral("One more question, sorry."),
                                      answered.addDays(2));
        c.messages.addAdvisorReply(owner, inquiry->id, QStringLiteral("Of course: it is settled."), answered.addDays(2).addSecs(3600));
        move(owner, answered.addDays(2).addSecs(7200), close);
    }
}

} // namespace

DemoData::DemoData(AdminSession &session) : m_session(session) {}

// Six weeks of the private clients' team's work, so the statistics have something to show: three to five
// inquiries each day.
void DemoData::seedHistory(const QList<AdvisorProfile> &team, const QByteArray &passwordHash, const QDateTime &now)
{
    CustomerStore customers(m_session.database());
    QList<qint64> customerIds;
    for (const char *name : historyCustomers) {
        const QString email = QString::fromUtf8(name).toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("@example.com");
        const auto customer = customers.create(email, QString::fromUtf8(name), passwordHash, now.addDays(-60));
        if (!customer)
            continue;
        customers.recordAgreement(customer.value(), currentAgreementVersion(), now.addDays(-60));
        customerIds << customer.value();
    }
    TopicStore topics(m_session.database());
    QList<qint64> topicIds;
    for (const DemoTopic &topic : demoTopics)
        topicIds << topics.findByKey(QString::fromUtf8(topic.key)).value()->id;
    InquiryStore inquiries(m_session.database());
    InquiryMessages messages(m_session.database());
    InquiryOwnership ownership(m_session.database());
    if (customerIds.isEmpty())
        return;
    const HistoryContext context{inquiries, messages, ownership, topicIds, team, customerIds};
    for (int daysAgo = 42; daysAgo >= 1; --daysAgo) {
        for (int k = 0; k < 3 + daysAgo % 3; ++k)
            seedPastInquiry(context, now, daysAgo, k);
    }
}

// Two of the customers are Maria's, one inquiry is closed. Runs again without duplicating anything.
int DemoData::seed(const CommandArguments &arguments)
{
    const QString password = arguments.value(QStringLiteral("customer-password"));
    if (password.size() < 10)
        return m_session.usage(QStringLiteral("seed-demo needs --customer-password with at least 10 characters"));
    if (!m_session.openDatabase() || !m_session.requireKeyRing())
        return 1;
    TopicStore topics(m_session.database());
    AdvisorStore advisors(m_session.database());
    advisors.createTeam(QStringLiteral("Private clients"));
    advisors.createTeam(QStringLiteral("Business clients"));
    const qint64 teamId = advisors.findTeam(QStringLiteral("Private clients"))->id;
    const qint64 businessId = advisors.findTeam(QStringLiteral("Business clients"))->id;
    advisors.createAdvisor(QStringLiteral("m.mueller"), QStringLiteral("Maria M\u00fcller"), teamId, false);
    advisors.createAdvisor(QStringLiteral("j.becker"), QStringLiteral("Jonas Becker"), teamId, false);
    advisors.createAdvisor(QStringLiteral("s.wagner"), QStringLiteral("Sabine Wagner"), teamId, true);
    advisors.createAdvisor(QStringLiteral("b.klein"), QStringLiteral("Bernd Klein"), businessId, true);
    // Every topic goes to the private clients' queue with its own target, counted in the default working calendar.
    for (const DemoTopic &topic : demoTopics) {
        const QString key = QString::fromUtf8(topic.key);
        topics.create(key, QString::fromUtf8(topic.title)); // an existing one is fine
        const qint64 topicId = topics.findByKey(key).value()->id;
        // Set on every run, so demo databases from before topic titles per language get the German ones too.
        topics.setTitle(topicId, QStringLiteral("de"), QString::fromUtf8(topic.titleDe));
        topics.setTeam(topicId, teamId);
        topics.setResponseTarget(topicId, topic.targetHours * 60);
        // Closed inquiries are kept 90 days (issue 11's example); accounts have no period, so demo customers stay.
        RetentionPolicyStore(m_session.database()).setTopicRetention(key, 90);
    }

    CustomerStore customers(m_session.database());
    const QString email = QStringLiteral("demo@example.com");
    const auto existing = customers.findByEmail(email);
    if (!existing)
        return m_session.fail(existing.error().message);
    if (existing.value()) {
        m_session.out() << "demo data present" << Qt::endl;
        return 0;
    }
    const QDateTime now = m_session.now();
    const AdvisorProfile maria = *advisors.findByLogin(QStringLiteral("m.mueller"));
    const QByteArray hash = PasswordHasher().hash(password);
    QList<qint64> customerIds;
    for (const DemoCustomer &demo : demoCustomers) {
        const auto customer = customers.create(QString::fromUtf8(demo.email), QString::fromUtf8(demo.name), hash, now.addDays(-30));
        if (!customer)
            return m_session.fail(customer.error().message);
        customers.recordAgreement(customer.value(), currentAgreementVersion(), now.addDays(-30));
        if (demo.mariasCustomer)
            customers.setFixedAdvisor(customer.value(), maria.id, now.addDays(-30));
        customerIds << customer.value();
    }
    InquiryStore inquiries(m_session.database());
    InquiryMessages messages(m_session.database());
    for (const DemoInquiry &demo : demoInquiries) {
        const QDateTime asked = now.addSecs(-demo.ageMinutes * 60);
        const auto inquiry = inquiries.createInquiry(customerIds.at(demo.customer), topics.findByKey(QString::fromUtf8(demo.topic)).value()->id,
                                                     QString::fromUtf8(demo.subject), QString::fromUtf8(demo.body), asked);
        if (inquiry && demo.reply)
            messages.addAdvisorReply(maria, inquiry->id, QString::fromUtf8(demo.reply), asked.addSecs(3 * 3600));
    }
    // One settled inquiry, for the closed view and the customer's history.
    const auto settled = inquiries.createInquiry(customerIds.first(), topics.findByKey(QStringLiteral("accounts")).value()->id,
                                                 QStringLiteral("New address"), QStringLiteral("I have moved: Lindenstra\u00dfe 4, 10115 Berlin."),
                                                 now.addDays(-20));
    if (settled) {
        messages.addAdvisorReply(maria, settled->id, QStringLiteral("Thank you, your address is changed."), now.addDays(-19));
        InquiryOwnership(m_session.database()).move(maria, settled->id, now.addDays(-19),
                                                     [&maria](const InquiryPosition &at) { return OwnershipRules::close(maria, at); });
    }
    seedHistory({maria, *advisors.findByLogin(QStringLiteral("j.becker")), *advisors.findByLogin(QStringLiteral("s.wagner"))}, hash, now);
    m_session.out() << "demo data created" << Qt::endl;
    return 0;
}

} // namespace confidant::server
