#pragma once

#include "ReportExport.h"
#include "StatisticsWindow.h"

#include <QProcess>
#include <QSignalSpy>

namespace confidant::testing {

// Exports the report the window shows as a PDF into `file` and returns its text as `pdftotext -layout` reads it:
// what a reader of the printed report sees. Empty, with a warning saying why, when the export or pdftotext failed.
inline QString exportedPdfText(client::StatisticsWindow &window, const QString &file)
{
    QSignalSpy finished(window.exporter(), &client::ReportExport::finished);
    window.exportPdf(file);
    if (!finished.wait(30000) || !finished.first().at(0).toBool()) {
        qWarning("the PDF export failed: %s", qPrintable(finished.value(0).value(2).toString()));
        return {};
    }
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0) {
        qWarning("pdftotext failed: %s", pdftotext.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace confidant::testing
