#include "ReportExport.h"

#include "ReportCsvWriter.h"
#include "ReportPdfWriter.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QProgressDialog>
#include <QSaveFile>
#include <QTimer>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcExport, "confidant.export")

namespace confidant::client {

ReportExport::ReportExport(QWidget *window) : QObject(window), m_window(window)
{
}

ReportExport::~ReportExport()
{
    if (m_cancelled)
        *m_cancelled = true;
    m_pdf.reset(); // before the file it writes to
}

void ReportExport::startProgress(const QString &label, int steps)
{
    m_running = true;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, steps, m_window);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(500);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [cancelled = m_cancelled] { *cancelled = true; });
}

void ReportExport::exportPdf(const ActivityReport &report, const QString &fileName)
{
    if (m_running)
        return;
    m_fileName = fileName;
    m_file = std::make_unique<QSaveFile>(fileName);
    if (!m_file->open(QIODevice::WriteOnly)) {
        emit finished(false, fileName, tr("%1 cannot be written: %2").arg(fileName, m_file->errorString()));
        return;
    }
    m_pdf = std::make_unique<ReportPdfWriter>(report, m_file.get());
    if (!m_pdf->begin()) {
        m_file->cancelWriting();
        emit finished(false, fileName, tr("The PDF could not be started."));
        return;
    }
    startProgress(tr("Writing the PDF\u2026"), m_pdf->pageCount());
    QTimer::singleShot(0, this, &ReportExport::writePdfPage);
}

bool ReportExport::cancelled() const
{
    return *m_cancelled || (m_progress && m_progress->wasCanceled());
}

void ReportExport::writePdfPage()
{
    if (cancelled()) {
        done(false, QString());
        return;
    }
    const bool more = m_pdf->writeNextPage();
    m_progress->setValue(m_progress->value() + 1);
    if (more) {
        QTimer::singleShot(0, this, &ReportExport::writePdfPage);
        return;
    }
    const bool written = m_pdf->finish();
    done(written, written ? QString() : tr("The PDF could not be written."));
}

void ReportExport::exportCsv(const ActivityReport &report, const QString &fileName)
{
    if (m_running)
        return;
    m_fileName = fileName;
    startProgress(tr("Writing the CSV file\u2026"), 0);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QString error = watcher->result();
        done(error.isEmpty() && !cancelled(), error);
    });
    watcher->setFuture(QtConcurrent::run([report, fileName, cancelled = m_cancelled]() -> QString {
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly))
            return tr("%1 cannot be written: %2").arg(fileName, file.errorString());
        file.write(ReportCsvWriter::write(report));
        if (*cancelled) {
            file.cancelWriting();
            return {};
        }
        return file.commit() ? QString() : tr("%1 cannot be written: %2").arg(fileName, file.errorString());
    }));
}

void ReportExport::done(bool ok, QString message)
{
    if (m_file) {
        m_pdf.reset();
        if (ok && !m_file->commit()) {
            ok = false;
            message = tr("%1 cannot be written: %2").arg(m_fileName, m_file->errorString());
            qCWarning(lcExport) << "cannot commit" << m_fileName << m_file->errorString();
        }
        m_file.reset(); // without commit: the temporary file goes, an older file stays
    }
    if (m_progress)
        m_progress->deleteLater();
    m_running = false;
    qCInfo(lcExport) << "export of" << m_fileName << (ok ? "written" : "not written") << message;
    emit finished(ok, m_fileName, message);
}

} // namespace confidant::client
