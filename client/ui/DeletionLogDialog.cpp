#include "DeletionLogDialog.h"

#include "DeletionQueue.h"
#include "Palette.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace confidant::client {

DeletionLogDialog::DeletionLogDialog(DeletionQueue *queue, QWidget *parent)
    : QDialog(parent), m_table(new QTableView), m_error(new QLabel)
{
    setWindowTitle(tr("Deletion log"));
    auto *intro = new QLabel(tr("What was deleted or postponed, by whom and why. The log keeps numbers only, never what an inquiry said."));
    intro->setWordWrap(true);
    m_table->setModel(queue->log());
    m_table->setAccessibleName(tr("Deletion log"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DeletionLogModel::WhatColumn, QHeaderView::Stretch);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::errorText.name()));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(queue, &DeletionQueue::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    queue->refreshLog();
    resize(860, 420);
}

} // namespace confidant::client
