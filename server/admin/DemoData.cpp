#include "admin/AdminCommands.h"

#include "domain/Agreement.h"
#include "pki/PasswordHasher.h"
#include "store/AdvisorStore.h"
#include "store/CustomerStore.h"
#include "store/Database.h"
#include "store/InquiryStore.h"
#include "store/TopicStore.h"

namespace confidant::server {
namespace {

struct DemoInquiry {
    const char *topic;
    const char *subject;
    const char *body;
    qint64 ageMinutes;
    const char *reply; // nullptr: still waiting for an advisor
};

const DemoInquiry demoInquiries[] = {
    {"mortgage", "Fixed interest after ten years?", "Good morning,\nmy fixed rate ends next spring. Which options do I have to extend it, and when should I decide?", 9 * 24 * 60, "Good morning, you can secure a follow-up rate up to five years in advance. I have put together three offers; shall we go through them?"},
    {"pension", "Raising my monthly pension contribution", "I would like to pay 100 euros more per month into my pension plan. Is that possible from next month on?", 3 * 24 * 60 + 120, nullptr},
    {"accounts", "Card blocked abroad", "My debit card was refused twice in Lisbon today. Is it blocked?", 26 * 60, nullptr},
    {"insurance", "Water damage in the kitchen", "A pipe burst under the sink last night. What documents do you need for the claim?", 5 * 60, nullptr},
    {"mortgage", "Special repayment this year", "Can I make a special repayment of 10,000 euros this year without a fee?", 95, nullptr},
    {"accounts", "Second account for my daughter", "How do I open a youth account for my daughter (15)?", 2 * 24 * 60, "You can open it online with both parents' consent; I have sent the form to your mailbox documents."},
    {"pension", "Statement missing", "I did not receive my annual pension statement. Could you check?", 25, nullptr},
    {"insurance", "Bicycle insurance", "Is my new e-bike covered by my household insurance?", 6 * 24 * 60, nullptr},
};

// Key, default (English) title, German title.
const char *const demoTopics[][3] = {
    {"mortgage", "Mortgages and building finance", "Baufinanzierung und Immobilienkredite"},
    {"pension", "Pension plans", "Altersvorsorge"},
    {"accounts", "Accounts and cards", "Konten und Karten"},
    {"insurance", "Insurance claims", "Versicherungsschäden"},
};

} // namespace

// Demo data for scripts/demo.sh: topics, a team with two advisors and a lead, one customer with inquiries of
// different ages. Runs again without duplicating anything.
int AdminCommands::seedDemo(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--customer-password"));
    const QString password = at >= 0 ? arguments.value(at + 1) : QString();
    if (password.size() < 10)
        return usage(QStringLiteral("seed-demo needs --customer-password with at least 10 characters"));
    if (!openDatabase())
        return 1;
    TopicStore topics(*m_database);
    for (const auto &topic : demoTopics) {
        const QString key = QString::fromUtf8(topic[0]);
        topics.create(key, QString::fromUtf8(topic[1])); // an existing one is fine
        // Set on every run, so demo databases from before topic titles per language get the German ones too.
        topics.setTitle(topics.findByKey(key).value()->id, QStringLiteral("de"), QString::fromUtf8(topic[2]));
    }
    AdvisorStore advisors(*m_database);
    advisors.createTeam(QStringLiteral("Private clients"));
    const qint64 teamId = advisors.findTeam(QStringLiteral("Private clients"))->id;
    advisors.createAdvisor(QStringLiteral("m.mueller"), QStringLiteral("Maria M\u00fcller"), teamId, false);
    advisors.createAdvisor(QStringLiteral("j.becker"), QStringLiteral("Jonas Becker"), teamId, false);
    advisors.createAdvisor(QStringLiteral("s.wagner"), QStringLiteral("Sabine Wagner"), teamId, true);

    CustomerStore customers(*m_database);
    const QString email = QStringLiteral("demo@example.com");
    const auto existing = customers.findByEmail(email);
    if (!existing) {
        m_err << "confidant-admin: " << existing.error().message << Qt::endl;
        return 1;
    }
    if (existing.value()) {
        m_out << "demo data present" << Qt::endl;
        return 0;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto customer = customers.create(email, QStringLiteral("Lena Hoffmann"), PasswordHasher().hash(password), now.addDays(-30));
    if (!customer)
        return fail(customer.error().message);
    customers.recordAgreement(customer.value(), currentAgreementVersion(), now.addDays(-30));
    InquiryStore inquiries(*m_database);
    const AdvisorProfile maria = *advisors.findByLogin(QStringLiteral("m.mueller"));
    for (const DemoInquiry &demo : demoInquiries) {
        const QDateTime asked = now.addSecs(-demo.ageMinutes * 60);
        const auto inquiry = inquiries.createInquiry(customer.value(), topics.findByKey(QString::fromUtf8(demo.topic)).value()->id,
                                                     QString::fromUtf8(demo.subject), QString::fromUtf8(demo.body), asked);
        if (inquiry && demo.reply)
            inquiries.addAdvisorReply(maria, inquiry->id, QString::fromUtf8(demo.reply), asked.addSecs(3 * 3600));
    }
    m_out << "demo data created" << Qt::endl;
    return 0;
}

} // namespace confidant::server
