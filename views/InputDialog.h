// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Rollcall {

// QInputDialog::getText, with a test hook: after setNextText() the next call returns that text at
// once (or a cancel) instead of showing a modal dialog.
class InputDialog
{
public:
    // Empty with *ok false when cancelled.
    static QString getText(QWidget* parent, const QString& title, const QString& label, const QString& text = {},
                           bool* ok = nullptr);

    // Test hooks, each used once; several answer the next dialogs in turn. `accept` false stands for the
    // user pressing Cancel.
    static void setNextText(const QString& text, bool accept = true);
    // The label of the last dialog shown or answered.
    static QString lastLabel();
};

} // namespace Rollcall
