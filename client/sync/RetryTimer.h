#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace confidant::client {

// When the sync engine asks again after a failure. A QTimer by default; a test puts one of its own in its place, to
// read the pause that was asked for and end it at once instead of waiting it out (a test that sleeps is flaky).
class RetryTimer : public QObject {
    Q_OBJECT
public:
    explicit RetryTimer(QObject *parent = nullptr);

    virtual void start(std::chrono::milliseconds delay);
    virtual void stop();

signals:
    void due();

private:
    QTimer m_timer;
};

} // namespace confidant::client
