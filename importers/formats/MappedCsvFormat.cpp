// SPDX-License-Identifier: GPL-3.0-or-later
// The shared part of the formats read through a YAML column mapping (HrCsvFormat, GenericCsvFormat).
#include "formats/MappedCsvFormat.h"

#include <QBuffer>
#include <QLocale>

namespace Rollcall {

namespace {

constexpr qint64 HeaderPeek = 1024 * 1024;

// The mapped format with the parsed mapping of one import; the shared CSV loop calls its readRow().
class BoundMapping : public CsvFormat
{
public:
    BoundMapping(const MappedCsvFormat& format, const MappingProfile& profile)
        : m_format(format)
        , m_profile(profile)
    {}

    QString id() const override { return m_format.id(); }
    QString title() const override { return m_format.title(); }
    SourceKind kind() const override { return m_format.kind(); }
    QString detectionRule() const override { return m_format.detectionRule(); }
    bool detect(const Sniff& sniff) const override { return m_format.detect(sniff); }

protected:
    bool readRow(const CsvRow& row, ImportSession& session) const override
    {
        return m_format.readMappedRow(MappedRow(row, m_profile), session);
    }

private:
    const MappedCsvFormat& m_format;
    const MappingProfile& m_profile;
};

} // namespace

QString MappedRow::column(const QString& field) const
{
    const QString header = m_profile.header(field);
    return header.isEmpty() ? QString() : CsvReader::normaliseHeader(header);
}

QString MappedRow::value(const QString& field) const
{
    const QString name = column(field);
    return name.isEmpty() ? QString() : m_row.value(name);
}

bool MappedRow::required(const QString& field, QString& out, ParseError& error) const
{
    out = value(field);
    if (out.isEmpty()) {
        error = {m_row.line(), 0, tr("field '%1' is empty; expected a value").arg(m_profile.header(field))};
        return false;
    }
    return true;
}

ParseError MappedRow::fieldError(const QString& field, const QString& expected) const
{
    return m_row.fieldError(column(field), expected);
}

bool MappedRow::boolean(const QString& field, std::optional<bool>& out, ParseError& error) const
{
    out.reset();
    return !has(field) || m_row.boolean(column(field), out, error);
}

bool MappedRow::timestamp(const QString& field, std::optional<QDateTime>& out, ParseError& error,
                          const QStringList& sentinels) const
{
    out.reset();
    return !has(field) ||
           m_row.timestamp(column(field), out, error, m_profile.emptyDates() + sentinels, m_profile.dateFormats());
}

QString MappedRow::dateExpectation() const
{
    QStringList expected = {tr("a date as yyyy-MM-dd")};
    expected += m_profile.dateFormats();
    for (const QString& empty : m_profile.emptyDates())
        expected.append(QLatin1Char('"') + empty + QLatin1Char('"'));
    return expected.join(tr(" or "));
}

bool MappedRow::date(const QString& field, std::optional<QDate>& out, ParseError& error) const
{
    out.reset();
    const QString v = value(field);
    if (v.isEmpty() || m_profile.emptyDates().contains(v, Qt::CaseInsensitive))
        return true;
    QDate date = QDate::fromString(v, Qt::ISODate);
    for (qsizetype i = 0; !date.isValid() && i < m_profile.dateFormats().size(); ++i)
        date = QLocale::c().toDate(v, m_profile.dateFormats().at(i));
    if (!date.isValid()) {
        // A date with a time of day ("2024-03-31T17:00:00Z", "3/31/2024 17:00" with a matching format).
        if (const auto timestamp = CsvRow::parseTimestamp(v, m_profile.dateFormats()))
            date = timestamp->date();
    }
    if (!date.isValid()) {
        error = fieldError(field, dateExpectation());
        return false;
    }
    out = date;
    return true;
}

bool MappedCsvFormat::detect(const Sniff& sniff) const
{
    if (sniff.mappingYaml.trimmed().isEmpty() || sniff.json || sniff.header.isEmpty())
        return false;
    MappingProfile profile;
    if (profile.parse(sniff.mappingYaml))
        return profile.format() == id();
    // A broken mapping is reported by the import of the format it names, or of either when it names none.
    return profile.format() == id() || MappingProfile::fieldsOf(profile.format()).isEmpty();
}

bool MappedCsvFormat::readRow(const CsvRow&, ImportSession&) const
{
    return false; // rows go through BoundMapping::readRow, which knows the mapping
}

bool MappedCsvFormat::read(QIODevice& device, ImportSession& session) const
{
    if (session.mappingYaml.trimmed().isEmpty()) {
        return session.fail({0, 0,
                             tr("%1 reads a file through a column mapping; give one with --mapping FILE (the "
                                "mapping documentation, mapping.md, describes it)")
                                 .arg(id())});
    }
    MappingProfile profile;
    if (!profile.parse(session.mappingYaml)) {
        // The mistake is in the mapping: name that file, its line and column.
        ParseError e = profile.error();
        e.file = session.mappingPath;
        if (e.file.isEmpty()) {
            const QString where = e.line > 0 ? tr("the --mapping file, line %1, column %2").arg(e.line).arg(e.column)
                                             : tr("the --mapping file");
            e = {0, 0, where + QLatin1String(": ") + e.message};
        }
        return session.fail(e);
    }
    if (profile.format() != id()) {
        return session.fail({0, 0,
                             tr("the --mapping file is for %1, not %2; set format: %2 in it or import it as %3")
                                 .arg(profile.format(), id(),
                                      kind() == SourceKind::Tool ? tr("a directory export") : tr("a tool export"))});
    }

    // Every mapped column must be in the header: name the ones that are not, before any row is read.
    QByteArray head = device.peek(HeaderPeek);
    QBuffer buffer(&head);
    buffer.open(QIODevice::ReadOnly);
    CsvReader header(&buffer);
    if (header.readHeader()) {
        QStringList missing;
        QString hint;
        for (const auto& [field, name] : profile.columns()) {
            if (header.column(CsvReader::normaliseHeader(name)) >= 0)
                continue;
            missing.append(tr("'%1' (columns.%2)").arg(name, field));
            for (const QString& actual : header.header()) {
                // `employee_id: Employee #` in YAML is "Employee": ` #` starts a comment.
                if (hint.isEmpty() && actual.trimmed().startsWith(name + QLatin1String(" #")))
                    hint = tr("; in YAML \" #\" starts a comment, so write the header in quotes: \"%1\"")
                               .arg(actual.trimmed());
            }
        }
        if (!missing.isEmpty()) {
            QString seen = header.header().join(QLatin1String(", "));
            if (seen.size() > 200)
                seen = seen.left(200) + QStringLiteral("…");
            const QString what = missing.size() == 1
                                     ? tr("column %1 of the --mapping file is not in the header").arg(missing.first())
                                     : tr("columns %1 of the --mapping file are not in the header")
                                           .arg(missing.join(QLatin1String(", ")));
            return session.fail({1, 0, tr("%1; the header has: %2%3").arg(what, seen, hint)});
        }
    }
    const BoundMapping bound(*this, profile);
    return bound.read(device, session);
}

} // namespace Rollcall
