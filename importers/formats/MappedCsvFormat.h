// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvFormat.h"
#include "formats/MappingProfile.h"

#include <optional>

namespace Rollcall {

// One CSV record seen through a MappingProfile: fields by their mapping name ("email", "end_date"),
// errors naming the file's own header.
class MappedRow
{
    Q_DECLARE_TR_FUNCTIONS(MappedRow)

public:
    MappedRow(const CsvRow& row, const MappingProfile& profile)
        : m_row(row)
        , m_profile(profile)
    {}

    const CsvRow& csv() const { return m_row; }
    const MappingProfile& profile() const { return m_profile; }
    bool has(const QString& field) const { return m_profile.has(field); }
    // The trimmed value of a mapped field; empty when the field is not mapped.
    QString value(const QString& field) const;
    bool required(const QString& field, QString& out, ParseError& error) const;
    ParseError fieldError(const QString& field, const QString& expected) const;
    bool boolean(const QString& field, std::optional<bool>& out, ParseError& error) const;
    // A timestamp in ISO 8601 or one of the mapping's date_formats; its empty_dates and `sentinels` mean none.
    bool timestamp(const QString& field, std::optional<QDateTime>& out, ParseError& error,
                   const QStringList& sentinels = {}) const;
    // A calendar date in ISO 8601 or one of the mapping's date_formats; empty_dates mean none.
    bool date(const QString& field, std::optional<QDate>& out, ParseError& error) const;

private:
    QString column(const QString& field) const; // the normalised header of a mapped field
    QString dateExpectation() const;

    const CsvRow& m_row;
    const MappingProfile& m_profile;
};

// A CSV file read through the --mapping file (Sniff::mappingYaml, ImportSession::mappingYaml).
// Recognised when the mapping names this format; every mapped column must be in the header.
class MappedCsvFormat : public CsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(MappedCsvFormat)

public:
    bool detect(const Sniff& sniff) const override;
    bool read(QIODevice& device, ImportSession& session) const override;
    // One record of the file, with the mapping that names its columns.
    virtual bool readMappedRow(const MappedRow& row, ImportSession& session) const = 0;

protected:
    bool readRow(const CsvRow& row, ImportSession& session) const final;
};

} // namespace Rollcall
