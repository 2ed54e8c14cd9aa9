// SPDX-License-Identifier: GPL-3.0-or-later
// The YAML readers: rollcall.yaml (the rules) and column mappings. Any text either parses or is
// refused with a message; nothing crashes, loops or blows up (anchors and aliases included).
#include "FuzzSupport.h"
#include "RulesLoader.h"
#include "domain/Rules.h"
#include "formats/MappingProfile.h"

using namespace Rollcall;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString yaml = QString::fromUtf8(Fuzz::bytes(data, size));
    RulesLoader loader;
    Rules rules;
    if (!loader.parse(yaml, rules) && !loader.error().isSet())
        Fuzz::violated("refused rules say why");
    MappingProfile mapping;
    if (!mapping.parse(yaml) && mapping.error().message.isEmpty())
        Fuzz::violated("a refused mapping says why");
    return 0;
}
