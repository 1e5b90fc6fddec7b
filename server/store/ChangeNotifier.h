#pragma once

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
    QString m_connectionName;
};

} // namespace confidant::server
