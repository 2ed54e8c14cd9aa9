// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader alone. Any bytes either read to the end, every record as wide as the header and
// no field over the limit, or stop with an error that says why.
#include "CsvReader.h"
#include "FuzzSupport.h"

#include <QBuffer>

using namespace Rollcall;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray input = Fuzz::bytes(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    if (!reader.readHeader()) {
        if (!reader.error().isSet())
            Fuzz::violated("a header that cannot be read has an error message");
        return 0;
    }
    const qsizetype columns = reader.header().size();
    CsvRecord record;
    qint64 previousLine = 0;
    while (reader.readRecord(record)) {
        if (record.fields.size() != columns)
            Fuzz::violated("every record has as many fields as the header",
                           QStringLiteral("line %1: %2 fields, header %3")
                               .arg(record.line)
                               .arg(record.fields.size())
                               .arg(columns));
        if (record.line <= previousLine)
            Fuzz::violated("records start on increasing lines");
        for (const QString& field : std::as_const(record.fields)) {
            if (field.size() > CsvReader::MaxFieldLength)
                Fuzz::violated("no field is longer than the limit");
        }
        previousLine = record.line;
    }
    if (reader.error().isSet() && reader.error().line < previousLine)
        Fuzz::violated("an error is on or after the last record read");
    return 0;
}
