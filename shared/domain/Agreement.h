#pragma once

#include <QString>

namespace confidant {

// The version of the privacy and usage agreement (server/web/templates/agreement.html). A new version whenever
// the agreement's promises change: every customer is then asked to accept it again before the next page.
// 2026-11: no promises about topic-based access or retention deletion the product does not keep yet.
// 2026-11-26: access by topic and personal advisor is in place; the agreement says who can read an inquiry.
// 2026-12-08: the server mails links and, if the customer wants them, content-free notices; no longer "nothing by
// e-mail".
inline QString currentAgreementVersion()
{
    return QStringLiteral("2026-12-08");
}

} // namespace confidant
