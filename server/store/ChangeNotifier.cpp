#include "store/ChangeNotifier.h"

#include "store/StoreLog.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

namespace confidant::server {
namespace {
const QString channel = QStringLiteral("confidant_changes");
}

ChangeNotifier::ChangeNotifier(QString connectionName, QObject *parent)
    : QObject(parent), m_database(std::move(connectionName))
{
}

ChangeNotifier::~ChangeNotifier() = default;

bool ChangeNotifier::start(const DatabaseConfig &config, QString *error)
{
    if (!m_database.open(config, error))
        return false;
    QSqlDriver *driver = m_database.connection().driver();
    if (!driver->subscribeToNotification(channel)) {
        *error = QStringLiteral("cannot LISTEN for changes: %1").arg(driver->lastError().databaseText());
        return false;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == channel)
                    emit changed(payload.toLongLong());
            });
    return true;
}

} // namespace confidant::server
