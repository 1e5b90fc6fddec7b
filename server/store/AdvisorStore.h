#pragma once

#include "domain/AdvisorProfile.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace confidant::server {

class Database;

struct Team {
    qint64 id = 0;
    QString name;
};

class AdvisorStore {
public:
    explicit AdvisorStore(Database &database);

    Result<Team> createTeam(const QString &name);                         // Conflict when the name exists
    std::optional<Team> findTeam(const QString &name) const;
    Result<AdvisorProfile> createAdvisor(const QString &login, const QString &displayName, qint64 teamId,
                                         bool teamLead);                  // Conflict when the login exists
    std::optional<AdvisorProfile> findByLogin(const QString &login) const;
    // Moves the advisor to the team; with `lead` set, makes them its lead or not (else as they were).
    Result<Done> setTeam(qint64 advisorId, qint64 teamId, std::optional<bool> lead);
    Result<QList<AdvisorProfile>> list() const;
    Result<QList<Team>> teams() const;
    // The team of the advisor with this id; none when there is no such advisor.
    Result<std::optional<qint64>> teamOf(qint64 advisorId) const;
    Result<bool> teamExists(qint64 teamId) const;

    // Records a certificate issued to an advisor by its SHA-256 fingerprint (lower-case hex of the DER).
    Result<Done> registerCertificate(qint64 advisorId, const QString &sha256Fingerprint, const QString &serialHex,
                                     const QDateTime &notAfter);
    // Recorded as revoked at `now` (the caller's clock, like every other time the stores write).
    Result<Done> revokeCertificate(const QString &sha256Fingerprint, const QDateTime &now);
    // The advisor a verified client certificate belongs to: NotFound for an unknown, revoked or expired one,
    // Unavailable when the lookup itself failed, so that callers can tell "not yours" from "try again".
    Result<AdvisorProfile> findByCertificate(const QString &sha256Fingerprint, const QDateTime &now) const;

private:
    Database &m_database;
};

} // namespace confidant::server
