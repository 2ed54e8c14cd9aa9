// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// The libFuzzer entry points every target defines. Built with ROLLCALL_FUZZ they are driven by
// libFuzzer; in every other build by fuzz-replay's main(), which feeds them the seed files and
// the regression inputs so a crash once found stays fixed.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace Rollcall::Fuzz {

// A QCoreApplication for the Qt SQL driver and codecs, made once.
void ensureApplication();

// A property every input must keep was broken: says which and aborts, so libFuzzer keeps the input.
[[noreturn]] void violated(const char* property, const QString& detail = {});

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace Rollcall::Fuzz
