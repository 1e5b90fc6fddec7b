#pragma once

#include "store/Database.h"
#include "store/DatabaseConfig.h"

#include <QObject>

namespace confidant::server {

// Listens on its own connection for PostgreSQL's NOTIFY confidant_changes, so a write by this or any other
// server instance wakes the long-polls here.
class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    explicit ChangeNotifier(QString connectionName, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    bool start(const DatabaseConfig &config, QString *error);

signals:
    void changed(qint64 sequence);

private:
    Database m_database; // a connection of its own: LISTEN must not share one with queries in transactions
};

} // namespace confidant::server
