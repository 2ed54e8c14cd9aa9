// SPDX-License-Identifier: GPL-3.0-or-later
#include "Timestamps.h"

namespace Rollcall {

namespace {

// Reads `count` digits at `pos`; -1 when they are not all digits.
int digits(QStringView s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int n = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = s.at(pos + i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        n = n * 10 + (c.unicode() - '0');
    }
    return n;
}

std::optional<QDateTime> utc(const QDate& date, const QTime& time, int offsetSeconds = 0)
{
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

} // namespace

std::optional<QDateTime> parseIsoTimestamp(QStringView s)
{
    const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
    if (year < 0 || month < 0 || day < 0 || s.at(4) != QLatin1Char('-') || s.at(7) != QLatin1Char('-'))
        return std::nullopt;
    const QDate date(year, month, day);
    if (s.size() == 10)
        return utc(date, QTime(0, 0));
    if (s.size() < 16 || (s.at(10) != QLatin1Char('T') && s.at(10) != QLatin1Char(' ')) || s.at(13) != QLatin1Char(':'))
        return std::nullopt;
    const int hour = digits(s, 11, 2), minute = digits(s, 14, 2);
    if (hour < 0 || minute < 0)
        return std::nullopt;
    qsizetype pos = 16;
    int second = 0, msec = 0;
    if (pos < s.size() && s.at(pos) == QLatin1Char(':')) {
        second = digits(s, pos + 1, 2);
        if (second < 0)
            return std::nullopt;
        pos += 3;
        if (pos < s.size() && (s.at(pos) == QLatin1Char('.') || s.at(pos) == QLatin1Char(','))) {
            qsizetype end = pos + 1;
            int scale = 100;
            while (end < s.size() && s.at(end).isDigit()) {
                msec += (s.at(end).unicode() - '0') * scale;
                scale /= 10;
                ++end;
            }
            if (end == pos + 1)
                return std::nullopt;
            pos = end;
        }
    }
    int offset = 0;
    if (pos < s.size() && s.at(pos) == QLatin1Char(' '))
        ++pos; // "2022-03-18 19:49:35 Z" style
    if (pos < s.size()) {
        const QChar sign = s.at(pos);
        if (sign == QLatin1Char('Z') && pos + 1 == s.size()) {
            offset = 0;
        } else if (sign == QLatin1Char('+') || sign == QLatin1Char('-')) {
            const int oh = digits(s, pos + 1, 2);
            const bool colon = pos + 3 < s.size() && s.at(pos + 3) == QLatin1Char(':');
            const int om = digits(s, pos + (colon ? 4 : 3), 2);
            if (oh < 0 || om < 0 || pos + (colon ? 6 : 5) != s.size())
                return std::nullopt;
            offset = (oh * 3600 + om * 60) * (sign == QLatin1Char('-') ? -1 : 1);
        } else {
            return std::nullopt;
        }
    }
    return utc(date, QTime(hour, minute, second, msec), offset);
}

namespace {

const char* const MonthNames[12] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

// Reads one value with a Qt-style format made of d dd M MM MMM yyyy h hh H HH m mm s ss zzz AP ap and
// literal characters. A small, allocation-free reader: QLocale's costs tens of microseconds a call.
std::optional<QDateTime> parseWithFormat(QStringView v, QStringView f)
{
    int year = -1, month = -1, day = -1, hour = 0, minute = 0, second = 0, msec = 0;
    bool pm = false, hasAmPm = false;
    qsizetype i = 0; // position in v
    qsizetype j = 0; // position in f
    auto number = [&](int minDigits, int maxDigits) {
        int n = 0, count = 0;
        while (count < maxDigits && i < v.size() && v.at(i).isDigit() && v.at(i).unicode() < 128) {
            n = n * 10 + (v.at(i).unicode() - '0');
            ++i;
            ++count;
        }
        return count >= minDigits ? n : -1;
    };
    while (j < f.size()) {
        const QChar c = f.at(j);
        qsizetype run = 1;
        while (j + run < f.size() && f.at(j + run) == c)
            ++run;
        int n = 0;
        switch (c.unicode()) {
        case 'd':
            if (run > 2)
                return std::nullopt;
            day = n = number(run, 2);
            break;
        case 'M':
            if (run == 3) {
                if (i + 3 > v.size())
                    return std::nullopt;
                const QStringView name = v.mid(i, 3);
                month = -1;
                for (int m = 0; m < 12 && month < 0; ++m) {
                    if (name.compare(QLatin1String(MonthNames[m]), Qt::CaseInsensitive) == 0)
                        month = m + 1;
                }
                n = month;
                i += 3;
            } else if (run <= 2) {
                month = n = number(run, 2);
            } else {
                return std::nullopt;
            }
            break;
        case 'y':
            if (run != 4)
                return std::nullopt;
            year = n = number(4, 4);
            break;
        case 'h':
        case 'H':
            if (run > 2)
                return std::nullopt;
            hour = n = number(run, 2);
            break;
        case 'm':
            minute = n = number(run, 2);
            break;
        case 's':
            second = n = number(run, 2);
            break;
        case 'z':
            msec = n = number(1, 3);
            break;
        case 'A':
        case 'a':
            if (run != 1 || j + 1 >= f.size() || (f.at(j + 1) != QLatin1Char('P') && f.at(j + 1) != QLatin1Char('p')))
                return std::nullopt;
            run = 2;
            if (i + 2 > v.size())
                return std::nullopt;
            hasAmPm = true;
            if (v.mid(i, 2).compare(QLatin1String("pm"), Qt::CaseInsensitive) == 0)
                pm = true;
            else if (v.mid(i, 2).compare(QLatin1String("am"), Qt::CaseInsensitive) != 0)
                return std::nullopt;
            i += 2;
            break;
        default:
            for (qsizetype k = 0; k < run; ++k, ++i) {
                if (i >= v.size() || v.at(i) != c)
                    return std::nullopt;
            }
            break;
        }
        if (n < 0)
            return std::nullopt;
        j += run;
    }
    if (i != v.size() || year < 0 || month < 0 || day < 0)
        return std::nullopt;
    if (hasAmPm) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (pm ? 12 : 0);
    }
    return utc(QDate(year, month, day), QTime(hour, minute, second, msec));
}

} // namespace

std::optional<QDateTime> parseTimestamp(const QString& value, const QStringList& formats)
{
    if (auto iso = parseIsoTimestamp(value))
        return iso;
    for (const QString& format : formats) {
        if (auto parsed = parseWithFormat(value, format))
            return parsed;
    }
    return std::nullopt;
}

QString formatIsoTimestamp(const QDateTime& utcTime)
{
    const QDateTime t = utcTime.toUTC();
    int year = 0, month = 0, day = 0;
    t.date().getDate(&year, &month, &day); // once: year(), month() and day() each convert the date again
    const QTime tm = t.time();
    // By hand: snprintf showed up in profiles of million-row imports.
    char16_t out[20];
    auto put = [&out](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    out[4] = u'-';
    put(5, month, 2);
    out[7] = u'-';
    put(8, day, 2);
    out[10] = u'T';
    put(11, tm.hour(), 2);
    out[13] = u':';
    put(14, tm.minute(), 2);
    out[16] = u':';
    put(17, tm.second(), 2);
    out[19] = u'Z';
    return QString(reinterpret_cast<const QChar*>(out), 20);
}

} // namespace Rollcall
