<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>ClassNames</name>
    <message>
        <source>T-shirt/top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliFiles</name>
    <message>
        <source>--channels applies to an image input; %1 is read as a matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an input is [H][W] or [C][H][W], not %2 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channels must be gray or rgb, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output writes PNG images: name it like map.png, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output %1 is a folder; name a file like map.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output %1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result %1 holds %2 values, too many to print (at most %3); write it as images with --output map.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result %1 would hold %2 values, more than the limit of %3; use a smaller input, a larger stride or fewer filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result overflowed: some values are beyond ଓ.4e38, the range of a 32-bit float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1: %2, values %3 (black) to %4 (white)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1: %2, every value %3 (mid grey)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>List the kernel presets, what each does and its weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolve a matrix or an image with a kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool a matrix or an image: the max, average or min of each window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work out the output size of a convolution layer, WxHxK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a CNN on IDX images (the bundled digits by default) and save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify an image with a trained model: the probability of each class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; the commands are %1 (see &apos;convscope-cli --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1; a command comes first, e.g. convscope-cli conv --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; the commands are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory for this input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convscope-cli: see how a convolutional neural network sees, from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: convscope-cli COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;convscope-cli COMMAND --help&apos; for a command&apos;s options and an example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 on success; 2 on bad input, with one line on stderr saying what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  convscope-cli shape --input 28x28x1 --kernel 4 --stride 2 --padding 1 --filters 64
  prints 14x14x64, the output size of the lecture&apos;s MNIST example</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>see &apos;convscope-cli %1 --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;: options start with --, e.g. --input (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1; did you mean --%2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 needs a value: --%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 %2 is required (see &apos;convscope-cli %3 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be at least %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be at most %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourMap</name>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue–orange (signed values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cividis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvCommand</name>
    <message>
        <source>the input: a CSV or JSON matrix file, or an image (PNG, JPEG, BMP, GIF, WebP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel: a CSV or JSON file, JSON written inline like [[1,0],[0,1]], or a preset name from &apos;convscope-cli presets&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added to every output value: a number, or one number per filter as a JSON array like [0.1,-0.2] (inline or in a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how far the window moves at each step (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rings of zeros around the input (default 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spacing between the kernel&apos;s cells (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how an image input is read: one gray channel (default) or three, R, G and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the activation map as a PNG image instead of printing it, lowest value black, highest white; with K &gt; 1 filters, one image per filter: map-0.png, map-1.png, …; stdout then names the files written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides the kernel over the input and writes, at each step, the sum of the products of the kernel&apos;s weights and the cells under it: the convolved feature, or activation map. As in the lecture and every CNN framework, the kernel is not flipped.

The input X is [H][W] (CSV, or JSON nested arrays) or [C][H][W] (JSON), or an image file read as gray values in [0, 1] (or R, G, B with --channels rgb). The kernel K may be:
  [F][F]        one kernel; on a C-channel input it is applied to each channel and the results
                are added: one output channel (so a preset works on an RGB image)
  [C][F][F]     one filter with a kernel for each input channel: one output channel
  [K][C][F][F]  K filters: K output channels
The result goes to stdout: CSV when it is one matrix, JSON [K][H][W] otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  convscope-cli conv --input image.csv --kernel kernel.csv
  with the lecture&apos;s 5൵ image and its kernel 1,0,1 / 0,1,0 / 1,0,1 prints the convolved feature
    4,3,4
    2,4,3
    2,3,4
  convscope-cli conv --input photo.jpg --kernel edge --padding 1 --output edges.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this convolution needs %1 billion multiplications, more than the limit of %2 billion; use a smaller image, a larger stride or fewer filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kernel &apos;%1&apos; is neither a file nor a preset; the presets are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: each filter has %2 channel(s) but the input %3 has %4; they must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>--bias has %1 values but there are %n filter(s); give one number, or one per filter</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>%1: %2×%3 pixels is larger than the limit of %4 megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an image that can be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the image cannot be decoded (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to convert the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no channel %2 to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not enough memory for a %2×%3 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1: the file is larger than the limit of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KernelPresetText</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves the image unchanged: the centre weight is 1, the rest 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds edges: 8 times the pixel minus its 8 neighbours, so flat areas become 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sobel X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds vertical edges: how brightness changes from left to right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sobel Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds horizontal edges: how brightness changes from top to bottom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the image sharper: 5 times the pixel minus its 4 nearest neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blurs the image: each pixel becomes the mean of its 3൳ window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian blur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blurs smoothly: the centre counts most, with weights 1 2 1 / 2 4 2 / 1 2 1 divided by 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emboss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the image look raised, as if lit from the top left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixFile</name>
    <message>
        <source>%1: &apos;%2&apos; is not a number (separate the cells with commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is too large (the largest 32-bit float is about 3.4e38)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is too close to zero to be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 numbers, the limit for one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text is larger than the limit of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a text file (it holds binary data; save it as UTF-8 text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 is empty (blank lines are allowed only at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: a list of numbers is a single row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cell is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 has %3 values but row 1 has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has %3 elements but %4 has %5 (all rows must be equally long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is %3 where an array was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is %3, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is too large (the largest 32-bit float is about 3.4e38)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: byte %2: a list of numbers is flat, like [0.1, -0.2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: byte %2: nested more than %3 levels deep (the deepest is a kernel bank [K][C][F][F])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the JSON stops at byte %2 before it is complete (is the file cut off?): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the top level is an object; write a matrix as an array of rows, e.g. [[1,2],[3,4]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the array is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is an empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a flat list is not a matrix; write one array per row, e.g. [[1,2],[3,4]]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberText</name>
    <message>
        <source>Type a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” divides by zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolCommand</name>
    <message>
        <source>the input: a CSV or JSON matrix file, or an image (PNG, JPEG, BMP, GIF, WebP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the largest value of each window, their average, or the smallest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window size: Fൿ cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how far the window moves at each step (default F: windows side by side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how an image input is read: one gray channel (default) or three, R, G and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the result as a PNG image instead of printing it, lowest value black, highest white; with several channels one image each: map-0.png, map-1.png, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling (subsampling) shrinks the input: each Fൿ window becomes one value, its maximum, average or minimum. Every channel is pooled on its own. Cells left over at the right or bottom edge, where a whole window no longer fits, are dropped, as PyTorch does.
The input and output are as for &apos;convscope-cli conv&apos;: CSV when the result is one matrix, JSON [C][H][W] otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  convscope-cli pool --input pool.csv --mode max --window 2
  with pool.csv holding 1,4,2,0 / 3,2,1,2 / 1,0,3,1 / 0,1,2,2 prints
    4,2
    1,3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode must be max, avg or min, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1×%1 window does not fit the input %2, which has %3 row(s) and %4 column(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictCommand</name>
    <message>
        <source>a model saved by &apos;convscope-cli train --save&apos; or the Training page, or &apos;bundled&apos; for the classroom network trained on digits that comes with ConvScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture to classify (PNG, JPEG, BMP, GIF, WebP); it is scaled to the network&apos;s input, e.g. 28휨</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treat the picture as a photo of a handwritten digit and prepare it as MNIST expects: invert a light background, crop to the ink, scale its longer side to 20 pixels and centre it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON object instead of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a picture through a trained network and prints the probability of each class (the softmax of the last layer), one class per line, then the most probable class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  convscope-cli predict --model bundled --input seven.png --digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled model is missing; looked in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this model reads %1 channels; only gray (1) and colour (3) pictures can be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--digit prepares gray digits, but this model reads colour pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no digit found: nothing stands out from the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted: %1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetsCommand</name>
    <message>
        <source>Lists the hand-made kernels that --kernel accepts by name, each with what it does to an image and its weights (rows separated by &apos;;&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  convscope-cli presets
  convscope-cli conv --input photo.png --kernel edge --output edges.png</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShapeCommand</name>
    <message>
        <source>the input size: width x height x channels, e.g. 28x28x1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filter size F (an Fൿ filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stride S: how far the filter moves each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zero padding P: rings of zeros around the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of filters K: the depth of the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spacing between filter cells (default 1); the filter then spans D*(F-1)+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the formula with the numbers substituted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the output size W_out x H_out x K of a convolution layer, from the lecture&apos;s formula
  W_out = (W_in - F + 2P)/S + 1     H_out = (H_in - F + 2P)/S + 1
When the division is not whole it is rounded down, as every CNN framework does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  convscope-cli shape --input 28x28x1 --kernel 4 --stride 2 --padding 1 --filters 64
  prints 14x14x64: the lecture&apos;s MNIST example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--input must be the input size WxHxC, e.g. 28x28x1, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--input %1: the width, height and channels must each be from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth = K, the number of filters = %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SizeText</name>
    <message numerus="yes">
        <source>%1 is not a multiple of the stride %2, so the division is rounded down: the last %n column(s) of the padded input are never covered by a window.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a multiple of the stride %2, so the division is rounded down: the last %n row(s) of the padded input are never covered by a window.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no window fits across the width: the filter spans %1 columns but the padded input is only %2 wide (W_in + 2P = %3 + 2*%4); use a smaller filter or more padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no window fits down the height: the filter spans %1 rows but the padded input is only %2 high (H_in + 2P = %3 + 2*%4); use a smaller filter or more padding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <source>the dataset: a folder holding train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte (each raw or .gz), or &apos;bundled&apos; for the 8,000 training and 2,000 test digits that come with ConvScope (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network: a preset, or a text file with one layer per line such as &apos;conv 8 3 pad 1&apos; (default classroom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passes over the training images (default 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images per step (default 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learning rate (default 0.001 with adam, 0.01 with sgd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam, or SGD with momentum 0.9 (default adam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many cores share each batch (default: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seed of the first weights and of the order of the images; the same seed and thread count give the same run (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the trained model to FILE, e.g. digits.csmodel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one JSON object per epoch and a final one, instead of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains a convolutional neural network on labelled images and tests it after every epoch on the test images. Progress goes to stderr while it runs. stdout gets one line per epoch (train loss, test loss, test accuracy, time) and a final line with samples_per_second, test_accuracy and train_loss.
If the loss becomes NaN or infinite the run stops with exit status 1 and advice to lower the learning rate; nothing is saved then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  convscope-cli train --data bundled --epochs 3 --save digits.csmodel
  convscope-cli train --data /usr/share/datasets/fashion-mnist --epochs 1 --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch must be at most 4096, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--epochs must be at most 10000, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads must be at most 256, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--optimizer must be adam or sgd, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lr must be a number above 0 and at most 1000000, e.g. 0.001, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--save %1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--save %1 is a folder; give a file name such as digits.csmodel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--arch must be classroom, tutorial or a network file; &apos;%1&apos; is none of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a network file (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled digits are missing; looked in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training %1 (%2 parameters) on %3: %4 training and %5 test images, %6 epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1/%2  batch %3/%4  loss %5  %6 samples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1: train loss %2, test loss %3, test accuracy %4, %5 s (%6 samples/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingText</name>
    <message>
        <source>Convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flattening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 K=%2, F=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, S=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, P=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 F=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n outputs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training finished after epoch %1: test accuracy %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Training stopped after %n complete epoch(s). Continue to train on from here, or reset.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Training stopped: the loss became NaN or infinite at epoch %1, batch %2. The learning rate %3 is probably too high; try a lower one, such as %4. The weights of the last good batch were kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::ActivationModel</name>
    <message>
        <source>%1: there is no picture in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2×%3 pixels is larger than the limit of %4 megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not enough memory to read this picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for the activation map. Choose a smaller resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU set %1% of the pixels to 0 (they went down to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU changed nothing: no value was below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn black: %1% below 0 (down to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn white: %1% above 1 (up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value lies in 0 to 1, like a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no activation map to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::ActivationPage</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own kernel: edit its weights on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pixel of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weight is 0: there is nothing to normalise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a PNG, JPEG, BMP, GIF or WebP picture. You can also drop a picture on this page or paste one with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the picture on the clipboard (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures made for this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car (hard edges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person (round edges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lecture&apos;s example: a car has straight edges and sharp corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lecture&apos;s example: a person has round edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longer side of the picture the kernels run over. Larger is sharper and slower; maps larger than about a megapixel are computed in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RGB, per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey: one channel (luminance). RGB: the kernel runs over the red, green and blue channels separately; pick the one shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU after the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max(0, x): negative values become 0, as after a convolution layer in a CNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey, like a photo (0 black, 1 white)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue–orange, centred on 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viridis, lowest to highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cividis, lowest to highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How values become colours. Like a photo, edges show light on dark; blue–orange shows negative and positive values apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save map as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected map, coloured as shown, one pixel per value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected map to the clipboard as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a picture (or a picture file) and paste again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pictures can be dropped here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the activation map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no activation map to copy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 pixels, convolved at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original, %1 channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(computing…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::ActivationWorker</name>
    <message>
        <source>Not enough memory for the activation map of a %1×%2 picture. Choose a smaller resolution.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::ArchitectureEditor</name>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of filters K (convolution) or outputs (fully connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter or window size F: the window is F×F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride S: how far the window moves each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero padding P on every side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom CNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutorial CNN (larger, slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a network described in the lecture, then edit its layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape after the layer, [W, H, K] as in the lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of the selected layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of the values dropout sets to zero while training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a layer after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected layer up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected layer down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 learned parameters (weights and biases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of outputs of the fully connected layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of filters K</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::ConfusionMatrixView</name>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network&apos;s answer →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true class →</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n test image(s) of class %1 classified as %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convscope::ui::DatasetLoader</name>
    <message>
        <source>The bundled digits were not found. Reinstall ConvScope or choose a folder of IDX files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to load the dataset in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset in “%1” cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::DigitCanvas</name>
    <message>
        <source>Drawing area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit with the left mouse button; the right button clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::KernelEditor</name>
    <message>
        <source>Normalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3×3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5×5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the custom kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom kernel weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a weight and type a value (fractions such as 1/9 work), or hold Shift and turn the wheel. The map follows every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to change the selected weight and watch the map follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the weights so they sum to 1 and the picture keeps its brightness. Weights that sum to 0, as in edge kernels, are scaled so the positive ones sum to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected preset&apos;s weights into the custom kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a weight to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight in row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::KernelGallery</name>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture the kernels run over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::LayerDetailPanel</name>
    <message>
        <source>Step through this sum on the Convolution page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through this pooling on the Pooling page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click any map above to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will see it large, beside the input channels and learned kernels that produced it, and how every value in it was computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, map %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map %1, %2×%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Input channels ∗ learned kernels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: map %1 of the previous layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input channel %1 and its kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned kernel for channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more channel(s): the Convolution page shows every one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The network&apos;s input: %1 values from 0 (black) to 1 (white), as in the training images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1 slides over every input channel; at each position the products of the window with the kernels are summed over all channels, and the bias is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU keeps positive values and turns negative ones into 0: the blue disappears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each window of the map before keeps only its largest value: the map shrinks, the strongest responses stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each window of the map before is replaced by its average: the map shrinks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flattening unrolls the maps into one vector, map after map and row after row; no value changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fully connected layer: every output is a weighted sum of all inputs plus a bias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout only acts while training; here every value passes unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a value in the map to see how it was computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a value in the strip above to see how it was computed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::LearnedFiltersPanel</name>
    <message>
        <source>Learning discovered edge detectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody wrote these kernels: training found them. Each filter of the first convolution layer is shown beside the hand-made kernel it resembles most (cosine similarity of the filter without its mean: 1 is the same pattern, −1 the same pattern with light and dark swapped, 0 nothing alike).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the weights as numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-made kernels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it on a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies this learned filter on the Activation maps page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learned filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preset has this size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>like −%1: %2 inverted (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>like %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network has no convolution layer, so it has no filters to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n learned filter(s) look most like an edge detector (edge, Sobel or emboss).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convscope::ui::MainWindow</name>
    <message>
        <source>ConvScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ConvScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ConvScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvScope %1
See how convolutional neural networks see: convolution step by step, activation maps, pooling and output sizes, as in the lecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a CNN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::ModelStore</name>
    <message>
        <source>The model shipped with ConvScope was not found; train one on the Training page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped with ConvScope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::NetworkFlowView</name>
    <message>
        <source>The network, layer by layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
value %2%3 = %4
Click to see how it is computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
map %2 of %3, %4×%5, values %6 … %7
Click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::NetworkModel</name>
    <message>
        <source>The model shipped with ConvScope could not be loaded (%1). Train one on the Training page, or open a model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST test images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled test digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Fashion-MNIST test images were not found in %1; draw or open a picture instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled test digits were not found; draw a digit or open a photo instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test images could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 are %2×%3 pictures, which this model does not take; draw or open a picture instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no picture to read a digit from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is drawn yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No digit stands out from the background in %1: use a photo with dark ink on light paper, or light ink on a dark background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, filter %2 of the trained network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, map %2 of the trained network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::NetworkPage</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the shipped model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classroom network trained on the bundled digits, shipped with ConvScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous test image (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous test image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test image number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next test image (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next test image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random test image (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo of a handwritten digit: it is turned grey, inverted, cropped, scaled and centred like MNIST, and every step is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which values get the strongest colour: the largest of each layer, of each map, or of the whole network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax: the probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the softmax formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the softmax formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the input was prepared for the network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input: draw, or see a photo prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 % test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> after %n epoch(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test image %1 of the %2, true label: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your drawing, prepared like MNIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo %1, prepared like MNIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ✗ (true: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward pass: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours per layer (its range under each column):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours per map (each from its own largest value):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One scale for the whole network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvScope models (*.csmodel);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a photo of a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::NetworkText</name>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores (logits) of the classes, before the softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conv %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filters %2×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, stride %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, pad %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%1, stride %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>drops %1 while training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max(0, x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maps → vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1: Σ of %2 products = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more channel(s) …</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>total = %1 + %2 (bias) = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the ReLU: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max(%1) = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min(%1) = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) / %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output %1 = Σ of %2 products weight × input + bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %n largest: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the other %n product(s) add up to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>+ bias %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max(0, %1) = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1 = map %2, row %3, column %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax turns the scores z (logits) into probabilities: p&lt;sub&gt;k&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p(%1) = e&lt;sup&gt;%2&lt;/sup&gt; / (%3) = %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::OutputSizePage</name>
    <message>
        <source>Convolution layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input width W_in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the input image or feature map, in cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input height H_in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the input image or feature map, in cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input channels C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth of the input: 1 for a grey image, 3 for RGB; each filter spans all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter size F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel is F×F cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cells the window moves at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero padding P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rings of zeros added around the input on every side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of filters K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each filter gives one activation map: the output depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilation D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps between kernel cells: the filter spans D·(F − 1) + 1 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST example: 28×28×1, F=4, S=2, P=1, K=64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lecture&apos;s example: a 28×28 grey MNIST digit through 64 filters of 4×4 with stride 2 and zero padding 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack of layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output [W, H, K]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter or window size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights and biases of a convolution: K·(C·F·F + 1). Pooling has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom CNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append a 3×3 convolution with 16 filters and padding 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append a 2×2 pooling with stride 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature extractor of the classroom CNN: conv 8 3×3 pad 1, pool 2, conv 16 3×3 pad 1, pool 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K = &lt;b&gt;%1&lt;/b&gt; (one activation map per filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output shape &lt;b&gt;%1&lt;/b&gt;: %2 activation maps of %3×%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output: the settings do not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters K·(C·F·F + 1) = %1·(%2·%3·%3 + 1) = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter or window size F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier layer does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conv %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::OutputSizeText</name>
    <message>
        <source>Width: W_in − F + 2P = %1 divides by the stride %2 exactly, so every input column is covered by a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height: H_in − F + 2P = %1 divides by the stride %2 exactly, so every input row is covered by a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Width: W_in − F + 2P = %1 does not divide by the stride %2, so the result is rounded down to %3 and the last %n column(s) of the padded input are never covered by a window.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Height: H_in − F + 2P = %1 does not divide by the stride %2, so the result is rounded down to %3 and the last %n row(s) of the padded input are never covered by a window.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Width: no window fits. The filter spans %1 cells but the padded input is only %2 cells wide (W_in + 2P). Use a smaller filter or more padding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height: no window fits. The filter spans %1 cells but the padded input is only %2 cells high (H_in + 2P). Use a smaller filter or more padding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input width must be at least 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input height must be at least 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter size F must be at least 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stride S must be at least 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zero padding P cannot be negative, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dilation D must be at least 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::PoolingModel</name>
    <message>
        <source>A %1×%2 map is too small for another %3×%3 window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min pooling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::PoolingPage</name>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is F×F cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cells the window moves at each step; usually the window size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling marked on the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose choice is marked on the input at each step; all three outputs fill in together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 4×4 input with a 2×2 window and stride 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell keeps its value: %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to see the window it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window of the map pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size; the stride equals it, so each pooling divides the width and height by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool the activation map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool again (2×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool again (3×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation map before pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation map after pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crossed-out cells are dropped: pooling has no zero padding, so they never reach the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press play or the right arrow key to move the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: the window at rows %2, columns %3 gives output row %4, column %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max: max(%1) = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average: (%1) / %2 = %3 / %2 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min: min(%1) = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activation map yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a kernel on the Activation maps page; its map is pooled here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 map: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 times fewer values)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::PreprocessingView</name>
    <message>
        <source>Test images are already prepared like MNIST: 28×28, light ink on black, centred. Draw a digit or open a photo to see how ConvScope prepares it the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Inverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Not inverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the paper is light (%1), MNIST digits are light on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the background is already dark (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Paper to 0, ink to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below %1 → 0, above %2 → 1 (threshold %3); the ink&apos;s box outlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Cropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2 at row %3, column %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Scaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer side 20 pixels: %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Centred 28×28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centre of mass moved to row %1, column %2 (the middle is 14.5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::ProbabilityBars</name>
    <message>
        <source>Probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::ShapeBlockView</name>
    <message>
        <source>no output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::StepPlayerBar</name>
    <message>
        <source>Go to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move through every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::StepText</name>
    <message numerus="yes">
        <source>(%n products)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + %2 (bias) = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 + %2 (bias) = %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::StepperPage</name>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cell keeps its value: %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel weight keeps its value: %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolved Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image, %1 channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel for the %1 channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n input cell(s) are never read by any window; they are crossed out on the image.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No window fits, so there is no output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window fits: change the sizes, the padding or the dilation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n step(s) to go. Press → or Play to put the kernel on the top-left corner.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2: output row %3, column %4 = the sum of the products under the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zero-padding cell at row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input cell row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is never read by any window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 feeds %n output cell(s), highlighted in green.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convscope::ui::StepperSettingsPanel</name>
    <message>
        <source>Image rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cells the window moves at each step (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rings of zeros added around the image (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spacing between the kernel&apos;s taps: 1 is an ordinary kernel (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the sum of the products, once per output cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RGB (3 channels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red, green and blue input channels, one kernel each, and a bias: what a real convolution layer computes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a small picture from a file, scaled down to the grid size beside this button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture grid size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells along the longer side of an opened picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the lecture&apos;s 5×5 image and 3×3 kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::TensorView</name>
    <message>
        <source>Matrix view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero padding (row %1, column %2): 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: not computed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 matrix, values from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values must lie between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::TestImageGrid</name>
    <message>
        <source>true: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test image %1
true class: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
the network says: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::TrainingCharts</name>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::TrainingHistoryPanel</name>
    <message>
        <source>Go to the Training page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch 88 of 88 (before training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-layer filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of a training appears here after you train a network on the Training page: the filters and one input&apos;s maps after every epoch, with a slider to watch them change. The model shipped with ConvScope was trained from the command line, so it has no history here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the slider to see the filters and the maps of one test image change epoch by epoch: epoch 0 is the random start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch 0 (before training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::TrainingModel</name>
    <message>
        <source>Bundled digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network did not fit the images of %1, so it was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 training and %3 test images of %4×%5, %6 classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network reads %1 images but the dataset&apos;s are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last layer gives %1 scores but the dataset has %2 classes: give it %2 outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 (%2) does not fit: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network cannot be trained: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Resume to go on from the same batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network classifies %1 of the test images of %2 correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a network (or load a model) to see what it makes of your drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network reads %1 images; a drawing is a 28×28 grey digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no trained network to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded “%1”: trained for %n epoch(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The model reads %1 images with %2 classes; it cannot be tested on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::TrainingPage</name>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handwritten digits from MNIST shipped with ConvScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of IDX files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST, Fashion-MNIST or EMNIST in the standard IDX format, gzipped or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How big a step the optimiser takes against the gradient. Too small: slow learning; too large: the loss jumps around or becomes NaN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per batch: the gradient is averaged over them before each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the whole training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD: the share of the previous step kept in the next one (0: plain gradient descent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chooses the first weights and the order of the images: the same seed trains the same network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor cores that share each batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the network on the training images; it is tested on the test images after each epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current batch; the weights learned so far are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the trained network, so the architecture can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drawing as the network sees it: cropped, scaled into a 20×20 box and centred by its centre of mass in 28×28 pixels, like every MNIST digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network sees (28×28)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this model on the Inside the network page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained on the Training page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Inside the network page now shows this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 training and %3 test images of %4×%5 pixels, %6 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is trained with this architecture. Reset to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate must be a number above 0 and at most 100, such as 0.001, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trained yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · batch %3 of %4 · %5 images/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers of the network after epoch %1: %2 of the test images right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: the true class; columns: the network&apos;s answer. The diagonal holds the right answers; a cell&apos;s colour is its share of the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s answers appear here after the first epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mistakes among the test images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confusion matrix appears after the first epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network says: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit with the mouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of IDX files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvScope models (*.csmodel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the model to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvScope models (*.csmodel);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::TrainingWorker</name>
    <message>
        <source>Not enough memory for this network and dataset. Choose a smaller network or batch size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model reads %1 values per image but the dataset&apos;s images have %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convscope::ui::WindowSumPanel</name>
    <message>
        <source>Input window under the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at the map to see how one pixel is computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map pixel at row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells outside the picture count as 0 (zero padding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU: max(0, %1) = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown language “%1”: use en or ko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how convolutional neural networks see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the page to a PNG file without showing a window, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page to open: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en or ko (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must look like 1280x800, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must lie between 320x240 and 7680x4320.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page “%1”; the pages are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the screenshot to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
