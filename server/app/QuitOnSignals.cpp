#include "app/QuitOnSignals.h"

#include <QCoreApplication>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace confidant::server {

int QuitOnSignals::s_pipe[2] = {-1, -1};

QuitOnSignals::QuitOnSignals(QObject *parent) : QObject(parent)
{
    ::socketpair(AF_UNIX, SOCK_STREAM, 0, s_pipe);
    m_notifier = new QSocketNotifier(s_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

void QuitOnSignals::onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_pipe[0], &byte, 1);
}

} // namespace confidant::server
