// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/Formats.h"

namespace Rollcall {

// Files read through a YAML column mapping (--mapping): formats/MappingProfile.h, formats/MappedCsvFormat.h.
const Format* hrCsvFormat();
const Format* genericCsvFormat();

QList<const Format*> mappedFormats()
{
    return {hrCsvFormat(), genericCsvFormat()};
}

} // namespace Rollcall
