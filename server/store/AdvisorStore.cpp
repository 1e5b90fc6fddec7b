#include "store/AdvisorStore.h"

#include "store/Database.h"
#include "store/SqlStatement.h"

namespace confidant::server {
namespace {

const QString selectAdvisor = QStringLiteral(
    "SELECT a.id, a.login, a.display_name, t.name, a.team_lead, a.team_id FROM advisors a JOIN teams t ON t.id = a.team_id ");

AdvisorProfile readAdvisor(const SqlRow &row)
{
    return AdvisorProfile{row.id(0), row.text(1), row.text(2), row.text(3), row.flag(4), row.id(5)};
}

Team readTeam(const SqlRow &row)
{
    return Team{row.id(0), row.text(1)};
}

} // namespace

AdvisorStore::AdvisorStore(Database &database) : m_database(database) {}

Result<Team> AdvisorStore::createTeam(const QString &name)
{
    const auto id = SqlStatement(m_database, QStringLiteral("INSERT INTO teams (name) VALUES (:name) ON CONFLICT (name) DO NOTHING RETURNING id"))
                        .bind(QStringLiteral("name"), name)
                        .oneRow([](const SqlRow &row) { return row.id(0); },
                                ServiceError{ServiceError::Conflict, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "A team with this name exists already."))});
    return id ? Result<Team>(Team{id.value(), name}) : Result<Team>(id.error());
}

std::optional<Team> AdvisorStore::findTeam(const QString &name) const
{
    const auto team = SqlStatement(m_database, QStringLiteral("SELECT id, name FROM teams WHERE name = :name")).bind(QStringLiteral("name"), name).optionalRow(readTeam);
    return team ? team.value() : std::nullopt;
}

Result<AdvisorProfile> AdvisorStore::createAdvisor(const QString &login, const QString &displayName, qint64 teamId, bool teamLead)
{
    const auto created = SqlStatement(m_database, QStringLiteral("INSERT INTO advisors (login, display_name, team_id, team_lead) "
                                                                 "SELECT :login, :name, id, :lead FROM teams WHERE id = :team "
                                                                 "ON CONFLICT (login) DO NOTHING RETURNING id"))
                             .bind(QStringLiteral("login"), login).bind(QStringLiteral("name"), displayName)
                             .bind(QStringLiteral("lead"), teamLead).bind(QStringLiteral("team"), teamId)
                             .touchedARow();
    if (!created)
        return created.error();
    if (!created.value()) {
        if (findByLogin(login))
            return ServiceError{ServiceError::Conflict, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "An advisor with this login exists already."))};
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This team does not exist."))};
    }
    const auto advisor = findByLogin(login);
    return advisor ? Result<AdvisorProfile>(*advisor) : Result<AdvisorProfile>(unavailable());
}

std::optional<AdvisorProfile> AdvisorStore::findByLogin(const QString &login) const
{
    const auto advisor = SqlStatement(m_database, selectAdvisor + QStringLiteral("WHERE a.login = :login")).bind(QStringLiteral("login"), login).optionalRow(readAdvisor);
    return advisor ? advisor.value() : std::nullopt;
}

// Their inquiries stay theirs (an owner sees their own wherever they are); the team's queue is the new team's.
Result<Done> AdvisorStore::setTeam(qint64 advisorId, qint64 teamId, std::optional<bool> lead)
{
    const auto moved = SqlStatement(m_database, QStringLiteral("UPDATE advisors SET team_id = :team, team_lead = coalesce(:lead, team_lead) "
                                                               "WHERE id = :advisor"))
                           .bind(QStringLiteral("team"), teamId)
                           .bind(QStringLiteral("lead"), lead ? QVariant(*lead) : QVariant(QMetaType::fromType<bool>()))
                           .bind(QStringLiteral("advisor"), advisorId)
                           .touchedARow();
    if (!moved)
        return moved.error();
    if (!moved.value())
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "This advisor does not exist."))};
    return Done{};
}

Result<QList<AdvisorProfile>> AdvisorStore::list() const
{
    return SqlStatement(m_database, selectAdvisor + QStringLiteral("ORDER BY a.login")).rows(readAdvisor);
}

Result<QList<Team>> AdvisorStore::teams() const
{
    return SqlStatement(m_database, QStringLiteral("SELECT id, name FROM teams ORDER BY name")).rows(readTeam);
}

Result<std::optional<qint64>> AdvisorStore::teamOf(qint64 advisorId) const
{
    return SqlStatement(m_database, QStringLiteral("SELECT team_id FROM advisors WHERE id = :advisor"))
        .bind(QStringLiteral("advisor"), advisorId)
        .optionalRow([](const SqlRow &row) { return row.id(0); });
}

Result<bool> AdvisorStore::teamExists(qint64 teamId) const
{
    return SqlStatement(m_database, QStringLiteral("SELECT 1 FROM teams WHERE id = :team")).bind(QStringLiteral("team"), teamId).touchedARow();
}

Result<Done> AdvisorStore::registerCertificate(qint64 advisorId, const QString &sha256Fingerprint, const QString &serialHex,
                                               const QDateTime &notAfter)
{
    if (!SqlStatement(m_database, QStringLiteral("INSERT INTO advisor_certificates (advisor_id, fingerprint, serial, not_after) "
                                                 "VALUES (:advisor, :fingerprint, :serial, :not_after)"))
             .bind(QStringLiteral("advisor"), advisorId).bind(QStringLiteral("fingerprint"), sha256Fingerprint.toLower())
             .bind(QStringLiteral("serial"), serialHex).bind(QStringLiteral("not_after"), notAfter)
             .run())
        return ServiceError{ServiceError::Invalid,
                            QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "The certificate could not be registered for this advisor."))};
    return Done{};
}

Result<Done> AdvisorStore::revokeCertificate(const QString &sha256Fingerprint, const QDateTime &now)
{
    const auto revoked = SqlStatement(m_database, QStringLiteral("UPDATE advisor_certificates SET revoked_at = :now "
                                                                 "WHERE fingerprint = :fingerprint AND revoked_at IS NULL"))
                             .bind(QStringLiteral("now"), now)
                             .bind(QStringLiteral("fingerprint"), sha256Fingerprint.toLower())
                             .touchedARow();
    if (!revoked)
        return revoked.error();
    if (!revoked.value())
        return ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "No valid certificate has this fingerprint."))};
    return Done{};
}

Result<AdvisorProfile> AdvisorStore::findByCertificate(const QString &sha256Fingerprint, const QDateTime &now) const
{
    return SqlStatement(m_database, selectAdvisor + QStringLiteral("JOIN advisor_certificates c ON c.advisor_id = a.id "
                                                                   "WHERE c.fingerprint = :fingerprint AND c.revoked_at IS NULL AND c.not_after > :now"))
        .bind(QStringLiteral("fingerprint"), sha256Fingerprint.toLower())
        .bind(QStringLiteral("now"), now)
        .oneRow(readAdvisor, ServiceError{ServiceError::NotFound, QStringLiteral(QT_TRANSLATE_NOOP("ServiceError", "No active advisor holds this certificate."))});
}

} // namespace confidant::server
