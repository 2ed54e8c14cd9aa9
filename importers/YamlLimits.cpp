// SPDX-License-Identifier: GPL-3.0-or-later
#include "YamlLimits.h"

namespace Rollcall {

namespace {
// Counts values as a reader would meet them, aliases expanded; stops at the first limit passed.
// An alias has its anchor's place in the file, so a count over the limit is reported at the
// top-level key whose value expanded that far.
struct Walk
{
    int nodes = 0;
    bool tooDeep = false;
    YAML::Mark where;

    bool visit(const YAML::Node& node, int depth, const YAML::Mark& topKey)
    {
        tooDeep = depth > YamlLimits::MaxDepth;
        if (++nodes > YamlLimits::MaxNodes || tooDeep) {
            where = tooDeep ? node.Mark() : topKey;
            return false;
        }
        if (node.IsSequence()) {
            for (const YAML::Node& child : node) {
                if (!visit(child, depth + 1, topKey))
                    return false;
            }
        } else if (node.IsMap()) {
            for (const auto& entry : node) {
                const YAML::Mark key = depth == 0 ? entry.first.Mark() : topKey;
                if (!visit(entry.first, depth + 1, key) || !visit(entry.second, depth + 1, key))
                    return false;
            }
        }
        return true;
    }
};
} // namespace

QString YamlLimits::checkText(const QString& yaml)
{
    if (yaml.size() > MaxBytes)
        return tr("the file is larger than %1 KiB; expected a small YAML file").arg(MaxBytes / 1024);
    return {};
}

QString YamlLimits::checkTree(const YAML::Node& root, YAML::Mark* where)
{
    Walk walk;
    if (walk.visit(root, 0, root.Mark()))
        return {};
    *where = walk.where;
    if (walk.tooDeep)
        return tr("nested deeper than %1 levels; expected a flat rules or mapping file").arg(MaxDepth);
    return tr("more than %1 values once its anchors and aliases are expanded; refused").arg(MaxNodes);
}

} // namespace Rollcall
