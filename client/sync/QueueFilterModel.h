#pragma once

#include <QSortFilterProxyModel>

namespace confidant::client {

// The queue as the advisor sees it: optionally only what waits for an answer, filtered by text,
// longest waiting first unless the advisor sorts by another column.
class QueueFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit QueueFilterModel(QObject *parent = nullptr);

    void setOpenOnly(bool openOnly);
    bool openOnly() const { return m_openOnly; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_openOnly = true;
    QString m_text;
};

} // namespace confidant::client
