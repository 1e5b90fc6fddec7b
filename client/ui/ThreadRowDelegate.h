#pragma once

#include <QStyledItemDelegate>

namespace confidant::client {

// Paints a row of ThreadModel as the thread always looked: a message in a box of its author's colour (the customer's
// grey, an advisor's blue), a note in a yellow box marked "only advisors see this", a change of owner or state as a
// small grey line between them; every text word-wrapped to the view's width and drawn as plain text, never markup.
class ThreadRowDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // Lays the row out in `width`; draws it too when `painter` is given. Returns its height.
    int layOut(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
};

} // namespace confidant::client
