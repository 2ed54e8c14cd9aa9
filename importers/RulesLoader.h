// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ParseError.h"
#include "domain/Rules.h"

#include <QCoreApplication>

namespace Rollcall {

class Store;

// Reads the organisation's rules (rollcall.yaml). Unknown keys are errors, so a typo never
// silently turns a rule off.
class RulesLoader
{
    Q_DECLARE_TR_FUNCTIONS(RulesLoader)

public:
    // False with error() set (line and column of the offending node).
    [[nodiscard]] bool parse(const QString& yaml, Rules& out);
    const ParseError& error() const { return m_error; }

    // The rules a workspace works with: those of `configPath` when given (then kept in the
    // workspace for later runs), otherwise the ones the workspace kept, otherwise defaults.
    // False with `error` as "FILE:LINE:COLUMN: message".
    [[nodiscard]] static bool loadForWorkspace(Store& store, const QString& configPath, Rules& out, QString& error);

private:
    ParseError m_error;
};

} // namespace Rollcall
