#include "WrappingHeaderView.h"

#include <QPainter>
#include <QStyleOptionHeader>

namespace confidant::client {

WrappingHeaderView::WrappingHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
}

// As wide as the longest word, as high as the wrapped lines.
QSize WrappingHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    const QString text = model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
    const QFontMetrics metrics(font());
    int width = 0;
    for (const QString &word : text.split(QLatin1Char(' ')))
        width = std::max(width, metrics.horizontalAdvance(word));
    const QRect wrapped = metrics.boundingRect(QRect(0, 0, width, metrics.height() * lines), Qt::TextWordWrap, text);
    const QSize base = QHeaderView::sectionSizeFromContents(logicalIndex);
    const int sortIndicator = metrics.height(); // room for the arrow once the column is sorted
    return {width + 2 * margin + sortIndicator, std::max(base.height(), wrapped.height() + 2 * margin)};
}

// The style draws the title, broken into lines at its spaces where a line would grow wider than the section.
void WrappingHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    QStyleOptionHeader option;
    initStyleOptionForIndex(&option, logicalIndex);
    option.rect = rect;
    const QFontMetrics metrics(font());
    const int width = rect.width() - 2 * margin;
    QStringList lines;
    for (const QString &word : model()->headerData(logicalIndex, orientation()).toString().split(QLatin1Char(' '))) {
        if (!lines.isEmpty() && metrics.horizontalAdvance(lines.last() + QLatin1Char(' ') + word) <= width)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    option.text = lines.join(QLatin1Char('\n'));
    option.textAlignment = (option.textAlignment & Qt::AlignHorizontal_Mask) | Qt::AlignBottom;
    painter->save();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();
}

} // namespace confidant::client
