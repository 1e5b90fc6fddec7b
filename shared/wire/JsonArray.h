#pragma once

#include "wire/AdvisorWire.h"
#include "wire/DeletionWire.h"
#include "wire/InquiryWire.h"

#include <QJsonArray>
#include <QList>

namespace confidant::wire {

// A list of the API's entities as a JSON array, each by its toJson. The codecs are included above so that every
// toJson is declared where the template is: the entities live in namespace confidant, where argument-dependent
// lookup would not find the codecs of confidant::wire.
template<typename T>
QJsonArray toJsonArray(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(wire::toJson(item));
    return array;
}

} // namespace confidant::wire
