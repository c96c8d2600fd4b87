// Layout answers that follow what is shown: the page stack is as large as its shown page alone, and
// the test image grid measures its cells again when its font changes.
#include "tests/catch.h"

#include "ui/training/test_image_grid.h"
#include "ui/widgets/page_stack.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace convscope::ui;

TEST_CASE("a page stack takes the size of the page shown, not the largest page", "[widgets]")
{
    PageStack stack;
    auto* small = new QWidget;
    small->setMinimumSize(120, 90);
    auto* large = new QWidget;
    large->setMinimumSize(2400, 1600);
    auto* wrapped = new QWidget;
    auto* layout = new QVBoxLayout(wrapped);
    auto* text = new QLabel(QStringLiteral("A sentence long enough to wrap onto several lines when the page is narrow. ").repeated(6));
    text->setWordWrap(true);
    layout->addWidget(text);
    stack.addWidget(small);
    stack.addWidget(large);
    stack.addWidget(wrapped);

    stack.setCurrentWidget(small);
    CHECK(stack.minimumSizeHint() == QSize(120, 90));
    CHECK(stack.sizeHint().width() < 2400);
    CHECK_FALSE(stack.hasHeightForWidth());

    stack.setCurrentWidget(large);
    CHECK(stack.minimumSizeHint() == QSize(2400, 1600));
    CHECK(stack.sizeHint().expandedTo(QSize(2400, 1600)) == stack.sizeHint());

    // Wrapped text needs more height on a narrower page.
    stack.setCurrentWidget(wrapped);
    REQUIRE(stack.hasHeightForWidth());
    CHECK(stack.heightForWidth(200) > stack.heightForWidth(800));
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
