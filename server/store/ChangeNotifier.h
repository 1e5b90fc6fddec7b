#pragma once

#include "store/Database.h"
#include "store/DatabaseConfig.h"

#include <QObject>
#include <QTimer>
#include <atomic>

namespace confidant::server {

// Listens on its own connection for PostgreSQL's NOTIFY confidant_changes, so a write by this or any other
// server instance wakes the long-polls here. When PostgreSQL restarts, the connection is lost without a word:
// a check every second notices (libpq marks the connection bad once its socket has closed; a query every 30 s
// finds one that died silently), connects again, listens again, and says `reconnected`.
class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    explicit ChangeNotifier(QString connectionName, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    bool start(const DatabaseConfig &config, QString *error);

    // Whether notifications arrive now; read from any thread. While they do not, nothing may be kept on the
    // promise that a change will be announced.
    bool isListening() const { return m_listening; }

signals:
    void changed(qint64 sequence);
    // Advisors, their certificates or teams changed (a revocation, say): who a certificate belongs to may differ.
    void advisorsChanged();
    // Listening again after a loss: changes committed meanwhile were not announced.
    void reconnected();

private:
    bool listen(QString *error);
    void check();

    Database m_database; // a connection of its own: LISTEN must not share one with queries in transactions
    QTimer m_check;
    int m_checks = 0;
    std::atomic<bool> m_listening = false;
};

} // namespace confidant::server
