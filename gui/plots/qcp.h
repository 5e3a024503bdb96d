#pragma once

// QCustomPlot's header uses the `signals`, `slots`, `emit` and `foreach` keywords, which
// this project switches off (QT_NO_KEYWORDS). Include QCustomPlot only through this
// header: it maps the keywords for the duration of the include.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef foreach
#undef emit
#undef slots
#undef signals
