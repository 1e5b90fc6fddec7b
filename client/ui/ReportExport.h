#pragma once

#include "domain/ActivityReport.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QSaveFile;
class QWidget;

namespace confidant::client {

class ReportPdfWriter;

// Writes the report shown as PDF or CSV without freezing the window, with a progress dialog the advisor can cancel
// (it appears only when an export takes longer than a moment). The file appears only when complete: a cancelled
// or failed export leaves no half-written file behind, and an older file of that name stays as it was.
class ReportExport : public QObject {
    Q_OBJECT
public:
    explicit ReportExport(QWidget *window);
    ~ReportExport() override;

    // The PDF is painted on this thread (charts are widgets' business), a page per turn of the event loop.
    void exportPdf(const ActivityReport &report, const QString &fileName);
    // The CSV is pure data: written on the thread pool.
    void exportCsv(const ActivityReport &report, const QString &fileName);
    bool isRunning() const { return m_running; }

signals:
    // ok false: `message` says why (empty when the advisor cancelled).
    void finished(bool ok, const QString &fileName, const QString &message);

private:
    void startProgress(const QString &label, int steps);
    void writePdfPage();
    bool cancelled() const;
    void done(bool ok, QString message);

    QWidget *m_window;
    QPointer<QProgressDialog> m_progress;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<ReportPdfWriter> m_pdf;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QString m_fileName;
    bool m_running = false;
};

} // namespace confidant::client
