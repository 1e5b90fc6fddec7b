#pragma once

#include <QString>
#include <optional>

namespace confidant {

// Why a deletion waits, as a kind: what the deletion log keeps of a postponement, since it outlives the inquiry.
// The advisor's own words stay with the postponement, sealed with the inquiry's key, and go with the inquiry.
enum class PostponementReason { CustomerAsked, OpenMatter, LegalObligation, Other };

// The key as stored ("customer_asked", …), and back; none for a key that is not one.
QString postponementReasonKey(PostponementReason reason);
std::optional<PostponementReason> postponementReasonFromKey(const QString &key);

} // namespace confidant
