#include "ui/training/training_charts.h"
#include "ui/shared/text_symbols.h"

#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QList>
#include <QPointF>
#include <QValueAxis>
#include <QCheckBox>
#include <QLogValueAxis>
#include <QSignalBlocker>

#include <algorithm>
#include <cmath>

namespace convscope::ui {

namespace {

// The most batches a line draws; see appendBatches.
constexpr std::size_t maxBatchPoints = 1000;

// Okabe–Ito colours, told apart by colour-blind students; the per-batch line is a pale version.
const QColor paleBlue(okabeIto::skyBlue.red(), okabeIto::skyBlue.green(), okabeIto::skyBlue.blue(), 110);

QLineSeries* makeSeries(const QString& name, const QColor& colour, qreal width, bool points)
{
    auto* series = new QLineSeries;
    series->setName(name);
    QPen pen(colour);
    pen.setWidthF(width);
    series->setPen(pen);
    series->setPointsVisible(points);
    if (points)
        series->setMarkerSize(7);
    return series;
}

QChartView* makeChartView(QChart* chart)
{
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumWidth(260);
    return view;
}

void attach(QChart* chart, QLineSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QValueAxis* makeAxis(const QString& title, const QString& format)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(format);
    return axis;
}

} // namespace

TrainingCharts::TrainingCharts(QWidget* parent)
    : QWidget(parent)
{
    auto* lossChart = new QChart;
    lossChart->setTitle(tr("Loss"));
    m_lossX = makeAxis(tr("epoch"), QStringLiteral("%g"));
    m_lossY = makeAxis(tr("loss"), QStringLiteral("%.1f"));
    lossChart->addAxis(m_lossX, Qt::AlignBottom);
    lossChart->addAxis(m_lossY, Qt::AlignLeft);
    m_batchLoss = makeSeries(tr("batch"), paleBlue, 1.0, false);
    m_smoothedLoss = makeSeries(tr("smoothed"), okabeIto::blue, 2.5, false);
    m_testLoss = makeSeries(tr("test"), okabeIto::vermillion, 2.0, true);
    attach(lossChart, m_batchLoss, m_lossX, m_lossY);
    attach(lossChart, m_smoothedLoss, m_lossX, m_lossY);
    attach(lossChart, m_testLoss, m_lossX, m_lossY);
    m_lossView = makeChartView(lossChart);
    m_lossView->setAccessibleName(tr("Loss chart"));
    m_lossLogY = new QLogValueAxis(this); // the chart takes it while shown
    m_lossLogY->setTitleText(tr("loss"));
    m_lossLogY->setLabelFormat(QStringLiteral("%g"));
    m_lossLogY->setBase(10.0);
    m_logarithmic = new QCheckBox(tr("Log loss axis"), this);
    m_logarithmic->setToolTip(tr("Powers of ten on the loss axis, so a loss that grows a millionfold and one "
                                 "that falls to 0.01 both show; turned on by itself when the loss spans more "
                                 "than a hundredfold"));
    connect(m_logarithmic, &QCheckBox::toggled, this, [this](bool on) {
        m_scaleChosen = true;
        setLogarithmic(on);
    });

    auto* accuracyChart = new QChart;
    accuracyChart->setTitle(tr("Accuracy"));
    m_accuracyX = makeAxis(tr("epoch"), QStringLiteral("%g"));
    m_accuracyY = makeAxis(tr("accuracy (%)"), QStringLiteral("%d"));
    accuracyChart->addAxis(m_accuracyX, Qt::AlignBottom);
    accuracyChart->addAxis(m_accuracyY, Qt::AlignLeft);
    m_smoothedAccuracy = makeSeries(tr("training (smoothed)"), okabeIto::blue, 2.5, false);
    m_testAccuracy = makeSeries(tr("test"), okabeIto::vermillion, 2.0, true);
    attach(accuracyChart, m_smoothedAccuracy, m_accuracyX, m_accuracyY);
    attach(accuracyChart, m_testAccuracy, m_accuracyX, m_accuracyY);
    m_accuracyView = makeChartView(accuracyChart);
    m_accuracyView->setAccessibleName(tr("Accuracy chart"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lossView);
    layout->addWidget(m_accuracyView);
    applyFonts();

    showHistory(TrainingHistory(), 1);
}

void TrainingCharts::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
}

void TrainingCharts::applyFonts()
{
    QFont title = font();
    if (title.pointSizeF() > 0)
        title.setPointSizeF(title.pointSizeF() * 1.2);
    else
        title.setPixelSize(static_cast<int>(std::lround(title.pixelSize() * 1.2)));
    title.setBold(true);
    QFont axisTitle = font();
    axisTitle.setBold(true);
    // Room for the title, about eight tick labels, the axis title and the legend: in a larger font
    // a shorter chart would elide its labels to "…".
    const int height = 14 * QFontMetrics(font()).height();
    for (QChartView* view : {m_lossView, m_accuracyView}) {
        view->setMinimumHeight(height);
        QChart* chart = view->chart();
        chart->setTitleFont(title);
        chart->legend()->setFont(font());
        for (QAbstractAxis* axis : chart->axes()) {
            axis->setLabelsFont(font());
            axis->setTitleFont(axisTitle);
        }
    }
}

void TrainingCharts::setLastEpoch(int lastEpoch)
{
    const int end = std::max(1, lastEpoch);
    // Whole epochs as ticks while they fit, about ten ticks beyond.
    const int step = std::max(1, static_cast<int>(std::ceil(end / 10.0)));
    const int ticks = (end + step - 1) / step;
    // A little room either side, so the markers of the first and last test points are drawn
    // whole: the chart clips everything to its plot area.
    const double room = 0.03 * ticks * step;
    for (QValueAxis* axis : {m_lossX, m_accuracyX}) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0.0);
        axis->setTickInterval(step);
        axis->setRange(-room, ticks * step + room);
    }
}

void TrainingCharts::showHistory(const TrainingHistory& history, int lastEpoch)
{
    for (QLineSeries* series : {m_batchLoss, m_smoothedLoss, m_smoothedAccuracy})
        series->clear();
    if (history.batches().empty()) {
        // A new run: the axis is chosen afresh.
        m_scaleChosen = false;
        const QSignalBlocker blocker(m_logarithmic);
        m_logarithmic->setChecked(false);
        setLogarithmic(false);
    }
    m_lowestAccuracy = 1.0;
    setLastEpoch(lastEpoch);
    appendBatches(history, 0);
    showEpochs(history);
}

void TrainingCharts::appendBatches(const TrainingHistory& history, int first)
{
    const std::vector<BatchPoint>& batches = history.batches();
    if (first < 0 || first >= static_cast<int>(batches.size())) {
        updateLossAxis(history);
        updateAccuracyAxis(history);
        return;
    }
    for (std::size_t i = static_cast<std::size_t>(first); i < batches.size(); ++i)
        m_lowestAccuracy = std::min(m_lowestAccuracy, batches[i].smoothedAccuracy);
    // QtCharts strokes a whole line again for every point appended to it (QXYSeries::append emits
    // pointAdded per point), so appending is quadratic: at batch size 1 the page froze within
    // seconds. The lines are replaced in one go instead, from at most maxBatchPoints batches:
    // every k-th one and the last, once a run has more than a chart's width can show anyway.
    const std::size_t stride = (batches.size() + maxBatchPoints - 1) / maxBatchPoints;
    QList<QPointF> loss;
    QList<QPointF> smoothed;
    QList<QPointF> accuracy;
    const auto add = [&](const BatchPoint& point) {
        if (std::isfinite(point.loss))
            loss.append({point.x, point.loss});
        smoothed.append({point.x, point.smoothedLoss});
        accuracy.append({point.x, 100.0 * point.smoothedAccuracy});
    };
    for (std::size_t i = 0; i < batches.size(); i += stride)
        add(batches[i]);
    if ((batches.size() - 1) % stride != 0)
        add(batches.back());
    m_batchLoss->replace(loss);
    m_smoothedLoss->replace(smoothed);
    m_smoothedAccuracy->replace(accuracy);
    if (batches.back().x > m_lossX->max())
        setLastEpoch(static_cast<int>(std::ceil(batches.back().x)));
    updateLossAxis(history);
    updateAccuracyAxis(history);
}

void TrainingCharts::showEpochs(const TrainingHistory& history)
{
    QList<QPointF> loss;
    QList<QPointF> accuracy;
    for (const EpochPoint& epoch : history.epochs()) {
        loss.append({epoch.x, epoch.testLoss});
        accuracy.append({epoch.x, 100.0 * epoch.testAccuracy});
        m_lowestAccuracy = std::min(m_lowestAccuracy, epoch.testAccuracy);
    }
    m_testLoss->replace(loss);
    m_testAccuracy->replace(accuracy);
    updateLossAxis(history);
    updateAccuracyAxis(history);
}

void TrainingCharts::updateLossAxis(const TrainingHistory& history)
{
    double top = history.maximumLoss();
    for (const EpochPoint& epoch : history.epochs()) {
        if (std::isfinite(epoch.testLoss))
            top = std::max(top, epoch.testLoss);
    }
    // A round step (1, 2, 2.5 or 5 times a power of ten) with at most eight intervals up to the
    // highest loss: 0, 0.5, … 2.5 at the start of a run, whatever the size of a loss that blows
    // up. Fixed ticks, so a huge range never asks the axis for millions of them.
    // Before any batch: the loss of a first guess among ten classes, ln 10 ≈ 2.3.
    const double reach = (top > 0.0 ? top : 2.3) * 1.02;
    double step = std::pow(10.0, std::floor(std::log10(reach / 8.0)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (std::ceil(reach / (factor * step)) <= 8.0) {
            step *= factor;
            break;
        }
    }
    const double bottom = history.minimumLoss();
    if (!m_scaleChosen && bottom > 0.0 && top / bottom > logarithmicSpan && !isLogarithmic()) {
        const QSignalBlocker blocker(m_logarithmic);
        m_logarithmic->setChecked(true);
        setLogarithmic(true);
    }
    if (isLogarithmic()) {
        // Whole powers of ten at both ends; a label every 10^k, k chosen so at most six labels
        // share the axis (a loss from 0.1 to 10⁹ is labelled 0.1, 10, 1000, …, not elided).
        const double low = bottom > 0.0 ? bottom : 0.1;
        const double first = std::floor(std::log10(low));
        const double last = std::max(first + 1.0, std::ceil(std::log10(reach)));
        const double decadesPerLabel = std::ceil((last - first) / 5.0);
        m_lossLogY->setBase(std::pow(10.0, decadesPerLabel));
        m_lossLogY->setMinorTickCount(0);
        m_lossLogY->setRange(std::pow(10.0, first), std::pow(10.0, first + decadesPerLabel * std::ceil((last - first) / decadesPerLabel)));
        return;
    }
    const int intervals = static_cast<int>(std::ceil(reach / step));
    m_lossY->setTickType(QValueAxis::TicksFixed);
    m_lossY->setTickCount(intervals + 1);
    m_lossY->setRange(0.0, intervals * step);
    m_lossY->setLabelFormat(QStringLiteral("%g"));
}

bool TrainingCharts::isLogarithmic() const
{
    return m_lossView->chart()->axes(Qt::Vertical).contains(m_lossLogY);
}

void TrainingCharts::setLogarithmic(bool logarithmic)
{
    if (logarithmic == isLogarithmic())
        return;
    QChart* chart = m_lossView->chart();
    QAbstractAxis* from = logarithmic ? static_cast<QAbstractAxis*>(m_lossY) : m_lossLogY;
    QAbstractAxis* to = logarithmic ? static_cast<QAbstractAxis*>(m_lossLogY) : m_lossY;
    // removeAxis hands the axis back without a parent; it is kept, owned here, for the way back.
    chart->removeAxis(from);
    from->setParent(this);
    chart->addAxis(to, Qt::AlignLeft);
    for (QLineSeries* series : {m_batchLoss, m_smoothedLoss, m_testLoss})
        series->attachAxis(to);
    to->setLabelsFont(font());
    QFont title = font();
    title.setBold(true);
    to->setTitleFont(title);
}

void TrainingCharts::updateAccuracyAxis(const TrainingHistory& history)
{
    const bool any = !history.batches().empty() || !history.epochs().empty();
    const double lowest = any ? 100.0 * std::clamp(m_lowestAccuracy, 0.0, 1.0) : 0.0;
    // Up to 100 %, from the lowest value reached rounded down: ticks 10 apart over a span of
    // at most 50, else 20 apart.
    double bottom = std::min(90.0, std::floor(lowest / 10.0) * 10.0);
    double interval = 10.0;
    if (100.0 - bottom > 50.0) {
        bottom = std::floor(lowest / 20.0) * 20.0;
        interval = 20.0;
    }
    m_accuracyY->setTickType(QValueAxis::TicksFixed);
    m_accuracyY->setTickCount(static_cast<int>((100.0 - bottom) / interval) + 1);
    m_accuracyY->setRange(bottom, 100.0);
}

int TrainingCharts::batchPointCount() const
{
    return static_cast<int>(m_smoothedLoss->count());
}

int TrainingCharts::epochPointCount() const
{
    return static_cast<int>(m_testLoss->count());
}

} // namespace convscope::ui
