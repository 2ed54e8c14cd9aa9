// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>

class QPainter;
class QRectF;

namespace Rollcall {

struct BarValue
{
    QString label;
    qint64 value = 0;
    QColor color;
};

// A horizontal bar chart with a title, one labelled bar per value and the value at its end, drawn with
// plain QPainter calls: the same picture in a PDF report and in a widget. `unit` is the size of one
// point in the painter's coordinates (1 on screen at 96 dpi is fine). Without bars it says `emptyText`, or
// "Nothing to show." in English, as the evidence PDFs do (they are English in every locale).
void paintBarChart(QPainter& painter, const QRectF& rect, const QString& title, const QList<BarValue>& bars,
                   qreal unit = 1, const QString& emptyText = QString());
// The height a chart of `bars` bars needs, in points.
qreal barChartHeight(int bars);

// Colours of decisions in charts, apart for common colour-vision deficiencies.
QColor decisionColor(const QString& decision);

} // namespace Rollcall
