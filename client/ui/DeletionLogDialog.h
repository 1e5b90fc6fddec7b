#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace confidant::client {

class DeletionQueue;

// What was deleted or postponed in the advisor's reach, by whom and why: the deletion log, read when opened.
class DeletionLogDialog : public QDialog {
    Q_OBJECT
public:
    explicit DeletionLogDialog(DeletionQueue *queue, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

private:
    QTableView *m_table;
    QLabel *m_error;
};

} // namespace confidant::client
