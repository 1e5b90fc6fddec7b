#pragma once

#include "AdvisorAccount.h"
#include "time/Clock.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace confidant::client {

class TeamAbsences;

// The team's current and planned absences, and the advisor's own (a lead: anyone's in their team) to set or end.
// It shows and asks; TeamAbsences talks to the server and holds the list.
class AbsenceDialog : public QDialog {
    Q_OBJECT
public:
    AbsenceDialog(TeamAbsences *absences, const AdvisorAccount &account, const Clock &clock, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

private:
    QWidget *buildForm();
    void fillAdvisors();
    qint64 chosenAdvisor() const;
    void setAbsence();
    void endAbsence();
    void saved();
    void failed(const QString &message);
    void updateButtons();

    TeamAbsences *m_absences;
    AdvisorAccount m_account;
    const Clock &m_clock;
    QTableView *m_table;
    QLabel *m_advisorLabel;
    QComboBox *m_advisor;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QPushButton *m_set;
    QPushButton *m_end;
    QLabel *m_error;
    QLabel *m_done;
    QString m_doneText; // said once the server confirms what is on its way
};

} // namespace confidant::client
