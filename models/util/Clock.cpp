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
    if (fixed.isValid())
        return fixed;
    // ROLLCALL_NOW=2026-11-27T12:00:00Z pins the clock for a whole process: reproducible reports and tests.
    static const QDateTime fromEnvironment =
        QDateTime::fromString(qEnvironmentVariable("ROLLCALL_NOW"), Qt::ISODate).toUTC();
    return fromEnvironment.isValid() ? fromEnvironment : QDateTime::currentDateTimeUtc();
}

void Clock::setFixed(const QDateTime& utc)
{
    fixedTime() = utc.toUTC();
}

} // namespace Rollcall
