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

class CommandArguments;
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
    int initCa(const CommandArguments &arguments);
    int serverCert(const CommandArguments &arguments);
    int createTeam(const CommandArguments &arguments);
    int createAdvisor(const CommandArguments &arguments);
    int issueAdvisorCert(const CommandArguments &arguments);
    int revokeAdvisorCert(const CommandArguments &arguments);
    int createTopic(const CommandArguments &arguments);
    int routeTopic(const CommandArguments &arguments);
    int setFixedAdvisor(const CommandArguments &arguments);
    int setCalendar(const CommandArguments &arguments);
    int showCalendar(const CommandArguments &);
    int setAdvisorTeam(const CommandArguments &arguments);
    int setAbsence(const CommandArguments &arguments);
    int setRetention(const CommandArguments &arguments);
    int setAccountRetention(const CommandArguments &arguments);
    int setAutoDelete(const CommandArguments &arguments);
    int listAdvisors(const CommandArguments &);
    int listTopics(const CommandArguments &);
    int seedDemo(const CommandArguments &arguments);
    void seedDemoHistory(const QList<AdvisorProfile> &team, const QByteArray &passwordHash, const QDateTime &now);
    int createKeyRing(const CommandArguments &);
    int rotateKeys(const CommandArguments &);

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
