#pragma once

#include "store/DatabaseConfig.h"

#include <QString>

namespace confidant::server {

// The role the application connects as: it owns the database and everything in its schema, runs the migrations,
// and is no superuser (NOSUPERUSER NOCREATEDB NOCREATEROLE), so a statement that goes wrong cannot read the
// server's files, start programs or touch other databases. The superuser connection is used only here, to create
// it (docs/operations.md, "The database owner role").
class DatabaseOwnerRole {
public:
    static QString name() { return QStringLiteral("confidant"); }

    // Creates the role if it is missing, takes any superuser rights from it, and gives it `databaseName` and what
    // an older version made there as the superuser. `superuser` names the cluster's maintenance database.
    static bool ensure(const DatabaseConfig &superuser, const QString &databaseName, QString *error);

private:
    static bool run(const DatabaseConfig &config, const QStringList &statements, QString *error);
};

} // namespace confidant::server
