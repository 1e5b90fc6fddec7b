#include "store/AdvisorStore.h"

#include "store/Database.h"
#include "store/StoreLog.h"

#include <QSqlQuery>

namespace confidant::server {
namespace {

const QString selectAdvisor = QStringLiteral(
    "SELECT a.id, a.login, a.display_name, t.name, a.team_lead, a.team_id FROM advisors a JOIN teams t ON t.id = a.team_id ");

AdvisorProfile readAdvisor(const QSqlQuery &query)
{
    return AdvisorProfile{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toBool(), query.value(5).toLongLong()};
}

} // namespace

AdvisorStore::AdvisorStore(Database &database) : m_database(database) {}

Result<Team> AdvisorStore::createTeam(const QString &name)
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("INSERT INTO teams (name) VALUES (?) ON CONFLICT (name) DO NOTHING RETURNING id"), {name}))
        return unavailable();
    if (!query.next())
        return ServiceError{ServiceError::Conflict, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "A team with this name exists already."))};
    return Team{query.value(0).toLongLong(), name};
}

std::optional<Team> AdvisorStore::findTeam(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT id, name FROM teams WHERE name = ?"), {name}) || !query.next())
        return std::nullopt;
    return Team{query.value(0).toLongLong(), query.value(1).toString()};
}

Result<AdvisorProfile> AdvisorStore::createAdvisor(const QString &login, const QString &displayName, qint64 teamId, bool teamLead)
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("INSERT INTO advisors (login, display_name, team_id, team_lead) SELECT ?, ?, id, ? FROM teams "
                                        "WHERE id = ? ON CONFLICT (login) DO NOTHING RETURNING id"),
                  {login, displayName, teamLead, teamId}))
        return unavailable();
    if (!query.next()) {
        if (findByLogin(login))
            return ServiceError{ServiceError::Conflict, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "An advisor with this login exists already."))};
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This team does not exist."))};
    }
    const auto created = findByLogin(login);
    return created ? Result<AdvisorProfile>(*created) : Result<AdvisorProfile>(unavailable());
}

std::optional<AdvisorProfile> AdvisorStore::findByLogin(const QString &login) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectAdvisor + QStringLiteral("WHERE a.login = ?"), {login}) || !query.next())
        return std::nullopt;
    return readAdvisor(query);
}

// Their inquiries stay theirs (an owner sees their own wherever they are); the team's queue is the new team's.
Result<Done> AdvisorStore::setTeam(qint64 advisorId, qint64 teamId, std::optional<bool> lead)
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("UPDATE advisors SET team_id = ?, team_lead = coalesce(?, team_lead) WHERE id = ?"),
                  {teamId, lead ? QVariant(*lead) : QVariant(QMetaType::fromType<bool>()), advisorId}))
        return unavailable();
    if (query.numRowsAffected() != 1)
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This advisor does not exist."))};
    return Done{};
}

Result<QList<AdvisorProfile>> AdvisorStore::list() const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectAdvisor + QStringLiteral("ORDER BY a.login")))
        return unavailable();
    QList<AdvisorProfile> advisors;
    while (query.next())
        advisors.append(readAdvisor(query));
    return advisors;
}

Result<QList<Team>> AdvisorStore::teams() const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("SELECT id, name FROM teams ORDER BY name")))
        return unavailable();
    QList<Team> teams;
    while (query.next())
        teams.append(Team{query.value(0).toLongLong(), query.value(1).toString()});
    return teams;
}

Result<Done> AdvisorStore::registerCertificate(qint64 advisorId, const QString &sha256Fingerprint, const QString &serialHex,
                                               const QDateTime &notAfter)
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("INSERT INTO advisor_certificates (advisor_id, fingerprint, serial, not_after) VALUES (?, ?, ?, ?)"),
                  {advisorId, sha256Fingerprint.toLower(), serialHex, notAfter.toUTC()}))
        return ServiceError{ServiceError::Invalid,
                            QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "The certificate could not be registered for this advisor."))};
    return Done{};
}

Result<Done> AdvisorStore::revokeCertificate(const QString &sha256Fingerprint, const QDateTime &now)
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, QStringLiteral("UPDATE advisor_certificates SET revoked_at = ? WHERE fingerprint = ? AND revoked_at IS NULL"),
                  {now.toUTC(), sha256Fingerprint.toLower()}))
        return unavailable();
    if (query.numRowsAffected() != 1)
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "No valid certificate has this fingerprint."))};
    return Done{};
}

Result<AdvisorProfile> AdvisorStore::findByCertificate(const QString &sha256Fingerprint, const QDateTime &now) const
{
    QSqlQuery query(m_database.connection());
    if (!runQuery(query, selectAdvisor + QStringLiteral("JOIN advisor_certificates c ON c.advisor_id = a.id "
                                                        "WHERE c.fingerprint = ? AND c.revoked_at IS NULL AND c.not_after > ?"),
                  {sha256Fingerprint.toLower(), now.toUTC()}))
        return unavailable();
    if (!query.next())
        return ServiceError{ServiceError::NotFound,
                            QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "No active advisor holds this certificate."))};
    return readAdvisor(query);
}

} // namespace confidant::server
