#include "AbsenceDialog.h"

#include "Palette.h"
#include "TeamAbsences.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace confidant::client {

AbsenceDialog::AbsenceDialog(TeamAbsences *absences, const AdvisorAccount &account, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_absences(absences), m_account(account), m_clock(clock), m_table(new QTableView),
      m_advisorLabel(new QLabel(tr("&For:"))), m_advisor(new QComboBox), m_from(new QDateTimeEdit), m_to(new QDateTimeEdit),
      m_set(new QPushButton(tr("&Set absence"))), m_end(new QPushButton), m_error(new QLabel), m_done(new QLabel)
{
    setWindowTitle(tr("Absences"));
    auto *intro = new QLabel(tr("Your team's current and planned absences. While advisors are away, new inquiries of their "
                                "customers wait in the team queue, marked as held for them, and go back to them when they return."));
    intro->setWordWrap(true);
    m_table->setModel(m_absences->model());
    m_table->setAccessibleName(tr("Absences of your team"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AbsenceModel::AdvisorColumn, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buildForm());
    layout->addWidget(m_error);
    layout->addWidget(m_done);
    layout->addWidget(buttons);
    connect(m_absences, &TeamAbsences::teamLoaded, this, &AbsenceDialog::fillAdvisors);
    connect(m_absences, &TeamAbsences::saved, this, &AbsenceDialog::saved);
    connect(m_absences, &TeamAbsences::failed, this, &AbsenceDialog::failed);
    connect(m_absences->model(), &QAbstractItemModel::modelReset, this, &AbsenceDialog::updateButtons);
    fillAdvisors();
    m_absences->refresh(m_account.advisorId);
    resize(620, 480);
}

QWidget *AbsenceDialog::buildForm()
{
    const QDateTime now = m_clock.now().toLocalTime();
    // By default from now until tomorrow morning, the most common absence being a day off at short notice.
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(tr("ddd d MMM yyyy, HH:mm"));
    }
    m_from->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
    m_to->setDateTime(QDateTime(now.date().addDays(1), QTime(8, 0)));
    m_from->setAccessibleName(tr("Away from"));
    m_to->setAccessibleName(tr("Away until"));
    m_advisorLabel->setBuddy(m_advisor);
    m_advisor->setAccessibleName(tr("Whose absence"));
    auto *fromLabel = new QLabel(tr("Away f&rom:"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&Until:"));
    toLabel->setBuddy(m_to);
    m_end->setToolTip(tr("Ends the absence now and cancels the planned ones; inquiries held meanwhile go back at once."));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_set);
    actions->addWidget(m_end);
    actions->addStretch(1);
    auto *group = new QGroupBox(tr("Set or end an absence"));
    auto *form = new QFormLayout(group);
    form->addRow(m_advisorLabel, m_advisor);
    form->addRow(fromLabel, m_from);
    form->addRow(toLabel, m_to);
    form->addRow(actions);
    for (QLabel *label : {m_error, m_done}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->hide();
    }
    m_error->setObjectName(QStringLiteral("absenceError"));
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::errorText.name()));
    m_done->setObjectName(QStringLiteral("absenceDone"));
    m_done->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::successText.name()));
    connect(m_set, &QPushButton::clicked, this, &AbsenceDialog::setAbsence);
    connect(m_end, &QPushButton::clicked, this, &AbsenceDialog::endAbsence);
    connect(m_advisor, &QComboBox::currentIndexChanged, this, &AbsenceDialog::updateButtons);
    return group;
}

// The advisor first; a lead also chooses among their team, anyone else only sees themselves.
void AbsenceDialog::fillAdvisors()
{
    const qint64 chosen = m_advisor->count() > 0 ? chosenAdvisor() : m_account.advisorId;
    m_advisor->clear();
    const QString ownName = m_account.displayName.isEmpty() ? m_account.login : m_account.displayName;
    m_advisor->addItem(tr("You (%1)").arg(ownName), m_account.advisorId);
    if (m_account.teamLead) {
        for (const Directory::Advisor &colleague : m_absences->team()) {
            if (colleague.id != m_account.advisorId)
                m_advisor->addItem(colleague.displayName, colleague.id);
        }
    }
    m_advisor->setCurrentIndex(std::max(0, m_advisor->findData(chosen)));
    m_advisorLabel->setVisible(m_account.teamLead);
    m_advisor->setVisible(m_account.teamLead);
    updateButtons();
}

qint64 AbsenceDialog::chosenAdvisor() const
{
    return m_advisor->currentData().toLongLong();
}

void AbsenceDialog::setAbsence()
{
    const QDateTime now = m_clock.now();
    m_doneText = chosenAdvisor() == m_account.advisorId
        ? tr("You are away from %1 until %2.").arg(AbsenceModel::timeText(m_from->dateTime(), now), AbsenceModel::timeText(m_to->dateTime(), now))
        : tr("%1 is away from %2 until %3.").arg(m_advisor->currentText(), AbsenceModel::timeText(m_from->dateTime(), now),
                                                AbsenceModel::timeText(m_to->dateTime(), now));
    m_error->hide();
    m_done->hide();
    m_absences->set(chosenAdvisor(), m_from->dateTime(), m_to->dateTime());
    updateButtons();
}

void AbsenceDialog::endAbsence()
{
    m_doneText = chosenAdvisor() == m_account.advisorId
        ? tr("Welcome back. Inquiries held for you while you were away are yours again.")
        : tr("%1 is back. Inquiries held for them while they were away are theirs again.").arg(m_advisor->currentText());
    m_error->hide();
    m_done->hide();
    m_absences->end(chosenAdvisor());
    updateButtons();
}

void AbsenceDialog::saved()
{
    m_done->setText(std::exchange(m_doneText, {}));
    m_done->setVisible(!m_done->text().isEmpty());
    updateButtons();
}

void AbsenceDialog::failed(const QString &message)
{
    m_doneText.clear();
    m_error->setText(message);
    m_error->setAccessibleDescription(message);
    m_error->show();
    updateButtons();
}

// "I'm back" for oneself, "End absence" for a colleague; only when there is an absence to end or cancel.
void AbsenceDialog::updateButtons()
{
    const bool own = chosenAdvisor() == m_account.advisorId;
    m_end->setText(own ? tr("I'm &back") : tr("&End absence"));
    m_set->setEnabled(!m_absences->isSaving() && chosenAdvisor() != 0);
    m_end->setEnabled(!m_absences->isSaving() && m_absences->model()->hasAbsence(chosenAdvisor()));
}

} // namespace confidant::client
