// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/Formats.h"

namespace Rollcall {

QList<const Format*> jsonFormats()
{
    return {};
}

} // namespace Rollcall
