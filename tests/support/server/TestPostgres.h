#pragma once

#include "store/DatabaseConfig.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace confidant::server {
class Database;
class KeyRing;
class PostgresCluster;
}

namespace confidant::testing {

// A fresh, migrated database per test. Uses the cluster scripts/test.sh started (CONFIDANT_TEST_PGHOST, a socket
// directory with trust auth for user postgres); without it, starts a private cluster once per test process.
// Each database comes with a key ring file of its own (as confidant-admin create-key-ring makes it), which every
// Database it opens uses and a test server can be pointed at (keyRingFile).
class TestPostgres {
public:
    TestPostgres();
    ~TestPostgres(); // drops the database

    TestPostgres(const TestPostgres &) = delete;
    TestPostgres &operator=(const TestPostgres &) = delete;

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }
    server::DatabaseConfig config() const { return m_config; }
    // A migrated Database on a new named connection, with the test's key ring; the caller owns it.
    std::unique_ptr<server::Database> open(const QString &connectionName) const;
    // The same emptied and migrated only up to the compiled-in migration `version` (not applied): for writing the
    // data a later migration finds on an upgrade. Database::migrate then applies the rest.
    std::unique_ptr<server::Database> openBefore(const QString &connectionName, int version) const;
    QString keyRingFile() const;
    // For a Database a test opens by itself (Database::setKeyRing).
    std::shared_ptr<server::KeyRing> keyRing() const { return m_keyRing; }

private:
    QTemporaryDir m_keyDirectory;
    std::shared_ptr<server::KeyRing> m_keyRing;
    server::DatabaseConfig m_config;
    bool m_valid = false;
    QString m_error;
};

} // namespace confidant::testing
