// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhaseTimer.h"

namespace Rollcall {
Q_LOGGING_CATEGORY(lcTiming, "rollcall.timing", QtWarningMsg)
} // namespace Rollcall
