#include "WorkView.h"

namespace confidant::client {

bool inWorkView(WorkView view, const Inquiry &inquiry, const WorkViewScope &scope)
{
    const bool closed = inquiry.state == InquiryState::Closed;
    switch (view) {
    // Unowned is the queue whether it is the team's or the one shared by all advisors.
    case WorkView::TeamQueue: return !closed && !inquiry.assignedAdvisorId;
    case WorkView::Mine: return !closed && scope.advisorId != 0 && inquiry.assignedAdvisorId == scope.advisorId;
    case WorkView::CustomerHistory: return scope.customerId != 0 && inquiry.customerId == scope.customerId;
    case WorkView::Closed: return closed;
    case WorkView::AllOpen: return !closed;
    case WorkView::AssignedCustomers:
    case WorkView::Count: return false;
    }
    return false;
}

} // namespace confidant::client
