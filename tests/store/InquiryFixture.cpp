#include "InquiryFixture.h"

#include "store/AdvisorStore.h"
#include "store/CustomerStore.h"
#include "store/TopicStore.h"

namespace confidant::testing {

using namespace confidant::server;

void InquiryFixture::init()
{
    m_pg = std::make_unique<testing::TestPostgres>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->errorString()));
    m_db = m_pg->open(QStringLiteral("inquiries"));
    QVERIFY(m_db);
    m_topic = TopicStore(*m_db).create(QStringLiteral("mortgage"), QStringLiteral("Mortgages")).value();
    AdvisorStore advisors(*m_db);
    const auto team = advisors.createTeam(QStringLiteral("Private clients"));
    QVERIFY(team);
    m_advisor = advisors.createAdvisor(QStringLiteral("m.mueller"), QStringLiteral("Maria M\u00fcller"), team->id, false).value();
}

void InquiryFixture::cleanup()
{
    m_db.reset();
    m_pg.reset();
}

qint64 InquiryFixture::customer(const QString &email, const QString &name)
{
    return CustomerStore(*m_db).create(email, name, "$argon2id$placeholder-hash-for-store-tests", m_clock.now()).value();
}

} // namespace confidant::testing
