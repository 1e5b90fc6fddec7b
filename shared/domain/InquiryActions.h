#pragma once

#include <QFlags>
#include <QList>
#include <QStringList>

namespace confidant {

// What the advisor reading an inquiry may do to it besides answering, as the server's rules decide for them
// (server/service/OwnershipRules). The advisor API sends it with every inquiry, so the client offers exactly
// what the server would allow instead of repeating the rules; the server still checks every request.
enum class InquiryAction : unsigned {
    Claim = 0x1,
    Release = 0x2,
    Close = 0x4,
    Transfer = 0x8,
    Assign = 0x10,
};
Q_DECLARE_FLAGS(InquiryActions, InquiryAction)
Q_DECLARE_OPERATORS_FOR_FLAGS(InquiryActions)

const QList<InquiryAction> &allInquiryActions();
QString inquiryActionKey(InquiryAction action);
// As the wire carries them ("claim", "release", …); keys this version does not know are left out.
QStringList inquiryActionKeys(InquiryActions actions);
InquiryActions inquiryActionsFromKeys(const QStringList &keys);

} // namespace confidant
