<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConvCommand</name>
    <message numerus="yes">
        <source>--bias has %1 values but there are %n filter(s); give one number, or one per filter</source>
        <translation>
            <numerusform>--bias has %1 values but there is %n filter; give one number, or one per filter</numerusform>
            <numerusform>--bias has %1 values but there are %n filters; give one number, or one per filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>%1: the network as ONNX, %n learned values</source>
        <translation>
            <numerusform>%1: the network as ONNX, %n learned value</numerusform>
            <numerusform>%1: the network as ONNX, %n learned values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message numerus="yes">
        <source>skipped %n file(s) that are no picture or are damaged:</source>
        <translation>
            <numerusform>skipped %n file that is no picture or is damaged:</numerusform>
            <numerusform>skipped %n files that are no picture or are damaged:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingText</name>
    <message numerus="yes">
        <source>%1, %n outputs</source>
        <translation>
            <numerusform>%1, %n output</numerusform>
            <numerusform>%1, %n outputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training stopped after %n complete epoch(s). Continue to train on from here, or reset.</source>
        <translation>
            <numerusform>Training stopped after %n complete epoch. Continue to train on from here, or reset.</numerusform>
            <numerusform>Training stopped after %n complete epochs. Continue to train on from here, or reset.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convscope::io::OutputSizeText</name>
    <message numerus="yes">
        <source>Width: W_in − F + 2P = %1 does not divide by the stride %2, so the result is rounded down to %3 and the last %n column(s) of the padded input are never covered by a window.</source>
        <translation>
            <numerusform>Width: W_in − F + 2P = %1 does not divide by the stride %2, so the result is rounded down to %3 and the last %n column of the padded input is never covered by a window.</numerusform>
            <numerusform>Width: W_in − F + 2P = %1 does not divide by the stride %2, so the result is rounded down to %3 and the last %n columns of the padded input are never covered by a window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Height: H_in − F + 2P = %1 does not divide by the stride %2, so the result is rounded down to %3 and the last %n row(s) of the padded input are never covered by a window.</source>
        <translation>
            <numerusform>Height: H_in − F + 2P = %1 does not divide by the stride %2, so the result is rounded down to %3 and the last %n row of the padded input is never covered by a window.</numerusform>
            <numerusform>Height: H_in − F + 2P = %1 does not divide by the stride %2, so the result is rounded down to %3 and the last %n rows of the padded input are never covered by a window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a multiple of the stride %2, so the division is rounded down: the last %n column(s) of the padded input are never covered by a window.</source>
        <translation>
            <numerusform>%1 is not a multiple of the stride %2, so the division is rounded down: the last %n column of the padded input is never covered by a window.</numerusform>
            <numerusform>%1 is not a multiple of the stride %2, so the division is rounded down: the last %n columns of the padded input are never covered by a window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a multiple of the stride %2, so the division is rounded down: the last %n row(s) of the padded input are never covered by a window.</source>
        <translation>
            <numerusform>%1 is not a multiple of the stride %2, so the division is rounded down: the last %n row of the padded input is never covered by a window.</numerusform>
            <numerusform>%1 is not a multiple of the stride %2, so the division is rounded down: the last %n rows of the padded input are never covered by a window.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convscope::ui::ConfusionMatrixView</name>
    <message numerus="yes">
        <source>%n test image(s) of class %1 classified as %2</source>
        <translation>
            <numerusform>%n test image of class %1 classified as %2</numerusform>
            <numerusform>%n test images of class %1 classified as %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convscope::ui::LayerDetailPanel</name>
    <message numerus="yes">
        <source>%1, %n value(s)</source>
        <translation>
            <numerusform>%1, %n value</numerusform>
            <numerusform>%1, %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more channel(s): the Convolution page shows every one.</source>
        <translation>
            <numerusform>… and %n more channel: the Convolution page shows every one.</numerusform>
            <numerusform>… and %n more channels: the Convolution page shows every one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convscope::ui::LearnedFiltersPanel</name>
    <message numerus="yes">
        <source>%1 of %n learned filter(s) look most like an edge detector (edge, Sobel or emboss).</source>
        <translation>
            <numerusform>%1 of %n learned filter looks most like an edge detector (edge, Sobel or emboss).</numerusform>
            <numerusform>%1 of %n learned filters look most like an edge detector (edge, Sobel or emboss).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convscope::ui::LiveControls</name>
    <message numerus="yes">
        <source>%n frames a second</source>
        <translation>
            <numerusform>%n frame a second</numerusform>
            <numerusform>%n frames a second</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convscope::ui::NetworkPage</name>
    <message numerus="yes">
        <source> after %n epoch(s)</source>
        <translation>
            <numerusform> after %n epoch</numerusform>
            <numerusform> after %n epochs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convscope::ui::NetworkText</name>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>%n output</numerusform>
            <numerusform>%n outputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>each channel: Σ of its %n products window × kernel</source>
        <translation>
            <numerusform>each channel: Σ of its %n product window × kernel</numerusform>
            <numerusform>each channel: Σ of its %n products window × kernel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n largest: %1</source>
        <translation>
            <numerusform>the %n largest: %1</numerusform>
            <numerusform>the %n largest: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the other %n product(s) add up to %1</source>
        <translation>
            <numerusform>the other %n product adds up to %1</numerusform>
            <numerusform>the other %n products add up to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convscope::ui::ProbabilityBars</name>
    <message numerus="yes">
        <source>… and %n less probable class(es)</source>
        <translation>
            <numerusform>… and %n less probable class</numerusform>
            <numerusform>… and %n less probable classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convscope::ui::RecordPanel</name>
    <message numerus="yes">
        <source>Hold the button down: %n frames a second go into the class&apos;s folder</source>
        <translation>
            <numerusform>Hold the button down: %n frame a second goes into the class&apos;s folder</numerusform>
            <numerusform>Hold the button down: %n frames a second go into the class&apos;s folder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pictures in “%1”</source>
        <translation>
            <numerusform>%n picture in “%1”</numerusform>
            <numerusform>%n pictures in “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convscope::ui::StepText</name>
    <message numerus="yes">
        <source>(%n products)</source>
        <translation>
            <numerusform>(%n product)</numerusform>
            <numerusform>(%n products)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convscope::ui::StepperPage</name>
    <message numerus="yes">
        <source>%n input cell(s) are never read by any window; they are crossed out on the image.</source>
        <translation>
            <numerusform>%n input cell is never read by any window; it is crossed out on the image.</numerusform>
            <numerusform>%n input cells are never read by any window; they are crossed out on the image.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n step(s) to go. Press → or Play to put the kernel on the top-left corner.</source>
        <translation>
            <numerusform>Ready: %n step to go. Press → or Play to put the kernel on the top-left corner.</numerusform>
            <numerusform>Ready: %n steps to go. Press → or Play to put the kernel on the top-left corner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 feeds %n output cell(s), highlighted in green.</source>
        <translation>
            <numerusform>%1 feeds %n output cell, highlighted in green.</numerusform>
            <numerusform>%1 feeds %n output cells, highlighted in green.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convscope::ui::TrainingModel</name>
    <message numerus="yes">
        <source>Loaded “%1”: trained for %n epoch(s).</source>
        <translation>
            <numerusform>Loaded “%1”: trained for %n epoch.</numerusform>
            <numerusform>Loaded “%1”: trained for %n epochs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped, not pictures or damaged: %1</source>
        <translation>
            <numerusform>%n file skipped, not a picture or damaged: %1</numerusform>
            <numerusform>%n files skipped, not pictures or damaged: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convscope::ui::TrainingPage</name>
    <message numerus="yes">
        <source>%n test image(s) of class %1 the network classified as %2.</source>
        <translation>
            <numerusform>%n test image of class %1 the network classified as %2.</numerusform>
            <numerusform>%n test images of class %1 the network classified as %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
