#include "store/ChangeNotifier.h"

#include "store/StoreLog.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace confidant::server {
namespace {
const QString changesChannel = QStringLiteral("confidant_changes");
const QString advisorsChannel = QStringLiteral("confidant_advisors"); // migration 0007's triggers
}

ChangeNotifier::ChangeNotifier(QString connectionName, QObject *parent)
    : QObject(parent), m_database(std::move(connectionName))
{
    connect(&m_check, &QTimer::timeout, this, &ChangeNotifier::check);
    m_database.setProbeBeforeUse(false);
}

ChangeNotifier::~ChangeNotifier() = default;

bool ChangeNotifier::start(const DatabaseConfig &config, QString *error)
{
    if (!m_database.open(config, error) || !listen(error))
        return false;
    connect(m_database.connection().driver(), &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == changesChannel)
                    emit changed(payload.toLongLong());
                else if (name == advisorsChannel)
                    emit advisorsChanged();
            });
    m_check.start(1000);
    return true;
}

bool ChangeNotifier::listen(QString *error)
{
    QSqlDriver *driver = m_database.connection().driver();
    m_listening = driver->subscribeToNotification(changesChannel) && driver->subscribeToNotification(advisorsChannel);
    if (!m_listening)
        *error = QStringLiteral("cannot LISTEN for changes: %1").arg(driver->lastError().databaseText());
    return m_listening;
}

void ChangeNotifier::check()
{
    bool alive = m_database.isConnected();
    if (alive && ++m_checks % 30 == 0) {
        QSqlQuery ping(m_database.connection());
        alive = ping.exec(QStringLiteral("SELECT 1"));
    }
    if (alive && m_listening)
        return;
    if (m_listening)
        qCWarning(lcStore) << "lost the connection that listens for changes; connecting again";
    m_listening = false;
    m_database.connection(); // connects again, at most once a second
    QString error;
    if (m_database.isConnected() && listen(&error)) {
        qCInfo(lcStore) << "listening for changes again";
        emit reconnected();
    }
}

} // namespace confidant::server
