#pragma once

#include <QStringList>

// `client_bench report API_URL P12_FILE PASSPHRASE`: how long the desktop client takes to show a lead's 30-day team
// report, from choosing it in the statistics window to the window drawn with it. Prints one JSON object.
int runClientReportBench(const QStringList &args);
