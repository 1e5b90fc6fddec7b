#pragma once

#include <QDateTime>
#include <QString>
#include <memory>

class QIODevice;
class QTextStream;

namespace confidant {
class Clock;
}

namespace confidant::server {

class Database;
class PostgresCluster;

// Which installation a run administers: the global options of confidant-admin.
struct Installation {
    QString dataDirectory; // holds pki/ and, without a database URL, the private cluster (postgres/)
    QString databaseUrl;   // empty: the private cluster in the data directory
    QString keyRingFile;   // empty: DATA-DIR/keys/keyring
};

// Where a run reads (passphrases, a calendar from "-") and answers: the process's standard streams, or a test's.
struct AdminStreams {
    QIODevice &input;
    QTextStream &out;
    QTextStream &err;
};

// What every command of one confidant-admin run shares: the installation's files, its database (opened by the first
// command that needs it, so the PKI commands work without one), the streams, the clock, and the two ways a command
// ends badly. Exit codes: 0 done, 1 failed (message on stderr), 2 misuse.
class AdminSession {
public:
    AdminSession(const Installation &installation, const AdminStreams &streams, const Clock &clock);
    ~AdminSession();

    AdminSession(const AdminSession &) = delete;
    AdminSession &operator=(const AdminSession &) = delete;

    QIODevice &input() const { return m_streams.input; }
    QTextStream &out() const { return m_streams.out; }
    QDateTime now() const;

    QString keyRingFile() const { return m_keyRingFile; }
    QString pkiPath(const QString &file) const;

    // Opens and migrates the database, with the key ring when there is one; false after saying why on stderr.
    bool openDatabase();
    // After openDatabase, for commands that read or write texts: false after saying how to make a key ring.
    bool requireKeyRing();
    Database &database() const { return *m_database; }

    int fail(const QString &message) const;  // 1
    int usage(const QString &message) const; // 2, pointing at --help

private:
    QString m_dataDirectory;
    QString m_databaseUrl;
    QString m_keyRingFile;
    AdminStreams m_streams;
    const Clock &m_clock;
    std::unique_ptr<PostgresCluster> m_cluster;
    std::unique_ptr<Database> m_database;
};

} // namespace confidant::server
