#include "tests/catch.h"
#include "ui/io/matrix_file.h"
#include "ui/training/confusion_matrix_view.h"
#include "ui/training/loss_history_csv.h"
#include "ui/training/training_charts.h"
#include "ui/training/training_page.h"
#include "ui/widgets/export_actions.h"
#include "ui/widgets/probability_bars.h"
#include "ui/widgets/tensor_view.h"

#include <QApplication>
#include <QChartView>
#include <QFile>
#include <QImageReader>
#include <QMenu>
#include <QPushButton>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolTip>
#include <QXmlStreamReader>

namespace core = convscope::core;
namespace ui = convscope::ui;

namespace {

// The lecture's convolved feature.
core::Matrix lectureOutput()
{
    core::Matrix m(3, 3);
    m << 4, 3, 4, 2, 4, 3, 2, 3, 4;
    return m;
}

// Every <text> of an SVG, joined; fails the test when the file is not well-formed XML.
QString svgText(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    bool sawSvg = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QStringLiteral("svg"))
            sawSvg = true;
        if (xml.isStartElement() && xml.name() == QStringLiteral("text"))
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    CHECK(sawSvg);
    return texts.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("A grid exports as PNG at twice its size, as SVG with its numbers, and as CSV", "[export]")
{
    QTemporaryDir dir;
    ui::TensorView view;
    view.setMatrix(lectureOutput());
    view.setLegendVisible(false);
    view.resize(300, 300);
    view.show();
    REQUIRE(view.cellSize() >= ui::TensorView::numberThreshold); // numbers are written in the cells

    SECTION("PNG")
    {
        const QString path = dir.filePath(QStringLiteral("grid.png"));
        REQUIRE(ui::ExportActions::savePng(&view, path).isEmpty());
        QImageReader reader(path);
        CHECK(reader.format() == "png");
        const QImage image = reader.read();
        REQUIRE_FALSE(image.isNull());
        // Twice the grid's size, with the widget's empty border cut down to the margin.
        const QRectF grid = view.cellRect({0, 0}).united(view.cellRect({2, 2}));
        const int keep = 2 * ui::ExportActions::margin;
        CHECK(image.width() <= static_cast<int>(grid.width() * 2) + 2 * keep + 2);
        CHECK(image.width() >= static_cast<int>(grid.width() * 2));
        CHECK(image.height() <= 600);
        // The centre cell (value 4, the largest) is drawn in the map's top colour, not the background.
        // Below the number written in it; the cut is even, so the grid's centre is the picture's.
        const int below = static_cast<int>(view.cellRect({1, 1}).height() / 3);
        const QImage screen = view.grab().toImage();
        CHECK(image.pixel(image.width() / 2, image.height() / 2 + 2 * below)
              == screen.pixel(view.cellRect({1, 1}).center().toPoint() + QPoint(0, below)));
    }
    SECTION("a name ending in .svg gets an SVG drawing, one without a suffix a PNG, an unknown one a refusal")
    {
        const QString svg = dir.filePath(QStringLiteral("typed.svg"));
        REQUIRE(ui::ExportActions::saveImage(&view, svg).isEmpty());
        CHECK(svgText(svg).count(QLatin1Char('4')) == 4); // a well-formed drawing with its numbers
        REQUIRE(ui::ExportActions::saveImage(&view, dir.filePath(QStringLiteral("bare"))).isEmpty());
        CHECK(QImageReader(dir.filePath(QStringLiteral("bare.png"))).format() == "png");
        const QString error = ui::ExportActions::saveImage(&view, dir.filePath(QStringLiteral("grid.xyz")));
        CHECK(error.contains(QStringLiteral(".xyz")));
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("grid.xyz"))));
        // A save that worked says so beside what was saved.
        ui::ExportActions::reportSave(&view, svg, QString());
        CHECK(QToolTip::text() == ui::ExportActions::savedText(svg));
        CHECK(QToolTip::text().contains(QStringLiteral("typed.svg")));
    }
    SECTION("SVG")
    {
        const QString path = dir.filePath(QStringLiteral("grid.svg"));
        REQUIRE(ui::ExportActions::saveSvg(&view, path).isEmpty());
        const QString text = svgText(path);
        INFO(text.toStdString());
        // Nine cells: 4 3 4 / 2 4 3 / 2 3 4, each written as text.
        CHECK(text.count(QLatin1Char('4')) == 4);
        CHECK(text.count(QLatin1Char('3')) == 3);
        CHECK(text.count(QLatin1Char('2')) == 2);
    }
    SECTION("CSV equals the matrix")
    {
        const QString path = dir.filePath(QStringLiteral("grid.csv"));
        REQUIRE(ui::ExportActions::saveMatrixCsv(view.matrix(), path).isEmpty());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == "4,3,4\n2,4,3\n2,3,4\n");
        const convscope::io::MatrixParseResult read = convscope::io::readMatrixFile(path);
        REQUIRE(read.ok());
        CHECK(read.tensor.plane(0) == lectureOutput());
    }
    SECTION("an unwritable folder gives a message naming the file")
    {
        const QString path = dir.filePath(QStringLiteral("no/such/folder/grid.png"));
        for (const QString& error : {ui::ExportActions::savePng(&view, path), ui::ExportActions::saveSvg(&view, path),
                                     ui::ExportActions::saveMatrixCsv(view.matrix(), path)}) {
            CHECK(error.contains(QStringLiteral("grid.png")));
            CHECK(error.contains(QStringLiteral("cannot be written")));
        }
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("the context menu offers the four exports")
    {
        QMenu menu;
        ui::ExportActions::addImageActions(&menu, &view, QStringLiteral("grid"));
        ui::ExportActions::addMatrixAction(&menu, &view, [&view] { return view.matrix(); }, QStringLiteral("grid"));
        QStringList texts;
        for (const QAction* action : menu.actions())
            texts.append(action->text());
        CHECK(texts == QStringList{QStringLiteral("Save image as PNG…"), QStringLiteral("Save image as SVG…"),
                                   QStringLiteral("Copy image"), QStringLiteral("Save values as CSV…")});
    }
}

TEST_CASE("The loss chart exports as PNG and SVG with its title and axis", "[export]")
{
    QTemporaryDir dir;
    ui::TrainingHistory history;
    for (int b = 1; b <= 4; ++b)
        history.addBatch({1, b, 4, 2.3 - 0.4 * b, 0.2 * b, 100.0});
    history.addEpoch({1, 1.3, 0.5, 1.1, 0.6, 2.0, 0.5, 100.0});
    ui::TrainingCharts charts;
    charts.resize(800, 300);
    charts.show();
    charts.showHistory(history, 2);
    QWidget* loss = charts.lossView();
    const QString png = dir.filePath(QStringLiteral("loss.png"));
    REQUIRE(ui::ExportActions::savePng(loss, png).isEmpty());
    const QSize saved = QImage(png).size();
    CHECK(saved.width() <= loss->width() * 2);
    CHECK(saved.width() > loss->width()); // the chart fills its view: little is cut
    const QString svg = dir.filePath(QStringLiteral("loss.svg"));
    REQUIRE(ui::ExportActions::saveSvg(loss, svg).isEmpty());
    const QString text = svgText(svg);
    CHECK(text.contains(QStringLiteral("Loss")));
    CHECK(text.contains(QStringLiteral("epoch")));
}

TEST_CASE("The loss history CSV has a row per batch and, after them, one per epoch", "[export]")
{
    ui::TrainingHistory history;
    history.addBatch({1, 1, 2, 2.5, 0.25, 50.0});
    history.addBatch({1, 2, 2, 1.5, 0.5, 60.0});
    history.addEpoch({1, 2.0, 0.375, 1.25, 0.625, 1.0, 0.5, 55.0});
    history.addBatch({2, 1, 2, 1.0, 0.75, 70.0});
    CHECK(ui::formatLossHistoryCsv(history)
          == "epoch,batch,loss,accuracy,test_loss,test_accuracy,samples_per_second\n"
             "1,1,2.5,0.25,,,50\n"
             "1,2,1.5,0.5,,,60\n"
             "1,,2,0.375,1.25,0.625,55\n"
             "2,1,1,0.75,,,70\n");
}

namespace {

// Opens `widget`'s right-click menu and returns its entries (the menu is closed at once).
QStringList contextMenuTexts(QWidget* widget)
{
    QStringList texts;
    QTimer::singleShot(0, [&texts] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            for (const QAction* action : menu->actions())
                texts.append(action->text());
            menu->close();
        }
    });
    emit widget->customContextMenuRequested(QPoint(10, 10));
    return texts;
}

} // namespace

TEST_CASE("The Training page's charts, confusion matrix and bars have export menus", "[export]")
{
    ui::TrainingPage page(nullptr);
    page.resize(1200, 800);
    page.show();
    const QStringList image{QStringLiteral("Save image as PNG…"), QStringLiteral("Save image as SVG…"),
                            QStringLiteral("Copy image")};
    auto* charts = page.findChild<ui::TrainingCharts*>();
    REQUIRE(charts != nullptr);
    CHECK(contextMenuTexts(charts->lossView()) == image);
    CHECK(contextMenuTexts(charts->accuracyView()) == image);
    auto* confusion = page.findChild<ui::ConfusionMatrixView*>();
    REQUIRE(confusion != nullptr);
    CHECK(contextMenuTexts(confusion) == image + QStringList{QStringLiteral("Save values as CSV…")});
    CHECK(contextMenuTexts(page.findChild<ui::ProbabilityBars*>()) == image);
    CHECK(page.findChild<QPushButton*>(QStringLiteral("saveHistoryButton")) != nullptr);
}

TEST_CASE("An export keeps what is drawn and a small margin of the background around it", "[export]")
{
    const QRgb background = qRgb(240, 240, 240);
    QImage image(100, 80, QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    for (int y = 20; y < 40; ++y)
        for (int x = 30; x < 50; ++x)
            image.setPixel(x, y, qRgb(200, 0, 0));
    const QImage cut = ui::ExportActions::trimmed(image, background, 5);
    CHECK(cut.size() == QSize(30, 30));
    CHECK(cut.pixel(5, 5) == qRgb(200, 0, 0));
    CHECK(cut.pixel(4, 4) == background);
    // Content at the edge keeps the edge; a blank picture stays whole.
    CHECK(ui::ExportActions::trimmed(image.copy(30, 20, 70, 60), background, 5).size() == QSize(25, 25));
    QImage blank(10, 10, QImage::Format_ARGB32_Premultiplied);
    blank.fill(background);
    CHECK(ui::ExportActions::trimmed(blank, background, 5).size() == QSize(10, 10));
}
