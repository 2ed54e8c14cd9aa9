// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportQueueDialog.h"
#include "TriageStyle.h"

#include "Format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace Rollcall {

namespace {
const QString DirectoryTool = QStringLiteral("directory");
std::function<int(ImportQueueDialog&)> nextAnswer;
} // namespace

void ImportQueueDialog::setNextAnswer(std::function<int(ImportQueueDialog&)> answer)
{
    nextAnswer = std::move(answer);
}

int ImportQueueDialog::run(ImportQueueDialog& dialog)
{
    if (nextAnswer) {
        const auto answer = std::move(nextAnswer);
        nextAnswer = nullptr;
        return answer(dialog);
    }
    return dialog.exec();
}

ImportQueueDialog::ImportQueueDialog(const QStringList& paths, const QMap<QString, QString>& knownTools,
                                     QWidget* parent)
    : QDialog(parent)
    , m_knownTools(knownTools)
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importQueueDialog"));
    setWindowTitle(tr("Import Files"));
    setMinimumWidth(760);

    auto* intro = new QLabel(tr("Check what each file was recognised as and which tool instance it goes to. Files "
                                "are imported one after the other; each is all or nothing."),
                             this);
    intro->setWordWrap(true);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->addWidget(new QLabel(tr("<b>File</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Kind</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Recognised as</b>"), this), 0, 2);
    grid->addWidget(new QLabel(tr("<b>Tool instance</b>"), this), 0, 3);
    for (const QString& path : paths) {
        const int index = int(m_rows.size());
        Row row;
        row.path = path;
        row.include = new QCheckBox(QFileInfo(path).fileName(), this);
        row.include->setObjectName(QStringLiteral("importInclude%1").arg(index));
        row.include->setToolTip(path);
        row.include->setChecked(true);
        row.include->setAccessibleName(tr("Import %1").arg(QFileInfo(path).fileName()));
        row.kind = new QComboBox(this);
        row.kind->setObjectName(QStringLiteral("importKind%1").arg(index));
        row.kind->setAccessibleName(tr("Kind of %1").arg(QFileInfo(path).fileName()));
        row.kind->addItem(tr("Tool export"), int(SourceKind::Tool));
        row.kind->addItem(tr("Directory export"), int(SourceKind::Directory));
        row.format = new QLabel(this);
        row.format->setObjectName(QStringLiteral("importFormat%1").arg(index));
        row.format->setWordWrap(true);
        row.format->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.tool = new QComboBox(this);
        row.tool->setEditable(true);
        row.tool->setInsertPolicy(QComboBox::NoInsert);
        row.tool->setObjectName(QStringLiteral("importTool%1").arg(index));
        row.tool->setAccessibleName(tr("Tool instance of %1").arg(QFileInfo(path).fileName()));
        row.tool->lineEdit()->setPlaceholderText(tr("choose or type a name"));
        row.tool->setMinimumContentsLength(14);
        m_rows.append(row);
        grid->addWidget(row.include, index + 1, 0);
        grid->addWidget(row.kind, index + 1, 1);
        grid->addWidget(row.format, index + 1, 2);
        grid->addWidget(row.tool, index + 1, 3);
        grid->setRowStretch(index + 1, 0);

        // A file is a directory export when its content says so; otherwise a tool export.
        const Detection asTool = Importer::detect(path, SourceKind::Tool);
        if (!asTool.format && asTool.otherKind && asTool.otherKind->kind() == SourceKind::Directory)
            row.kind->setCurrentIndex(1);
        connect(row.kind, &QComboBox::currentIndexChanged, this, [this, index] { detect(index); });
        connect(row.include, &QCheckBox::toggled, this, &ImportQueueDialog::updateState);
        connect(row.tool, &QComboBox::currentTextChanged, this, &ImportQueueDialog::updateState);
        detect(index);
    }
    grid->setColumnStretch(2, 1);
    auto* gridHost = new QWidget(this);
    auto* hostLayout = new QVBoxLayout(gridHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    hostLayout->addLayout(grid);
    hostLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(gridHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_summary->setObjectName(QStringLiteral("importQueueSummary"));
    m_summary->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    updateState();
}

QString ImportQueueDialog::guessToolName(const QString& formatId, const QMap<QString, QString>& knownTools,
                                         const QString& fileName)
{
    QStringList same;
    for (auto it = knownTools.cbegin(); it != knownTools.cend(); ++it) {
        if (it.value() == formatId)
            same.append(it.key());
    }
    if (same.size() == 1)
        return same.first();
    if (!same.isEmpty()) {
        // Several instances of that tool: the one the file is named after, else the user says which.
        const QString base = QFileInfo(fileName).completeBaseName().toLower();
        QStringList named;
        for (const QString& tool : same) {
            if (base.contains(tool))
                named.append(tool);
        }
        // The longest match: "aws-prod-eu" over "aws-prod".
        std::sort(named.begin(), named.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        return named.value(0);
    }
    const QString first = formatId.section(QLatin1Char('-'), 0, 0);
    return first == QLatin1String("generic") ? QString() : first;
}

void ImportQueueDialog::detect(int index)
{
    Row& row = m_rows[index];
    const SourceKind k = kind(index);
    row.detection = Importer::detect(row.path, k);
    if (row.detection.format) {
        row.format->setText(row.detection.format->title());
        row.format->setStyleSheet(QString());
    } else if (row.detection.otherKind) {
        row.format->setText(
            row.detection.otherKind->kind() == SourceKind::Directory
                ? tr("A directory export (%1): choose “Directory export”.").arg(row.detection.otherKind->title())
                : tr("A tool export (%1): choose “Tool export”.").arg(row.detection.otherKind->title()));
        row.format->setStyleSheet(QStringLiteral("color: %1").arg(TriageStyle::errorColor(palette()).name()));
    } else {
        QString reason = row.detection.reason;
        if (!reason.isEmpty())
            reason[0] = reason.at(0).toUpper();
        row.format->setText(reason.isEmpty() ? tr("Not recognised.") : reason);
        row.format->setStyleSheet(QStringLiteral("color: %1").arg(TriageStyle::errorColor(palette()).name()));
    }
    row.tool->setEnabled(k == SourceKind::Tool);
    {
        // The workspace's tools of this format first, then the others.
        const QSignalBlocker blocker(row.tool);
        const QString text = row.tool->currentText();
        row.tool->clear();
        QStringList same, other;
        for (auto it = m_knownTools.cbegin(); it != m_knownTools.cend(); ++it)
            (row.detection.format && it.value() == row.detection.format->id() ? same : other).append(it.key());
        row.tool->addItems(same + other);
        row.tool->setEditText(text);
    }
    if (k == SourceKind::Directory) {
        row.tool->setEditText(DirectoryTool);
    } else if (row.tool->currentText().isEmpty() || row.tool->currentText() == DirectoryTool) {
        row.tool->setEditText(row.detection.format ? guessToolName(row.detection.format->id(), m_knownTools, row.path)
                                                   : QString());
    }
    if (!row.detection.format)
        row.include->setChecked(false);
    row.include->setEnabled(row.detection.format != nullptr);
    updateState();
}

void ImportQueueDialog::updateState()
{
    int included = 0;
    int invalidNames = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].tool->setEnabled(isIncluded(i) && kind(i) == SourceKind::Tool);
        if (!isIncluded(i))
            continue;
        ++included;
        if (!Importer::isValidToolName(toolName(i))) {
            ++invalidNames;
            m_rows[i].tool->setStyleSheet(
                QStringLiteral("border: 1px solid %1").arg(TriageStyle::errorColor(palette()).name()));
        } else {
            m_rows[i].tool->setStyleSheet(QString());
        }
    }
    const int skipped = int(m_rows.size()) - included;
    QString text = included == 1 ? tr("1 file to import") : tr("%1 files to import").arg(included);
    if (skipped > 0)
        text += tr("; %1 left out").arg(skipped);
    if (invalidNames > 0)
        text += tr(". Name each tool instance with lower-case letters, digits, '.', '_' or '-'.");
    m_summary->setText(text);
    okButton()->setEnabled(canAccept());
}

QString ImportQueueDialog::detectedFormat(int row) const
{
    const Format* f = m_rows.value(row).detection.format;
    return f ? f->title() : QString();
}

QString ImportQueueDialog::detectionText(int row) const
{
    return m_rows.value(row).format ? m_rows.value(row).format->text() : QString();
}

SourceKind ImportQueueDialog::kind(int row) const
{
    return SourceKind(m_rows.at(row).kind->currentData().toInt());
}

void ImportQueueDialog::setKind(int row, SourceKind kind)
{
    m_rows.at(row).kind->setCurrentIndex(kind == SourceKind::Directory ? 1 : 0);
}

QString ImportQueueDialog::toolName(int row) const
{
    return kind(row) == SourceKind::Directory ? DirectoryTool : m_rows.at(row).tool->currentText().trimmed();
}

void ImportQueueDialog::setToolName(int row, const QString& name)
{
    m_rows.at(row).tool->setEditText(name);
}

bool ImportQueueDialog::isIncluded(int row) const
{
    return m_rows.at(row).include->isChecked() && m_rows.at(row).detection.format;
}

void ImportQueueDialog::setIncluded(int row, bool included)
{
    m_rows.at(row).include->setChecked(included);
}

bool ImportQueueDialog::canAccept() const
{
    bool any = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!isIncluded(i))
            continue;
        if (!Importer::isValidToolName(toolName(i)))
            return false;
        any = true;
    }
    return any;
}

QList<ImportRequest> ImportQueueDialog::requests() const
{
    QList<ImportRequest> list;
    // Directories first: tool accounts are reconciled against them once everything is in.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (!isIncluded(i) || (kind(i) == SourceKind::Directory) != (pass == 0))
                continue;
            list.append({m_rows.at(i).path, kind(i), toolName(i), m_rows.at(i).detection.format->id()});
        }
    }
    return list;
}

QPushButton* ImportQueueDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

} // namespace Rollcall
