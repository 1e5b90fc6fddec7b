#include "domain/PostponementReason.h"

#include <iterator>

namespace confidant {
namespace {

// In the enum's order; the database's CHECK (migration 0016) lists the same.
const char *const keys[] = {"customer_asked", "open_matter", "legal_obligation", "other"};

} // namespace

QString postponementReasonKey(PostponementReason reason)
{
    return QString::fromLatin1(keys[int(reason)]);
}

std::optional<PostponementReason> postponementReasonFromKey(const QString &key)
{
    for (int i = 0; i < int(std::size(keys)); ++i) {
        if (key == QLatin1String(keys[i]))
            return PostponementReason(i);
    }
    return std::nullopt;
}

} // namespace confidant
