#pragma once

#include <QString>

namespace confidant {

struct Topic {
    qint64 id = 0;
    QString key;   // stable, URL-safe identifier, e.g. "mortgage"
    QString title; // shown to customers and advisors

    friend bool operator==(const Topic &, const Topic &) = default;
};

} // namespace confidant
