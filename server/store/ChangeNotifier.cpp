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
    : QObject(parent), m_connectionName(std::move(connectionName))
{
}

ChangeNotifier::~ChangeNotifier()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ChangeNotifier::start(const DatabaseConfig &config, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(config.host);
    db.setPort(config.port);
    db.setDatabaseName(config.databaseName);
    db.setUserName(config.userName);
    db.setPassword(config.password);
    if (!db.open()) {
        *error = QStringLiteral("cannot open the change-notification connection: %1").arg(db.lastError().databaseText());
        return false;
    }
    if (!db.driver()->subscribeToNotification(channel)) {
        *error = QStringLiteral("cannot LISTEN for changes: %1").arg(db.driver()->lastError().databaseText());
        return false;
    }
    connect(db.driver(), &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == channel)
                    emit changed(payload.toLongLong());
            });
    return true;
}

} // namespace confidant::server
