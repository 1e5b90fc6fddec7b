#pragma once

#include "time/Clock.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace confidant::client {

class DeletionLogDialog;
class DeletionQueue;

// The deletion recommendations: what is due under the retention policy, why and since when. The advisor deletes
// one or many (after a confirmation that says it is final) or postpones one with a reason and a new date.
// It shows and asks; DeletionQueue talks to the server and holds the list.
class DeletionDialog : public QDialog {
    Q_OBJECT
public:
    // mayHold: the advisor leads a team, so the postpone dialog offers a legal hold.
    DeletionDialog(DeletionQueue *queue, bool mayHold, const Clock &clock, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // The confirmation's question, for the selected rows; public so the test reads what the advisor reads.
    QString confirmationText(int count) const;
    // Opens the deletion log beside the recommendations.
    DeletionLogDialog *showLog();

private:
    QList<int> selectedRows() const;
    void deleteSelected();
    void postponeSelected();
    void showDone(const QString &text);
    void showError(const QString &message);
    void updateButtons();

    DeletionQueue *m_queue;
    const Clock &m_clock;
    bool m_mayHold;
    QTableView *m_table;
    QPushButton *m_delete;
    QPushButton *m_postpone;
    QLabel *m_empty;
    QLabel *m_error;
    QLabel *m_done;
};

} // namespace confidant::client
