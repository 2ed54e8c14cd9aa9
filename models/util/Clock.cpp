// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

namespace Rollcall {

namespace {
QDateTime& fixedTime()
{
    static QDateTime fixed;
    return fixed;
}
} // namespace

QDateTime Clock::nowUtc()
{
    const QDateTime& fixed = fixedTime();
    return fixed.isValid() ? fixed : QDateTime::currentDateTimeUtc();
}

void Clock::setFixed(const QDateTime& utc)
{
    fixedTime() = utc.toUTC();
}

} // namespace Rollcall
