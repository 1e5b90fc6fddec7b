#pragma once

#include "domain/PostponementReason.h"
#include "time/Clock.h"

#include <QDateTime>
#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace confidant::client {

// Asks until when a deletion waits, or for a legal hold (no end; offered to team leads only, as the server allows it
// only to a lead of the inquiry's team), and why: a kind of reason, which the deletion log keeps, and the advisor's
// words (required, 1 to 500 characters, as the server checks; OK stays off until there are some), which stay with
// the inquiry and go with it.
class PostponeDialog : public QDialog {
    Q_OBJECT
public:
    PostponeDialog(const QString &what, bool mayHold, const Clock &clock, QWidget *parent = nullptr);

    std::optional<QDateTime> until() const; // none: a legal hold
    PostponementReason reasonKind() const;
    QString reason() const;

private:
    void updateState();

    QDateTimeEdit *m_until;
    QCheckBox *m_legalHold;
    QComboBox *m_kind;
    QPlainTextEdit *m_reason;
    QLabel *m_count;
    QPushButton *m_ok;
};

} // namespace confidant::client
