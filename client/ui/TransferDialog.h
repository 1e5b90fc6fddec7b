#pragma once

#include "ApiClient.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace confidant::client {

// Chooses whom to transfer the open inquiry to, a colleague or a team's queue, and why. The note is required: the
// one who takes the inquiry over reads it in the thread.
class TransferDialog : public QDialog {
    Q_OBJECT
public:
    // `ownAdvisorId` is left out of the colleagues: giving it to oneself is a claim. `now` tells the year of an
    // absence's end apart.
    TransferDialog(const Directory &directory, qint64 ownAdvisorId, const QDateTime &now, QWidget *parent = nullptr);

    wire::TransferDraft draft() const;
    // The chosen colleague or team, as the list shows it.
    QString targetText() const;

private:
    void updateButton();

    QComboBox *m_target;
    QPlainTextEdit *m_note;
    QPushButton *m_transfer;
};

} // namespace confidant::client
