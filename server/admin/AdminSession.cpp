#include "admin/AdminSession.h"

#include "crypto/KeyRing.h"
#include "store/KeyRingOwnerScope.h"
#include "store/Database.h"
#include "store/PostgresCluster.h"
#include "time/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace confidant::server {

AdminSession::AdminSession(const Installation &installation, const AdminStreams &streams, const Clock &clock)
    : m_dataDirectory(QDir(installation.dataDirectory).absolutePath()), m_databaseUrl(installation.databaseUrl),
      m_keyRingFile(installation.keyRingFile.isEmpty() ? m_dataDirectory + QStringLiteral("/keys/keyring") : installation.keyRingFile),
      m_streams(streams), m_clock(clock)
{
}

AdminSession::~AdminSession()
{
    m_database.reset();
    m_cluster.reset(); // stops the private cluster only if this run started it
}

QDateTime AdminSession::now() const
{
    return m_clock.now();
}

QString AdminSession::pkiPath(const QString &file) const
{
    return m_dataDirectory + QStringLiteral("/pki/") + file;
}

bool AdminSession::openDatabase()
{
    QString error;
    DatabaseConfig config;
    if (m_databaseUrl.isEmpty()) {
        QDir().mkpath(m_dataDirectory);
        m_cluster = std::make_unique<PostgresCluster>(m_dataDirectory + QStringLiteral("/postgres"));
        if (!m_cluster->start(&error))
            return fail(error), false;
        config = m_cluster->config();
    } else {
        const auto parsed = DatabaseConfig::fromUrl(QUrl(m_databaseUrl), &error);
        if (!parsed)
            return fail(error), false;
        config = *parsed;
    }
    m_database = std::make_unique<Database>(QStringLiteral("admin"));
    // Commands that never touch a text work without a key ring; a ring that is there but unsafe is refused.
    if (QFileInfo::exists(m_keyRingFile)) {
        const KeyRingOwnerScope owner(m_keyRingFile);
        std::shared_ptr<KeyRing> ring = KeyRing::load(m_keyRingFile, &error);
        if (!ring)
            return fail(error), false;
        m_database->setKeyRing(std::move(ring));
    }
    if (!m_database->open(config, &error) || !m_database->migrate(&error))
        return fail(error), false;
    return true;
}

bool AdminSession::requireKeyRing()
{
    if (m_database->keyRing())
        return true;
    fail(QStringLiteral("no key ring at %1: create one with confidant-admin create-key-ring, or name it with --key-ring").arg(m_keyRingFile));
    return false;
}

int AdminSession::fail(const QString &message) const
{
    m_streams.err << "confidant-admin: " << message << Qt::endl;
    return 1;
}

int AdminSession::usage(const QString &message) const
{
    m_streams.err << "confidant-admin: " << message << " (see confidant-admin --help)" << Qt::endl;
    return 2;
}

} // namespace confidant::server
