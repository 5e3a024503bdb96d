#pragma once

#include <Qt>

// Roles the app's table models answer besides Qt's own, so that a view, a PDF table
// and a test read the same cell: the number behind the text (for sorting and for
// checking), for an interval its upper bound, and why an interval is not given.
enum TableRole : int {
    ValueRole = Qt::UserRole, // double (NaN: undefined), or the cell's key (metric name)
    UpperRole,                // an interval's upper bound (ValueRole holds the lower one)
    ReasonRole, // QString: why the cell's interval is not given (translated); none otherwise
};
