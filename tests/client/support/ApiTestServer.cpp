#include "ApiTestServer.h"

#include "pki/CertificateAuthority.h"
#include "store/AbsenceStore.h"
#include "store/AdvisorStore.h"
#include "store/CustomerStore.h"
#include "store/InquiryOwnership.h"
#include "service/AdvisorServices.h"
#include "service/OwnershipRules.h"
#include "store/ChangeFeedStore.h"
#include "store/InquiryMessages.h"
#include "store/InquiryStore.h"
#include "store/TopicStore.h"

#include <QFile>
#include <QSqlQuery>

namespace confidant::testing {

ApiTestServer::ApiTestServer(int pageSize)
{
    if (!m_pg.isValid() || !m_pki.isValid()) {
        m_error = m_pg.errorString() + m_pki.errorString();
        return;
    }
    // Connection names after the database: a second instance in the same process would otherwise take over the first's.
    const QString database = m_pg.config().databaseName;
    m_db = m_pg.open(QStringLiteral("api-test-server-") + database);
    m_notifier = std::make_unique<server::ChangeNotifier>(QStringLiteral("api-test-notifier-") + database);
    if (!m_db || !m_notifier->start(m_pg.config(), &m_error))
        return;
    m_topic = server::TopicStore(*m_db).create(QStringLiteral("pension"), QStringLiteral("Pension plans"))->id;
    m_customer = server::CustomerStore(*m_db).create(QStringLiteral("anna@example.de"), QStringLiteral("Anna Schmidt"), "hash", m_clock.now()).value();
    m_customers.insert(QStringLiteral("Anna Schmidt"), m_customer);
    server::AdvisorStore advisors(*m_db);
    m_teamId = advisors.createTeam(QStringLiteral("Private clients"))->id;
    m_advisorId = advisors.createAdvisor(QStringLiteral("m.mueller"), QStringLiteral("Maria M\u00fcller"), m_teamId, false)->id;
    registerAdvisor();
    server::AdvisorApiSettings settings;
    settings.feed.pageSize = pageSize;
    // Workers as in the server: the API's handlers and long-polls run on them.
    m_workers = std::make_unique<server::DatabaseWorkers>(*m_db, 2);
    m_stores = std::make_unique<server::Stores>(*m_db);
    m_services = std::make_unique<server::AdvisorServices>(*m_stores, m_clock, company());
    m_api = std::make_unique<server::AdvisorApi>(*m_services, m_stores->advisors, m_clock, *m_notifier, m_workers->executor(), settings);
    m_api->registerRoutes(m_router);
    m_router.setExecutor(m_workers->executor());
    m_server = std::make_unique<server::HttpServer>(&m_router, server::HttpLimits{},
        server::TlsSettings{m_pki.serverCertificate, {}, m_pki.serverKey, {m_pki.caCertificate}, server::TlsPolicy()});
    m_valid = m_server->listen(QHostAddress::LocalHost, 0);
}

ApiTestServer::~ApiTestServer()
{
    m_server.reset();
    if (m_workers)
        m_workers->stop();
    m_api.reset();
    m_services.reset();
    m_stores.reset();
    m_notifier.reset();
    m_db.reset();
}

QString ApiTestServer::company() const
{
    return m_pki.caCertificate.subjectInfo(QSslCertificate::Organization).join(QStringLiteral(", "));
}

QUrl ApiTestServer::url() const
{
    return QUrl(QStringLiteral("https://localhost:%1/").arg(m_server->serverPort()));
}

client::AdvisorIdentity ApiTestServer::identity() const
{
    QFile file(m_pki.advisorP12File());
    file.open(QIODevice::ReadOnly);
    QString error;
    return *client::AdvisorIdentity::fromPkcs12(file.readAll(), QString::fromLatin1(m_pki.p12Passphrase), &error);
}

qint64 ApiTestServer::writeInquiry(const QString &subject, const QDateTime &at)
{
    return writeInquiryAs(QStringLiteral("Anna Schmidt"), subject, at);
}

qint64 ApiTestServer::addTopic(const QString &key, const QString &title, int responseTargetMinutes)
{
    server::TopicStore topics(*m_db);
    const auto topic = topics.create(key, title);
    if (!topic)
        return 0;
    topics.setResponseTarget(topic->id, responseTargetMinutes);
    return topic->id;
}

qint64 ApiTestServer::writeInquiryAs(const QString &customerName, const QString &subject, const QDateTime &at, qint64 topicId,
                                     const QString &body)
{
    const auto inquiry = server::InquiryStore(*m_db).createInquiry(customerNamed(customerName), topicId ? topicId : m_topic, subject, body, at);
    return inquiry ? inquiry->id : 0;
}

bool ApiTestServer::reply(qint64 inquiryId, const QString &body, const QDateTime &at)
{
    return server::InquiryMessages(*m_db).addAdvisorReply(signedInAdvisor(), inquiryId, body, at).ok();
}

bool ApiTestServer::close(qint64 inquiryId, const QDateTime &at)
{
    const AdvisorProfile advisor = signedInAdvisor();
    return server::InquiryOwnership(*m_db)
        .move(advisor, inquiryId, at, [&advisor](const server::InquiryPosition &position) { return server::OwnershipRules::close(advisor, position); })
        .ok();
}

qint64 ApiTestServer::customerNamed(const QString &name)
{
    if (const auto known = m_customers.constFind(name); known != m_customers.cend())
        return *known;
    const QString email = QStringLiteral("customer%1@example.de").arg(m_customers.size() + 1);
    const auto created = server::CustomerStore(*m_db).create(email, name, "hash", m_clock.now());
    if (!created)
        return 0;
    m_customers.insert(name, created.value());
    return created.value();
}

AdvisorProfile ApiTestServer::signedInAdvisor() const
{
    return server::AdvisorStore(*m_db).findByLogin(QStringLiteral("m.mueller")).value_or(AdvisorProfile{});
}

qint64 ApiTestServer::addColleague(const QString &login, const QString &displayName)
{
    return server::AdvisorStore(*m_db).createAdvisor(login, displayName, m_teamId, false)->id;
}

qint64 ApiTestServer::ownerOf(qint64 inquiryId)
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT assigned_advisor_id FROM inquiries WHERE id = ?"));
    query.addBindValue(inquiryId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

void ApiTestServer::setOwner(qint64 inquiryId, qint64 advisorId)
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("UPDATE inquiries SET assigned_advisor_id = ? WHERE id = ?"));
    query.addBindValue(advisorId ? QVariant(advisorId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(inquiryId);
    query.exec();
}

void ApiTestServer::setLead(bool lead)
{
    server::AdvisorStore(*m_db).setTeam(m_advisorId, m_teamId, lead);
}

void ApiTestServer::setFixedAdvisor(qint64 advisorId)
{
    setFixedAdvisorOf(QStringLiteral("Anna Schmidt"), advisorId);
}

void ApiTestServer::setFixedAdvisorOf(const QString &customerName, qint64 advisorId)
{
    server::CustomerStore(*m_db).setFixedAdvisor(customerNamed(customerName), advisorId ? std::optional(advisorId) : std::nullopt, m_clock.now());
}

void ApiTestServer::setAbsence(qint64 advisorId, const QDateTime &from, const QDateTime &to)
{
    server::AbsenceStore(*m_db).set(std::nullopt, advisorId, from, to, m_clock.now());
}

void ApiTestServer::endAbsence(qint64 advisorId)
{
    server::AbsenceStore absences(*m_db);
    absences.end(advisorId, m_clock.now());
    absences.returnHeldInquiries(m_clock.now());
}

void ApiTestServer::revokeAdvisor()
{
    server::AdvisorStore(*m_db).revokeCertificate(server::certificateFingerprint(m_pki.advisorCertificate), m_clock.now());
}

void ApiTestServer::registerAdvisor()
{
    // A certificate row per registration: re-registering after a revocation models a renewed certificate.
    QSqlQuery(m_db->connection()).exec(QStringLiteral("DELETE FROM advisor_certificates"));
    server::AdvisorStore(*m_db).registerCertificate(m_advisorId, server::certificateFingerprint(m_pki.advisorCertificate),
                                                    QStringLiteral("01"), m_pki.advisorCertificate.expiryDate());
}

} // namespace confidant::testing
