// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace Rollcall {

namespace {
std::optional<QString> nextFileName;
} // namespace

void FileDialog::setNextFileName(const QString& fileName)
{
    nextFileName = fileName;
}

bool FileDialog::takeNext(QString& fileName)
{
    if (!nextFileName)
        return false;
    fileName = *nextFileName;
    nextFileName.reset();
    return true;
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    QString fileName;
    if (takeNext(fileName))
        return fileName;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    QString fileName;
    if (takeNext(fileName))
        return fileName;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, nullptr, QFileDialog::DontConfirmOverwrite);
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir)
{
    QString fileName;
    if (takeNext(fileName))
        return fileName;
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

} // namespace Rollcall
