#include "ThreadRowDelegate.h"

#include "Palette.h"
#include "ThreadModel.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QTextLayout>

namespace confidant::client {
namespace {

constexpr int boxMargin = 3;      // above and below a box: 6 px between two
constexpr int sideMargin = 4;     // left and right of a box, as the old rich-text thread had its document margin
constexpr int padding = 8;        // inside a box, left and right
constexpr int paddingTop = 6;     // inside a box, above and below the text
constexpr int noteBorder = 4;     // the yellow box's darker left edge
constexpr int eventMargin = 8;    // an event line's indent

// One paragraph in `width`, wrapped at word boundaries (anywhere in a word longer than the line), optionally in
// parts of their own format; drawn at `at` when a painter is given. Returns its height.
int paragraph(QPainter *painter, const QString &text, const QFont &font, const QColor &colour, QPoint at, int width,
              const QList<QTextLayout::FormatRange> &formats = {})
{
    QString lines = text;
    lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(lines, font);
    QTextOption wrapping;
    wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrapping);
    layout.setFormats(formats);
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(width, 1));
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    if (painter) {
        painter->setPen(colour);
        layout.draw(painter, at);
    }
    return int(std::ceil(height));
}

// "Maria Müller  12.03.26, 09:41": the name in bold, the time in grey.
int heading(QPainter *painter, const QString &author, const QString &time, const QFont &font, QPoint at, int width)
{
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QTextCharFormat grey;
    grey.setForeground(Palette::secondaryText);
    const QString text = author + QStringLiteral("  ") + time;
    return paragraph(painter, text, font, Palette::text, at, width,
                     {{0, int(author.size()), bold}, {int(author.size()) + 2, int(time.size()), grey}});
}

} // namespace

QSize ThreadRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // A list view asks without a rect: the row is as wide as the view shows it.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = option.rect.width() > 0 ? option.rect.width() : view ? view->viewport()->width() : 400;
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    return {width, layOut(nullptr, item, index, width)};
}

void ThreadRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    painter->save();
    painter->setClipRect(option.rect);
    painter->translate(option.rect.topLeft());
    const int height = layOut(painter, item, index, option.rect.width());
    // Where the keyboard is: a frame in the highlight colour, as the text itself keeps its colours.
    if (option.state & (QStyle::State_Selected | QStyle::State_HasFocus)) {
        painter->setPen(QPen(option.palette.highlight().color(), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRect(1, 1, option.rect.width() - 2, std::min(height, option.rect.height()) - 2));
    }
    painter->restore();
}

int ThreadRowDelegate::layOut(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, int width) const
{
    const auto kind = index.data(ThreadModel::KindRole).value<ThreadModel::Kind>();
    if (kind == ThreadModel::Kind::Event) {
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        return paragraph(painter, index.data(Qt::DisplayRole).toString(), small, Palette::secondaryText, {sideMargin + eventMargin, 2},
                         width - 2 * (sideMargin + eventMargin)) + 4;
    }
    const QString text = index.data(ThreadModel::TextRole).toString();
    const QString time = index.data(ThreadModel::TimeTextRole).toString();
    const bool note = kind == ThreadModel::Kind::Note;
    const int left = sideMargin + padding + (note ? noteBorder : 0);
    const int textWidth = width - left - padding - sideMargin;
    const QFont &font = option.font;
    QFont bold = font;
    bold.setBold(true);
    // Measured first (no painter), so the box is filled before its text is drawn on it.
    int y = boxMargin + paddingTop;
    const int labelHeight = note ? paragraph(nullptr, ThreadModel::internalNoteLabel(), bold, Palette::text, {}, textWidth) : 0;
    const QString author = index.data(ThreadModel::AuthorRole).toString();
    const int headingHeight = heading(nullptr, author, time, font, {}, textWidth);
    const int bodyHeight = paragraph(nullptr, text, font, Palette::text, {}, textWidth);
    const int boxHeight = paddingTop + labelHeight + headingHeight + bodyHeight + paddingTop;
    if (painter) {
        const QRect box(sideMargin, boxMargin, width - 2 * sideMargin, boxHeight);
        const bool advisor = index.data(ThreadModel::FromAdvisorRole).toBool();
        painter->fillRect(box, note ? Palette::internalNote : advisor ? Palette::advisorMessage : Palette::customerMessage);
        if (note) {
            painter->fillRect(QRect(box.topLeft(), QSize(noteBorder, box.height())), Palette::internalNoteBorder);
            paragraph(painter, ThreadModel::internalNoteLabel(), bold, Palette::text, {left, y}, textWidth);
        }
        y += labelHeight;
        heading(painter, author, time, font, {left, y}, textWidth);
        y += headingHeight;
        paragraph(painter, text, font, Palette::text, {left, y}, textWidth);
    }
    return boxMargin + boxHeight + boxMargin;
}

} // namespace confidant::client
