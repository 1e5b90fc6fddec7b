#pragma once

#include <QStyledItemDelegate>

namespace confidant::client {

// Paints the "open for" cell as a coloured dot plus the duration, so urgency is visible at a glance.
class OpenDurationDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace confidant::client
