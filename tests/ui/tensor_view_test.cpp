// The shared widgets: how numbers are written and read, the colour maps, and the tensor view's
// geometry, painting, hovering, clicking and editing on the offscreen platform.
#include "tests/catch.h"

#include "ui/shared/number_text.h"
#include "ui/widgets/colour_map.h"
#include "ui/widgets/tensor_view.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>
#include <limits>
#include <string>

using namespace convscope;
using ui::CellPos;
using ui::CellRole;
using ui::ColourMap;
using ui::ColourMapKind;
using ui::TensorView;

namespace {

std::string text(const QString& value)
{
    return value.toStdString();
}

core::Matrix matrixOf(std::initializer_list<std::initializer_list<float>> rows)
{
    const core::Tensor tensor = core::Tensor::fromRows(rows);
    return tensor.plane(0);
}

// A shown view with room for large cells.
void showView(TensorView& view, QSize size = QSize(400, 400))
{
    view.resize(size);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
}

QPoint centreOf(const TensorView& view, CellPos cell)
{
    return view.cellRect(cell).center().toPoint();
}

void sendWheel(TensorView& view, QPoint at, int delta, Qt::KeyboardModifiers modifiers)
{
    QWheelEvent event(QPointF(at), QPointF(view.mapToGlobal(at)), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &event);
}

} // namespace

TEST_CASE("Numbers are written compactly with a true minus sign", "[widgets][numbers]")
{
    CHECK(text(ui::formatNumber(4)) == "4");
    CHECK(text(ui::formatNumber(-1)) == "\u22121");
    CHECK(text(ui::formatNumber(-0.0)) == "0");
    CHECK(text(ui::formatNumber(0.47f)) == "0.47");
    CHECK(text(ui::formatNumber(1.0 / 9.0)) == "0.111");
    CHECK(text(ui::formatNumber(-2.5)) == "\u22122.5");
    CHECK(text(ui::formatNumber(12.345)) == "12.35");
    CHECK(text(ui::formatNumber(1234.56)) == "1234.6");
    CHECK(text(ui::formatNumber(0.0001)) == "0.0001");
    CHECK(text(ui::formatNumber(-3e8)) == "\u22123e+08");
    CHECK(text(ui::formatNumber(std::nan(""))) == "NaN");
}

TEST_CASE("Typed numbers are parsed or refused with a reason", "[widgets][numbers]")
{
    CHECK(ui::parseNumber(QStringLiteral("4")).value == 4.0f);
    CHECK(ui::parseNumber(QStringLiteral(" -1 ")).value == -1.0f);
    CHECK(ui::parseNumber(QStringLiteral("\u22122.5")).value == -2.5f);
    CHECK(ui::parseNumber(QStringLiteral(".5")).value == 0.5f);
    CHECK(ui::parseNumber(QStringLiteral("1/9")).value == 1.0f / 9.0f);
    CHECK(ui::parseNumber(QStringLiteral("1e-3")).value == 0.001f);
    for (const char* bad : {"", "-", "\u2212", "1e309", "nan", "inf", "-inf", "abc", "1/0", "3.5e38", "1,5", "4x"}) {
        INFO("typed: " << bad);
        const ui::ParsedNumber parsed = ui::parseNumber(QString::fromUtf8(bad));
        CHECK_FALSE(parsed.value.has_value());
        CHECK_FALSE(parsed.error.isEmpty());
    }
}

TEST_CASE("Colour maps run from their first to their last colour", "[widgets][colour]")
{
    const ColourMap grey(ColourMapKind::Grey);
    CHECK(grey.table().front() == qRgb(0, 0, 0));
    CHECK(grey.table().back() == qRgb(255, 255, 255));
    CHECK(qRed(grey.colourAt(0.5f)) == 128);

    // The diverging map is near-white at 0, blue below and orange above.
    const ColourMap diverging(ColourMapKind::BlueOrange);
    const QRgb centre = diverging.colourAt(0.5f);
    CHECK(qRed(centre) > 230);
    CHECK(qGreen(centre) > 230);
    CHECK(qBlue(diverging.colourAt(0.0f)) > qRed(diverging.colourAt(0.0f)));
    CHECK(qRed(diverging.colourAt(1.0f)) > qBlue(diverging.colourAt(1.0f)));

    // Viridis goes from dark purple to yellow, cividis from dark blue to yellow.
    CHECK(ColourMap(ColourMapKind::Viridis).table().front() == qRgb(0x44, 0x01, 0x54));
    CHECK(ColourMap(ColourMapKind::Viridis).table().back() == qRgb(0xfd, 0xe7, 0x25));
    CHECK(ColourMap(ColourMapKind::Cividis).table().back() == qRgb(0xff, 0xea, 0x46));

    for (ColourMapKind kind : ColourMap::all()) {
        ColourMapKind parsed = ColourMapKind::Grey;
        CHECK(ColourMap::fromId(ColourMap::id(kind), &parsed));
        CHECK(parsed == kind);
        CHECK_FALSE(ColourMap::displayName(kind).isEmpty());
    }
    ColourMapKind unused = ColourMapKind::Grey;
    CHECK_FALSE(ColourMap::fromId(QStringLiteral("rainbow"), &unused));
}

TEST_CASE("A plane becomes an image one pixel per value", "[widgets][colour]")
{
    const ColourMap grey(ColourMapKind::Grey);
    const core::Matrix plane = matrixOf({{0, 0.5f, 1}, {2, -1, std::numeric_limits<float>::quiet_NaN()}});
    const QImage image = ui::planeToImage(plane, grey, {0.0f, 1.0f});
    REQUIRE(image.size() == QSize(3, 2));
    CHECK(image.pixel(0, 0) == qRgb(0, 0, 0));
    CHECK(qRed(image.pixel(1, 0)) == 128);
    CHECK(image.pixel(2, 0) == qRgb(255, 255, 255));
    CHECK(image.pixel(0, 1) == qRgb(255, 255, 255)); // clamped above
    CHECK(image.pixel(1, 1) == qRgb(0, 0, 0));       // clamped below
    CHECK(image.pixel(2, 1) == qRgb(128, 128, 128)); // NaN

    // Channel 1 of a 2×1×2 tensor.
    core::Tensor tensor({2, 1, 2});
    tensor.at(1, 0, 1) = 1.0f;
    const QImage second = ui::planeToImage(tensor, 1, grey, {0.0f, 1.0f});
    REQUIRE(second.size() == QSize(2, 1));
    CHECK(second.pixel(1, 0) == qRgb(255, 255, 255));
    CHECK(ui::planeToImage(tensor, 2, grey, {0.0f, 1.0f}).isNull());
}

TEST_CASE("Automatic ranges: symmetric for diverging maps, never empty", "[widgets][colour]")
{
    const std::vector<float> values{-1.0f, 3.0f, 0.5f};
    CHECK(ui::automaticRange(values.data(), 3, ColourMap(ColourMapKind::BlueOrange)) == ui::ValueRange{-3.0f, 3.0f});
    CHECK(ui::automaticRange(values.data(), 3, ColourMap(ColourMapKind::Grey)) == ui::ValueRange{-1.0f, 3.0f});
    const std::vector<float> ones{1.0f, 1.0f};
    CHECK(ui::automaticRange(ones.data(), 2, ColourMap(ColourMapKind::Grey)) == ui::ValueRange{0.0f, 1.0f});
    CHECK(ui::automaticRange(nullptr, 0, ColourMap(ColourMapKind::Viridis)) == ui::ValueRange{0.0f, 1.0f});
}

TEST_CASE("An activation map's blue–orange range ends at the 99th percentile of |v|", "[widgets][colour]")
{
    // 200 values: |v| = 0.01, 0.02, …, 1.98 with alternating signs, then two strong pixels of 50.
    std::vector<float> values;
    for (int i = 1; i <= 198; ++i)
        values.push_back((i % 2 == 0 ? 1.0f : -1.0f) * 0.01f * static_cast<float>(i));
    values.push_back(50.0f);
    values.push_back(-50.0f);
    const ColourMap blueOrange(ColourMapKind::BlueOrange);
    // The 99th percentile of 200 sorted magnitudes is the 198th (index 197): 1.98.
    CHECK(ui::contrastRange(values.data(), 200, blueOrange) == ui::ValueRange{-values[197], values[197]});
    CHECK(std::abs(values[197] - 1.98f) < 1e-5f);
    CHECK(ui::automaticRange(values.data(), 200, blueOrange) == ui::ValueRange{-50.0f, 50.0f});
    // Too few values to speak of a percentile, and maps that are not diverging: the whole range.
    CHECK(ui::contrastRange(values.data() + 190, 10, blueOrange) == ui::ValueRange{-50.0f, 50.0f});
    CHECK(ui::contrastRange(values.data(), 200, ColourMap(ColourMapKind::Viridis)) == ui::ValueRange{-50.0f, 50.0f});
    // Almost every value 0: the percentile is 0, so ±max keeps the strong pixels visible.
    std::vector<float> sparse(200, 0.0f);
    sparse[7] = 2.0f;
    CHECK(ui::contrastRange(sparse.data(), 200, blueOrange) == ui::ValueRange{-2.0f, 2.0f});
}

TEST_CASE("Cells map to positions and back, padding ring included", "[widgets][view]")
{
    TensorView view;
    view.setMatrix(matrixOf({{1, 2, 3}, {4, 5, 6}}));
    view.setPaddingRing(1, 1);
    showView(view);
    REQUIRE(view.cellSize() >= TensorView::numberThreshold);
    for (int row = -1; row <= 2; ++row) {
        for (int col = -1; col <= 3; ++col) {
            const std::optional<CellPos> cell = view.cellAt(view.cellRect({row, col}).center());
            REQUIRE(cell.has_value());
            CHECK(*cell == CellPos{row, col});
        }
    }
    CHECK(view.valueAt({1, 2}) == 6.0f);
    CHECK(view.valueAt({-1, 0}) == 0.0f); // padding reads 0
    CHECK_FALSE(view.valueAt({3, 0}).has_value());
    CHECK_FALSE(view.cellAt(QPointF(1, 1)).has_value());
}

TEST_CASE("Painted cells carry the colour map's colours", "[widgets][view]")
{
    TensorView view;
    view.setColourMap(ColourMapKind::Grey);
    view.setValueRange({0.0f, 1.0f});
    view.setMatrix(matrixOf({{0, 1}, {1, 0}}));
    view.setFilledCount(3);
    showView(view);
    const QImage shot = view.grab().toImage();
    // Sample near a cell's corner, away from the number and the grid line.
    const auto sample = [&](CellPos cell) {
        const QRectF box = view.cellRect(cell);
        return shot.pixel(QPointF(box.left() + box.width() * 0.15, box.top() + box.height() * 0.85).toPoint());
    };
    CHECK(sample({0, 0}) == qRgb(0, 0, 0));
    CHECK(sample({0, 1}) == qRgb(255, 255, 255));
    CHECK(sample({1, 0}) == qRgb(255, 255, 255));
    CHECK(sample({1, 1}) == qRgb(0xFA, 0xFA, 0xFA)); // not filled in yet: empty
}

TEST_CASE("Hovering and clicking report cells", "[widgets][view]")
{
    TensorView view;
    view.setMatrix(matrixOf({{1, 2}, {3, 4}}));
    showView(view);
    QSignalSpy hovered(&view, &TensorView::cellHovered);
    QSignalSpy clicked(&view, &TensorView::cellClicked);
    QTest::mouseMove(&view, centreOf(view, {1, 0}));
    REQUIRE(hovered.count() >= 1);
    CHECK(hovered.last().at(0).toInt() == 1);
    CHECK(hovered.last().at(1).toInt() == 0);
    CHECK(view.accessibleDescription().contains(QStringLiteral("Row 2, column 1: 3")));
    QTest::mouseClick(&view, Qt::LeftButton, {}, centreOf(view, {0, 1}));
    REQUIRE(clicked.count() == 1);
    CHECK(clicked.first().at(0).toInt() == 0);
    CHECK(clicked.first().at(1).toInt() == 1);
}

TEST_CASE("The wheel zooms around the cursor and fit returns", "[widgets][view]")
{
    TensorView view;
    core::Matrix big = core::Matrix::Zero(40, 40);
    big(20, 20) = 1.0f;
    view.setMatrix(big);
    showView(view);
    const double fitted = view.cellSize();
    const QPoint at = centreOf(view, {20, 20});
    sendWheel(view, at, 120 * 4, Qt::NoModifier);
    CHECK(view.cellSize() > fitted * 1.5);
    // The cell under the cursor stays under it.
    CHECK(view.cellAt(QPointF(at)) == CellPos{20, 20});
    view.zoomToFit();
    CHECK(view.cellSize() == fitted);
}

TEST_CASE("Typed values are emitted, bad ones refused, and the data never changes by itself", "[widgets][view][edit]")
{
    TensorView view;
    view.setMatrix(matrixOf({{1, 2}, {3, 4}}));
    view.setEditable(true);
    view.setEditRange(-100.0f, 100.0f);
    showView(view);
    QSignalSpy edited(&view, &TensorView::valueEdited);
    QSignalSpy rejected(&view, &TensorView::editRejected);

    QTest::mouseClick(&view, Qt::LeftButton, {}, centreOf(view, {1, 1}));
    REQUIRE(view.selectedCell() == CellPos{1, 1});
    QTest::keyClicks(&view, QStringLiteral("7"));
    REQUIRE(view.isEditing());
    QTest::keyClicks(view.editor(), QStringLiteral(".5"));
    QTest::keyClick(view.editor(), Qt::Key_Return);
    REQUIRE(edited.count() == 1);
    CHECK(edited.first().at(0).toInt() == 1);
    CHECK(edited.first().at(1).toInt() == 1);
    CHECK(edited.first().at(2).toFloat() == 7.5f);
    CHECK(view.matrix()(1, 1) == 4.0f); // the page model decides, not the view
    // Enter ends the edit: the editor does not open again on the old value, so clicking
    // elsewhere writes nothing back.
    CHECK_FALSE(view.isEditing());
    QTest::mouseClick(&view, Qt::LeftButton, {}, centreOf(view, {0, 1}));
    CHECK(edited.count() == 1);

    for (const char* bad : {"", "-", "1e309", "nan", "abc", "500"}) {
        INFO("typed: " << bad);
        QTest::mouseDClick(&view, Qt::LeftButton, {}, centreOf(view, {0, 0}));
        REQUIRE(view.isEditing());
        view.editor()->clear();
        QTest::keyClicks(view.editor(), QString::fromUtf8(bad));
        const int before = static_cast<int>(rejected.count());
        QTest::keyClick(view.editor(), Qt::Key_Return);
        CHECK(rejected.count() == before + 1);
        CHECK(view.isEditing()); // stays open for a correction
        QTest::keyClick(view.editor(), Qt::Key_Escape);
        CHECK_FALSE(view.isEditing());
    }
    CHECK(edited.count() == 1);

    // Shift+wheel nudges by the edit step.
    view.setEditStep(0.5f);
    sendWheel(view, centreOf(view, {0, 1}), 120, Qt::ShiftModifier);
    REQUIRE(edited.count() == 2);
    CHECK(edited.last().at(2).toFloat() == 2.5f);
}

TEST_CASE("Escape in a cell's editor gives the keys back to the grid, not to the next widget", "[widgets][view][edit]")
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* before = new QListWidget; // as the lesson list stands beside the pages
    auto* view = new TensorView;
    layout->addWidget(before);
    layout->addWidget(view);
    view->setMatrix(matrixOf({{1, 2}, {3, 4}}));
    view->setEditable(true);
    window.resize(400, 600);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::mouseClick(view, Qt::LeftButton, {}, centreOf(*view, {0, 0}));
    QTest::keyClicks(view, QStringLiteral("5"));
    REQUIRE(view->isEditing());
    QTest::keyClick(view->editor(), Qt::Key_Escape);
    CHECK_FALSE(view->isEditing());
    CHECK(view->hasFocus());
    CHECK_FALSE(before->hasFocus());
}

TEST_CASE("Overlays are kept as set", "[widgets][view]")
{
    TensorView view;
    view.setMatrix(matrixOf({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}));
    view.setPaddingRing(1, 1);
    view.setWindow(QRect(-1, -1, 3, 3));
    view.setHighlightedCells(CellRole::Target, {{0, 0}});
    view.setAnnotations({{{0, 0}, QStringLiteral("×1")}});
    CHECK(view.window() == QRect(-1, -1, 3, 3));
    CHECK(view.highlightedCells(CellRole::Target) == QList<CellPos>{{0, 0}});
    CHECK(view.annotations().size() == 1);
    showView(view);
    CHECK_FALSE(view.grab().isNull());
    view.clearHighlights();
    CHECK(view.highlightedCells(CellRole::Target).isEmpty());
    CHECK(view.window().isEmpty());
}

TEST_CASE("A 1000×1000 matrix maps and paints quickly", "[widgets][view][speed]")
{
    core::Matrix big(1000, 1000);
    for (int r = 0; r < 1000; ++r)
        for (int c = 0; c < 1000; ++c)
            big(r, c) = std::sin(static_cast<float>(r) * 0.05f) * std::cos(static_cast<float>(c) * 0.03f);
    TensorView view;
    view.setColourMap(ColourMapKind::BlueOrange);
    showView(view, QSize(800, 800));
    QElapsedTimer timer;
    timer.start();
    view.setMatrix(big);
    const QPixmap first = view.grab();
    view.setCellSize(30.0); // zoomed in: numbers for the visible cells only
    const QPixmap second = view.grab();
    const qint64 elapsed = timer.elapsed();
    INFO("map + two paints: " << elapsed << " ms");
    CHECK_FALSE(first.isNull());
    CHECK_FALSE(second.isNull());
    // Generous bound (sanitizer builds are slow); a release build takes a few tens of ms.
    CHECK(elapsed < 3000);
}
