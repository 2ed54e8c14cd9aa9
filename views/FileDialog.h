// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Rollcall {

// QFileDialog's static functions, with a test hook: after setNextFileName() the next call returns
// that name at once instead of showing a modal dialog.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& dir = {},
                                   const QString& filter = {});
    // Does not ask about overwriting: callers decide what an existing file means.
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& dir = {},
                                   const QString& filter = {});

    static QString getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir = {});

    // Test hook, used once. An empty name stands for the user pressing Cancel.
    static void setNextFileName(const QString& fileName);

private:
    static bool takeNext(QString& fileName);
};

} // namespace Rollcall
