#pragma once

#include <QHeaderView>

namespace confidant::client {

// A horizontal header whose titles wrap at their spaces, so "First response within target" takes two narrow lines
// instead of a column four times wider than its figures.
class WrappingHeaderView : public QHeaderView {
    Q_OBJECT
public:
    explicit WrappingHeaderView(QWidget *parent = nullptr);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;

private:
    static constexpr int margin = 6;
    static constexpr int lines = 3; // at most, so the header stays a header
};

} // namespace confidant::client
