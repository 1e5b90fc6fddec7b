#include "domain/Inquiry.h"

namespace confidant {

QString inquiryStateKey(InquiryState state)
{
    switch (state) {
    case InquiryState::AwaitingAdvisor: return QStringLiteral("awaiting_advisor");
    case InquiryState::AwaitingCustomer: return QStringLiteral("awaiting_customer");
    case InquiryState::Closed: return QStringLiteral("closed");
    }
    return {};
}

std::optional<InquiryState> inquiryStateFromKey(const QString &key)
{
    for (auto state : {InquiryState::AwaitingAdvisor, InquiryState::AwaitingCustomer, InquiryState::Closed}) {
        if (inquiryStateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

} // namespace confidant
