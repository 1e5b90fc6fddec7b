#include "WrappingHeaderView.h"

#include <QPainter>
#include <QStyleOptionHeader>

namespace confidant::client {

WrappingHeaderView::WrappingHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
}

// As wide as the longest word (or the title on one line, if that fits in the width of two words), as high as the
// wrapped lines.
QSize WrappingHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    const QString text = model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
    const QFontMetrics metrics(font());
    int width = 0;
    for (const QString &word : text.split(QLatin1Char(' ')))
        width = std::max(width, metrics.horizontalAdvance(word));
    width = std::max(width, std::min(metrics.horizontalAdvance(text), width * 2));
    const QRect wrapped = metrics.boundingRect(QRect(0, 0, width, metrics.height() * lines), Qt::TextWordWrap, text);
    const QSize base = QHeaderView::sectionSizeFromContents(logicalIndex);
    const int sortIndicator = metrics.height(); // room for the arrow once the column is sorted
    return {width + 2 * margin + sortIndicator, std::max(base.height(), wrapped.height() + 2 * margin)};
}

void WrappingHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    QStyleOptionHeader option;
    initStyleOptionForIndex(&option, logicalIndex);
    const QString text = option.text;
    option.rect = rect;
    option.text.clear();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    const QRect textRect = rect.adjusted(margin, margin, -margin, -margin);
    painter->save();
    painter->setFont(font());
    painter->drawText(textRect, int(option.textAlignment & Qt::AlignHorizontal_Mask) | Qt::AlignBottom | Qt::TextWordWrap, text);
    painter->restore();
}

} // namespace confidant::client
