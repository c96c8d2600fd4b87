#include "ui/training/architecture_editor.h"

#include "ui/shared/text_symbols.h"
#include "ui/training/training_text.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>

namespace convscope::ui {

namespace {

enum ArchitectureColumn { LayerColumn, LayerShapeColumn, LayerParametersColumn, ArchitectureColumnCount };


constexpr std::array<core::LayerKind, 13> kinds{
    core::LayerKind::Conv,    core::LayerKind::Relu,      core::LayerKind::Tanh,          core::LayerKind::Sigmoid,
    core::LayerKind::LeakyRelu, core::LayerKind::MaxPool, core::LayerKind::AvgPool,       core::LayerKind::MinPool,
    core::LayerKind::GlobalAvgPool, core::LayerKind::BatchNorm, core::LayerKind::Flatten, core::LayerKind::Dense,
    core::LayerKind::Dropout};

// A sensible layer of each kind to start editing from.
core::LayerSpec defaultLayer(core::LayerKind kind)
{
    switch (kind) {
    case core::LayerKind::Conv:
        return core::LayerSpec::conv(8, 3, 1);
    case core::LayerKind::Relu:
        return core::LayerSpec::relu();
    case core::LayerKind::MaxPool:
        return core::LayerSpec::maxPool(2);
    case core::LayerKind::AvgPool:
        return core::LayerSpec::avgPool(2);
    case core::LayerKind::Flatten:
        return core::LayerSpec::flatten();
    case core::LayerKind::Dense:
        return core::LayerSpec::dense(64);
    case core::LayerKind::Dropout:
        return core::LayerSpec::dropout(0.25);
    case core::LayerKind::Tanh:
        return core::LayerSpec::tanh();
    case core::LayerKind::Sigmoid:
        return core::LayerSpec::sigmoid();
    case core::LayerKind::LeakyRelu:
        return core::LayerSpec::leakyRelu(0.01);
    case core::LayerKind::MinPool:
        return core::LayerSpec::minPool(2);
    case core::LayerKind::GlobalAvgPool:
        return core::LayerSpec::globalAvgPool();
    case core::LayerKind::BatchNorm:
        return core::LayerSpec::batchNorm();
    }
    return core::LayerSpec::relu();
}

QSpinBox* makeLayerSpin(int minimum, int maximum, const QString& tip)
{
    auto* spin = new QSpinBox;
    spin->setRange(minimum, maximum);
    spin->setToolTip(tip);
    spin->setAccessibleName(tip);
    return spin;
}

} // namespace

ArchitectureEditor::ArchitectureEditor(QWidget* parent)
    : QWidget(parent)
    , m_preset(new QComboBox)
    , m_table(new QTableWidget(0, ArchitectureColumnCount))
    , m_kind(new QComboBox)
    , m_unitsLabel(new QLabel(tr("K")))
    , m_units(makeLayerSpin(1, core::maxLayerUnits, tr("Number of filters K (convolution) or outputs (fully connected)")))
    , m_windowLabel(new QLabel(tr("F")))
    , m_window(makeLayerSpin(1, core::maxFilterSize, tr("Filter or window size F: the window is F×F")))
    , m_strideLabel(new QLabel(tr("S")))
    , m_stride(makeLayerSpin(1, core::maxFilterSize, tr("Stride S: how far the window moves each step")))
    , m_paddingLabel(new QLabel(tr("P")))
    , m_padding(makeLayerSpin(0, core::maxFilterSize, tr("Zero padding P on every side")))
    , m_rateLabel(new QLabel(tr("Rate")))
    , m_rate(new QDoubleSpinBox)
    , m_epsilonLabel(new QLabel(tr("ε")))
    , m_epsilon(new QDoubleSpinBox)
    , m_add(new QPushButton(tr("Add layer")))
    , m_remove(new QPushButton(tr("Remove")))
    , m_up(new QPushButton(tr("Up")))
    , m_down(new QPushButton(tr("Down")))
    , m_total(new QLabel)
    , m_problem(new QLabel)
    , m_locked(new QLabel)
{
    m_preset->addItem(tr("Classroom CNN"), QStringLiteral("classroom"));
    m_preset->addItem(tr("Tutorial CNN (larger, slower)"), QStringLiteral("tutorial"));
    m_preset->addItem(tr("Custom"), QString());
    m_preset->setToolTip(tr("Start from a network described in the lecture, then edit its layers"));
    m_preset->setAccessibleName(tr("Architecture preset"));
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        const QString id = m_preset->itemData(index).toString();
        if (!id.isEmpty())
            emit presetChosen(id);
    });
    auto* presetRow = new QHBoxLayout;
    presetRow->addWidget(new QLabel(tr("Start from:")));
    presetRow->addWidget(m_preset, 1);

    m_table->setHorizontalHeaderLabels({tr("Layer"), tr("Output"), tr("Parameters")});
    m_table->horizontalHeaderItem(LayerShapeColumn)->setToolTip(tr("The shape after the layer, [W, H, K] as in the lecture"));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(LayerColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(LayerShapeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LayerParametersColumn, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    // Room for the classroom CNN's eleven rows without a scroll bar.
    m_table->setMinimumHeight(12 * m_table->verticalHeader()->defaultSectionSize() + 4);
    m_table->setAccessibleName(tr("Layers of the network"));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        showSelectedLayer();
        updateButtons();
    });

    for (core::LayerKind kind : kinds)
        m_kind->addItem(layerKindName(kind), static_cast<int>(kind));
    m_kind->setToolTip(tr("Kind of the selected layer"));
    m_kind->setAccessibleName(tr("Layer kind"));
    m_rate->setRange(0.0, 0.95);
    m_rate->setSingleStep(0.05);
    m_rate->setDecimals(3);
    m_rate->setObjectName(QStringLiteral("layerRate"));
    m_padding->setObjectName(QStringLiteral("layerPadding"));
    m_epsilon->setObjectName(QStringLiteral("layerEpsilon"));
    m_epsilon->setRange(0.000001, 1.0);
    m_epsilon->setDecimals(6);
    m_epsilon->setSingleStep(0.00001);
    m_epsilon->setToolTip(tr("ε, added to the variance before its square root: (x − mean)/√(var + ε)·γ + β"));
    for (QLabel* label : {m_unitsLabel, m_windowLabel, m_strideLabel, m_paddingLabel, m_rateLabel, m_epsilonLabel})
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_unitsLabel->setBuddy(m_units);
    m_windowLabel->setBuddy(m_window);
    m_strideLabel->setBuddy(m_stride);
    m_paddingLabel->setBuddy(m_padding);
    m_rateLabel->setBuddy(m_rate);
    m_epsilonLabel->setBuddy(m_epsilon);

    auto* fields = new QGridLayout;
    fields->addWidget(m_kind, 0, 0, 1, 4);
    fields->addWidget(m_unitsLabel, 1, 0);
    fields->addWidget(m_units, 1, 1);
    fields->addWidget(m_windowLabel, 1, 2);
    fields->addWidget(m_window, 1, 3);
    fields->addWidget(m_strideLabel, 2, 0);
    fields->addWidget(m_stride, 2, 1);
    fields->addWidget(m_paddingLabel, 2, 2);
    fields->addWidget(m_padding, 2, 3);
    fields->addWidget(m_rateLabel, 3, 0);
    fields->addWidget(m_rate, 3, 1);
    fields->addWidget(m_epsilonLabel, 3, 2);
    fields->addWidget(m_epsilon, 3, 3);
    fields->setColumnStretch(1, 1);
    fields->setColumnStretch(3, 1);

    connect(m_kind, &QComboBox::activated, this, [this] {
        if (m_updating)
            return;
        const int index = selectedLayer();
        if (index >= 0)
            emit layerReplaced(index, defaultLayer(static_cast<core::LayerKind>(m_kind->currentData().toInt())));
    });
    for (QSpinBox* spin : {m_units, m_window, m_stride, m_padding})
        connect(spin, &QSpinBox::valueChanged, this, &ArchitectureEditor::emitEditedLayer);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &ArchitectureEditor::emitEditedLayer);
    connect(m_epsilon, &QDoubleSpinBox::valueChanged, this, &ArchitectureEditor::emitEditedLayer);

    auto* addMenu = new QMenu(m_add);
    for (core::LayerKind kind : kinds) {
        addMenu->addAction(layerKindName(kind), this, [this, kind] {
            const int index = selectedLayer();
            const int at = index < 0 ? static_cast<int>(m_spec.layers.size()) : index + 1;
            emit layerInserted(at, defaultLayer(kind));
            selectLayer(at);
        });
    }
    m_add->setMenu(addMenu);
    m_add->setToolTip(tr("Insert a layer after the selected one"));
    m_remove->setToolTip(tr("Remove the selected layer"));
    m_up->setToolTip(tr("Move the selected layer up"));
    m_down->setToolTip(tr("Move the selected layer down"));
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int index = selectedLayer();
        if (index >= 0)
            emit layerRemoved(index);
    });
    connect(m_up, &QPushButton::clicked, this, [this] {
        const int index = selectedLayer();
        if (index > 0) {
            emit layerMoved(index, index - 1);
            selectLayer(index - 1);
        }
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        const int index = selectedLayer();
        if (index >= 0 && index + 1 < static_cast<int>(m_spec.layers.size())) {
            emit layerMoved(index, index + 1);
            selectLayer(index + 1);
        }
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #D55E00;"));
    m_problem->setAccessibleName(tr("Problem with the architecture"));
    m_locked->setWordWrap(true);
    m_locked->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(presetRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(fields);
    layout->addLayout(buttons);
    layout->addWidget(m_total);
    layout->addWidget(m_problem);
    layout->addWidget(m_locked);
    updateButtons();
}

void ArchitectureEditor::setNetwork(const core::NetworkSpec& spec, const std::vector<core::LayerShape>& shapes,
                                    const QString& preset, long long parameters, const QString& problem, int faultyLayer)
{
    const int selected = selectedLayer();
    m_spec = spec;
    {
        QSignalBlocker blocker(m_preset);
        const int presetIndex = m_preset->findData(preset);
        m_preset->setCurrentIndex(presetIndex < 0 ? m_preset->findData(QString()) : presetIndex);
    }
    {
        QSignalBlocker blocker(m_table);
        const int rows = static_cast<int>(spec.layers.size()) + 1;
        m_table->setRowCount(rows);
        const auto setRow = [this](int row, const QString& layer, const QString& shape, const QString& parameterText,
                                   bool fault) {
            const std::array<QString, ArchitectureColumnCount> texts{layer, shape, parameterText};
            for (int column = 0; column < ArchitectureColumnCount; ++column) {
                auto* item = new QTableWidgetItem(texts[static_cast<std::size_t>(column)]);
                if (column != LayerColumn)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (fault)
                    item->setForeground(okabeIto::vermillion);
                m_table->setItem(row, column, item);
            }
        };
        setRow(0, tr("Input image"), shapeText(spec.input), QString(), false);
        m_table->item(0, LayerColumn)->setFlags(Qt::ItemIsEnabled);
        bool afterFault = false;
        for (std::size_t i = 0; i < spec.layers.size(); ++i) {
            const bool fault = static_cast<int>(i) == faultyLayer;
            const core::LayerShape* shape = i < shapes.size() ? &shapes[i] : nullptr;
            QString shapeCell;
            if (fault && shape && !shape->error.empty())
                shapeCell = tr("does not fit");
            else if (afterFault || !shape || shape->output.empty())
                shapeCell = QStringLiteral("–");
            else
                shapeCell = shapeText(shape->output);
            const QString parameterCell = shape && shape->parameters > 0 ? QLocale().toString(static_cast<qlonglong>(shape->parameters))
                                                                         : QString();
            const QString name = QStringLiteral("%1. %2").arg(i + 1).arg(layerDescription(spec.layers[i]));
            setRow(static_cast<int>(i) + 1, fault ? QStringLiteral("\u26A0 ") + name : name, shapeCell, parameterCell, fault);
            if (fault && shape && !shape->error.empty())
                m_table->item(static_cast<int>(i) + 1, LayerColumn)->setToolTip(problem);
            afterFault = afterFault || (fault && shape && !shape->error.empty());
        }
        if (selected >= 0 && selected < static_cast<int>(spec.layers.size()))
            m_table->selectRow(selected + 1);
        else if (faultyLayer >= 0 && faultyLayer < static_cast<int>(spec.layers.size()))
            m_table->selectRow(faultyLayer + 1);
    }
    m_total->setText(problem.isEmpty() ? tr("%1 learned parameters (weights and biases)").arg(QLocale().toString(parameters))
                                       : QString());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    showSelectedLayer();
    updateButtons();
}

void ArchitectureEditor::setEditable(bool editable, const QString& reason)
{
    m_editable = editable;
    m_locked->setText(reason);
    m_locked->setVisible(!editable && !reason.isEmpty());
    updateButtons();
}

int ArchitectureEditor::selectedLayer() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return -1;
    const int row = items.front()->row();
    return row >= 1 ? row - 1 : -1;
}

void ArchitectureEditor::selectLayer(int index)
{
    if (index >= 0 && index < m_table->rowCount() - 1)
        m_table->selectRow(index + 1);
}

void ArchitectureEditor::showSelectedLayer()
{
    const int index = selectedLayer();
    const bool any = index >= 0 && index < static_cast<int>(m_spec.layers.size());
    const core::LayerSpec layer = any ? m_spec.layers[static_cast<std::size_t>(index)] : core::LayerSpec::relu();
    m_updating = true;
    {
        QSignalBlocker b1(m_kind), b2(m_units), b3(m_window), b4(m_stride), b5(m_padding), b6(m_rate), b7(m_epsilon);
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(layer.kind)));
        m_units->setValue(layer.units);
        m_window->setValue(layer.window);
        m_stride->setValue(layer.stride);
        m_padding->setValue(layer.padding);
        m_rate->setValue(layer.rate);
        m_epsilon->setValue(layer.epsilon);
    }
    m_updating = false;
    const bool conv = layer.kind == core::LayerKind::Conv;
    const bool pool = layer.isPool();
    const bool dense = layer.kind == core::LayerKind::Dense;
    const bool dropout = layer.kind == core::LayerKind::Dropout;
    const bool leaky = layer.kind == core::LayerKind::LeakyRelu;
    const bool batchNorm = layer.kind == core::LayerKind::BatchNorm;
    m_rateLabel->setText(leaky ? tr("Slope") : tr("Rate"));
    m_rate->setToolTip(leaky ? tr("Slope A of the leaky ReLU: x when x > 0, else A·x")
                             : tr("Fraction of the values dropout sets to zero while training"));
    m_rate->setSingleStep(leaky ? 0.01 : 0.05);
    m_padding->setToolTip(pool ? tr("Padding P on every side, at most half the window: −∞ for max pooling, +∞ "
                                    "for min pooling, zeros counted in the mean for average pooling")
                               : tr("Zero padding P on every side"));
    m_unitsLabel->setText(dense ? tr("Outputs") : tr("K"));
    m_units->setToolTip(dense ? tr("Number of outputs of the fully connected layer") : tr("Number of filters K"));
    const std::array<std::pair<QWidget*, bool>, 12> visibility{{
        {m_unitsLabel, any && (conv || dense)},
        {m_units, any && (conv || dense)},
        {m_windowLabel, any && (conv || pool)},
        {m_window, any && (conv || pool)},
        {m_strideLabel, any && (conv || pool)},
        {m_stride, any && (conv || pool)},
        {m_paddingLabel, any && (conv || pool)},
        {m_padding, any && (conv || pool)},
        {m_rateLabel, any && (dropout || leaky)},
        {m_rate, any && (dropout || leaky)},
        {m_epsilonLabel, any && batchNorm},
        {m_epsilon, any && batchNorm},
    }};
    for (const auto& [widget, visible] : visibility)
        widget->setVisible(visible);
    m_kind->setVisible(any);
}

void ArchitectureEditor::emitEditedLayer()
{
    if (m_updating)
        return;
    const int index = selectedLayer();
    if (index < 0 || index >= static_cast<int>(m_spec.layers.size()))
        return;
    core::LayerSpec layer = m_spec.layers[static_cast<std::size_t>(index)];
    layer.units = m_units->value();
    layer.window = m_window->value();
    layer.stride = m_stride->value();
    layer.padding = m_padding->value();
    layer.rate = m_rate->value();
    if (layer.kind == core::LayerKind::BatchNorm)
        layer.epsilon = m_epsilon->value();
    if (layer != m_spec.layers[static_cast<std::size_t>(index)])
        emit layerReplaced(index, layer);
}

void ArchitectureEditor::updateButtons()
{
    const int index = selectedLayer();
    const int count = static_cast<int>(m_spec.layers.size());
    m_preset->setEnabled(m_editable);
    m_kind->setEnabled(m_editable);
    for (QWidget* field : std::initializer_list<QWidget*>{m_units, m_window, m_stride, m_padding, m_rate, m_epsilon})
        field->setEnabled(m_editable);
    m_add->setEnabled(m_editable && count < core::maxNetworkLayers);
    m_remove->setEnabled(m_editable && index >= 0);
    m_up->setEnabled(m_editable && index > 0);
    m_down->setEnabled(m_editable && index >= 0 && index + 1 < count);
}

} // namespace convscope::ui
