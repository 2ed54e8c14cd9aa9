// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace Rollcall {

// Rules files and column mappings are small YAML files written by people, some of whom may wish
// Rollcall harm. A file larger than MaxBytes, nested deeper than MaxDepth, or whose anchors and
// aliases expand to more than MaxNodes values (a "billion laughs") is refused before anything
// walks it.
class YamlLimits
{
    Q_DECLARE_TR_FUNCTIONS(YamlLimits)

public:
    static constexpr qsizetype MaxBytes = 1024 * 1024;
    static constexpr int MaxDepth = 32;
    static constexpr int MaxNodes = 100000;

    // Before parsing: the text's size. Empty when it is within the limit, else the message.
    static QString checkText(const QString& yaml);
    // After parsing: depth and expanded size. Empty when within the limits, else the message, with
    // *where set to the node that went over.
    static QString checkTree(const YAML::Node& root, YAML::Mark* where);
};

} // namespace Rollcall
