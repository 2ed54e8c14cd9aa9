// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Importer.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;

namespace Rollcall {

// Confirms files dropped on the window before anything is imported: for each, the format its
// content was recognised as, whether it is a directory or a tool export, and the tool instance
// it goes to (guessed from the tools of the workspace with that format, editable). Files that are
// not recognised are listed with why, and left out.
class ImportQueueDialog : public QDialog
{
    Q_OBJECT

public:
    // `knownTools`: tool instance -> format id of its current snapshot.
    ImportQueueDialog(const QStringList& paths, const QMap<QString, QString>& knownTools, QWidget* parent = nullptr);

    int fileCount() const { return int(m_rows.size()); }
    QString detectedFormat(int row) const; // format title, empty when not recognised
    QString detectionText(int row) const;
    SourceKind kind(int row) const;
    void setKind(int row, SourceKind kind);
    QString toolName(int row) const;
    void setToolName(int row, const QString& name);
    bool isIncluded(int row) const;
    void setIncluded(int row, bool included);
    bool canAccept() const;
    // The imports to run, in the order of the files; the format is the one shown.
    QList<ImportRequest> requests() const;
    QPushButton* okButton() const;

    // A tool instance name for a file of this format: the workspace's tool with that format when
    // there is one, or the one of them the file is named after ("aws-prod-report.csv"), else the
    // format's first word ("aws-iam-credential-report" -> "aws") for a tool new to the workspace.
    static QString guessToolName(const QString& formatId, const QMap<QString, QString>& knownTools,
                                 const QString& fileName = {});

    // exec(), or the test hook's answer: GUI tests never block on a modal dialog.
    static int run(ImportQueueDialog& dialog);
    // Test hook, used once: called instead of exec() with the dialog, returns the dialog's result.
    static void setNextAnswer(std::function<int(ImportQueueDialog&)> answer);

private:
    struct Row
    {
        QString path;
        QCheckBox* include = nullptr;
        QComboBox* kind = nullptr;
        QLabel* format = nullptr;
        QComboBox* tool = nullptr; // editable: the workspace's tools, or a new name
        Detection detection;
    };
    void detect(int row);
    void updateState();

    QList<Row> m_rows;
    QMap<QString, QString> m_knownTools;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
};

} // namespace Rollcall
