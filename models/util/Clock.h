// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Rollcall {

// Every timestamp Rollcall writes comes from here, so tests can pin time: setFixed() in a
// process, or the environment variable ROLLCALL_NOW (ISO 8601) for a whole run.
class Clock
{
public:
    static QDateTime nowUtc();
    static void setFixed(const QDateTime& utc); // an invalid QDateTime returns to the system clock
};

} // namespace Rollcall
