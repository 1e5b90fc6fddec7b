#include "DeletionDialog.h"

#include "DeletionLogDialog.h"
#include "DeletionQueue.h"
#include "Palette.h"
#include "PostponeDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace confidant::client {

DeletionDialog::DeletionDialog(DeletionQueue *queue, bool mayHold, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_queue(queue), m_clock(clock), m_mayHold(mayHold), m_table(new QTableView), m_delete(new QPushButton(tr("&Delete…"))),
      m_postpone(new QPushButton(tr("&Postpone…"))), m_empty(new QLabel(tr("Nothing is due for deletion."))), m_error(new QLabel),
      m_done(new QLabel)
{
    setWindowTitle(tr("Deletion recommendations"));
    auto *intro = new QLabel(tr("These are past the period the retention policy keeps them. Delete them, or postpone the "
                                "deletion with a reason, for example a legal hold."));
    intro->setWordWrap(true);
    m_table->setModel(m_queue->model());
    m_table->setAccessibleName(tr("Deletion recommendations"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DeletionModel::PolicyColumn, QHeaderView::Stretch);
    for (QLabel *label : {m_error, m_done, m_empty})
        label->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::errorText.name()));
    m_done->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::successText.name()));
    m_error->hide();
    m_done->hide();
    auto *showLog = new QPushButton(tr("Deletion &log…"));
    showLog->setObjectName(QStringLiteral("showDeletionLog"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_delete);
    actions->addWidget(m_postpone);
    actions->addStretch(1);
    actions->addWidget(showLog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(m_done);
    layout->addWidget(buttons);
    connect(m_delete, &QPushButton::clicked, this, &DeletionDialog::deleteSelected);
    connect(m_postpone, &QPushButton::clicked, this, &DeletionDialog::postponeSelected);
    connect(showLog, &QPushButton::clicked, this, &DeletionDialog::showLog);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DeletionDialog::updateButtons);
    connect(m_queue, &DeletionQueue::countChanged, this, &DeletionDialog::updateButtons);
    connect(m_queue, &DeletionQueue::deleted, this, [this](int count) { showDone(tr("Deleted: %1.").arg(count)); });
    connect(m_queue, &DeletionQueue::postponed, this, [this] { showDone(tr("Postponed.")); });
    connect(m_queue, &DeletionQueue::failed, this, &DeletionDialog::showError);
    m_queue->refresh();
    updateButtons();
    resize(820, 420);
}

DeletionLogDialog *DeletionDialog::showLog()
{
    auto *dialog = new DeletionLogDialog(m_queue, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QString DeletionDialog::confirmationText(int count) const
{
    const QString question = count == 1 ? tr("Delete the selected item for good?") : tr("Delete the %1 selected items for good?").arg(count);
    return question + QLatin1Char(' ')
        + tr("Deletion is final: the inquiries and their messages disappear from every workstation and from the customer's "
             "pages and cannot be restored. The deletion log keeps only what was deleted, when and by whom.");
}

QList<int> DeletionDialog::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void DeletionDialog::deleteSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete for good"), confirmationText(int(rows.size())), QMessageBox::Cancel, this);
    QPushButton *confirm = box.addButton(tr("Delete for good"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    m_error->hide();
    m_queue->confirm(rows);
}

void DeletionDialog::postponeSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    const DeletionRecommendation &r = m_queue->model()->at(rows.first());
    PostponeDialog dialog(tr("inquiry %1 of %2").arg(r.inquiryId).arg(r.customerName), m_mayHold, m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_error->hide();
    m_queue->postpone(r.inquiryId, {dialog.until(), dialog.reasonKind(), dialog.reason()});
}

void DeletionDialog::showDone(const QString &text)
{
    m_error->hide();
    m_done->setText(text);
    m_done->show();
}

void DeletionDialog::showError(const QString &message)
{
    m_done->hide();
    m_error->setText(message);
    m_error->show();
}

// Postponing is for inquiries only: an account's period starts again when its customer signs in.
void DeletionDialog::updateButtons()
{
    const QList<int> rows = selectedRows();
    m_delete->setEnabled(!rows.isEmpty());
    m_postpone->setEnabled(rows.size() == 1
                           && m_queue->model()->at(rows.first()).policy == DeletionRecommendation::Policy::ClosedInquiry);
    m_empty->setVisible(m_queue->count() == 0);
}

} // namespace confidant::client
