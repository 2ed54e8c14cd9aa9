// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/Formats.h"

namespace Rollcall {

// The formats of this group beside entraUsersFormat() (Formats.h), each in its own file.
const Format* m365UsersFormat();
const Format* googleWorkspaceUsersFormat();
const Format* ldifActiveDirectoryFormat();

QList<const Format*> directoryFormats()
{
    return {entraUsersFormat(), m365UsersFormat(), googleWorkspaceUsersFormat(), ldifActiveDirectoryFormat()};
}

} // namespace Rollcall
