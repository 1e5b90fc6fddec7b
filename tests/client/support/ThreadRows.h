#pragma once

#include "ThreadModel.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace confidant::testing {

// A thread's rows as an advisor reads them, top to bottom, each as a screen reader reads it.
inline QString threadText(const QAbstractItemModel &rows)
{
    QStringList lines;
    for (int row = 0; row < rows.rowCount(); ++row)
        lines << rows.index(row, 0).data(Qt::AccessibleTextRole).toString();
    return lines.join(QLatin1Char('\n'));
}

// The texts of one kind of row (the messages, the notes or the events), in order.
inline QStringList textsOf(const QAbstractItemModel &rows, client::ThreadModel::Kind kind)
{
    QStringList texts;
    for (int row = 0; row < rows.rowCount(); ++row) {
        const QModelIndex index = rows.index(row, 0);
        if (index.data(client::ThreadModel::KindRole).value<client::ThreadModel::Kind>() == kind)
            texts << index.data(client::ThreadModel::TextRole).toString();
    }
    return texts;
}

} // namespace confidant::testing
