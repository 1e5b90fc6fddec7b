#pragma once

#include "domain/Inquiry.h"

namespace confidant::client {

// The advisor's working views, in the order the window lists them (Ctrl+1 … Ctrl+6 follow it).
enum class WorkView { TeamQueue, Mine, AssignedCustomers, CustomerHistory, Closed, AllOpen, Count };

// What a view needs besides the inquiry: who "me" is, and whose history is shown.
struct WorkViewScope {
    qint64 advisorId = 0;  // 0 until the server has told who is signed in: "mine" is then empty
    qint64 customerId = 0; // the customer of the history view; 0: none chosen yet

    friend bool operator==(const WorkViewScope &, const WorkViewScope &) = default;
};

// Whether an inquiry belongs to a view of inquiries. The one definition of each view: the queue's filter and the
// counts beside the views both ask it, so a count never disagrees with the rows shown. The assigned-customers
// view lists customers, not inquiries: no inquiry belongs to it.
bool inWorkView(WorkView view, const Inquiry &inquiry, const WorkViewScope &scope);

// The views whose rows are inquiries, for loops over them.
constexpr WorkView inquiryViews[] = {WorkView::TeamQueue, WorkView::Mine, WorkView::CustomerHistory, WorkView::Closed, WorkView::AllOpen};

} // namespace confidant::client
