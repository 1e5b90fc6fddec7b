#include "store/DatabaseOwnerRole.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace confidant::server {
namespace {

const QString createRole = QStringLiteral(
    "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'confidant') THEN CREATE ROLE confidant LOGIN; END IF; END$$");
// Also for a role that someone gave more rights by hand: the application never needs them.
const QString narrowRole = QStringLiteral("ALTER ROLE confidant LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");

// A database an older version made was migrated by the superuser, so its tables, sequences, functions and types
// belong to postgres; the owner role must own them to migrate them further.
const QString takeOverObjects = QStringLiteral(R"SQL(
DO $$
DECLARE item record;
BEGIN
    IF (SELECT nspowner FROM pg_namespace WHERE nspname = 'public') NOT IN ('confidant'::regrole, 'pg_database_owner'::regrole) THEN
        ALTER SCHEMA public OWNER TO confidant;
    END IF;
    FOR item IN SELECT c.oid::regclass AS name FROM pg_class c
                WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                  AND c.relowner <> 'confidant'::regrole LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO confidant', item.name);
    END LOOP;
    -- What is left are sequences of no table's column (the others followed their table).
    FOR item IN SELECT c.oid::regclass AS name FROM pg_class c
                WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S' AND c.relowner <> 'confidant'::regrole LOOP
        EXECUTE format('ALTER SEQUENCE %s OWNER TO confidant', item.name);
    END LOOP;
    FOR item IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> 'confidant'::regrole LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO confidant', item.name);
    END LOOP;
    FOR item IN SELECT t.oid::regtype AS name, t.typtype FROM pg_type t
                WHERE t.typnamespace = 'public'::regnamespace AND t.typowner <> 'confidant'::regrole
                  AND t.typtype IN ('e', 'd', 'r') LOOP
        EXECUTE format('ALTER %s %s OWNER TO confidant', CASE WHEN item.typtype = 'd' THEN 'DOMAIN' ELSE 'TYPE' END, item.name);
    END LOOP;
END$$)SQL");

} // namespace

bool DatabaseOwnerRole::ensure(const DatabaseConfig &superuser, const QString &databaseName, QString *error)
{
    // The owner's name is a constant and the database's is ours, so building these statements is safe.
    QStringList statements{createRole, narrowRole};
    const bool ownDatabase = databaseName != superuser.databaseName;
    if (ownDatabase)
        statements << QStringLiteral("ALTER DATABASE \"%1\" OWNER TO confidant").arg(databaseName);
    if (!run(superuser, statements, error))
        return false;
    DatabaseConfig inside = superuser;
    inside.databaseName = databaseName;
    return !ownDatabase || run(inside, {takeOverObjects}, error);
}

bool DatabaseOwnerRole::run(const DatabaseConfig &config, const QStringList &statements, QString *error)
{
    const QString connection = QStringLiteral("owner-role-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setDatabaseName(config.databaseName);
        db.setUserName(config.userName);
        ok = db.open();
        if (!ok)
            *error = QStringLiteral("cannot connect to %1 as %2 to set up the owner role: %3")
                         .arg(config.databaseName, config.userName, db.lastError().text());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!ok)
                break;
            ok = query.exec(statement);
            if (!ok)
                *error = QStringLiteral("cannot set up the database owner role %1: %2").arg(name(), query.lastError().databaseText());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace confidant::server
