// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"
#include "TriageStyle.h"

#include "FileDialog.h"
#include "Format.h"

#include <QButtonGroup>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Rollcall {

namespace {
const QString DirectoryTool = QStringLiteral("directory");
const QString LastDirKey = QStringLiteral("import/lastDirectory");

// The dialog shows the file right above, so the "FILE:" or "FILE:LINE:" prefix of the importer's
// message is left out; a file of the other kind gets advice in terms of this dialog.
QString explainUnrecognised(const QString& path, SourceKind kind, const Detection& detection)
{
    if (const Format* other = detection.otherKind) {
        return other->kind() == SourceKind::Directory
                   ? ImportDialog::tr("This is a directory export (%1), not a tool export: choose \"Directory "
                                      "export\" above.")
                         .arg(other->title())
                   : ImportDialog::tr("This is a tool export (%1), not a directory export: choose \"Tool export\" "
                                      "above and name the tool.")
                         .arg(other->title());
    }
    QString message = detection.reason;
    if (!message.isEmpty())
        message[0] = message.at(0).toUpper();
    if (!QFileInfo(path).isFile())
        return message;
    QStringList titles;
    for (const Format* format : FormatRegistry::all()) {
        if (format->kind() == kind)
            titles.append(format->title());
    }
    return ImportDialog::tr("%1\nRollcall reads these %2: %3.")
        .arg(message,
             kind == SourceKind::Directory ? ImportDialog::tr("directory exports") : ImportDialog::tr("tool exports"),
             titles.join(QLatin1String("; ")));
}

void setErrorStyle(QLabel* label, bool error)
{
    QPalette palette = label->parentWidget()->palette();
    if (error)
        palette.setColor(QPalette::WindowText, TriageStyle::errorColor(palette));
    label->setPalette(palette);
}
} // namespace

ImportDialog::ImportDialog(QWidget* parent)
    : QDialog(parent)
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_directory(new QRadioButton(tr("&Directory export (who works here)"), this))
    , m_tool(new QRadioButton(tr("T&ool export (who has an account)"), this))
    , m_name(new QLineEdit(this))
    , m_nameHint(new QLabel(this))
    , m_format(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Export File"));
    setMinimumWidth(560);

    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setAccessibleName(tr("Export file"));
    m_file->setPlaceholderText(tr("CSV export of a directory or a tool"));
    m_file->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("importBrowse"));

    m_directory->setObjectName(QStringLiteral("importKindDirectory"));
    m_tool->setObjectName(QStringLiteral("importKindTool"));
    auto* kinds = new QButtonGroup(this);
    kinds->addButton(m_directory);
    kinds->addButton(m_tool);
    m_tool->setChecked(true);

    m_name->setObjectName(QStringLiteral("importToolName"));
    m_name->setAccessibleName(tr("Tool instance name"));
    m_name->setPlaceholderText(tr("e.g. github, aws-prod, atlassian"));
    m_nameHint->setObjectName(QStringLiteral("importToolNameHint"));
    m_nameHint->setWordWrap(true);

    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->setAccessibleName(tr("Detected format"));
    m_format->setWordWrap(true);
    m_format->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_format->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* kindColumn = new QVBoxLayout;
    kindColumn->addWidget(m_directory);
    kindColumn->addWidget(m_tool);

    auto* form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("Kind:"), kindColumn);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Tool &name:"), m_name);
    form->addRow(QString(), m_nameHint);
    if (auto* fileLabel = qobject_cast<QLabel*>(form->labelForField(fileRow)))
        fileLabel->setBuddy(m_file);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ImportDialog::detect);
    connect(m_directory, &QRadioButton::toggled, this, &ImportDialog::detect);
    connect(m_name, &QLineEdit::textChanged, this, &ImportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!canAccept())
            return;
        QSettings().setValue(LastDirKey, QFileInfo(filePath()).absolutePath());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    detect();
}

void ImportDialog::setFilePath(const QString& path)
{
    m_file->setText(path);
}

QString ImportDialog::filePath() const
{
    return m_file->text().trimmed();
}

void ImportDialog::setKind(SourceKind kind)
{
    (kind == SourceKind::Directory ? m_directory : m_tool)->setChecked(true);
}

SourceKind ImportDialog::kind() const
{
    return m_directory->isChecked() ? SourceKind::Directory : SourceKind::Tool;
}

void ImportDialog::setToolName(const QString& name)
{
    m_name->setText(name);
}

QString ImportDialog::toolName() const
{
    return kind() == SourceKind::Directory ? DirectoryTool : m_name->text().trimmed();
}

void ImportDialog::setKnownTools(const QStringList& tools)
{
    auto* completer = new QCompleter(tools, m_name);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_name->setCompleter(completer);
}

QString ImportDialog::detectedFormatTitle() const
{
    return m_detection.format ? m_detection.format->title() : QString();
}

QString ImportDialog::detectionText() const
{
    return m_format->text();
}

bool ImportDialog::canAccept() const
{
    return m_detection.format && Importer::isValidToolName(toolName());
}

QPushButton* ImportDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

ImportRequest ImportDialog::request() const
{
    ImportRequest r;
    r.path = filePath();
    r.kind = kind();
    r.tool = toolName();
    // What the user saw is what is imported.
    r.formatId = m_detection.format ? m_detection.format->id() : QString();
    return r;
}

void ImportDialog::browse()
{
    QString dir = QFileInfo(filePath()).absolutePath();
    if (filePath().isEmpty())
        dir = QSettings().value(LastDirKey).toString();
    const QString path = FileDialog::getOpenFileName(this, tr("Choose an Export File"), dir,
                                                     tr("Exports (*.csv *.json *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ImportDialog::detect()
{
    m_detection = {};
    if (filePath().isEmpty()) {
        m_format->setText(tr("Choose a file: its format is recognised from its content."));
        setErrorStyle(m_format, false);
    } else {
        m_detection = Importer::detect(filePath(), kind());
        if (m_detection.format) {
            m_format->setText(m_detection.format->title());
            setErrorStyle(m_format, false);
        } else {
            m_format->setText(explainUnrecognised(filePath(), kind(), m_detection));
            setErrorStyle(m_format, true);
        }
    }
    updateState();
}

void ImportDialog::updateState()
{
    const bool tool = kind() == SourceKind::Tool;
    m_name->setEnabled(tool);
    const QString name = m_name->text().trimmed();
    if (!tool) {
        m_nameHint->setText(tr("A directory export becomes the workspace's current directory; earlier ones are kept."));
        setErrorStyle(m_nameHint, false);
    } else if (name.isEmpty() || Importer::isValidToolName(name)) {
        m_nameHint->setText(tr("Names one instance of a tool (lower-case letters, digits, '.', '_', '-'). Importing "
                               "again under a name replaces that tool's current accounts."));
        setErrorStyle(m_nameHint, false);
    } else {
        m_nameHint->setText(tr("\"%1\" is not a valid name: use lower-case letters, digits, '.', '_' and '-', "
                               "starting with a letter or digit, up to 63 characters.")
                                .arg(name));
        setErrorStyle(m_nameHint, true);
    }
    okButton()->setEnabled(canAccept());
}

} // namespace Rollcall
