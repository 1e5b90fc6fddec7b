#pragma once

#include "store/DatabaseConfig.h"

#include <QString>
#include <memory>

namespace confidant::server {
class Database;
class PostgresCluster;
}

namespace confidant::testing {

// A fresh, migrated database per test. Uses the cluster scripts/test.sh started (CONFIDANT_TEST_PGHOST, a socket
// directory with trust auth for user postgres); without it, starts a private cluster once per test process.
class TestPostgres {
public:
    TestPostgres();
    ~TestPostgres(); // drops the database

    TestPostgres(const TestPostgres &) = delete;
    TestPostgres &operator=(const TestPostgres &) = delete;

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }
    server::DatabaseConfig config() const { return m_config; }
    // A migrated Database on a new named connection; the caller owns it.
    std::unique_ptr<server::Database> open(const QString &connectionName) const;

private:
    server::DatabaseConfig m_config;
    bool m_valid = false;
    QString m_error;
};

} // namespace confidant::testing
