#include "ui/help/page_guide.h"

#include <QKeySequence>

namespace convscope::ui {

namespace {

QString keyName(int key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

// The stepping pages' player (StepPlayerBar::takeKeysOf).
QList<KeyHint> stepKeys()
{
    return {
        {keyName(Qt::Key_Space), PageGuide::tr("play or pause the steps")},
        {QStringLiteral("← →"), PageGuide::tr("one step back or forward")},
        {keyName(Qt::Key_Home) + QStringLiteral(" / ") + keyName(Qt::Key_End),
         PageGuide::tr("the first or the last step")},
    };
}

} // namespace

QList<KeyHint> PageGuide::gridKeys()
{
    return {
        {QStringLiteral("← → ↑ ↓"), tr("in a grid with a selected cell: move the selection")},
        {tr("a digit, %1 or %2").arg(keyName(Qt::Key_Return), keyName(Qt::Key_F2)),
         tr("edit the selected cell of an editable grid")},
        {keyName(Qt::Key_Escape), tr("leave the cell")},
        {QStringLiteral("+ − 0"), tr("zoom the grid in, out, or to fit")},
    };
}

PageGuide PageGuide::forPage(const QString& pageId)
{
    PageGuide guide;
    if (pageId == QLatin1String("convolution")) {
        guide.title = tr("Convolution");
        guide.summary = tr("A kernel slides over the image one step at a time. At each step the image cells under "
                           "the window are multiplied by the kernel's weights and summed: that sum is one cell of "
                           "the convolved feature.");
        guide.tryThis = {
            tr("Play the steps and follow the products and their sum for each cell."),
            tr("Click an image or kernel cell and type a number: every sum follows at once."),
            tr("Change the stride, the zero padding and the dilation, and watch which cells the window visits."),
            tr("Turn on the prediction quiz and work out each output value before it is shown."),
            tr("Open a picture of your own: it becomes a grid of numbers, one per pixel."),
        };
        guide.notice = {
            tr("With the lecture's example the first two steps give 4, then 3; the whole convolved feature is "
               "[[4,3,4],[2,4,3],[2,3,4]]."),
            tr("The output is smaller than the image unless zero padding makes room: W_out = (W_in − F + 2P)/S + 1."),
            tr("The kernel is not flipped: this is the sum every CNN framework computes."),
        };
        guide.keys = stepKeys();
    } else if (pageId == QLatin1String("activation-maps")) {
        guide.title = tr("Activation maps");
        guide.summary = tr("Kernels run over a whole picture at once. Each kernel gives one activation map, bright "
                           "where the picture looks like the kernel.");
        guide.tryThis = {
            tr("Open a picture of your own, drop one on the page or paste one; or use a sample."),
            tr("Compare the edge, sharpen and blur kernels side by side."),
            tr("Drag a weight of the custom kernel and watch its map follow."),
            tr("Point at a map to see how that one pixel is computed from the window under the kernel."),
            tr("Turn on ReLU after the kernel and see which pixels become 0."),
        };
        guide.notice = {
            tr("An edge kernel's weights add up to 0: flat areas give 0 and only changes light up."),
            tr("A blur kernel's weights add up to 1: the picture keeps its brightness and loses its detail."),
            tr("The kernels see the picture in grey, one value per pixel, unless RGB asks for each colour channel."),
        };
        guide.keys = {{QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText),
                       tr("paste a picture from the clipboard")}};
    } else if (pageId == QLatin1String("pooling")) {
        guide.title = tr("Pooling");
        guide.summary = tr("Pooling makes a map smaller by keeping one number per window: the largest (max), the "
                           "mean (average) or the smallest (min).");
        guide.tryThis = {
            tr("Step the window across the input and read each window's result."),
            tr("Switch between max, average and min pooling on the same input."),
            tr("Change the window size F and the stride S; click an output cell to see the window it comes from."),
            tr("Pool the activation map from the Activation maps page once, twice or three times."),
        };
        guide.notice = {
            tr("A 2×2 window with stride 2 keeps one value in four: each side halves."),
            tr("Max pooling keeps a feature found anywhere in its window, so a small shift of the picture changes "
               "little."),
        };
        guide.keys = stepKeys();
    } else if (pageId == QLatin1String("output-size")) {
        guide.title = tr("Output size");
        guide.summary = tr("W_out = (W_in − F + 2P)/S + 1 gives a layer's output width, and the same with H its "
                           "height; the number of filters K gives its depth.");
        guide.tryThis = {
            tr("Change W_in, F, S and P and read the formula with the numbers filled in."),
            tr("Load the MNIST example: 28×28×1 with F=4, S=2, P=1 and K=64 gives [14, 14, 64]."),
            tr("Add convolution and pooling layers to the stack and watch the blocks shrink."),
            tr("Predict the output shape before it is shown."),
        };
        guide.notice = {
            tr("When W_in − F + 2P is not a multiple of S the windows do not fit evenly: the layer does not fit."),
            tr("A convolution has K·(C·F·F + 1) parameters: the weights of every filter and one bias each."),
        };
    } else if (pageId == QLatin1String("training")) {
        guide.title = tr("Train a CNN");
        guide.summary = tr("A small CNN learns from pictures while its loss and accuracy are drawn as it goes.");
        guide.tryThis = {
            tr("Choose a dataset: the bundled digits, Fashion-MNIST, a folder of IDX files, or your own pictures "
               "in one folder per class."),
            tr("Choose an architecture or edit its layers; each layer's output size is checked as you go."),
            tr("Start training and watch the loss fall and the accuracy rise; pause or stop at any time."),
            tr("Draw a digit and see what the network says."),
            tr("Show the design as PyTorch code, or export the network as ONNX, for the lecture's second half."),
            tr("Click a cell of the confusion matrix to see its test images."),
        };
        guide.notice = {
            tr("The test accuracy counts pictures the network never trained on. When the training accuracy keeps "
               "rising and the test accuracy does not, the network is learning its training pictures by heart."),
            tr("A larger learning rate learns faster at first but can make the loss jump."),
        };
    } else if (pageId == QLatin1String("network")) {
        guide.title = tr("Inside the network");
        guide.summary = tr("Follow one picture through the trained network: each layer's maps, the flattening, "
                           "and the softmax's probabilities at the end.");
        guide.tryThis = {
            tr("Train a network on the Train a CNN page, or open a model built in PyTorch (ONNX)."),
            tr("Go through the test images and see where the network is right and where it is wrong."),
            tr("Click a map to see how one of its values is computed, then step through it on the Convolution or "
               "Pooling page."),
            tr("Compare the learned filters with the random ones they started as."),
        };
        guide.notice = {
            tr("Each layer's maps are smaller than the last one's, and there are more of them."),
            tr("The probabilities add up to 100 %: the largest is the network's answer."),
        };
        guide.keys = {
            {QStringLiteral("← →"), tr("the previous or the next test image")},
            {keyName(Qt::Key_R), tr("a random test image")},
        };
    }
    return guide;
}

} // namespace convscope::ui
