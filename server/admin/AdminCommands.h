#pragma once

#include "domain/AdvisorProfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace confidant::server {

class Database;
class PostgresCluster;

// The commands of confidant-admin. Each returns an exit code: 0 done, 1 failed (message on stderr), 2 misuse.
class AdminCommands {
public:
    // An empty keyRingFile means DIR/keys/keyring.
    AdminCommands(QString dataDirectory, QString databaseUrl, QString keyRingFile, QTextStream &out, QTextStream &err);
    ~AdminCommands();

    int run(const QString &command, const QStringList &arguments);

private:
    int initCa(const QStringList &arguments);
    int serverCert(const QStringList &arguments);
    int createTeam(const QStringList &arguments);
    int createAdvisor(const QStringList &arguments);
    int issueAdvisorCert(const QStringList &arguments);
    int revokeAdvisorCert(const QStringList &arguments);
    int createTopic(const QStringList &arguments);
    int routeTopic(const QStringList &arguments);
    int setFixedAdvisor(const QStringList &arguments);
    int setCalendar(const QStringList &arguments);
    int showCalendar();
    int setAdvisorTeam(const QStringList &arguments);
    int setAbsence(const QStringList &arguments);
    int setRetention(const QStringList &arguments);
    int setAccountRetention(const QStringList &arguments);
    int setAutoDelete(const QStringList &arguments);
    int listAdvisors();
    int listTopics();
    int seedDemo(const QStringList &arguments);
    void seedDemoHistory(const QList<AdvisorProfile> &team, const QByteArray &passwordHash, const QDateTime &now);
    int createKeyRing();
    int rotateKeys();

    bool openDatabase();
    bool requireKeyRing();
    int fail(const QString &message);
    int usage(const QString &message);
    QString pkiPath(const QString &file) const;

    QString m_dataDirectory;
    QString m_databaseUrl;
    QString m_keyRingFile;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<PostgresCluster> m_cluster;
    std::unique_ptr<Database> m_database;
};

} // namespace confidant::server
