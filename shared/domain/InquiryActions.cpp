#include "domain/InquiryActions.h"

namespace confidant {

const QList<InquiryAction> &allInquiryActions()
{
    static const QList<InquiryAction> actions{InquiryAction::Claim, InquiryAction::Release, InquiryAction::Close, InquiryAction::Transfer,
                                              InquiryAction::Assign};
    return actions;
}

QString inquiryActionKey(InquiryAction action)
{
    switch (action) {
    case InquiryAction::Claim: return QStringLiteral("claim");
    case InquiryAction::Release: return QStringLiteral("release");
    case InquiryAction::Close: return QStringLiteral("close");
    case InquiryAction::Transfer: return QStringLiteral("transfer");
    case InquiryAction::Assign: return QStringLiteral("assign");
    }
    return {};
}

QStringList inquiryActionKeys(InquiryActions actions)
{
    QStringList keys;
    for (InquiryAction action : allInquiryActions()) {
        if (actions.testFlag(action))
            keys << inquiryActionKey(action);
    }
    return keys;
}

InquiryActions inquiryActionsFromKeys(const QStringList &keys)
{
    InquiryActions actions;
    for (InquiryAction action : allInquiryActions()) {
        if (keys.contains(inquiryActionKey(action)))
            actions |= action;
    }
    return actions;
}

} // namespace confidant
