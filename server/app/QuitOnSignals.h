#pragma once

#include <QObject>
#include <QSocketNotifier>

namespace confidant::server {

// SIGINT and SIGTERM end the event loop cleanly (listeners, workers, then the private cluster) instead of killing
// the process: the handler only writes a byte to a socket pair, and the event loop quits when it reads it.
// One per process.
class QuitOnSignals : public QObject {
    Q_OBJECT
public:
    explicit QuitOnSignals(QObject *parent = nullptr);

private:
    static void onSignal(int);
    static int s_pipe[2];
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace confidant::server
