#include "PostponeDialog.h"

#include "DeletionLogModel.h"
#include "validation/Validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace confidant::client {

PostponeDialog::PostponeDialog(const QString &what, bool mayHold, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_until(new QDateTimeEdit), m_legalHold(new QCheckBox(tr("&Legal hold: keep it until a team lead lifts the hold"))),
      m_kind(new QComboBox), m_reason(new QPlainTextEdit), m_count(new QLabel)
{
    setWindowTitle(tr("Postpone deletion"));
    auto *intro = new QLabel(tr("Postpone the deletion of %1. The deletion log records the kind of reason; your words stay with the "
                                "inquiry and are deleted with it.").arg(what));
    intro->setWordWrap(true);
    const QDateTime now = clock.now().toLocalTime();
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(tr("ddd d MMM yyyy, HH:mm"));
    m_until->setMinimumDateTime(now.addSecs(60));
    m_until->setDateTime(QDateTime(now.date().addDays(30), QTime(8, 0)));
    m_until->setAccessibleName(tr("New deletion date"));
    // In the enum's order, so the index is the kind; worded as the deletion log will show it.
    for (auto kind : {PostponementReason::CustomerAsked, PostponementReason::OpenMatter, PostponementReason::LegalObligation,
                      PostponementReason::Other})
        m_kind->addItem(DeletionLogModel::reasonText(kind));
    m_kind->setAccessibleName(tr("Kind of reason"));
    m_reason->setAccessibleName(tr("Reason for postponing"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("For example: the customer asked for a copy first; court case 4 O 17/26"));
    auto *untilLabel = new QLabel(tr("&New date:"));
    untilLabel->setBuddy(m_until);
    auto *kindLabel = new QLabel(tr("&Kind of reason:"));
    kindLabel->setBuddy(m_kind);
    auto *reasonLabel = new QLabel(tr("&Reason:"));
    reasonLabel->setBuddy(m_reason);
    auto *form = new QFormLayout;
    form->addRow(untilLabel, m_until);
    form->addRow(QString(), m_legalHold);
    m_legalHold->setVisible(mayHold);
    form->addRow(kindLabel, m_kind);
    form->addRow(reasonLabel, m_reason);
    form->addRow(QString(), m_count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Postpone"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_legalHold, &QCheckBox::toggled, this, &PostponeDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &PostponeDialog::updateState);
    updateState();
    resize(520, 320);
}

std::optional<QDateTime> PostponeDialog::until() const
{
    return m_legalHold->isChecked() ? std::nullopt : std::optional<QDateTime>(m_until->dateTime().toUTC());
}

PostponementReason PostponeDialog::reasonKind() const
{
    return PostponementReason(m_kind->currentIndex());
}

QString PostponeDialog::reason() const
{
    return validation::normalisedText(m_reason->toPlainText());
}

void PostponeDialog::updateState()
{
    m_until->setEnabled(!m_legalHold->isChecked());
    const qsizetype length = reason().size();
    m_count->setText(tr("%1 of %2 characters").arg(length).arg(validation::PostponementReasonMaxLength));
    m_ok->setEnabled(length > 0 && length <= validation::PostponementReasonMaxLength);
}

} // namespace confidant::client
