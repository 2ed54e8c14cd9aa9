// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Importer.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Rollcall {

// Asks for an export file, whether it is a directory or a tool export and, for a tool, the tool
// instance name. Shows the format the file was recognised as before anything is imported; OK stays
// disabled until a format is recognised and the name is valid. The import itself is ImportRunner's.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(QWidget* parent = nullptr);

    void setFilePath(const QString& path);
    QString filePath() const;
    void setKind(SourceKind kind);
    SourceKind kind() const;
    void setToolName(const QString& name);
    QString toolName() const;
    // Names already in the workspace, offered as completions.
    void setKnownTools(const QStringList& tools);

    // Title of the recognised format, empty when none.
    QString detectedFormatTitle() const;
    // What the format label says: the title, or why the file is not recognised.
    QString detectionText() const;
    bool canAccept() const;
    QPushButton* okButton() const;

    // The import to run; "directory" is the tool of a directory import.
    ImportRequest request() const;

private:
    void browse();
    void detect();
    void updateState();

    QLineEdit* m_file;
    QPushButton* m_browse;
    QRadioButton* m_directory;
    QRadioButton* m_tool;
    QLineEdit* m_name;
    QLabel* m_nameHint;
    QLabel* m_format;
    QDialogButtonBox* m_buttons;
    Detection m_detection;
};

} // namespace Rollcall
