#pragma once

#include "AdvisorIdentity.h"
#include "TestPki.h"
#include "TestPostgres.h"
#include "api/AdvisorApi.h"
#include "service/AdvisorServices.h"
#include "store/Stores.h"
#include "http/HttpServer.h"
#include "store/ChangeNotifier.h"
#include "store/Database.h"
#include "store/DatabaseWorkers.h"
#include "time/Clock.h"

#include <QHash>
#include <QUrl>
#include <memory>

namespace confidant::testing {

// The real advisor API (HTTP over mutual TLS, PostgreSQL) for client tests, with one registered advisor
// and helpers to write inquiries as customers would. Each instance has a database of its own, so a test can run a
// second one beside a shared one.
class ApiTestServer {
public:
    explicit ApiTestServer(int pageSize = 500);
    ~ApiTestServer();

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }
    QUrl url() const;
    client::AdvisorIdentity identity() const;
    QString p12File() const { return m_pki.advisorP12File(); }
    QByteArray p12Passphrase() const { return m_pki.p12Passphrase; }
    server::Database &database() { return *m_db; }
    // The organisation of the test CA, which heads reports as the company CA's does in the server.
    QString company() const;
    // As the customer Anna Schmidt writes it, in the default topic ("pension", a target of 8 working hours).
    qint64 writeInquiry(const QString &subject, const QDateTime &at);
    // Another topic, to be answered within `responseTargetMinutes` working minutes; returns its id.
    qint64 addTopic(const QString &key, const QString &title, int responseTargetMinutes);
    // As the customer of that name writes it (registered the first time a name is used), in the topic (0: the default
    // topic). Routed as the server routes it: to the customer's fixed advisor, if they have one, else to the queue.
    qint64 writeInquiryAs(const QString &customerName, const QString &subject, const QDateTime &at, qint64 topicId = 0,
                          const QString &body = QStringLiteral("Please help."));
    // The signed-in advisor answers, or closes the inquiry, at `at`, as through the API (event and change number);
    // false when the server refused.
    bool reply(qint64 inquiryId, const QString &body, const QDateTime &at);
    bool close(qint64 inquiryId, const QDateTime &at);
    qint64 advisorId() const { return m_advisorId; }
    qint64 teamId() const { return m_teamId; } // the signed-in advisor's team, "Private clients"
    // Another advisor of the same team, without a certificate: an owner who is not the one the client signs in as.
    qint64 addColleague(const QString &login, const QString &displayName);
    // Who owns the inquiry as the database has it; 0 for nobody.
    qint64 ownerOf(qint64 inquiryId);
    // Gives the inquiry to `advisorId` (0: nobody) behind the API's back: no event, no change number, no feed entry.
    void setOwner(qint64 inquiryId, qint64 advisorId);
    // Makes the signed-in advisor their team's lead, or not.
    void setLead(bool lead);
    // The fixed advisor of the customer who writes the inquiries; 0 for none.
    void setFixedAdvisor(qint64 advisorId);
    // The fixed advisor of the customer of that name (registered if new); 0 for none. Their inquiries follow.
    void setFixedAdvisorOf(const QString &customerName, qint64 advisorId);
    // As the administrator sets it (`confidant-admin set-absence`), so no API call triggers the return of held inquiries.
    void setAbsence(qint64 advisorId, const QDateTime &from, const QDateTime &to);
    // Ends the advisor's absence and gives back what was held for them, as the server's minute sweep would.
    void endAbsence(qint64 advisorId);
    void revokeAdvisor();
    void registerAdvisor();

private:
    qint64 customerNamed(const QString &name);
    AdvisorProfile signedInAdvisor() const;

    TestPostgres m_pg;
    TestPki m_pki;
    SystemClock m_clock;
    std::unique_ptr<server::Database> m_db;
    std::unique_ptr<server::ChangeNotifier> m_notifier;
    std::unique_ptr<server::DatabaseWorkers> m_workers;
    std::unique_ptr<server::Stores> m_stores;
    std::unique_ptr<server::AdvisorServices> m_services;
    std::unique_ptr<server::AdvisorApi> m_api;
    server::Router m_router;
    std::unique_ptr<server::HttpServer> m_server;
    qint64 m_customer = 0;
    QHash<QString, qint64> m_customers; // by display name
    qint64 m_topic = 0;
    qint64 m_advisorId = 0;
    qint64 m_teamId = 0;
    bool m_valid = false;
    QString m_error;
};

} // namespace confidant::testing
