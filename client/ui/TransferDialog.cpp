#include "TransferDialog.h"

#include "AbsenceModel.h"
#include "validation/Validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace confidant::client {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int IsTeamRole = Qt::UserRole + 1;
} // namespace

TransferDialog::TransferDialog(const Directory &directory, qint64 ownAdvisorId, const QDateTime &now, QWidget *parent)
    : QDialog(parent), m_target(new QComboBox), m_note(new QPlainTextEdit), m_transfer(nullptr)
{
    setWindowTitle(tr("Transfer inquiry"));
    QHash<qint64, QString> teamNames;
    for (const Directory::Team &team : directory.teams) {
        teamNames.insert(team.id, team.name);
        m_target->addItem(tr("Queue of %1").arg(team.name));
        m_target->setItemData(m_target->count() - 1, team.id, IdRole);
        m_target->setItemData(m_target->count() - 1, true, IsTeamRole);
    }
    for (const Directory::Advisor &advisor : directory.advisors) {
        if (advisor.id == ownAdvisorId)
            continue;
        // An absent colleague can still be chosen, but whoever transfers should know it waits until they are back.
        m_target->addItem(advisor.absentUntil.isValid()
                              ? tr("%1 (%2, absent until %3)").arg(advisor.displayName, teamNames.value(advisor.teamId),
                                                                   AbsenceModel::timeText(advisor.absentUntil, now))
                              : tr("%1 (%2)").arg(advisor.displayName, teamNames.value(advisor.teamId)));
        m_target->setItemData(m_target->count() - 1, advisor.id, IdRole);
        m_target->setItemData(m_target->count() - 1, false, IsTeamRole);
    }
    m_target->setAccessibleName(tr("Transfer to"));
    m_note->setPlaceholderText(tr("Why it goes there, for whoever takes it over"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    auto *targetLabel = new QLabel(tr("&To:"));
    targetLabel->setBuddy(m_target);
    auto *noteLabel = new QLabel(tr("&Note (required):"));
    noteLabel->setBuddy(m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_transfer = buttons->button(QDialogButtonBox::Ok);
    m_transfer->setText(tr("T&ransfer"));
    auto *form = new QFormLayout(this);
    form->addRow(targetLabel, m_target);
    form->addRow(noteLabel, m_note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &TransferDialog::updateButton);
    updateButton();
    resize(440, 260);
}

void TransferDialog::updateButton()
{
    m_transfer->setEnabled(m_target->currentIndex() >= 0 && !m_note->toPlainText().trimmed().isEmpty());
}

wire::TransferDraft TransferDialog::draft() const
{
    wire::TransferDraft draft;
    const qint64 id = m_target->currentData(IdRole).toLongLong();
    if (m_target->currentData(IsTeamRole).toBool())
        draft.toTeamId = id;
    else
        draft.toAdvisorId = id;
    draft.note = validation::normalisedText(m_note->toPlainText());
    return draft;
}

QString TransferDialog::targetText() const
{
    return m_target->currentText();
}

} // namespace confidant::client
