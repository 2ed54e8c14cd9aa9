// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QIODevice;

namespace Rollcall {

// SHA-256 of everything left to read on a device, as lower-case hex; empty when reading failed.
// OpenSSL's libcrypto, for the CPU's SHA instructions: imports and evidence hash files of hundreds of
// megabytes, and QCryptographicHash is several times slower at it.
QByteArray sha256Hex(QIODevice& device);

} // namespace Rollcall
