#pragma once

#include "time/Clock.h"

#include <QDateTime>
#include <QDialog>
#include <optional>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace confidant::client {

// Asks until when a deletion waits, or for a legal hold (no end), and why. The reason is required (1 to 500
// characters, as the server checks); OK stays off until there is one.
class PostponeDialog : public QDialog {
    Q_OBJECT
public:
    PostponeDialog(const QString &what, const Clock &clock, QWidget *parent = nullptr);

    std::optional<QDateTime> until() const; // none: a legal hold
    QString reason() const;

private:
    void updateState();

    QDateTimeEdit *m_until;
    QCheckBox *m_legalHold;
    QPlainTextEdit *m_reason;
    QLabel *m_count;
    QPushButton *m_ok;
};

} // namespace confidant::client
