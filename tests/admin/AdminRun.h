#pragma once

#include <QString>

namespace confidant::testing {

// What one run of confidant-admin gave, as a process or in-process: what scripts and operators rely on.
struct AdminRun {
    int exitCode;
    QString out;
    QString err;
};

} // namespace confidant::testing
