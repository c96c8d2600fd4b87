// Layout answers that follow what is shown: the page stack is as large as its shown page alone and
// scrolls a page larger than the window, and
// the test image grid measures its cells again when its font changes.
#include "tests/catch.h"

#include "ui/training/test_image_grid.h"
#include "ui/widgets/page_stack.h"

#include <QCoreApplication>
#include <QScrollArea>
#include <QScrollBar>

using namespace convscope::ui;

TEST_CASE("a page stack takes the size of the page shown, and a page larger than the window scrolls", "[widgets]")
{
    PageStack stack;
    auto* small = new QWidget;
    small->setMinimumSize(120, 90);
    auto* large = new QWidget;
    large->setMinimumSize(2400, 1600);
    stack.insertPage(0, small);
    stack.insertPage(1, large);
    CHECK(stack.page(0) == small);
    CHECK(stack.page(1) == large);
    CHECK(stack.page(2) == nullptr);
    CHECK(stack.indexOfPage(large) == 1);

    stack.setCurrentIndex(0);
    CHECK(stack.currentPage() == small);
    CHECK(stack.sizeHint().width() < 2400);

    // The large page asks for its size but does not force it on the window: it scrolls.
    stack.setCurrentIndex(1);
    CHECK(stack.sizeHint().expandedTo(QSize(2400, 1600)) == stack.sizeHint());
    CHECK(stack.minimumSizeHint().height() < 400);
    // Sideways the page's minimum passes on, up to the room the window has; beyond it, it scrolls.
    CHECK(stack.minimumSizeHint().width() == 2400);
    stack.setMinimumWidthLimit(1000);
    CHECK(stack.minimumSizeHint().width() == 1000);
    stack.resize(1000, 700);
    stack.show();
    QCoreApplication::processEvents();
    CHECK(large->size() == QSize(2400, 1600));
    auto* scroll = qobject_cast<QScrollArea*>(stack.currentWidget());
    REQUIRE(scroll != nullptr);
    CHECK(scroll->horizontalScrollBar()->maximum() > 0);
    CHECK(scroll->verticalScrollBar()->maximum() > 0);

    // A page that fits fills the stack.
    stack.setCurrentIndex(0);
    QCoreApplication::processEvents();
    CHECK(small->size() == stack.size());

    stack.deletePage(0);
    CHECK(stack.count() == 1);
    CHECK(stack.page(0) == large);
}

TEST_CASE("the test image grid measures its cells again in a new font", "[widgets]")
{
    TestImageGrid grid;
    QList<TestImageItem> items;
    for (int i = 0; i < 24; ++i) {
        QImage image(28, 28, QImage::Format_Grayscale8);
        image.fill(i * 10);
        items.append({image, QStringLiteral("Ankle boot"), QStringLiteral("Sneaker"), true, i});
    }
    grid.setItems(items);
    const int height = grid.heightForWidth(700);
    const int width = grid.sizeHint().width();
    QFont larger = grid.font();
    larger.setPointSizeF(larger.pointSizeF() * 2.0);
    grid.setFont(larger);
    CHECK(grid.heightForWidth(700) > height);
    CHECK(grid.sizeHint().width() > width);
}
