<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>ClassNames</name>
    <message>
        <source>T-shirt/top</source>
        <translation>티셔츠/상의</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>바지</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>풀오버</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>드레스</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>코트</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>샌들</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>셔츠</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>운동화</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>가방</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>앵클부츠</translation>
    </message>
</context>
<context>
    <name>CliFiles</name>
    <message>
        <source>--channels applies to an image input; %1 is read as a matrix</source>
        <translation>--channels는 이미지 입력에만 쓸 수 있습니다. %1은(는) 행렬로 읽습니다</translation>
    </message>
    <message>
        <source>%1: an input is [H][W] or [C][H][W], not %2 levels deep</source>
        <translation>%1: 입력은 [H][W] 또는 [C][H][W]여야 하는데 %2단계로 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>--channels must be gray or rgb, not &apos;%1&apos;</source>
        <translation>--channels는 gray 또는 rgb여야 합니다(&apos;%1&apos;은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>the result %1 holds %2 values, too many to print (at most %3); write it as images with --output map.png</source>
        <translation>결과 %1에는 값이 %2개 있어 출력하기에 너무 많습니다(최대 %3개). --output map.png로 이미지로 쓰세요</translation>
    </message>
    <message>
        <source>the result %1 would hold %2 values, more than the limit of %3; use a smaller input, a larger stride or fewer filters</source>
        <translation>결과 %1은(는) 값이 %2개가 되어 한도 %3개를 넘습니다. 더 작은 입력, 더 큰 스트라이드 또는 더 적은 필터를 쓰세요</translation>
    </message>
    <message>
        <source>wrote %1: %2, values %3 (black) to %4 (white)</source>
        <translation>%1을(를) 썼습니다: %2, 값 %3(검정)부터 %4(흰색)까지</translation>
    </message>
    <message>
        <source>wrote %1: %2, every value %3 (mid grey)</source>
        <translation>%1을(를) 썼습니다: %2, 모든 값이 %3(중간 회색)</translation>
    </message>
    <message>
        <source>the result overflowed: some values are beyond ±3.4e38, the range of a 32-bit float</source>
        <translation>결과가 넘쳤습니다: 일부 값이 32비트 실수의 범위인 ±3.4e38을 넘습니다</translation>
    </message>
    <message>
        <source>--output writes PNG images: name it like map.png, or - for standard output, not &apos;%1&apos;</source>
        <translation>--output은 PNG 이미지를 씁니다. map.png처럼 이름을 짓거나 표준 출력이면 -를 주세요(&apos;%1&apos;은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>--output - writes one PNG to standard output, but the result %1 has %2 channels; name a file like map.png to write one image per channel</source>
        <translation>--output -는 표준 출력에 PNG 하나만 쓰는데, 결과 %1의 채널은 %2개입니다. 채널마다 이미지를 하나씩 쓰려면 map.png 같은 파일 이름을 주세요</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>List the kernel presets, what each does and its weights</source>
        <translation>커널 프리셋 목록: 각각이 하는 일과 가중치</translation>
    </message>
    <message>
        <source>Convolve a matrix or an image with a kernel</source>
        <translation>행렬이나 이미지를 커널로 컨볼루션합니다</translation>
    </message>
    <message>
        <source>Pool a matrix or an image: the max, average or min of each window</source>
        <translation>행렬이나 이미지를 풀링합니다: 각 윈도우의 최대값, 평균값 또는 최소값</translation>
    </message>
    <message>
        <source>Work out the output size of a convolution layer, WxHxK</source>
        <translation>컨볼루션층의 출력 크기 WxHxK를 계산합니다</translation>
    </message>
    <message>
        <source>Train a CNN on IDX images (the bundled digits by default) and save it</source>
        <translation>IDX 이미지(기본값은 함께 제공되는 숫자)로 CNN을 학습하고 저장합니다</translation>
    </message>
    <message>
        <source>Classify an image with a trained model: the probability of each class</source>
        <translation>학습된 모델로 이미지를 분류합니다: 각 클래스의 확률</translation>
    </message>
    <message>
        <source>no command given; the commands are %1 (see &apos;convscope-cli --help&apos;)</source>
        <translation>명령이 없습니다. 명령은 %1입니다(&apos;convscope-cli --help&apos; 참고)</translation>
    </message>
    <message>
        <source>unknown option %1; a command comes first, e.g. convscope-cli conv --help</source>
        <translation>알 수 없는 옵션 %1. 명령이 먼저 와야 합니다. 예: convscope-cli conv --help</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; the commands are %2</source>
        <translation>알 수 없는 명령 &apos;%1&apos;. 명령은 %2입니다</translation>
    </message>
    <message>
        <source>not enough memory for this input</source>
        <translation>이 입력을 처리할 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>convscope-cli: see how a convolutional neural network sees, from the command line.</source>
        <translation>convscope-cli: 합성곱 신경망이 이미지를 어떻게 보는지 명령줄에서 살펴봅니다.</translation>
    </message>
    <message>
        <source>Usage: convscope-cli COMMAND [options]</source>
        <translation>사용법: convscope-cli 명령 [옵션]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Run &apos;convscope-cli COMMAND --help&apos; for a command&apos;s options and an example.</source>
        <translation>명령의 옵션과 예시는 &apos;convscope-cli 명령 --help&apos;로 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Exit status: 0 on success; 2 on bad input, with one line on stderr saying what is wrong.</source>
        <translation>종료 상태: 성공하면 0, 입력이 잘못되면 2이며 무엇이 잘못되었는지 stderr에 한 줄로 알려 줍니다.</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>예시:</translation>
    </message>
    <message>
        <source>  convscope-cli shape --input 28x28x1 --kernel 4 --stride 2 --padding 1 --filters 64
  prints 14x14x64, the output size of the lecture&apos;s MNIST example</source>
        <translation>  convscope-cli shape --input 28x28x1 --kernel 4 --stride 2 --padding 1 --filters 64
  강의의 MNIST 예시의 출력 크기인 14x14x64를 출력합니다</translation>
    </message>
    <message>
        <source>Messages and help come in the system&apos;s language; --lang ko or --lang en anywhere on the line chooses.</source>
        <translation>메시지와 도움말은 시스템 언어로 나옵니다. 줄 어디에든 --lang ko 또는 --lang en을 쓰면 언어를 고를 수 있습니다.</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; use en or ko</source>
        <translation>알 수 없는 언어 &apos;%1&apos;. en 또는 ko를 쓰세요</translation>
    </message>
    <message>
        <source>Write a printable convolution worksheet and its answers as a PDF</source>
        <translation>인쇄용 컨볼루션 학습지와 정답을 PDF로 씁니다</translation>
    </message>
    <message>
        <source>standard output cannot be written: %1</source>
        <translation>표준 출력에 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Where a command reads or writes a file, - stands for standard input or standard output.</source>
        <translation>명령이 파일을 읽거나 쓰는 자리에서 -는 표준 입력이나 표준 출력을 뜻합니다.</translation>
    </message>
    <message>
        <source>Write a model as ONNX or as PyTorch code</source>
        <translation>모델을 ONNX나 PyTorch 코드로 쓰기</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>see &apos;convscope-cli %1 --help&apos;</source>
        <translation>&apos;convscope-cli %1 --help&apos;를 참고하세요</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;: options start with --, e.g. --input (%2)</source>
        <translation>예상하지 못한 인수 &apos;%1&apos;: 옵션은 --로 시작합니다. 예: --input (%2)</translation>
    </message>
    <message>
        <source>unknown option --%1; did you mean --%2?</source>
        <translation>알 수 없는 옵션 --%1. --%2을(를) 뜻하셨나요?</translation>
    </message>
    <message>
        <source>unknown option --%1 (%2)</source>
        <translation>알 수 없는 옵션 --%1 (%2)</translation>
    </message>
    <message>
        <source>option --%1 is given twice</source>
        <translation>옵션 --%1이(가) 두 번 주어졌습니다</translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation>옵션 --%1은(는) 값을 받지 않습니다</translation>
    </message>
    <message>
        <source>option --%1 needs a value: --%1 %2</source>
        <translation>옵션 --%1에는 값이 필요합니다: --%1 %2</translation>
    </message>
    <message>
        <source>option --%1 %2 is required (see &apos;convscope-cli %3 --help&apos;)</source>
        <translation>옵션 --%1 %2은(는) 꼭 주어야 합니다(&apos;convscope-cli %3 --help&apos; 참고)</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &apos;%2&apos;</source>
        <translation>--%1은(는) 정수여야 합니다(&apos;%2&apos;은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>--%1 must be at least %2, not %3</source>
        <translation>--%1은(는) %2 이상이어야 합니다(%3은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>--%1 must be at most %2, not %3</source>
        <translation>--%1은(는) %2 이하여야 합니다(%3은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>사용법: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>이 도움말을 보여 줍니다</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>예시:</translation>
    </message>
    <message>
        <source>--%1 - and --%2 - both read standard input, which can be read only once; give one of them as a file</source>
        <translation>--%1 -와 --%2 -가 둘 다 표준 입력을 읽는데, 표준 입력은 한 번만 읽을 수 있습니다. 둘 중 하나는 파일로 주세요</translation>
    </message>
</context>
<context>
    <name>ColourMap</name>
    <message>
        <source>Grey</source>
        <translation>회색</translation>
    </message>
    <message>
        <source>Blue–orange (signed values)</source>
        <translation>파랑–주황(부호 있는 값)</translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <source>Cividis</source>
        <translation>Cividis</translation>
    </message>
</context>
<context>
    <name>ConvCommand</name>
    <message>
        <source>how far the window moves at each step (default 1)</source>
        <translation>윈도우가 한 단계에 움직이는 거리(기본값 1)</translation>
    </message>
    <message>
        <source>rings of zeros around the input (default 0)</source>
        <translation>입력 둘레에 채우는 0의 겹 수(기본값 0)</translation>
    </message>
    <message>
        <source>spacing between the kernel&apos;s cells (default 1)</source>
        <translation>커널 칸 사이의 간격(기본값 1)</translation>
    </message>
    <message>
        <source>how an image input is read: one gray channel (default) or three, R, G and B</source>
        <translation>이미지 입력을 읽는 방법: 회색 채널 하나(기본값) 또는 R, G, B 세 채널</translation>
    </message>
    <message>
        <source>this convolution needs %1 billion multiplications, more than the limit of %2 billion; use a smaller image, a larger stride or fewer filters</source>
        <translation>이 컨볼루션에는 곱셈이 %1 × 10⁹번 필요해 한도인 %2 × 10⁹번을 넘습니다. 더 작은 이미지, 더 큰 스트라이드 또는 더 적은 필터를 쓰세요</translation>
    </message>
    <message>
        <source>--kernel &apos;%1&apos; is neither a file nor a preset; the presets are %2</source>
        <translation>--kernel &apos;%1&apos;은(는) 파일도 프리셋도 아닙니다. 프리셋은 %2입니다</translation>
    </message>
    <message>
        <source>%1: each filter has %2 channel(s) but the input %3 has %4; they must match</source>
        <translation>%1: 각 필터의 채널은 %2개인데 입력 %3의 채널은 %4개입니다. 둘이 같아야 합니다</translation>
    </message>
    <message numerus="yes">
        <source>--bias has %1 values but there are %n filter(s); give one number, or one per filter</source>
        <translation>
            <numerusform>--bias의 값은 %1개인데 필터는 %n개입니다. 숫자 하나를 주거나 필터마다 하나씩 주세요</numerusform>
        </translation>
    </message>
    <message>
        <source>the input: a CSV or JSON matrix file, or an image (PNG, JPEG, BMP, GIF, WebP); - reads it from standard input</source>
        <translation>입력: CSV 또는 JSON 행렬 파일, 또는 이미지(PNG, JPEG, BMP, GIF, WebP). -이면 표준 입력에서 읽습니다</translation>
    </message>
    <message>
        <source>the kernel: a CSV or JSON file (- reads it from standard input), JSON written inline like [[1,0],[0,1]], or a preset name from &apos;convscope-cli presets&apos;</source>
        <translation>커널: CSV 또는 JSON 파일(-이면 표준 입력에서 읽습니다), [[1,0],[0,1]]처럼 바로 적은 JSON, 또는 &apos;convscope-cli presets&apos;의 프리셋 이름</translation>
    </message>
    <message>
        <source>added to every output value: a number, or one number per filter as a JSON array like [0.1,-0.2] (inline, in a file, or - for standard input)</source>
        <translation>모든 출력 값에 더하는 값: 숫자 하나, 또는 [0.1,-0.2]처럼 필터마다 숫자 하나씩인 JSON 배열(바로 적거나, 파일로, 또는 -이면 표준 입력으로)</translation>
    </message>
    <message>
        <source>Slides the kernel over the input and writes, at each step, the sum of the products of the kernel&apos;s weights and the cells under it: the convolved feature, or activation map. As in the lecture and every CNN framework, the kernel is not flipped.

The input X is [H][W] (CSV, or JSON nested arrays) or [C][H][W] (JSON), or an image file read as gray values in [0, 1] (or R, G, B with --channels rgb). The kernel K may be:
  [F][F]        one kernel; on a C-channel input it is applied to each channel and the results
                are added: one output channel (so a preset works on an RGB image)
  [C][F][F]     one filter with a kernel for each input channel: one output channel
  [K][C][F][F]  K filters: K output channels
The result goes to stdout: CSV when it is one matrix, JSON [K][H][W] otherwise.
A file name may be -: standard input for one of --input, --kernel and --bias, standard output for --output. What is read is recognised from its bytes, as for a file.</source>
        <translation>커널을 입력 위로 밀면서 각 단계마다 커널의 가중치와 그 아래 칸들을 곱해 모두 더한 값을 씁니다: 컨볼루션 결과, 즉 활성화 맵입니다. 강의와 모든 CNN 프레임워크처럼 커널을 뒤집지 않습니다.

입력 X는 [H][W](CSV 또는 JSON 중첩 배열)나 [C][H][W](JSON), 또는 [0, 1]의 회색 값으로 읽는 이미지 파일입니다(--channels rgb이면 R, G, B). 커널 K는 다음 중 하나입니다:
  [F][F]        커널 하나. C채널 입력에서는 채널마다 적용한 결과를 더해
                출력 채널 하나가 됩니다(그래서 프리셋을 RGB 이미지에도 쓸 수 있습니다)
  [C][F][F]     입력 채널마다 커널이 있는 필터 하나: 출력 채널 하나
  [K][C][F][F]  필터 K개: 출력 채널 K개
결과는 stdout으로 나갑니다. 행렬 하나이면 CSV, 아니면 JSON [K][H][W]입니다.
파일 이름 자리에 -를 쓸 수 있습니다: --input, --kernel, --bias 중 하나에서는 표준 입력, --output에서는 표준 출력입니다. 읽은 내용은 파일과 똑같이 그 바이트로 형식을 알아봅니다.</translation>
    </message>
    <message>
        <source>  convscope-cli conv --input image.csv --kernel kernel.csv
  with the lecture&apos;s 5×5 image and its kernel 1,0,1 / 0,1,0 / 1,0,1 prints the convolved feature
    4,3,4
    2,4,3
    2,3,4
  convscope-cli conv --input photo.jpg --kernel edge --padding 1 --output edges.png
  convscope-cli conv --input - --kernel edge --output - &lt; photo.jpg &gt; edges.png</source>
        <translation>  convscope-cli conv --input image.csv --kernel kernel.csv
  강의의 5×5 이미지와 커널 1,0,1 / 0,1,0 / 1,0,1로 컨볼루션 결과를 출력합니다
    4,3,4
    2,4,3
    2,3,4
  convscope-cli conv --input photo.jpg --kernel edge --padding 1 --output edges.png
  convscope-cli conv --input - --kernel edge --output - &lt; photo.jpg &gt; edges.png</translation>
    </message>
    <message>
        <source>write the activation map as a PNG image instead of printing it, lowest value black, highest white; with K &gt; 1 filters, one image per filter: map-0.png, map-1.png, …; stdout then names the files written; with -, the PNG of a single map goes to standard output</source>
        <translation>활성화 맵을 출력하는 대신 PNG 이미지로 씁니다. 가장 작은 값은 검정, 가장 큰 값은 흰색입니다. 필터가 K &gt; 1개이면 필터마다 이미지 하나씩: map-0.png, map-1.png, …; 이때 stdout에는 쓴 파일의 이름이 나옵니다. -이면 맵 하나의 PNG가 표준 출력으로 나갑니다</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>a model saved by &apos;convscope-cli train --save&apos; or the Training page, an ONNX file (.onnx), &apos;bundled&apos; for the classroom network that comes with ConvScope, or - to read it from standard input</source>
        <translation>&apos;convscope-cli train --save&apos;나 학습 페이지에서 저장한 모델, ONNX 파일(.onnx), ConvScope와 함께 오는 수업용 신경망은 &apos;bundled&apos;, 표준 입력에서 읽으려면 -</translation>
    </message>
    <message>
        <source>onnx: the network with its weights as an ONNX model (opset 13) ending in the softmax, the class names and the normalisation in its metadata; pytorch: a Python script with an nn.Module of the same layers and a training loop with the same optimiser, learning rate, batch size and epochs; by default from the output&apos;s name (.onnx or .py)</source>
        <translation>onnx: 가중치를 포함한 신경망을 소프트맥스로 끝나는 ONNX 모델(opset 13)로 쓰고, 클래스 이름과 정규화는 메타데이터에 넣습니다. pytorch: 같은 층으로 된 nn.Module과 같은 최적화 방법, 학습률, 배치 크기, 에포크로 학습하는 반복문을 담은 Python 스크립트입니다. 주지 않으면 출력 파일 이름(.onnx 또는 .py)으로 정합니다</translation>
    </message>
    <message>
        <source>the file to write, replacing an existing one (-o for short); - writes to standard output</source>
        <translation>쓸 파일(있는 파일은 바꿉니다. 줄여서 -o). -이면 표준 출력에 씁니다</translation>
    </message>
    <message>
        <source>Writes a ConvScope network for other programs: as ONNX, which PyTorch, ONNX Runtime and ConvScope itself read, or as PyTorch code to train in a notebook.</source>
        <translation>ConvScope 신경망을 다른 프로그램을 위해 씁니다: PyTorch, ONNX Runtime, ConvScope가 읽는 ONNX로, 또는 노트북에서 학습할 PyTorch 코드로.</translation>
    </message>
    <message>
        <source>give --format onnx or --format pytorch, or an output named .onnx or .py</source>
        <translation>--format onnx나 --format pytorch를 주거나, 출력 파일 이름을 .onnx나 .py로 끝내세요</translation>
    </message>
    <message>
        <source>--format must be onnx or pytorch, not &apos;%1&apos;</source>
        <translation>--format은 onnx나 pytorch여야 합니다. &apos;%1&apos;은(는) 아닙니다</translation>
    </message>
    <message numerus="yes">
        <source>%1: the network as ONNX, %n learned values</source>
        <translation>
            <numerusform>%1: 신경망을 ONNX로 썼습니다. 학습된 값 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the network as PyTorch code</source>
        <translation>%1: 신경망을 PyTorch 코드로 썼습니다</translation>
    </message>
    <message>
        <source>the same as --format onnx --output FILE; may be given with --pytorch to write both</source>
        <translation>--format onnx --output FILE과 같습니다. --pytorch와 함께 주면 둘 다 씁니다</translation>
    </message>
    <message>
        <source>the same as --format pytorch --output FILE</source>
        <translation>--format pytorch --output FILE과 같습니다</translation>
    </message>
    <message>
        <source>  convscope-cli export --model bundled --output classroom.onnx
  convscope-cli export --model bundled --onnx classroom.onnx --pytorch classroom.py
  convscope-cli export --model digits.csmodel --format pytorch -o digits.py
  python3 digits.py --data DIR --epochs 1
  python3 digits.py --weights classroom.onnx --data DIR --epochs 0</source>
        <translation>  convscope-cli export --model bundled --output classroom.onnx
  convscope-cli export --model bundled --onnx classroom.onnx --pytorch classroom.py
  convscope-cli export --model digits.csmodel --format pytorch -o digits.py
  python3 digits.py --data DIR --epochs 1
  python3 digits.py --weights classroom.onnx --data DIR --epochs 0</translation>
    </message>
    <message>
        <source>give the file with --output, or with --onnx and --pytorch, not both ways</source>
        <translation>쓸 파일은 --output으로 주거나 --onnx와 --pytorch로 주세요. 두 방법을 함께 쓸 수는 없습니다</translation>
    </message>
    <message>
        <source>give the file to write: --output FILE, --onnx FILE or --pytorch FILE</source>
        <translation>쓸 파일을 주세요: --output FILE, --onnx FILE 또는 --pytorch FILE</translation>
    </message>
    <message>
        <source>--onnx - and --pytorch - would both write to standard output; give one of them a file</source>
        <translation>--onnx -와 --pytorch -가 둘 다 표준 출력에 쓰게 됩니다. 둘 중 하나에는 파일을 주세요</translation>
    </message>
</context>
<context>
    <name>FileArgument</name>
    <message>
        <source>standard input</source>
        <translation>표준 입력</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>표준 출력</translation>
    </message>
    <message>
        <source>standard input is larger than the limit of %1 MB</source>
        <translation>표준 입력이 한도인 %1MB보다 큽니다</translation>
    </message>
    <message>
        <source>standard input cannot be read: %1</source>
        <translation>표준 입력을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>standard input is empty; &apos;-&apos; reads what is sent to it, e.g. &lt; FILE or from a pipe</source>
        <translation>표준 입력이 비어 있습니다. &apos;-&apos;는 보내온 내용을 읽습니다. 예: &lt; FILE 또는 파이프로</translation>
    </message>
    <message>
        <source>--%1 - writes binary data to standard output, which is a terminal here; send it to a file or a program, e.g. &gt; %2</source>
        <translation>--%1 -는 표준 출력에 바이너리 데이터를 쓰는데, 지금 표준 출력은 터미널입니다. 파일이나 프로그램으로 보내세요. 예: &gt; %2</translation>
    </message>
    <message>
        <source>--%1 %2 is a folder; name a file like %3</source>
        <translation>--%1 %2은(는) 폴더입니다. %3 같은 파일 이름을 주세요</translation>
    </message>
    <message>
        <source>--%1 %2: the folder %3 does not exist</source>
        <translation>--%1 %2: 폴더 %3이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>ImageFolderReader</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 읽을 수 없습니다(%2)</translation>
    </message>
    <message>
        <source>%1: the class folder holds no pictures</source>
        <translation>%1: 클래스 폴더에 이미지가 없습니다</translation>
    </message>
    <message>
        <source>%1: no class folders; a picture dataset holds one folder of pictures per class, e.g. %1/cats/1.png and %1/dogs/1.png</source>
        <translation>%1: 클래스 폴더가 없습니다. 이미지 데이터셋은 클래스마다 이미지 폴더를 하나씩 둡니다(예: %1/cats/1.png와 %1/dogs/1.png)</translation>
    </message>
    <message>
        <source>%1: %2 pictures of %3×%3×%4 would take more than the limit of %5 MiB</source>
        <translation>%1: %3×%3×%4 이미지 %2장은 한도인 %5 MiB보다 큽니다</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: 폴더가 없습니다</translation>
    </message>
    <message>
        <source>%1: only one class folder (%2); telling pictures apart needs at least two classes</source>
        <translation>%1: 클래스 폴더가 하나뿐입니다(%2). 이미지를 구별하려면 클래스가 두 개 이상 필요합니다</translation>
    </message>
    <message>
        <source>%1: %2 class folders; at most 256 classes can be told apart</source>
        <translation>%1: 클래스 폴더가 %2개입니다. 구별할 수 있는 클래스는 최대 256개입니다</translation>
    </message>
    <message>
        <source>%1: the test set&apos;s class %2 is not among the training set&apos;s classes</source>
        <translation>%1: 테스트 세트의 클래스 %2이(가) 학습 세트의 클래스에 없습니다</translation>
    </message>
    <message>
        <source>%1: none of the class folder&apos;s files is a picture that can be read</source>
        <translation>%1: 클래스 폴더의 파일 중 읽을 수 있는 이미지가 없습니다</translation>
    </message>
    <message>
        <source>%1: the test folder holds no picture that can be read</source>
        <translation>%1: 테스트 폴더에 읽을 수 있는 이미지가 없습니다</translation>
    </message>
    <message>
        <source>%1: too few pictures to keep any for testing; each class needs at least two</source>
        <translation>%1: 이미지가 너무 적어 테스트용으로 남길 수 없습니다. 클래스마다 두 장 이상 필요합니다</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>%1: %2×%3 pixels is larger than the limit of %4 megapixels</source>
        <translation>%1: %2×%3 픽셀은 한도인 %4메가픽셀보다 큽니다</translation>
    </message>
    <message>
        <source>%1: not an image that can be read (%2)</source>
        <translation>%1: 읽을 수 있는 이미지가 아닙니다(%2)</translation>
    </message>
    <message>
        <source>%1: the image cannot be decoded (%2)</source>
        <translation>%1: 이미지를 해독할 수 없습니다(%2)</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>이미지가 비어 있습니다</translation>
    </message>
    <message>
        <source>not enough memory to convert the image</source>
        <translation>이미지를 변환할 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>there is no channel %1 to save</source>
        <translation>저장할 채널 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>not enough memory for a %1×%2 image</source>
        <translation>%1×%2 이미지를 만들 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>the PNG cannot be encoded: %1</source>
        <translation>PNG로 인코딩할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1: the file is larger than the limit of %2 MB</source>
        <translation>%1: 파일이 한도인 %2MB보다 큽니다</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>파일 이름이 없습니다</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 그런 파일이 없습니다</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>KernelPresetText</name>
    <message>
        <source>Identity</source>
        <translation>항등</translation>
    </message>
    <message>
        <source>Leaves the image unchanged: the centre weight is 1, the rest 0.</source>
        <translation>이미지를 그대로 둡니다: 가운데 가중치는 1, 나머지는 0입니다.</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>모서리</translation>
    </message>
    <message>
        <source>Finds edges: 8 times the pixel minus its 8 neighbours, so flat areas become 0.</source>
        <translation>모서리를 찾습니다: 픽셀의 8배에서 이웃 8개를 빼므로 평평한 곳은 0이 됩니다.</translation>
    </message>
    <message>
        <source>Sobel X</source>
        <translation>Sobel X</translation>
    </message>
    <message>
        <source>Finds vertical edges: how brightness changes from left to right.</source>
        <translation>세로 모서리를 찾습니다: 왼쪽에서 오른쪽으로 밝기가 어떻게 바뀌는지.</translation>
    </message>
    <message>
        <source>Sobel Y</source>
        <translation>Sobel Y</translation>
    </message>
    <message>
        <source>Finds horizontal edges: how brightness changes from top to bottom.</source>
        <translation>가로 모서리를 찾습니다: 위에서 아래로 밝기가 어떻게 바뀌는지.</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>선명하게</translation>
    </message>
    <message>
        <source>Makes the image sharper: 5 times the pixel minus its 4 nearest neighbours.</source>
        <translation>이미지를 더 선명하게 만듭니다: 픽셀의 5배에서 가장 가까운 이웃 4개를 뺍니다.</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>흐리게</translation>
    </message>
    <message>
        <source>Gaussian blur</source>
        <translation>가우시안 흐리게</translation>
    </message>
    <message>
        <source>Blurs smoothly: the centre counts most, with weights 1 2 1 / 2 4 2 / 1 2 1 divided by 16.</source>
        <translation>부드럽게 흐리게 만듭니다: 가운데를 가장 크게 치며, 가중치는 1 2 1 / 2 4 2 / 1 2 1을 16으로 나눈 값입니다.</translation>
    </message>
    <message>
        <source>Emboss</source>
        <translation>엠보싱</translation>
    </message>
    <message>
        <source>Makes the image look raised, as if lit from the top left.</source>
        <translation>왼쪽 위에서 빛을 비춘 것처럼 이미지가 도드라져 보이게 합니다.</translation>
    </message>
    <message>
        <source>Blurs the image: each pixel becomes the mean of its 3×3 window.</source>
        <translation>이미지를 흐리게 만듭니다: 각 픽셀이 3×3 윈도우의 평균이 됩니다.</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>%1: “%2” must be a text in quotes</source>
        <translation>%1: “%2”은(는) 따옴표로 감싼 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>%1: the file is larger than the limit of %2 MB for a lesson</source>
        <translation>%1: 파일이 수업 파일의 한도 %2 MB보다 큽니다</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a lesson</source>
        <translation>%1: 파일이 비어 있어 수업이 아닙니다</translation>
    </message>
    <message>
        <source>%1: the lesson is damaged: its JSON breaks at byte %2 (%3)</source>
        <translation>%1: 수업 파일이 손상되었습니다: JSON이 %2번째 바이트에서 깨집니다(%3)</translation>
    </message>
    <message>
        <source>%1: not a lesson: the JSON holds no object with the lesson’s keys</source>
        <translation>%1: 수업이 아닙니다: JSON에 수업의 키를 담은 객체가 없습니다</translation>
    </message>
    <message>
        <source>%1: not a ConvScope lesson (“format” must be “%2”)</source>
        <translation>%1: ConvScope 수업이 아닙니다(“format”은 “%2”여야 합니다)</translation>
    </message>
    <message>
        <source>%1: “version” must be a whole number</source>
        <translation>%1: “version”은 정수여야 합니다</translation>
    </message>
    <message>
        <source>%1: the lesson was saved in format version %2 by a newer ConvScope; this one reads version %3. Open it with a newer ConvScope.</source>
        <translation>%1: 이 수업은 더 새로운 ConvScope에서 형식 버전 %2(으)로 저장되었습니다. 이 ConvScope는 버전 %3을(를) 읽습니다. 더 새로운 ConvScope로 여세요.</translation>
    </message>
    <message>
        <source>%1: “version” %2 does not exist; lesson versions start at 1</source>
        <translation>%1: “version” %2은(는) 없습니다. 수업 버전은 1부터 시작합니다</translation>
    </message>
    <message>
        <source>%1: “page” is missing: a lesson names the page it opens</source>
        <translation>%1: “page”가 없습니다. 수업은 열 페이지를 지정해야 합니다</translation>
    </message>
    <message>
        <source>%1: unknown “language” “%2”: use %3</source>
        <translation>%1: 알 수 없는 “language” “%2”. %3 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>%1: “hiddenControls” must be a list of page names in quotes</source>
        <translation>%1: “hiddenControls”는 따옴표로 감싼 페이지 이름의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>%1: “pages” must be an object holding each page’s settings</source>
        <translation>%1: “pages”는 각 페이지의 설정을 담은 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1: the settings of page “%2” must be an object</source>
        <translation>%1: 페이지 “%2”의 설정은 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1: 열 수 없습니다(%2)</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 읽을 수 없습니다(%2)</translation>
    </message>
    <message>
        <source>The lesson could not be saved as %1 (%2).</source>
        <translation>수업을 %1(으)로 저장하지 못했습니다(%2).</translation>
    </message>
    <message>
        <source>The lesson was not saved as %1: it would take %2 MB, more than the %3 MB a lesson may hold. Use smaller pictures.</source>
        <translation>수업 %1: 저장하지 않았습니다. %2 MB가 되어 수업 하나에 담을 수 있는 %3 MB를 넘습니다. 더 작은 그림을 쓰세요.</translation>
    </message>
</context>
<context>
    <name>LessonPicture</name>
    <message>
        <source>%1 takes %2 MB, more than the %3 MB a lesson carries of a picture: the lesson holds it scaled to %4×%5 pixels.</source>
        <translation>%1: %2 MB로, 수업이 그림 하나에 담는 %3 MB보다 큽니다. 수업에는 %4×%5 픽셀로 줄여 담았습니다.</translation>
    </message>
    <message>
        <source>%1 could not be read again (%2): the lesson names it but does not carry it, so it opens only where that file is.</source>
        <translation>%1: 다시 읽을 수 없습니다(%2). 수업에는 이름만 남고 그림은 담기지 않아, 그 파일이 있는 컴퓨터에서만 열립니다.</translation>
    </message>
</context>
<context>
    <name>MatrixFile</name>
    <message>
        <source>%1: &apos;%2&apos; is not a number (separate the cells with commas)</source>
        <translation>%1: &apos;%2&apos;은(는) 숫자가 아닙니다(칸은 쉼표로 구분하세요)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: &apos;%2&apos;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a finite number</source>
        <translation>%1: &apos;%2&apos;은(는) 유한한 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is too large (the largest 32-bit float is about 3.4e38)</source>
        <translation>%1: &apos;%2&apos;은(는) 너무 큽니다(32비트 실수의 최댓값은 약 3.4e38입니다)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is too close to zero to be stored</source>
        <translation>%1: &apos;%2&apos;은(는) 0에 너무 가까워 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>%1: more than %2 numbers, the limit for one file</source>
        <translation>%1: 숫자가 파일 하나의 한도인 %2개보다 많습니다</translation>
    </message>
    <message>
        <source>%1: the text is larger than the limit of %2 MB</source>
        <translation>%1: 텍스트가 한도인 %2MB보다 큽니다</translation>
    </message>
    <message>
        <source>%1: not a text file (it holds binary data; save it as UTF-8 text)</source>
        <translation>%1: 텍스트 파일이 아닙니다(이진 데이터가 들어 있습니다. UTF-8 텍스트로 저장하세요)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: 파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>%1: row %2 is empty (blank lines are allowed only at the end)</source>
        <translation>%1: %2행이 비어 있습니다(빈 줄은 끝에만 올 수 있습니다)</translation>
    </message>
    <message>
        <source>%1: row %2: a list of numbers is a single row</source>
        <translation>%1: %2행: 숫자 목록은 한 행입니다</translation>
    </message>
    <message>
        <source>%1: row %2, column %3</source>
        <translation>%1: %2행 %3열</translation>
    </message>
    <message>
        <source>%1: the cell is empty</source>
        <translation>%1: 칸이 비어 있습니다</translation>
    </message>
    <message>
        <source>%1: row %2 has %3 values but row 1 has %4</source>
        <translation>%1: %2행에는 값이 %3개인데 1행에는 %4개입니다</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>문자열 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>아무것도 없음</translation>
    </message>
    <message>
        <source>%1: %2 has %3 elements but %4 has %5 (all rows must be equally long)</source>
        <translation>%1: %2에는 원소가 %3개인데 %4에는 %5개입니다(모든 행의 길이가 같아야 합니다)</translation>
    </message>
    <message>
        <source>%1: %2 is %3 where an array was expected</source>
        <translation>%1: %2은(는) 배열이 와야 할 자리인데 %3입니다</translation>
    </message>
    <message>
        <source>%1: %2 is %3, not a number</source>
        <translation>%1: %2은(는) 숫자가 아니라 %3입니다</translation>
    </message>
    <message>
        <source>%1: %2 is too large (the largest 32-bit float is about 3.4e38)</source>
        <translation>%1: %2은(는) 너무 큽니다(32비트 실수의 최댓값은 약 3.4e38입니다)</translation>
    </message>
    <message>
        <source>%1: byte %2: a list of numbers is flat, like [0.1, -0.2]</source>
        <translation>%1: %2번째 바이트: 숫자 목록은 [0.1, -0.2]처럼 평평해야 합니다</translation>
    </message>
    <message>
        <source>%1: byte %2: nested more than %3 levels deep (the deepest is a kernel bank [K][C][F][F])</source>
        <translation>%1: %2번째 바이트: %3단계보다 깊게 중첩되어 있습니다(가장 깊은 것은 커널 묶음 [K][C][F][F]입니다)</translation>
    </message>
    <message>
        <source>%1: the JSON stops at byte %2 before it is complete (is the file cut off?): %3</source>
        <translation>%1: JSON이 완성되기 전에 %2번째 바이트에서 끝납니다(파일이 잘렸나요?): %3</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: %2번째 바이트에서 올바른 JSON이 아닙니다: %3</translation>
    </message>
    <message>
        <source>%1: the top level is an object; write a matrix as an array of rows, e.g. [[1,2],[3,4]]</source>
        <translation>%1: 맨 바깥이 객체입니다. 행렬은 [[1,2],[3,4]]처럼 행들의 배열로 쓰세요</translation>
    </message>
    <message>
        <source>%1: the array is empty</source>
        <translation>%1: 배열이 비어 있습니다</translation>
    </message>
    <message>
        <source>%1: %2 is an empty array</source>
        <translation>%1: %2은(는) 빈 배열입니다</translation>
    </message>
    <message>
        <source>%1: a flat list is not a matrix; write one array per row, e.g. [[1,2],[3,4]]</source>
        <translation>%1: 평평한 목록은 행렬이 아닙니다. [[1,2],[3,4]]처럼 행마다 배열 하나씩 쓰세요</translation>
    </message>
</context>
<context>
    <name>ModelArgument</name>
    <message>
        <source>the bundled model is missing; looked in %1</source>
        <translation>함께 제공된 모델이 없습니다. 찾아본 곳: %1</translation>
    </message>
</context>
<context>
    <name>NumberText</name>
    <message>
        <source>Type a number.</source>
        <translation>숫자를 입력하세요.</translation>
    </message>
    <message>
        <source>“%1” divides by zero.</source>
        <translation>“%1”은(는) 0으로 나눕니다.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” is not a finite number.</source>
        <translation>“%1”은(는) 유한한 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation>“%1”은(는) 너무 큽니다.</translation>
    </message>
</context>
<context>
    <name>PageGuide</name>
    <message>
        <source>play or pause the steps</source>
        <translation>단계 재생 또는 일시 정지</translation>
    </message>
    <message>
        <source>one step back or forward</source>
        <translation>한 단계 뒤로 또는 앞으로</translation>
    </message>
    <message>
        <source>the first or the last step</source>
        <translation>첫 단계 또는 마지막 단계</translation>
    </message>
    <message>
        <source>in a grid with a selected cell: move the selection</source>
        <translation>칸을 선택한 격자에서: 선택한 칸 옮기기</translation>
    </message>
    <message>
        <source>a digit, %1 or %2</source>
        <translation>숫자, %1 또는 %2</translation>
    </message>
    <message>
        <source>edit the selected cell of an editable grid</source>
        <translation>편집할 수 있는 격자에서 선택한 칸 편집</translation>
    </message>
    <message>
        <source>leave the cell</source>
        <translation>칸에서 나가기</translation>
    </message>
    <message>
        <source>zoom the grid in, out, or to fit</source>
        <translation>격자 확대, 축소, 맞춤</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>컨볼루션</translation>
    </message>
    <message>
        <source>A kernel slides over the image one step at a time. At each step the image cells under the window are multiplied by the kernel&apos;s weights and summed: that sum is one cell of the convolved feature.</source>
        <translation>커널이 이미지 위를 한 단계씩 움직입니다. 단계마다 윈도우 아래의 이미지 칸에 커널의 가중치를 곱해 모두 더하며, 그 합이 컨볼루션 결과의 한 칸입니다.</translation>
    </message>
    <message>
        <source>Play the steps and follow the products and their sum for each cell.</source>
        <translation>단계를 재생하면서 칸마다 곱과 그 합을 따라가 보세요.</translation>
    </message>
    <message>
        <source>Click an image or kernel cell and type a number: every sum follows at once.</source>
        <translation>이미지나 커널의 칸을 누르고 숫자를 입력해 보세요. 모든 합이 바로 따라 바뀝니다.</translation>
    </message>
    <message>
        <source>Change the stride, the zero padding and the dilation, and watch which cells the window visits.</source>
        <translation>스트라이드, 제로패딩, 팽창을 바꾸면서 윈도우가 어느 칸을 지나가는지 보세요.</translation>
    </message>
    <message>
        <source>Turn on the prediction quiz and work out each output value before it is shown.</source>
        <translation>예측 퀴즈를 켜고 각 출력값을 보기 전에 먼저 계산해 보세요.</translation>
    </message>
    <message>
        <source>Open a picture of your own: it becomes a grid of numbers, one per pixel.</source>
        <translation>직접 가져온 그림을 열어 보세요. 픽셀마다 숫자 하나인 격자가 됩니다.</translation>
    </message>
    <message>
        <source>With the lecture&apos;s example the first two steps give 4, then 3; the whole convolved feature is [[4,3,4],[2,4,3],[2,3,4]].</source>
        <translation>강의의 예에서 처음 두 단계는 4, 그다음 3이고, 컨볼루션 결과 전체는 [[4,3,4],[2,4,3],[2,3,4]]입니다.</translation>
    </message>
    <message>
        <source>The output is smaller than the image unless zero padding makes room: W_out = (W_in − F + 2P)/S + 1.</source>
        <translation>제로패딩으로 자리를 만들지 않으면 출력은 이미지보다 작습니다: W_out = (W_in − F + 2P)/S + 1.</translation>
    </message>
    <message>
        <source>The kernel is not flipped: this is the sum every CNN framework computes.</source>
        <translation>커널을 뒤집지 않습니다. 모든 CNN 프레임워크가 계산하는 합과 같습니다.</translation>
    </message>
    <message>
        <source>Activation maps</source>
        <translation>활성화 맵</translation>
    </message>
    <message>
        <source>Kernels run over a whole picture at once. Each kernel gives one activation map, bright where the picture looks like the kernel.</source>
        <translation>커널이 그림 전체를 한 번에 훑습니다. 커널마다 활성화 맵이 하나 나오며, 그림이 커널과 닮은 곳이 밝게 나타납니다.</translation>
    </message>
    <message>
        <source>Open a picture of your own, drop one on the page or paste one; or use a sample.</source>
        <translation>직접 가져온 그림을 열거나, 페이지에 끌어다 놓거나, 붙여 넣어 보세요. 예제 그림을 써도 됩니다.</translation>
    </message>
    <message>
        <source>Compare the edge, sharpen and blur kernels side by side.</source>
        <translation>모서리, 선명하게, 흐리게 커널을 나란히 비교해 보세요.</translation>
    </message>
    <message>
        <source>Drag a weight of the custom kernel and watch its map follow.</source>
        <translation>직접 만든 커널의 가중치를 끌어서 바꾸고 맵이 따라 바뀌는 것을 보세요.</translation>
    </message>
    <message>
        <source>Point at a map to see how that one pixel is computed from the window under the kernel.</source>
        <translation>맵 위를 가리키면 그 픽셀 하나가 커널 아래 윈도우에서 어떻게 계산되는지 보입니다.</translation>
    </message>
    <message>
        <source>Turn on ReLU after the kernel and see which pixels become 0.</source>
        <translation>커널 뒤에 ReLU를 켜고 어느 픽셀이 0이 되는지 보세요.</translation>
    </message>
    <message>
        <source>An edge kernel&apos;s weights add up to 0: flat areas give 0 and only changes light up.</source>
        <translation>모서리 커널의 가중치를 모두 더하면 0입니다. 고른 곳은 0이 되고 바뀌는 곳만 밝아집니다.</translation>
    </message>
    <message>
        <source>A blur kernel&apos;s weights add up to 1: the picture keeps its brightness and loses its detail.</source>
        <translation>흐리게 커널의 가중치를 모두 더하면 1입니다. 그림의 밝기는 그대로이고 세부가 사라집니다.</translation>
    </message>
    <message>
        <source>The kernels see the picture in grey, one value per pixel, unless RGB asks for each colour channel.</source>
        <translation>RGB로 채널마다 보라고 하지 않으면, 커널은 픽셀마다 값 하나인 회색 그림을 봅니다.</translation>
    </message>
    <message>
        <source>paste a picture from the clipboard</source>
        <translation>클립보드의 그림 붙여 넣기</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>풀링</translation>
    </message>
    <message>
        <source>Pooling makes a map smaller by keeping one number per window: the largest (max), the mean (average) or the smallest (min).</source>
        <translation>풀링은 윈도우마다 숫자 하나만 남겨 맵을 줄입니다. 가장 큰 값(최대값), 평균(평균값), 가장 작은 값(최소값) 중 하나입니다.</translation>
    </message>
    <message>
        <source>Step the window across the input and read each window&apos;s result.</source>
        <translation>윈도우를 입력 위로 한 단계씩 옮기면서 윈도우마다 결과를 읽어 보세요.</translation>
    </message>
    <message>
        <source>Switch between max, average and min pooling on the same input.</source>
        <translation>같은 입력에서 최대값 풀링, 평균값 풀링, 최소값 풀링을 바꿔 보세요.</translation>
    </message>
    <message>
        <source>Change the window size F and the stride S; click an output cell to see the window it comes from.</source>
        <translation>윈도우 크기 F와 스트라이드 S를 바꿔 보세요. 출력 칸을 누르면 그 칸이 나온 윈도우가 보입니다.</translation>
    </message>
    <message>
        <source>Pool the activation map from the Activation maps page once, twice or three times.</source>
        <translation>활성화 맵 페이지의 활성화 맵을 한 번, 두 번, 세 번 풀링해 보세요.</translation>
    </message>
    <message>
        <source>A 2×2 window with stride 2 keeps one value in four: each side halves.</source>
        <translation>스트라이드 2인 2×2 윈도우는 넷 중 하나만 남깁니다. 가로와 세로가 각각 절반이 됩니다.</translation>
    </message>
    <message>
        <source>Max pooling keeps a feature found anywhere in its window, so a small shift of the picture changes little.</source>
        <translation>최대값 풀링은 윈도우 안 어디에서 찾은 특징이든 남기므로, 그림이 조금 움직여도 결과는 거의 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>출력 크기</translation>
    </message>
    <message>
        <source>W_out = (W_in − F + 2P)/S + 1 gives a layer&apos;s output width, and the same with H its height; the number of filters K gives its depth.</source>
        <translation>W_out = (W_in − F + 2P)/S + 1이 층의 출력 이미지의 가로 길이를, H로 쓴 같은 식이 세로 길이를 줍니다. 필터 개수 K가 깊이입니다.</translation>
    </message>
    <message>
        <source>Change W_in, F, S and P and read the formula with the numbers filled in.</source>
        <translation>W_in, F, S, P를 바꾸면서 숫자가 채워진 식을 읽어 보세요.</translation>
    </message>
    <message>
        <source>Load the MNIST example: 28×28×1 with F=4, S=2, P=1 and K=64 gives [14, 14, 64].</source>
        <translation>MNIST 예를 불러오세요. 28×28×1에 F=4, S=2, P=1, K=64이면 [14, 14, 64]가 됩니다.</translation>
    </message>
    <message>
        <source>Add convolution and pooling layers to the stack and watch the blocks shrink.</source>
        <translation>컨볼루션층과 풀링층을 쌓으면서 블록이 줄어드는 것을 보세요.</translation>
    </message>
    <message>
        <source>Predict the output shape before it is shown.</source>
        <translation>출력 모양을 보기 전에 먼저 예측해 보세요.</translation>
    </message>
    <message>
        <source>When W_in − F + 2P is not a multiple of S the windows do not fit evenly: the layer does not fit.</source>
        <translation>W_in − F + 2P가 S의 배수가 아니면 윈도우가 고르게 들어가지 않아 층이 맞지 않습니다.</translation>
    </message>
    <message>
        <source>A convolution has K·(C·F·F + 1) parameters: the weights of every filter and one bias each.</source>
        <translation>컨볼루션층의 매개변수는 K·(C·F·F + 1)개입니다. 모든 필터의 가중치와 필터마다 편향 하나입니다.</translation>
    </message>
    <message>
        <source>Train a CNN</source>
        <translation>CNN 학습</translation>
    </message>
    <message>
        <source>A small CNN learns from pictures while its loss and accuracy are drawn as it goes.</source>
        <translation>작은 CNN이 그림으로 학습하는 동안 손실과 정확도가 그때그때 그려집니다.</translation>
    </message>
    <message>
        <source>Choose a dataset: the bundled digits, Fashion-MNIST, a folder of IDX files, or your own pictures in one folder per class.</source>
        <translation>데이터셋을 고르세요. 함께 제공되는 숫자, Fashion-MNIST, IDX 파일 폴더, 또는 클래스마다 폴더 하나에 담은 직접 모은 그림입니다.</translation>
    </message>
    <message>
        <source>Choose an architecture or edit its layers; each layer&apos;s output size is checked as you go.</source>
        <translation>구조를 고르거나 층을 고쳐 보세요. 층마다 출력 크기를 바로 확인합니다.</translation>
    </message>
    <message>
        <source>Start training and watch the loss fall and the accuracy rise; pause or stop at any time.</source>
        <translation>학습을 시작하고 손실이 내려가고 정확도가 올라가는 것을 보세요. 언제든 일시 정지하거나 멈출 수 있습니다.</translation>
    </message>
    <message>
        <source>Draw a digit and see what the network says.</source>
        <translation>숫자를 그리고 신경망이 무엇이라고 답하는지 보세요.</translation>
    </message>
    <message>
        <source>Show the design as PyTorch code, or export the network as ONNX, for the lecture&apos;s second half.</source>
        <translation>강의 후반부를 위해 설계를 PyTorch 코드로 보거나 신경망을 ONNX로 내보내세요.</translation>
    </message>
    <message>
        <source>Click a cell of the confusion matrix to see its test images.</source>
        <translation>혼동 행렬의 칸을 누르면 그 칸의 테스트 이미지가 보입니다.</translation>
    </message>
    <message>
        <source>The test accuracy counts pictures the network never trained on. When the training accuracy keeps rising and the test accuracy does not, the network is learning its training pictures by heart.</source>
        <translation>테스트 정확도는 신경망이 학습하지 않은 그림으로 잽니다. 학습 정확도는 계속 오르는데 테스트 정확도가 오르지 않으면, 신경망이 학습 그림을 외우고 있는 것입니다.</translation>
    </message>
    <message>
        <source>A larger learning rate learns faster at first but can make the loss jump.</source>
        <translation>학습률이 크면 처음에는 빨리 배우지만 손실이 튈 수 있습니다.</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>신경망 들여다보기</translation>
    </message>
    <message>
        <source>Follow one picture through the trained network: each layer&apos;s maps, the flattening, and the softmax&apos;s probabilities at the end.</source>
        <translation>그림 하나가 학습된 신경망을 지나가는 길을 따라가 보세요. 층마다 맵, 평탄화, 그리고 마지막의 소프트맥스 확률이 나옵니다.</translation>
    </message>
    <message>
        <source>Train a network on the Train a CNN page, or open a model built in PyTorch (ONNX).</source>
        <translation>CNN 학습 페이지에서 신경망을 학습하거나, PyTorch로 만든 모델(ONNX)을 여세요.</translation>
    </message>
    <message>
        <source>Go through the test images and see where the network is right and where it is wrong.</source>
        <translation>테스트 이미지를 넘겨 보면서 신경망이 어디에서 맞고 어디에서 틀리는지 보세요.</translation>
    </message>
    <message>
        <source>Click a map to see how one of its values is computed, then step through it on the Convolution or Pooling page.</source>
        <translation>맵을 누르면 그 값 하나가 어떻게 계산되는지 보이고, 컨볼루션이나 풀링 페이지에서 한 단계씩 따라갈 수 있습니다.</translation>
    </message>
    <message>
        <source>Compare the learned filters with the random ones they started as.</source>
        <translation>학습된 필터를 처음의 무작위 필터와 비교해 보세요.</translation>
    </message>
    <message>
        <source>Each layer&apos;s maps are smaller than the last one&apos;s, and there are more of them.</source>
        <translation>층을 지날수록 맵은 작아지고 개수는 많아집니다.</translation>
    </message>
    <message>
        <source>The probabilities add up to 100 %: the largest is the network&apos;s answer.</source>
        <translation>확률을 모두 더하면 100 %이고, 가장 큰 것이 신경망의 답입니다.</translation>
    </message>
    <message>
        <source>the previous or the next test image</source>
        <translation>이전 또는 다음 테스트 이미지</translation>
    </message>
    <message>
        <source>a random test image</source>
        <translation>무작위 테스트 이미지</translation>
    </message>
</context>
<context>
    <name>PoolCommand</name>
    <message>
        <source>keep the largest value of each window, their average, or the smallest</source>
        <translation>각 윈도우에서 가장 큰 값, 평균값 또는 가장 작은 값을 남깁니다</translation>
    </message>
    <message>
        <source>how far the window moves at each step (default F: windows side by side)</source>
        <translation>윈도우가 한 단계에 움직이는 거리(기본값 F: 윈도우가 나란히 놓임)</translation>
    </message>
    <message>
        <source>how an image input is read: one gray channel (default) or three, R, G and B</source>
        <translation>이미지 입력을 읽는 방법: 회색 채널 하나(기본값) 또는 R, G, B 세 채널</translation>
    </message>
    <message>
        <source>--mode must be max, avg or min, not &apos;%1&apos;</source>
        <translation>--mode는 max, avg 또는 min이어야 합니다(&apos;%1&apos;은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>the %1×%1 window does not fit the input %2, which has %3 row(s) and %4 column(s)</source>
        <translation>%1×%1 윈도우가 입력 %2에 들어가지 않습니다. 입력은 %3행 %4열입니다</translation>
    </message>
    <message>
        <source>the window size: F×F cells</source>
        <translation>윈도우 크기: F×F 칸</translation>
    </message>
    <message>
        <source>the input: a CSV or JSON matrix file, or an image (PNG, JPEG, BMP, GIF, WebP); - reads it from standard input</source>
        <translation>입력: CSV 또는 JSON 행렬 파일, 또는 이미지(PNG, JPEG, BMP, GIF, WebP). -이면 표준 입력에서 읽습니다</translation>
    </message>
    <message>
        <source>write the result as a PNG image instead of printing it, lowest value black, highest white; with several channels one image each: map-0.png, map-1.png, …; - writes the PNG of a single channel to standard output</source>
        <translation>결과를 출력하는 대신 PNG 이미지로 씁니다. 가장 작은 값은 검정, 가장 큰 값은 흰색입니다. 채널이 여러 개이면 채널마다 이미지 하나씩: map-0.png, map-1.png, …; -이면 채널 하나의 PNG를 표준 출력으로 씁니다</translation>
    </message>
    <message>
        <source>Pooling (subsampling) shrinks the input: each F×F window becomes one value, its maximum, average or minimum. Every channel is pooled on its own. Cells left over at the right or bottom edge, where a whole window no longer fits, are dropped, as PyTorch does.
The input and output are as for &apos;convscope-cli conv&apos;: CSV when the result is one matrix, JSON [C][H][W] otherwise; - as --input reads standard input, as --output writes standard output.</source>
        <translation>풀링(서브샘플링)은 입력을 줄입니다: F×F 윈도우 하나가 값 하나, 곧 최대값, 평균값 또는 최소값이 됩니다. 채널마다 따로 풀링합니다. 오른쪽이나 아래쪽 가장자리에서 윈도우가 통째로 들어가지 않는 남은 칸은 PyTorch처럼 버립니다.
입력과 출력은 &apos;convscope-cli conv&apos;와 같습니다. 결과가 행렬 하나이면 CSV, 아니면 JSON [C][H][W]입니다. --input의 -는 표준 입력을 읽고, --output의 -는 표준 출력에 씁니다.</translation>
    </message>
    <message>
        <source>  convscope-cli pool --input pool.csv --mode max --window 2
  with pool.csv holding 1,4,2,0 / 3,2,1,2 / 1,0,3,1 / 0,1,2,2 prints
    4,2
    1,3
  convscope-cli pool --input - --mode max --window 2 &lt; pool.csv
  prints the same</source>
        <translation>  convscope-cli pool --input pool.csv --mode max --window 2
  pool.csv에 1,4,2,0 / 3,2,1,2 / 1,0,3,1 / 0,1,2,2가 들어 있으면 다음을 출력합니다
    4,2
    1,3
  convscope-cli pool --input - --mode max --window 2 &lt; pool.csv
  같은 결과를 출력합니다</translation>
    </message>
</context>
<context>
    <name>PredictCommand</name>
    <message>
        <source>treat the picture as a photo of a handwritten digit and prepare it as MNIST expects: invert a light background, crop to the ink, scale its longer side to 20 pixels and centre it</source>
        <translation>그림을 손글씨 숫자 사진으로 보고 MNIST가 기대하는 모양으로 준비합니다: 밝은 배경을 반전하고, 글씨 부분만 잘라 내고, 긴 변을 20픽셀로 맞춘 뒤 가운데에 놓습니다</translation>
    </message>
    <message>
        <source>print a JSON object instead of text</source>
        <translation>텍스트 대신 JSON 객체를 출력합니다</translation>
    </message>
    <message>
        <source>this model reads %1 channels; only gray (1) and colour (3) pictures can be given</source>
        <translation>이 모델은 채널 %1개를 읽습니다. 회색(1) 그림과 컬러(3) 그림만 줄 수 있습니다</translation>
    </message>
    <message>
        <source>--digit prepares gray digits, but this model reads colour pictures</source>
        <translation>--digit은 회색 숫자 그림을 준비하는데, 이 모델은 컬러 그림을 읽습니다</translation>
    </message>
    <message>
        <source>%1: no digit found: nothing stands out from the background</source>
        <translation>%1: 숫자를 찾지 못했습니다. 배경에서 두드러지는 것이 없습니다</translation>
    </message>
    <message>
        <source>predicted: %1 (%2%)</source>
        <translation>예측: %1 (%2%)</translation>
    </message>
    <message>
        <source>--%1 must be numbers separated by commas, e.g. 0.5 or 0.485,0.456,0.406; &apos;%2&apos; is not one</source>
        <translation>--%1에는 0.5나 0.485,0.456,0.406처럼 쉼표로 구분한 숫자를 주세요; &apos;%2&apos;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>a model saved by &apos;convscope-cli train --save&apos; or the Training page, an ONNX file (.onnx) exported from PyTorch, &apos;bundled&apos; for the classroom network trained on digits that comes with ConvScope, or - to read the model from standard input</source>
        <translation>&apos;convscope-cli train --save&apos;나 학습 페이지에서 저장한 모델, PyTorch에서 내보낸 ONNX 파일(.onnx), ConvScope와 함께 제공되는 숫자로 학습한 교실용 신경망을 뜻하는 &apos;bundled&apos;, 또는 모델을 표준 입력에서 읽는 -</translation>
    </message>
    <message>
        <source>then divide by this standard deviation, one for all channels or one per channel; 1 unless given</source>
        <translation>그다음 이 표준편차로 나눕니다. 모든 채널에 하나 또는 채널마다 하나; 주지 않으면 1</translation>
    </message>
    <message>
        <source>--mean and --std: %1</source>
        <translation>--mean과 --std: %1</translation>
    </message>
    <message>
        <source>Runs a picture through a trained network and prints the probability of each class (the softmax of the last layer), one class per line, then the most probable class: for a model trained on a picture folder, the class folders&apos; names (predicted_class with --json).</source>
        <translation>그림을 학습된 신경망에 통과시켜 각 클래스의 확률(마지막 층의 소프트맥스)을 클래스마다 한 줄씩 출력하고, 가장 확률이 높은 클래스를 출력합니다. 그림 폴더로 학습한 모델이면 클래스 폴더의 이름입니다(--json이면 predicted_class).</translation>
    </message>
    <message>
        <source>the picture to classify (PNG, JPEG, BMP, GIF, WebP); its centre part of the network&apos;s proportions (the centre square for a square input) is scaled to the network&apos;s input, e.g. 28×28, as the pictures of a folder are for training; or a matrix file (JSON [C][H][W] nested arrays, or CSV for one channel) of exactly the network&apos;s input size, whose values are fed to the network as they are, with no scaling; - reads it from standard input</source>
        <translation>분류할 그림(PNG, JPEG, BMP, GIF, WebP). 학습용 폴더의 그림처럼, 신경망 입력의 비율에 맞는 가운데 부분(정사각형 입력이면 가운데 정사각형)을 신경망의 입력 크기(예: 28×28)로 맞춥니다. 또는 신경망의 입력 크기와 똑같은 행렬 파일(JSON [C][H][W] 중첩 배열, 채널이 하나면 CSV)로, 그 값을 크기 조정 없이 그대로 신경망에 넣습니다. -이면 표준 입력에서 읽습니다</translation>
    </message>
    <message>
        <source>subtract this mean from the picture&apos;s values (0 to 1), one for all channels or one per channel, as the network was trained (torchvision&apos;s Normalize); unless --mean or --std is given, the normalisation saved with the model is used, else none</source>
        <translation>신경망을 학습할 때처럼(torchvision의 Normalize) 그림의 값(0~1)에서 이 평균을 뺍니다. 모든 채널에 하나, 또는 채널마다 하나. --mean도 --std도 주지 않으면 모델과 함께 저장된 정규화를 쓰고, 없으면 정규화하지 않습니다</translation>
    </message>
    <message>
        <source>  convscope-cli predict --model bundled --input seven.png --digit
  convscope-cli predict --model digits.csmodel --input - &lt; seven.png
  convscope-cli predict --model cifar.onnx --input cat.png --mean 0.5,0.5,0.5 --std 0.5,0.5,0.5
  convscope-cli predict --model mnist.onnx --input values.json --json</source>
        <translation>  convscope-cli predict --model bundled --input seven.png --digit
  convscope-cli predict --model digits.csmodel --input - &lt; seven.png
  convscope-cli predict --model cifar.onnx --input cat.png --mean 0.5,0.5,0.5 --std 0.5,0.5,0.5
  convscope-cli predict --model mnist.onnx --input values.json --json</translation>
    </message>
    <message>
        <source>--%1 applies to a picture; %2 is read as a matrix and fed to the network as it is</source>
        <translation>--%1은(는) 그림에만 쓰입니다. %2은(는) 행렬로 읽어 그대로 신경망에 넣습니다</translation>
    </message>
    <message>
        <source>%1 is %2, but this model reads %3 (channels×height×width)</source>
        <translation>%1은(는) %2이지만 이 모델은 %3(채널×세로×가로)을 읽습니다</translation>
    </message>
</context>
<context>
    <name>PresetsCommand</name>
    <message>
        <source>Lists the hand-made kernels that --kernel accepts by name, each with what it does to an image and its weights (rows separated by &apos;;&apos;).</source>
        <translation>--kernel에 이름으로 줄 수 있는 직접 만든 커널을, 각각이 이미지에 하는 일과 가중치(행은 &apos;;&apos;로 구분)와 함께 나열합니다.</translation>
    </message>
    <message>
        <source>  convscope-cli presets
  convscope-cli conv --input photo.png --kernel edge --output edges.png</source>
        <translation>  convscope-cli presets
  convscope-cli conv --input photo.png --kernel edge --output edges.png</translation>
    </message>
</context>
<context>
    <name>ShapeCommand</name>
    <message>
        <source>the input size: width x height x channels, e.g. 28x28x1</source>
        <translation>입력 크기: 가로 x 세로 x 채널, 예: 28x28x1</translation>
    </message>
    <message>
        <source>the stride S: how far the filter moves each step</source>
        <translation>스트라이드 S: 필터가 한 단계에 움직이는 거리</translation>
    </message>
    <message>
        <source>the zero padding P: rings of zeros around the input</source>
        <translation>제로패딩 P: 입력 둘레에 채우는 0의 겹 수</translation>
    </message>
    <message>
        <source>the number of filters K: the depth of the output</source>
        <translation>필터 개수 K: 출력의 깊이</translation>
    </message>
    <message>
        <source>spacing between filter cells (default 1); the filter then spans D*(F-1)+1</source>
        <translation>필터 칸 사이의 간격(기본값 1). 그러면 필터가 D*(F-1)+1칸에 걸칩니다</translation>
    </message>
    <message>
        <source>show the formula with the numbers substituted</source>
        <translation>숫자를 대입한 공식을 보여 줍니다</translation>
    </message>
    <message>
        <source>Prints the output size W_out x H_out x K of a convolution layer, from the lecture&apos;s formula
  W_out = (W_in - F + 2P)/S + 1     H_out = (H_in - F + 2P)/S + 1
When the division is not whole it is rounded down, as every CNN framework does.</source>
        <translation>강의의 공식으로 컨볼루션층의 출력 크기 W_out x H_out x K를 출력합니다
  W_out = (W_in - F + 2P)/S + 1     H_out = (H_in - F + 2P)/S + 1
나눗셈이 나누어떨어지지 않으면 모든 CNN 프레임워크처럼 내림합니다.</translation>
    </message>
    <message>
        <source>  convscope-cli shape --input 28x28x1 --kernel 4 --stride 2 --padding 1 --filters 64
  prints 14x14x64: the lecture&apos;s MNIST example</source>
        <translation>  convscope-cli shape --input 28x28x1 --kernel 4 --stride 2 --padding 1 --filters 64
  14x14x64를 출력합니다: 강의의 MNIST 예시</translation>
    </message>
    <message>
        <source>--input must be the input size WxHxC, e.g. 28x28x1, not &apos;%1&apos;</source>
        <translation>--input은 입력 크기 WxHxC여야 합니다. 예: 28x28x1(&apos;%1&apos;은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>--input %1: the width, height and channels must each be from 1 to %2</source>
        <translation>--input %1: 가로, 세로, 채널은 각각 1부터 %2까지여야 합니다</translation>
    </message>
    <message>
        <source>depth = K, the number of filters = %1</source>
        <translation>깊이 = K, 필터 개수 = %1</translation>
    </message>
    <message>
        <source>the filter size F (an F×F filter)</source>
        <translation>필터의 크기 F (F×F 필터)</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <source>passes over the training images (default 3)</source>
        <translation>학습 이미지 전체를 도는 횟수(에포크 수, 기본값 3)</translation>
    </message>
    <message>
        <source>images per step (default 64)</source>
        <translation>한 단계의 이미지 수(배치 크기, 기본값 64)</translation>
    </message>
    <message>
        <source>the learning rate (default 0.001 with adam, 0.01 with sgd)</source>
        <translation>학습률(기본값: adam은 0.001, sgd는 0.01)</translation>
    </message>
    <message>
        <source>Adam, or SGD with momentum 0.9 (default adam)</source>
        <translation>Adam, 또는 모멘텀 0.9의 SGD(기본값 adam)</translation>
    </message>
    <message>
        <source>how many cores share each batch (default: all)</source>
        <translation>각 배치를 나누어 계산하는 코어 수(기본값: 전부)</translation>
    </message>
    <message>
        <source>the seed of the first weights and of the order of the images; the same seed and thread count give the same run (default 1)</source>
        <translation>처음 가중치와 이미지 순서의 시드. 시드와 스레드 수가 같으면 같은 결과가 나옵니다(기본값 1)</translation>
    </message>
    <message>
        <source>print one JSON object per epoch and a final one, instead of text</source>
        <translation>텍스트 대신 에포크마다 JSON 객체 하나와 마지막 JSON 객체 하나를 출력합니다</translation>
    </message>
    <message>
        <source>--optimizer must be adam or sgd, not &apos;%1&apos;</source>
        <translation>--optimizer는 adam 또는 sgd여야 합니다(&apos;%1&apos;은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>--arch must be classroom, tutorial or a network file; &apos;%1&apos; is none of them</source>
        <translation>--arch는 classroom, tutorial 또는 신경망 파일이어야 합니다. &apos;%1&apos;은(는) 어느 것도 아닙니다</translation>
    </message>
    <message>
        <source>the bundled digits are missing; looked in %1</source>
        <translation>함께 제공되는 숫자 데이터가 없습니다. 찾아본 곳: %1</translation>
    </message>
    <message>
        <source>loading %1</source>
        <translation>%1 불러오는 중</translation>
    </message>
    <message>
        <source>training %1 (%2 parameters) on %3: %4 training and %5 test images, %6 epochs</source>
        <translation>%1(매개변수 %2개)를 %3에서 학습합니다: 학습 이미지 %4개, 테스트 이미지 %5개, 에포크 %6번</translation>
    </message>
    <message>
        <source>epoch %1/%2  batch %3/%4  loss %5  %6 samples/s</source>
        <translation>에포크 %1/%2  배치 %3/%4  손실 %5  초당 %6개</translation>
    </message>
    <message>
        <source>epoch %1: train loss %2, test loss %3, test accuracy %4, %5 s (%6 samples/s)</source>
        <translation>에포크 %1: 학습 손실 %2, 테스트 손실 %3, 테스트 정확도 %4, %5초(초당 %6개)</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>the %1 network does not fit %2×%3 images: %4</source>
        <translation>%1 신경망은 %2×%3 이미지에 맞지 않습니다: %4</translation>
    </message>
    <message>
        <source>the network: a preset, or a text file with one layer per line such as &apos;conv 8 3 pad 1&apos; (- reads it from standard input; default classroom)</source>
        <translation>신경망: 프리셋, 또는 &apos;conv 8 3 pad 1&apos;처럼 한 줄에 층 하나씩 적은 텍스트 파일(-이면 표준 입력에서 읽습니다. 기본값 classroom)</translation>
    </message>
    <message>
        <source>save the trained model to FILE, e.g. digits.csmodel; - writes it to standard output, which then holds the model alone (the lines per epoch still go to stderr), so not with --json</source>
        <translation>학습된 모델을 FILE에 저장합니다. 예: digits.csmodel. -이면 표준 출력에 쓰며, 이때 표준 출력에는 모델만 나갑니다(에포크마다의 줄은 그대로 stderr로 나갑니다). 그래서 --json과 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>--save - writes the model to standard output, where --json would print too; save the model to a file</source>
        <translation>--save -는 모델을 표준 출력에 쓰는데, --json도 그곳에 출력합니다. 모델을 파일로 저장하세요</translation>
    </message>
    <message>
        <source>--epochs must be at most %1, not %2</source>
        <translation>--epochs는 %1 이하여야 합니다(%2은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>--batch must be at most %1, not %2</source>
        <translation>--batch는 %1 이하여야 합니다(%2은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>--lr must be a number above 0 and at most %1, e.g. 0.001, not &apos;%2&apos;</source>
        <translation>--lr은 0보다 크고 %1 이하인 수여야 합니다. 예: 0.001(&apos;%2&apos;은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>--seed must be at most %1, not %2</source>
        <translation>--seed는 %1 이하여야 합니다(%2은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>--threads must be at most %1, not %2</source>
        <translation>--threads는 %1 이하여야 합니다(%2은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>--image-size must be 28, 32, 48 or 64, not %1</source>
        <translation>--image-size는 28, 32, 48, 64 중 하나여야 합니다(%1은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>reading pictures %1/%2</source>
        <translation>그림 읽는 중 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>skipped %n file(s) that are no picture or are damaged:</source>
        <translation>
            <numerusform>그림이 아니거나 손상된 파일 %n개를 건너뛰었습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 chooses how pictures from a folder of class folders are read; %2 holds IDX files, whose images are used as they are</source>
        <translation>--%1은(는) 클래스 폴더로 이루어진 폴더의 그림을 읽는 방법을 고릅니다. %2에는 IDX 파일이 있으며, 그 이미지는 그대로 씁니다</translation>
    </message>
    <message>
        <source>the dataset: a folder holding train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte (each raw or .gz); a folder of pictures with one folder per class, named after it (DIR/cats/1.jpg, DIR/dogs/1.jpg; or DIR/train/… and DIR/test/…, else a fifth of each class is kept for testing); or &apos;bundled&apos; for the 8,000 training and 2,000 test digits that come with ConvScope (default)</source>
        <translation>데이터셋: train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte(각각 그대로 또는 .gz)가 든 폴더, 클래스마다 그 이름의 폴더가 하나씩 있는 그림 폴더(DIR/cats/1.jpg, DIR/dogs/1.jpg. 또는 DIR/train/…과 DIR/test/…, 없으면 클래스마다 5분의 1을 테스트용으로 남깁니다), 또는 ConvScope와 함께 제공되는 학습용 숫자 8,000개와 테스트용 2,000개인 &apos;bundled&apos;(기본값)</translation>
    </message>
    <message>
        <source>picture folders: each picture&apos;s centre square is scaled to N×N pixels, N being 28, 32, 48 or 64 (default 28)</source>
        <translation>그림 폴더: 각 그림의 가운데 정사각형을 N×N 픽셀로 맞춥니다. N은 28, 32, 48, 64 중 하나(기본값 28)</translation>
    </message>
    <message>
        <source>picture folders: keep the pictures&apos; colours (three channels) instead of making them grey</source>
        <translation>그림 폴더: 그림을 회색으로 바꾸지 않고 색(채널 3개)을 그대로 둡니다</translation>
    </message>
    <message>
        <source>change each training picture a little every time it is learned from: mirrored at random, shifted by up to a tenth of its side, turned by up to 10 degrees, made up to 10 % lighter or darker; the seed repeats the same changes</source>
        <translation>학습할 때마다 각 학습 그림을 조금씩 바꿉니다(데이터 증강): 무작위로 좌우 반전하고, 변 길이의 10분의 1까지 옮기고, 10도까지 돌리고, 10 %까지 밝거나 어둡게 합니다. 같은 시드는 같은 변화를 되풀이합니다</translation>
    </message>
    <message>
        <source>Trains a convolutional neural network on labelled images and tests it after every epoch on the test images. Progress goes to stderr while it runs. stdout gets one line per epoch (train loss, test loss, test accuracy, time) and a final line with samples_per_second, test_accuracy and train_loss.
Pictures that cannot be read are skipped and named on stderr; a class with far fewer pictures than the others is pointed out before training, and a network that learns its training pictures by heart (training accuracy rising while test accuracy falls for two epochs) after the epoch.
If the training diverges (the loss becomes NaN or infinite, or grows by orders of magnitude over its best, or the test accuracy stays at chance after an epoch) the run stops with exit status 1 and a learning rate to try; nothing is saved then.</source>
        <translation>레이블이 붙은 이미지로 합성곱 신경망을 학습하고, 에포크마다 테스트 이미지로 시험합니다. 실행하는 동안 진행 상황은 stderr로 나갑니다. stdout에는 에포크마다 한 줄(학습 손실, 테스트 손실, 테스트 정확도, 시간)과 마지막에 samples_per_second, test_accuracy, train_loss가 담긴 줄이 나옵니다.
읽을 수 없는 그림은 건너뛰고 stderr에 이름을 알립니다. 다른 클래스보다 그림이 훨씬 적은 클래스는 학습 전에, 학습 그림을 통째로 외우는 신경망(두 에포크 동안 학습 정확도는 오르고 테스트 정확도는 떨어짐, 과적합)은 그 에포크 뒤에 알려 줍니다.
학습이 발산하면(손실이 NaN이나 무한대가 되거나, 가장 좋았던 값보다 몇 자릿수나 커지거나, 한 에포크 뒤에도 테스트 정확도가 찍기 수준이면) 종료 상태 1로 멈추고 시도해 볼 학습률을 알려 줍니다. 그때는 아무것도 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>  convscope-cli train --data bundled --epochs 3 --save digits.csmodel
  convscope-cli train --data /usr/share/datasets/fashion-mnist --epochs 1 --json
  convscope-cli train --data ~/class-photos --image-size 32 --colour --augment --epochs 20</source>
        <translation>  convscope-cli train --data bundled --epochs 3 --save digits.csmodel
  convscope-cli train --data /usr/share/datasets/fashion-mnist --epochs 1 --json
  convscope-cli train --data ~/class-photos --image-size 32 --colour --augment --epochs 20</translation>
    </message>
    <message>
        <source>note: the class &apos;%1&apos; has only %2 training pictures where a class typically has %3; the network will learn it worse and may never answer it: add pictures to it</source>
        <translation>참고: 클래스 &apos;%1&apos;의 학습 그림은 %2개뿐인데 보통 클래스는 %3개입니다. 신경망이 이 클래스를 잘 배우지 못하고 아예 답하지 않을 수도 있으니 그림을 더 넣으세요</translation>
    </message>
    <message>
        <source>note: the training accuracy rose while the test accuracy fell for two epochs: the network is learning its training pictures by heart. More pictures, --augment or a dropout layer help it learn what the classes have in common.</source>
        <translation>참고: 두 에포크 동안 학습 정확도는 오르는데 테스트 정확도는 떨어졌습니다. 신경망이 학습 그림을 통째로 외우고 있습니다(과적합). 그림을 더 넣거나, --augment나 드롭아웃층을 쓰면 클래스들의 공통점을 배우는 데 도움이 됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>그리고 %n개 더</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingText</name>
    <message>
        <source>Convolution</source>
        <translation>컨볼루션</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>최대값 풀링</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>평균값 풀링</translation>
    </message>
    <message>
        <source>Flattening</source>
        <translation>평탄화</translation>
    </message>
    <message>
        <source>Fully connected</source>
        <translation>완전 연결층</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>%1 K=%2, F=%3</source>
        <translation>%1 K=%2, F=%3</translation>
    </message>
    <message>
        <source>, S=%1</source>
        <translation>, S=%1</translation>
    </message>
    <message>
        <source>, P=%1</source>
        <translation>, P=%1</translation>
    </message>
    <message>
        <source>%1 F=%2</source>
        <translation>%1 F=%2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n outputs</source>
        <translation>
            <numerusform>%1, 출력 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Training finished after epoch %1: test accuracy %2.</source>
        <translation>에포크 %1 뒤에 학습이 끝났습니다: 테스트 정확도 %2.</translation>
    </message>
    <message numerus="yes">
        <source>Training stopped after %n complete epoch(s). Continue to train on from here, or reset.</source>
        <translation>
            <numerusform>에포크 %n번을 마친 뒤 학습을 멈췄습니다. 여기서부터 이어서 학습하거나 초기화하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training stopped: the loss became NaN or infinite at epoch %1, batch %2. The learning rate %3 is probably too high; try a lower one, such as %4. The weights of the last good batch were kept.</source>
        <translation>학습을 멈췄습니다: 에포크 %1, 배치 %2에서 손실이 NaN이나 무한대가 되었습니다. 학습률 %3이(가) 너무 큰 것 같습니다. %4처럼 더 작은 값을 써 보세요. 마지막으로 정상이던 배치의 가중치를 남겨 두었습니다.</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>하이퍼볼릭 탄젠트</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>리키 ReLU</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation>전역 평균값 풀링</translation>
    </message>
    <message>
        <source>Min pooling</source>
        <translation>최소값 풀링</translation>
    </message>
    <message>
        <source>The loss became NaN or infinite at epoch %1.</source>
        <translation>에포크 %1에서 손실이 NaN 또는 무한대가 되었습니다.</translation>
    </message>
    <message>
        <source>The loss grew to %1 at epoch %2, batch %3, from its best of %4.</source>
        <translation>에포크 %2, 배치 %3에서 손실이 가장 좋았던 %4에서 %1(으)로 커졌습니다.</translation>
    </message>
    <message>
        <source>After epoch %1 the network is right on %2 of the test images: no better than guessing.</source>
        <translation>에포크 %1이 지났는데도 신경망이 테스트 이미지의 %2만 맞힙니다: 찍는 것보다 나을 게 없습니다.</translation>
    </message>
    <message>
        <source>The training diverged: the learning rate %1 is too large for this network. Try %2: Reset, set the learning rate and start again.</source>
        <translation>학습이 발산했습니다: 학습률 %1은(는) 이 신경망에 너무 큽니다. %2을(를) 써 보세요: 초기화하고 학습률을 바꾼 뒤 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The network is learning its training pictures by heart: for two epochs its training accuracy rose while its test accuracy fell. More pictures, augmentation or a dropout layer help it learn what the pictures of a class have in common.</source>
        <translation>신경망이 학습 그림을 통째로 외우고 있습니다(과적합): 두 에포크 동안 학습 정확도는 오르는데 테스트 정확도는 떨어졌습니다. 그림을 더 넣거나, 데이터 증강이나 드롭아웃층을 쓰면 한 클래스의 그림들이 가진 공통점을 배우는 데 도움이 됩니다.</translation>
    </message>
    <message>
        <source>The class “%1” has only %2 training pictures where a class typically has %3: the network will learn it worse and may never answer it. Add pictures to it.</source>
        <translation>클래스 “%1”의 학습 그림은 %2개뿐인데 보통 클래스는 %3개입니다: 신경망이 이 클래스를 잘 배우지 못하고 아예 답하지 않을 수도 있습니다. 그림을 더 넣으세요.</translation>
    </message>
</context>
<context>
    <name>WorksheetCommand</name>
    <message>
        <source>the worksheet&apos;s number, from 0 to %1: the same number gives the same sheet</source>
        <translation>학습지 번호, 0부터 %1까지: 같은 번호는 같은 학습지를 만듭니다</translation>
    </message>
    <message>
        <source>the language of the sheet and of the messages (default: the system&apos;s)</source>
        <translation>학습지와 메시지의 언어 (기본값: 시스템의 언어)</translation>
    </message>
    <message>
        <source>Writes a printable convolution worksheet, two A4 pages:
  page 1  a small image and a 3×3 kernel with the stride S and the zero padding P, the question
          W_out = (W_in - F + 2P)/S + 1 = ___ and an empty output grid to fill in
  page 2  the answers: the formula with the numbers, the output grid and the first cell worked out
The seed chooses the numbers: the same seed gives the same sheet on every computer.</source>
        <translation>인쇄용 컨볼루션 학습지를 A4 두 쪽으로 씁니다:
  1쪽  작은 이미지와 3×3 커널, 스트라이드 S와 제로패딩 P, 질문
       W_out = (W_in - F + 2P)/S + 1 = ___ 과 채워 넣을 빈 출력 칸
  2쪽  정답: 숫자를 넣은 공식, 채워진 출력 칸, 첫 번째 칸의 계산
시드가 숫자를 정합니다: 같은 시드는 어느 컴퓨터에서나 같은 학습지를 만듭니다.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to %1, not &apos;%2&apos;</source>
        <translation>--seed는 0부터 %1까지의 정수여야 합니다(&apos;%2&apos;은(는) 안 됩니다)</translation>
    </message>
    <message>
        <source>%1: worksheet %2, the problem on page 1 and the answers on page 2</source>
        <translation>%1: 학습지 %2, 1쪽은 문제, 2쪽은 정답</translation>
    </message>
    <message>
        <source>  convscope-cli worksheet --seed 7 --lang ko --output worksheet-7.pdf
  convscope-cli worksheet --seed 7 --output - | lp</source>
        <translation>  convscope-cli worksheet --seed 7 --lang ko --output worksheet-7.pdf
  convscope-cli worksheet --seed 7 --output - | lp</translation>
    </message>
    <message>
        <source>the PDF file to write, replacing an existing one; - writes the PDF to standard output</source>
        <translation>저장할 PDF 파일; 같은 이름의 파일이 있으면 바꿉니다. -이면 PDF를 표준 출력으로 씁니다</translation>
    </message>
</context>
<context>
    <name>WorksheetPdf</name>
    <message>
        <source>Convolution worksheet</source>
        <translation>컨볼루션 학습지</translation>
    </message>
    <message>
        <source>ConvScope worksheet, seed %1 (convscope-cli worksheet --seed %1) · page %2 of 2</source>
        <translation>ConvScope 학습지, 시드 %1 (convscope-cli worksheet --seed %1) · %2/2쪽</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>Slide the kernel over the image from the top left to the bottom right, S cells at a time. At each step, multiply every image cell under the kernel by the weight on it and add the products: the sum is one cell of the output, the convolved feature. The kernel is not flipped.</source>
        <translation>커널을 이미지의 가장 왼쪽 위부터 가장 오른쪽 아래까지 S칸씩 옮기세요. 단계마다 커널 아래에 있는 이미지의 값에 그 위의 커널 값을 곱해서 모두 더합니다. 그 합이 출력, 곧 컨볼루션 결과(Convolved Feature)의 한 칸입니다. 커널은 뒤집지 않습니다.</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>이미지 %1</translation>
    </message>
    <message>
        <source>Kernel %1</source>
        <translation>커널 %1</translation>
    </message>
    <message>
        <source>Stride S = %1</source>
        <translation>스트라이드 S = %1</translation>
    </message>
    <message>
        <source>Zero padding P = %1</source>
        <translation>제로패딩 P = %1</translation>
    </message>
    <message>
        <source>Filter size F = %1</source>
        <translation>필터의 크기 F = %1</translation>
    </message>
    <message>
        <source>The dashed cells around the image are the zero padding: each counts as 0.</source>
        <translation>이미지 둘레의 점선 칸은 제로패딩입니다: 모두 0으로 계산합니다.</translation>
    </message>
    <message>
        <source>1. What is the output size?</source>
        <translation>1. 출력 크기는 얼마일까요?</translation>
    </message>
    <message>
        <source>2. Fill in the output grid, one cell per step.</source>
        <translation>2. 출력 칸을 채우세요. 한 단계에 한 칸입니다.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>1. The output size</source>
        <translation>1. 출력 크기</translation>
    </message>
    <message>
        <source>The output is %1.</source>
        <translation>출력 크기는 %1입니다.</translation>
    </message>
    <message>
        <source>2. The output, the convolved feature</source>
        <translation>2. 출력: 컨볼루션 결과 (Convolved Feature)</translation>
    </message>
    <message>
        <source>3. The first cell, worked out</source>
        <translation>3. 첫 번째 칸의 계산</translation>
    </message>
    <message>
        <source>The kernel on the top left of the image with its zero padding: each cell under it times the weight on it, added up.</source>
        <translation>제로패딩을 두른 이미지의 가장 왼쪽 위에 놓인 커널: 커널 아래 각 칸의 값에 그 위의 커널 값을 곱해서 모두 더합니다.</translation>
    </message>
    <message>
        <source>The kernel on the top left of the image: each cell under it times the weight on it, added up.</source>
        <translation>이미지의 가장 왼쪽 위에 놓인 커널: 커널 아래 각 칸의 값에 그 위의 커널 값을 곱해서 모두 더합니다.</translation>
    </message>
    <message>
        <source>cannot write the worksheet to %1: %2</source>
        <translation>학습지를 %1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>convscope::io::GifWriter</name>
    <message>
        <source>An animation must be 1 to %1 pixels wide and high.</source>
        <translation>애니메이션의 가로와 세로는 1~%1 픽셀이어야 합니다.</translation>
    </message>
    <message>
        <source>A GIF palette holds 1 to 256 colours.</source>
        <translation>GIF 팔레트에는 색이 1~256가지 들어갑니다.</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The animation file is not open.</source>
        <translation>애니메이션 파일이 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>A frame has %1 pixels; the animation needs %2.</source>
        <translation>프레임의 픽셀이 %1개인데 애니메이션에는 %2개가 필요합니다.</translation>
    </message>
    <message>
        <source>A frame uses a colour outside the palette.</source>
        <translation>프레임에 팔레트에 없는 색이 쓰였습니다.</translation>
    </message>
    <message>
        <source>An animation needs at least one frame.</source>
        <translation>애니메이션에는 프레임이 하나 이상 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>convscope::io::OutputSizeText</name>
    <message numerus="yes">
        <source>%1 is not a multiple of the stride %2, so the division is rounded down: the last %n column(s) of the padded input are never covered by a window.</source>
        <translation>
            <numerusform>%1은(는) 스트라이드 %2의 배수가 아니어서 나눗셈을 내림합니다: 제로패딩한 입력의 마지막 %n열은 어떤 윈도우도 덮지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a multiple of the stride %2, so the division is rounded down: the last %n row(s) of the padded input are never covered by a window.</source>
        <translation>
            <numerusform>%1은(는) 스트라이드 %2의 배수가 아니어서 나눗셈을 내림합니다: 제로패딩한 입력의 마지막 %n행은 어떤 윈도우도 덮지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>no window fits across the width: the filter spans %1 columns but the padded input is only %2 wide (W_in + 2P = %3 + 2*%4); use a smaller filter or more padding</source>
        <translation>가로로 들어가는 윈도우가 없습니다: 필터는 %1열에 걸치는데 제로패딩한 입력의 가로는 %2뿐입니다(W_in + 2P = %3 + 2*%4). 더 작은 필터나 더 많은 제로패딩을 쓰세요</translation>
    </message>
    <message>
        <source>no window fits down the height: the filter spans %1 rows but the padded input is only %2 high (H_in + 2P = %3 + 2*%4); use a smaller filter or more padding</source>
        <translation>세로로 들어가는 윈도우가 없습니다: 필터는 %1행에 걸치는데 제로패딩한 입력의 세로는 %2뿐입니다(H_in + 2P = %3 + 2*%4). 더 작은 필터나 더 많은 제로패딩을 쓰세요</translation>
    </message>
    <message>
        <source>Width: W_in − F + 2P = %1 divides by the stride %2 exactly, so every input column is covered by a window.</source>
        <translation>가로: W_in − F + 2P = %1이(가) 스트라이드 %2(으)로 나누어떨어지므로 입력의 모든 열을 윈도우가 덮습니다.</translation>
    </message>
    <message>
        <source>Height: H_in − F + 2P = %1 divides by the stride %2 exactly, so every input row is covered by a window.</source>
        <translation>세로: H_in − F + 2P = %1이(가) 스트라이드 %2(으)로 나누어떨어지므로 입력의 모든 행을 윈도우가 덮습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Width: W_in − F + 2P = %1 does not divide by the stride %2, so the result is rounded down to %3 and the last %n column(s) of the padded input are never covered by a window.</source>
        <translation>
            <numerusform>가로: W_in − F + 2P = %1이(가) 스트라이드 %2(으)로 나누어떨어지지 않아 결과를 %3(으)로 내림하고, 제로패딩한 입력의 마지막 %n열은 어떤 윈도우도 덮지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Height: H_in − F + 2P = %1 does not divide by the stride %2, so the result is rounded down to %3 and the last %n row(s) of the padded input are never covered by a window.</source>
        <translation>
            <numerusform>세로: H_in − F + 2P = %1이(가) 스트라이드 %2(으)로 나누어떨어지지 않아 결과를 %3(으)로 내림하고, 제로패딩한 입력의 마지막 %n행은 어떤 윈도우도 덮지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Width: no window fits. The filter spans %1 cells but the padded input is only %2 cells wide (W_in + 2P). Use a smaller filter or more padding.</source>
        <translation>가로: 들어가는 윈도우가 없습니다. 필터는 %1칸에 걸치는데 제로패딩한 입력의 가로는 %2칸뿐입니다(W_in + 2P). 더 작은 필터나 더 많은 제로패딩을 쓰세요.</translation>
    </message>
    <message>
        <source>Height: no window fits. The filter spans %1 cells but the padded input is only %2 cells high (H_in + 2P). Use a smaller filter or more padding.</source>
        <translation>세로: 들어가는 윈도우가 없습니다. 필터는 %1칸에 걸치는데 제로패딩한 입력의 세로는 %2칸뿐입니다(H_in + 2P). 더 작은 필터나 더 많은 제로패딩을 쓰세요.</translation>
    </message>
    <message>
        <source>The input width must be at least 1, not %1.</source>
        <translation>입력 가로 길이는 1 이상이어야 합니다(%1은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>The input height must be at least 1, not %1.</source>
        <translation>입력 세로 길이는 1 이상이어야 합니다(%1은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>The filter size F must be at least 1, not %1.</source>
        <translation>필터의 크기 F는 1 이상이어야 합니다(%1은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>The stride S must be at least 1, not %1.</source>
        <translation>스트라이드 S는 1 이상이어야 합니다(%1은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>The zero padding P cannot be negative, not %1.</source>
        <translation>제로패딩 P는 음수일 수 없습니다(%1은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>The dilation D must be at least 1, not %1.</source>
        <translation>팽창 D는 1 이상이어야 합니다(%1은(는) 안 됩니다).</translation>
    </message>
</context>
<context>
    <name>convscope::ui::ActivationModel</name>
    <message>
        <source>%1: there is no picture in it</source>
        <translation>%1: 그림이 들어 있지 않습니다</translation>
    </message>
    <message>
        <source>%1: %2×%3 pixels is larger than the limit of %4 megapixels</source>
        <translation>%1: %2×%3 픽셀은 한도인 %4메가픽셀보다 큽니다</translation>
    </message>
    <message>
        <source>%1: not enough memory to read this picture</source>
        <translation>%1: 이 그림을 읽을 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>Not enough memory for the activation map. Choose a smaller resolution.</source>
        <translation>활성화 맵을 만들 메모리가 부족합니다. 더 낮은 해상도를 고르세요.</translation>
    </message>
    <message>
        <source>ReLU set %1% of the pixels to 0 (they went down to %2).</source>
        <translation>ReLU가 픽셀의 %1%를 0으로 바꿨습니다(가장 낮은 값은 %2였습니다).</translation>
    </message>
    <message>
        <source>ReLU changed nothing: no value was below 0.</source>
        <translation>ReLU가 바꾼 것이 없습니다: 0보다 작은 값이 없었습니다.</translation>
    </message>
    <message>
        <source>Drawn black: %1% below 0 (down to %2).</source>
        <translation>검정으로 그림: %1%가 0보다 작음(가장 낮은 값 %2).</translation>
    </message>
    <message>
        <source>Drawn white: %1% above 1 (up to %2).</source>
        <translation>흰색으로 그림: %1%가 1보다 큼(가장 높은 값 %2).</translation>
    </message>
    <message>
        <source>Every value lies in 0 to 1, like a photo.</source>
        <translation>모든 값이 사진처럼 0부터 1 사이에 있습니다.</translation>
    </message>
    <message>
        <source>Values from %1 to %2.</source>
        <translation>값은 %1부터 %2까지.</translation>
    </message>
    <message>
        <source>There is no activation map to save yet.</source>
        <translation>아직 저장할 활성화 맵이 없습니다.</translation>
    </message>
    <message>
        <source>Custom %1</source>
        <translation>직접 만든 %1</translation>
    </message>
    <message>
        <source>Drawn in the lowest colour: %1% below 0 (down to %2).</source>
        <translation>가장 낮은 색으로 그림: %1%가 0보다 작음(가장 낮은 값 %2).</translation>
    </message>
    <message>
        <source>Drawn in the highest colour: %1% above 1 (up to %2).</source>
        <translation>가장 높은 색으로 그림: %1%가 1보다 큼(가장 높은 값 %2).</translation>
    </message>
    <message>
        <source>The colours end at %1 and %2: %3% of the pixels lie beyond and are drawn in the end colours.</source>
        <translation>색은 %1에서 %2까지입니다. 픽셀의 %3%는 그 밖에 있어 양 끝의 색으로 그립니다.</translation>
    </message>
    <message>
        <source>The picture %1 could not be shown, so %2 stays: %3</source>
        <translation>그림 %1을(를) 보여 줄 수 없어 %2이(가) 그대로 있습니다: %3</translation>
    </message>
</context>
<context>
    <name>convscope::ui::ActivationPage</name>
    <message>
        <source>Message</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Your own kernel: edit its weights on the right</source>
        <translation>직접 만든 커널: 오른쪽에서 가중치를 고치세요</translation>
    </message>
    <message>
        <source>Activation map</source>
        <translation>활성화 맵</translation>
    </message>
    <message>
        <source>Custom kernel</source>
        <translation>직접 만든 커널</translation>
    </message>
    <message>
        <source>One pixel of the map</source>
        <translation>맵의 한 픽셀</translation>
    </message>
    <message>
        <source>Every weight is 0: there is nothing to normalise.</source>
        <translation>모든 가중치가 0입니다: 정규화할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Open picture…</source>
        <translation>그림 열기…</translation>
    </message>
    <message>
        <source>Open a PNG, JPEG, BMP, GIF or WebP picture. You can also drop a picture on this page or paste one with Ctrl+V.</source>
        <translation>PNG, JPEG, BMP, GIF 또는 WebP 그림을 엽니다. 이 페이지에 그림을 끌어다 놓거나 Ctrl+V로 붙여 넣을 수도 있습니다.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>Use the picture on the clipboard (Ctrl+V)</source>
        <translation>클립보드의 그림을 씁니다(Ctrl+V)</translation>
    </message>
    <message>
        <source>Pictures made for this lesson</source>
        <translation>이 수업을 위해 만든 그림</translation>
    </message>
    <message>
        <source>Car (hard edges)</source>
        <translation>자동차(각진 모서리)</translation>
    </message>
    <message>
        <source>Person (round edges)</source>
        <translation>사람(둥근 모서리)</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>체커보드</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>얼굴</translation>
    </message>
    <message>
        <source>Digit</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>The lecture&apos;s example: a car has straight edges and sharp corners</source>
        <translation>강의의 예시: 자동차는 모서리가 곧고 모퉁이가 각져 있습니다</translation>
    </message>
    <message>
        <source>The lecture&apos;s example: a person has round edges</source>
        <translation>강의의 예시: 사람은 모서리가 둥급니다</translation>
    </message>
    <message>
        <source>The longer side of the picture the kernels run over. Larger is sharper and slower; maps larger than about a megapixel are computed in the background.</source>
        <translation>커널이 지나가는 그림의 긴 변 길이. 클수록 선명하지만 느립니다. 약 1메가픽셀보다 큰 맵은 백그라운드에서 계산합니다.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>해상도</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1픽셀</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>원래 크기</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>회색</translation>
    </message>
    <message>
        <source>RGB, per channel</source>
        <translation>RGB, 채널별</translation>
    </message>
    <message>
        <source>Grey: one channel (luminance). RGB: the kernel runs over the red, green and blue channels separately; pick the one shown.</source>
        <translation>회색: 채널 하나(밝기). RGB: 커널이 빨강, 초록, 파랑 채널을 따로 지나갑니다. 보여 줄 채널을 고르세요.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>빨강</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>초록</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <source>Channel shown</source>
        <translation>보여 줄 채널</translation>
    </message>
    <message>
        <source>ReLU after the kernel</source>
        <translation>커널 뒤에 ReLU</translation>
    </message>
    <message>
        <source>max(0, x): negative values become 0, as after a convolution layer in a CNN</source>
        <translation>max(0, x): CNN의 컨볼루션층 뒤에서처럼 음수 값이 0이 됩니다</translation>
    </message>
    <message>
        <source>Grey, like a photo (0 black, 1 white)</source>
        <translation>회색, 사진처럼(0은 검정, 1은 흰색)</translation>
    </message>
    <message>
        <source>Blue–orange, centred on 0</source>
        <translation>파랑–주황, 0이 가운데</translation>
    </message>
    <message>
        <source>Viridis, lowest to highest</source>
        <translation>Viridis, 낮은 값부터 높은 값까지</translation>
    </message>
    <message>
        <source>Cividis, lowest to highest</source>
        <translation>Cividis, 낮은 값부터 높은 값까지</translation>
    </message>
    <message>
        <source>How values become colours. Like a photo, edges show light on dark; blue–orange shows negative and positive values apart.</source>
        <translation>값이 색으로 바뀌는 방법. 사진처럼 하면 모서리가 어두운 바탕에 밝게 보이고, 파랑–주황은 음수 값과 양수 값을 나누어 보여 줍니다.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>색</translation>
    </message>
    <message>
        <source>Save map as PNG…</source>
        <translation>맵을 PNG로 저장…</translation>
    </message>
    <message>
        <source>Save the selected map, coloured as shown, one pixel per value</source>
        <translation>선택한 맵을 보이는 색 그대로, 값 하나에 픽셀 하나로 저장합니다</translation>
    </message>
    <message>
        <source>Copy map</source>
        <translation>맵 복사</translation>
    </message>
    <message>
        <source>Copy the selected map to the clipboard as a picture</source>
        <translation>선택한 맵을 그림으로 클립보드에 복사합니다</translation>
    </message>
    <message>
        <source>pasted picture</source>
        <translation>붙여 넣은 그림</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a picture (or a picture file) and paste again.</source>
        <translation>클립보드에 그림이 없습니다. 그림(또는 그림 파일)을 복사한 뒤 다시 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Only pictures can be dropped here.</source>
        <translation>여기에는 그림만 끌어다 놓을 수 있습니다.</translation>
    </message>
    <message>
        <source>Open a picture</source>
        <translation>그림 열기</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>그림 (%1)</translation>
    </message>
    <message>
        <source>Save the activation map</source>
        <translation>활성화 맵 저장</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <source>There is no activation map to copy yet.</source>
        <translation>아직 복사할 활성화 맵이 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 pixels</source>
        <translation>%1: %2 픽셀</translation>
    </message>
    <message>
        <source>%1: %2 pixels, convolved at %3</source>
        <translation>%1: %2 픽셀, %3(으)로 컨볼루션</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>red</source>
        <translation>빨강</translation>
    </message>
    <message>
        <source>green</source>
        <translation>초록</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <source>Original, %1 channel</source>
        <translation>원본, %1 채널</translation>
    </message>
    <message>
        <source>(computing…)</source>
        <translation>(계산 중…)</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>예시 그림</translation>
    </message>
    <message>
        <source>Vertical and horizontal edges of equal strength</source>
        <translation>세기가 같은 세로 모서리와 가로 모서리</translation>
    </message>
    <message>
        <source>Round outlines and small dark details</source>
        <translation>둥근 윤곽선과 작고 어두운 세부</translation>
    </message>
    <message>
        <source>A handwritten 3, white on black like the MNIST digits</source>
        <translation>MNIST 숫자처럼 검정 바탕에 흰색으로 쓴 손글씨 3</translation>
    </message>
    <message>
        <source>Your own kernel: edit its weights on the right.</source>
        <translation>직접 만든 커널: 오른쪽에서 가중치를 고치세요.</translation>
    </message>
    <message>
        <source>View ▸ Colour map colours every view of the program. Choose “As each view chooses” there to choose the colours here.</source>
        <translation>보기 ▸ 컬러맵이 프로그램의 모든 보기의 색을 정합니다. 여기서 색을 고르려면 그곳에서 “각 보기가 고른 대로”를 고르세요.</translation>
    </message>
    <message>
        <source>custom kernel edit</source>
        <translation>직접 만든 커널 편집</translation>
    </message>
    <message>
        <source>kernel choice</source>
        <translation>커널 선택</translation>
    </message>
    <message>
        <source>ReLU change</source>
        <translation>ReLU 변경</translation>
    </message>
</context>
<context>
    <name>convscope::ui::ActivationWorker</name>
    <message>
        <source>Not enough memory for the activation map of a %1×%2 picture. Choose a smaller resolution.</source>
        <translation>%1×%2 그림의 활성화 맵을 만들 메모리가 부족합니다. 더 낮은 해상도를 고르세요.</translation>
    </message>
    <message>
        <source>Not enough memory for the activation maps of a %1×%2 frame. Choose a smaller resolution.</source>
        <translation>%1×%2 프레임의 활성화 맵을 만들 메모리가 부족합니다. 더 낮은 해상도를 고르세요.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::ArchitectureEditor</name>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Number of filters K (convolution) or outputs (fully connected)</source>
        <translation>필터 개수 K(컨볼루션) 또는 출력 개수(완전 연결층)</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Filter or window size F: the window is F×F</source>
        <translation>필터 또는 윈도우 크기 F: 윈도우는 F×F입니다</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Stride S: how far the window moves each step</source>
        <translation>스트라이드 S: 윈도우가 한 단계에 움직이는 거리</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Zero padding P on every side</source>
        <translation>모든 변의 제로패딩 P</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>층 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Classroom CNN</source>
        <translation>교실용 CNN</translation>
    </message>
    <message>
        <source>Tutorial CNN (larger, slower)</source>
        <translation>튜토리얼 CNN(더 크고 느림)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>직접 구성</translation>
    </message>
    <message>
        <source>Start from a network described in the lecture, then edit its layers</source>
        <translation>강의에 나온 신경망에서 시작한 뒤 층을 고치세요</translation>
    </message>
    <message>
        <source>Architecture preset</source>
        <translation>구조 프리셋</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>시작할 구조:</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>The shape after the layer, [W, H, K] as in the lecture</source>
        <translation>층을 지난 뒤의 모양, 강의에서처럼 [W, H, K]</translation>
    </message>
    <message>
        <source>Layers of the network</source>
        <translation>신경망의 층</translation>
    </message>
    <message>
        <source>Kind of the selected layer</source>
        <translation>선택한 층의 종류</translation>
    </message>
    <message>
        <source>Layer kind</source>
        <translation>층 종류</translation>
    </message>
    <message>
        <source>Fraction of the values dropout sets to zero while training</source>
        <translation>학습하는 동안 드롭아웃이 0으로 만드는 값의 비율</translation>
    </message>
    <message>
        <source>Insert a layer after the selected one</source>
        <translation>선택한 층 뒤에 층을 넣습니다</translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation>선택한 층을 제거합니다</translation>
    </message>
    <message>
        <source>Move the selected layer up</source>
        <translation>선택한 층을 위로 옮깁니다</translation>
    </message>
    <message>
        <source>Move the selected layer down</source>
        <translation>선택한 층을 아래로 옮깁니다</translation>
    </message>
    <message>
        <source>Problem with the architecture</source>
        <translation>구조에 문제가 있습니다</translation>
    </message>
    <message>
        <source>Input image</source>
        <translation>입력 이미지</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>맞지 않음</translation>
    </message>
    <message>
        <source>%1 learned parameters (weights and biases)</source>
        <translation>학습되는 매개변수(가중치와 편향) %1개</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Number of outputs of the fully connected layer</source>
        <translation>완전 연결층의 출력 개수</translation>
    </message>
    <message>
        <source>Number of filters K</source>
        <translation>필터 개수 K</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>ε, added to the variance before its square root: (x − mean)/√(var + ε)·γ + β</source>
        <translation>ε: 제곱근을 구하기 전에 분산에 더하는 값: (x − 평균)/√(분산 + ε)·γ + β</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>Slope A of the leaky ReLU: x when x &gt; 0, else A·x</source>
        <translation>리키 ReLU의 기울기 A: x &gt; 0이면 x, 아니면 A·x</translation>
    </message>
    <message>
        <source>Padding P on every side, at most half the window: −∞ for max pooling, +∞ for min pooling, zeros counted in the mean for average pooling</source>
        <translation>모든 변에 덧붙이는 칸 P(윈도우 크기의 절반까지): 최대값 풀링은 −∞, 최소값 풀링은 +∞, 평균값 풀링은 평균에 포함되는 0으로 채웁니다</translation>
    </message>
</context>
<context>
    <name>convscope::ui::ConfusionMatrixView</name>
    <message>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <source>the network&apos;s answer →</source>
        <translation>신경망의 답 →</translation>
    </message>
    <message>
        <source>true class →</source>
        <translation>실제 클래스 →</translation>
    </message>
    <message numerus="yes">
        <source>%n test image(s) of class %1 classified as %2</source>
        <translation>
            <numerusform>클래스 %1의 테스트 이미지 %n개를 %2(으)로 분류함</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see them.</source>
        <translation>눌러서 이미지를 보세요.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::DatasetLoader</name>
    <message>
        <source>The bundled digits were not found. Reinstall ConvScope or choose a folder of IDX files.</source>
        <translation>함께 제공되는 숫자 데이터를 찾지 못했습니다. ConvScope를 다시 설치하거나 IDX 파일이 든 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>Not enough memory to load the dataset in “%1”.</source>
        <translation>“%1”의 데이터셋을 불러올 메모리가 부족합니다.</translation>
    </message>
    <message>
        <source>The dataset in “%1” cannot be used: %2</source>
        <translation>“%1”의 데이터셋을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Not enough memory to load the pictures in “%1”.</source>
        <translation>“%1”의 그림을 불러올 메모리가 부족합니다.</translation>
    </message>
    <message>
        <source>The pictures in “%1” cannot be used: %2</source>
        <translation>“%1”의 그림은 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>convscope::ui::DigitCanvas</name>
    <message>
        <source>Drawing area</source>
        <translation>그리기 영역</translation>
    </message>
    <message>
        <source>Draw a digit with the left mouse button; the right button clears</source>
        <translation>왼쪽 마우스 버튼으로 숫자를 그리세요. 오른쪽 버튼은 지웁니다</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>여기에 숫자를 그리세요</translation>
    </message>
</context>
<context>
    <name>convscope::ui::DrawingClassifier</name>
    <message>
        <source>Train a network (or load a model) to see what it makes of your drawing.</source>
        <translation>신경망을 학습하거나 모델을 불러오면 그림을 어떻게 보는지 알 수 있습니다.</translation>
    </message>
    <message>
        <source>This network reads %1 images; a drawing is a 28×28 grey digit.</source>
        <translation>이 신경망은 %1 이미지를 읽습니다. 그림은 28×28 회색 숫자입니다.</translation>
    </message>
    <message>
        <source>Getting the network ready for your drawing…</source>
        <translation>그림을 분류할 신경망을 준비하는 중…</translation>
    </message>
    <message>
        <source>Train a network (or load a model) to see what it makes of your picture.</source>
        <translation>신경망을 학습하거나 모델을 불러오면 이 그림을 어떻게 보는지 알 수 있습니다.</translation>
    </message>
    <message>
        <source>This network reads %1 pictures.</source>
        <translation>이 신경망은 %1 그림을 읽습니다.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::EditHistory</name>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>The page is busy: a training run is in progress, or a dataset is being read. Undo and redo when it has finished or after stopping it.</source>
        <translation>페이지가 작업 중입니다. 학습이 진행 중이거나 데이터셋을 읽는 중입니다. 끝나거나 멈춘 뒤에 실행 취소나 다시 실행을 하세요.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::ExportActions</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Exported from ConvScope</source>
        <translation>ConvScope에서 내보냄</translation>
    </message>
    <message>
        <source>There are no values to save yet.</source>
        <translation>아직 저장할 값이 없습니다.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Save image as PNG…</source>
        <translation>이미지를 PNG로 저장…</translation>
    </message>
    <message>
        <source>Save image as PNG</source>
        <translation>이미지를 PNG로 저장</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <source>Save image as SVG…</source>
        <translation>이미지를 SVG로 저장…</translation>
    </message>
    <message>
        <source>Save image as SVG</source>
        <translation>이미지를 SVG로 저장</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>이미지 복사</translation>
    </message>
    <message>
        <source>Save values as CSV…</source>
        <translation>값을 CSV로 저장…</translation>
    </message>
    <message>
        <source>Save values as CSV</source>
        <translation>값을 CSV로 저장</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <source>%1: ConvScope saves pictures as .png or .svg, not .%2.</source>
        <translation>%1: ConvScope는 그림을 .png나 .svg로 저장합니다. .%2(으)로는 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
</context>
<context>
    <name>convscope::ui::FrameRecorder</name>
    <message>
        <source>Type or pick a class name first.</source>
        <translation>먼저 클래스 이름을 입력하거나 고르세요.</translation>
    </message>
    <message>
        <source>“%1” cannot name a class folder: use a name without / or \.</source>
        <translation>“%1”은(는) 클래스 폴더 이름이 될 수 없습니다. / 나 \ 가 없는 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>Choose the folder to record into first.</source>
        <translation>먼저 녹화할 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>Start the camera or a video first: recording keeps its frames.</source>
        <translation>먼저 카메라나 동영상을 켜세요. 녹화는 그 프레임을 저장합니다.</translation>
    </message>
    <message>
        <source>%1: the folder cannot be made</source>
        <translation>%1: 폴더를 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>convscope::ui::GifExportDialog</name>
    <message>
        <source>Save animation as GIF</source>
        <translation>애니메이션을 GIF로 저장</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 픽셀</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>처음</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>가로:</translation>
    </message>
    <message>
        <source>Speed (steps per second):</source>
        <translation>속도 (초당 단계 수):</translation>
    </message>
    <message>
        <source>First step:</source>
        <translation>첫 단계:</translation>
    </message>
    <message>
        <source>Last step:</source>
        <translation>마지막 단계:</translation>
    </message>
</context>
<context>
    <name>convscope::ui::HelpWindow</name>
    <message>
        <source>ConvScope guide</source>
        <translation>ConvScope 안내</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>안내</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>안내</translation>
    </message>
    <message>
        <source>Try this</source>
        <translation>해 볼 것</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>살펴볼 것</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <source>Grids of numbers</source>
        <translation>숫자 격자</translation>
    </message>
</context>
<context>
    <name>convscope::ui::KernelEditor</name>
    <message>
        <source>Normalise</source>
        <translation>정규화</translation>
    </message>
    <message>
        <source>3×3</source>
        <translation>3×3</translation>
    </message>
    <message>
        <source>5×5</source>
        <translation>5×5</translation>
    </message>
    <message>
        <source>Size of the custom kernel</source>
        <translation>직접 만든 커널의 크기</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>커널 크기</translation>
    </message>
    <message>
        <source>Custom kernel weights</source>
        <translation>직접 만든 커널의 가중치</translation>
    </message>
    <message>
        <source>Click a weight and type a value (fractions such as 1/9 work), or hold Shift and turn the wheel. The map follows every change.</source>
        <translation>가중치를 누르고 값을 입력하세요(1/9 같은 분수도 됩니다). Shift를 누른 채 휠을 돌려도 됩니다. 맵이 바뀔 때마다 따라갑니다.</translation>
    </message>
    <message>
        <source>Drag to change the selected weight and watch the map follow</source>
        <translation>끌어서 선택한 가중치를 바꾸고 맵이 따라 바뀌는 것을 보세요</translation>
    </message>
    <message>
        <source>Selected weight</source>
        <translation>선택한 가중치</translation>
    </message>
    <message>
        <source>Scale the weights so they sum to 1 and the picture keeps its brightness. Weights that sum to 0, as in edge kernels, are scaled so the positive ones sum to 1.</source>
        <translation>가중치의 합이 1이 되도록 크기를 맞춰 그림의 밝기를 유지합니다. 모서리 커널처럼 합이 0인 가중치는 양수 가중치의 합이 1이 되도록 맞춥니다.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Start from a preset</source>
        <translation>프리셋에서 시작</translation>
    </message>
    <message>
        <source>Start from %1</source>
        <translation>%1에서 시작</translation>
    </message>
    <message>
        <source>Copy the selected preset&apos;s weights into the custom kernel</source>
        <translation>선택한 프리셋의 가중치를 직접 만든 커널로 복사합니다</translation>
    </message>
    <message>
        <source>Click a weight to edit it</source>
        <translation>가중치를 눌러 고치세요</translation>
    </message>
    <message>
        <source>Weight in row %1, column %2: %3</source>
        <translation>%1행 %2열의 가중치: %3</translation>
    </message>
</context>
<context>
    <name>convscope::ui::KernelGallery</name>
    <message>
        <source>Original</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>The picture the kernels run over</source>
        <translation>커널이 지나가는 그림</translation>
    </message>
</context>
<context>
    <name>convscope::ui::LayerDetailPanel</name>
    <message>
        <source>Step through this sum on the Convolution page</source>
        <translation>이 합을 컨볼루션 페이지에서 단계별로 보기</translation>
    </message>
    <message>
        <source>Step through this pooling on the Pooling page</source>
        <translation>이 풀링을 풀링 페이지에서 단계별로 보기</translation>
    </message>
    <message>
        <source>Click any map above to open it</source>
        <translation>위의 맵을 누르면 크게 엽니다</translation>
    </message>
    <message>
        <source>You will see it large, beside the input channels and learned kernels that produced it, and how every value in it was computed.</source>
        <translation>맵을 크게 보여 주고, 그 맵을 만든 입력 채널과 학습된 커널, 그리고 맵의 모든 값이 어떻게 계산되었는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>%1, map %2 of %3</source>
        <translation>%1, 맵 %2 / %3</translation>
    </message>
    <message>
        <source>Map %1, %2×%3</source>
        <translation>맵 %1, %2×%3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n value(s)</source>
        <translation>
            <numerusform>%1, 값 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Input channels ∗ learned kernels</source>
        <translation>입력 채널 ∗ 학습된 커널</translation>
    </message>
    <message>
        <source>Before: map %1 of the previous layer</source>
        <translation>이전: 앞 층의 맵 %1</translation>
    </message>
    <message>
        <source>Input channel %1 and its kernel</source>
        <translation>입력 채널 %1과(와) 그 커널</translation>
    </message>
    <message>
        <source>Input channel %1</source>
        <translation>입력 채널 %1</translation>
    </message>
    <message>
        <source>Learned kernel for channel %1</source>
        <translation>채널 %1의 학습된 커널</translation>
    </message>
    <message>
        <source>bias %1</source>
        <translation>편향 %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more channel(s): the Convolution page shows every one.</source>
        <translation>
            <numerusform>… 그리고 채널 %n개 더: 컨볼루션 페이지에서 모두 볼 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The network&apos;s input: %1 values from 0 (black) to 1 (white), as in the training images.</source>
        <translation>신경망의 입력: 학습 이미지처럼 0(검정)부터 1(흰색)까지의 값 %1개.</translation>
    </message>
    <message>
        <source>Filter %1 slides over every input channel; at each position the products of the window with the kernels are summed over all channels, and the bias is added.</source>
        <translation>필터 %1이(가) 모든 입력 채널 위를 지나갑니다. 각 위치에서 윈도우와 커널의 곱을 모든 채널에 걸쳐 더하고 편향을 더합니다.</translation>
    </message>
    <message>
        <source>ReLU keeps positive values and turns negative ones into 0: the blue disappears.</source>
        <translation>ReLU는 양수 값을 남기고 음수 값을 0으로 바꿉니다: 파란색이 사라집니다.</translation>
    </message>
    <message>
        <source>Each window of the map before keeps only its largest value: the map shrinks, the strongest responses stay.</source>
        <translation>앞 맵의 각 윈도우에서 가장 큰 값만 남깁니다: 맵은 작아지고 가장 강한 반응은 남습니다.</translation>
    </message>
    <message>
        <source>Each window of the map before is replaced by its average: the map shrinks.</source>
        <translation>앞 맵의 각 윈도우를 평균값으로 바꿉니다: 맵이 작아집니다.</translation>
    </message>
    <message>
        <source>Flattening unrolls the maps into one vector, map after map and row after row; no value changes.</source>
        <translation>평탄화(Flattening)는 맵들을 맵 순서대로, 행 순서대로 벡터 하나로 펼칩니다. 값은 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>A fully connected layer: every output is a weighted sum of all inputs plus a bias.</source>
        <translation>완전 연결층: 모든 출력은 모든 입력의 가중합에 편향을 더한 값입니다.</translation>
    </message>
    <message>
        <source>Dropout only acts while training; here every value passes unchanged.</source>
        <translation>드롭아웃은 학습할 때만 작동합니다. 여기서는 모든 값이 그대로 지나갑니다.</translation>
    </message>
    <message>
        <source>Click a value in the map to see how it was computed.</source>
        <translation>맵의 값을 누르면 어떻게 계산되었는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>Click a value in the strip above to see how it was computed.</source>
        <translation>위 띠의 값을 누르면 어떻게 계산되었는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>The Convolution page lays out at most %1 input channels; this layer has %2.</source>
        <translation>컨볼루션 페이지는 입력 채널을 %1개까지만 펼쳐 보여 줍니다. 이 층에는 %2개가 있습니다.</translation>
    </message>
    <message>
        <source>Each window of the map before keeps only its smallest value: the map shrinks.</source>
        <translation>앞 맵의 각 윈도우에서 가장 작은 값만 남깁니다: 맵이 작아집니다.</translation>
    </message>
    <message>
        <source>Each map is replaced by its average: one value per channel.</source>
        <translation>각 맵을 그 평균값 하나로 바꿉니다: 채널마다 값이 하나 남습니다.</translation>
    </message>
    <message>
        <source>An activation: every value passes through %1 on its own.</source>
        <translation>활성화 함수: 모든 값이 하나씩 따로 %1을(를) 거칩니다.</translation>
    </message>
    <message>
        <source>Batch normalisation: each channel has its running mean taken away, is divided by √(running variance + ε), then scaled by γ and shifted by β.</source>
        <translation>배치 정규화: 채널마다 이동 평균을 빼고 √(이동 분산 + ε)로 나눈 다음, γ를 곱하고 β를 더합니다.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::LearnedFiltersPanel</name>
    <message>
        <source>Show the weights as numbers</source>
        <translation>가중치를 숫자로 보기</translation>
    </message>
    <message>
        <source>Hand-made kernels:</source>
        <translation>직접 만든 커널:</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>필터 %1</translation>
    </message>
    <message>
        <source>Learned filter %1</source>
        <translation>학습된 필터 %1</translation>
    </message>
    <message>
        <source>Try it on a picture</source>
        <translation>그림에 적용해 보기</translation>
    </message>
    <message>
        <source>Applies this learned filter on the Activation maps page</source>
        <translation>이 학습된 필터를 활성화 맵 페이지에서 적용합니다</translation>
    </message>
    <message>
        <source>No preset has this size.</source>
        <translation>이 크기의 프리셋이 없습니다.</translation>
    </message>
    <message>
        <source>like −%1: %2 inverted (%3)</source>
        <translation>−%1과(와) 닮음: %2을(를) 반전(%3)</translation>
    </message>
    <message>
        <source>like %1 (%2)</source>
        <translation>%1과(와) 닮음(%2)</translation>
    </message>
    <message>
        <source>This network has no convolution layer, so it has no filters to show.</source>
        <translation>이 신경망에는 컨볼루션층이 없어 보여 줄 필터가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n learned filter(s) look most like an edge detector (edge, Sobel or emboss).</source>
        <translation>
            <numerusform>학습된 필터 %n개 중 %1개가 모서리 검출기(모서리, Sobel, 엠보싱)와 가장 닮았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are shown.</source>
        <translation>앞의 %1개만 보여 줍니다.</translation>
    </message>
    <message>
        <source>Its kernels for red, green and blue:</source>
        <translation>빨강, 초록, 파랑 채널의 커널:</translation>
    </message>
    <message>
        <source>red</source>
        <translation>빨강</translation>
    </message>
    <message>
        <source>green</source>
        <translation>초록</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <source>Filter %1, kernel for %2</source>
        <translation>필터 %1, %2 채널의 커널</translation>
    </message>
    <message>
        <source>What training made of the first layer&apos;s filters</source>
        <translation>학습이 첫 층의 필터를 어떻게 바꾸었나</translation>
    </message>
    <message>
        <source>Each filter of the first convolution layer beside the hand-made kernel it resembles most, by cosine similarity: 1 is the same pattern, −1 the same pattern with light and dark swapped, 0 nothing alike. Patterned kernels are compared with the filter without its mean; Blur, whose weights are all equal, with the filter as it is. Training starts from random filters: how far each one moved says how much of its look was learned.</source>
        <translation>첫 컨볼루션층의 필터마다 코사인 유사도로 가장 닮은 직접 만든 커널을 옆에 보여 줍니다. 1은 같은 무늬, −1은 밝음과 어두움이 바뀐 같은 무늬, 0은 전혀 닮지 않음입니다. 무늬가 있는 커널은 평균을 뺀 필터와, 가중치가 모두 같은 흐리게는 필터 그대로와 비교합니다. 학습은 무작위 필터에서 시작하므로, 필터가 얼마나 움직였는지가 그 모습 중 얼마가 학습된 것인지를 말해 줍니다.</translation>
    </message>
    <message>
        <source>On average a filter moved %1% of its size away from its random start; a filter that moved little looks as it does mostly because of where it started.</source>
        <translation>필터는 평균적으로 무작위 시작점에서 자기 크기의 %1%만큼 움직였습니다. 조금만 움직인 필터의 모습은 대부분 시작점에서 온 것입니다.</translation>
    </message>
    <message>
        <source>started at zero, then learned</source>
        <translation>0에서 시작해 학습됨</translation>
    </message>
    <message>
        <source>moved %1% from its random start</source>
        <translation>무작위 시작점에서 %1% 움직임</translation>
    </message>
</context>
<context>
    <name>convscope::ui::LessonMenu</name>
    <message>
        <source>1. The lecture’s 5×5 convolution</source>
        <translation>1. 강의의 5×5 컨볼루션</translation>
    </message>
    <message>
        <source>2. Stride 2 with zero padding 1</source>
        <translation>2. 스트라이드 2와 제로패딩 1</translation>
    </message>
    <message>
        <source>3. Edges of a picture in activation maps</source>
        <translation>3. 활성화 맵으로 보는 그림의 모서리</translation>
    </message>
    <message>
        <source>4. Max and average pooling</source>
        <translation>4. 최대값 풀링과 평균값 풀링</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>수업 열기</translation>
    </message>
    <message>
        <source>ConvScope lessons (*.convscope)</source>
        <translation>ConvScope 수업 (*.convscope)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;Open lesson…</source>
        <translation>수업 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a shipped &amp;lesson</source>
        <translation>함께 제공된 수업 열기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Save lesson…</source>
        <translation>수업 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>수업 저장</translation>
    </message>
    <message>
        <source>&amp;Hide this page’s settings</source>
        <translation>이 페이지의 설정 숨기기(&amp;H)</translation>
    </message>
    <message>
        <source>Students who open the saved lesson see the views and the stepping controls only</source>
        <translation>저장한 수업을 여는 학생에게는 화면과 단계 조작 버튼만 보입니다</translation>
    </message>
    <message>
        <source>5. Output size of the classroom CNN</source>
        <translation>5. 교실용 CNN의 출력 크기</translation>
    </message>
    <message>
        <source>A note to the students, shown when the lesson opens (may stay empty):</source>
        <translation>학생에게 남길 메모 (수업을 열 때 보입니다. 비워 두어도 됩니다):</translation>
    </message>
    <message>
        <source>The lesson was saved as %1.</source>
        <translation>수업을 %1 파일로 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::LiveControls</name>
    <message>
        <source>Mirror</source>
        <translation>거울처럼</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>멈춰 보기</translation>
    </message>
    <message>
        <source>Save frame…</source>
        <translation>프레임 저장…</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>끄기</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>녹화…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>Show what the camera sees, live. The arrow lists the cameras present and plays a video file in a loop instead.</source>
        <translation>카메라가 보는 것을 실시간으로 보여 줍니다. 화살표를 누르면 연결된 카메라 목록이 나오고, 대신 동영상 파일을 반복 재생할 수도 있습니다.</translation>
    </message>
    <message>
        <source>Show the camera like a mirror, as people expect from a webcam. Inside the network always reads the picture as the camera took it, so digits are not reversed.</source>
        <translation>웹캠처럼 카메라 화면을 거울처럼 좌우로 뒤집어 보여 줍니다. 신경망 들여다보기는 언제나 카메라가 찍은 그대로 읽으므로 숫자가 뒤집히지 않습니다.</translation>
    </message>
    <message>
        <source>Hold the current frame to look at it closely, save it or send it to another page</source>
        <translation>지금 프레임을 멈춰 자세히 보거나, 저장하거나, 다른 페이지로 보냅니다</translation>
    </message>
    <message>
        <source>Save the frame shown as a PNG picture</source>
        <translation>보이는 프레임을 PNG 그림으로 저장합니다</translation>
    </message>
    <message>
        <source>Use the frame shown as the picture of another page</source>
        <translation>보이는 프레임을 다른 페이지의 그림으로 씁니다</translation>
    </message>
    <message>
        <source>Stop the camera or the video; the page keeps the last frame</source>
        <translation>카메라나 동영상을 끕니다. 페이지에는 마지막 프레임이 남습니다</translation>
    </message>
    <message>
        <source>Collect pictures of your own classes from the live picture, to train a network on</source>
        <translation>실시간 화면에서 나만의 클래스 그림을 모아 신경망을 학습시킵니다</translation>
    </message>
    <message>
        <source>No camera is connected</source>
        <translation>연결된 카메라가 없습니다</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>동영상 파일…</translation>
    </message>
    <message>
        <source>Play a video in a loop</source>
        <translation>동영상 반복 재생</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.m4v *.mov *.webm *.mkv *.ogv *.ogg *.avi);;All files (*)</source>
        <translation>동영상 (*.mp4 *.m4v *.mov *.webm *.mkv *.ogv *.ogg *.avi);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Camera “%1”</source>
        <translation>카메라 “%1”</translation>
    </message>
    <message>
        <source>Video “%1”, in a loop</source>
        <translation>동영상 “%1”, 반복 재생</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>멈춤</translation>
    </message>
    <message numerus="yes">
        <source>%n frames a second</source>
        <translation>
            <numerusform>초당 %n프레임</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>다시 재생</translation>
    </message>
    <message>
        <source>No frame has arrived yet.</source>
        <translation>아직 받은 프레임이 없습니다.</translation>
    </message>
    <message>
        <source>Save the frame</source>
        <translation>프레임 저장</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
</context>
<context>
    <name>convscope::ui::LiveSource</name>
    <message>
        <source>No camera is connected to this computer. Connect one, or play a video file instead (Camera ▸ Video file…).</source>
        <translation>이 컴퓨터에 연결된 카메라가 없습니다. 카메라를 연결하거나, 대신 동영상 파일을 재생하세요(카메라 ▸ 동영상 파일…).</translation>
    </message>
    <message>
        <source>The camera “%1” cannot be used: %2. Another program may be using it, or this user may not be allowed to (on Linux, a member of the group “video”).</source>
        <translation>카메라 “%1”을(를) 쓸 수 없습니다: %2. 다른 프로그램이 쓰고 있거나, 이 사용자에게 권한이 없을 수 있습니다(Linux에서는 “video” 그룹의 구성원이어야 합니다).</translation>
    </message>
    <message>
        <source>The camera “%1” was disconnected.</source>
        <translation>카메라 “%1”의 연결이 끊겼습니다.</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 파일이 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1 cannot be played: %2. Videos in MP4 (H.264), WebM (VP8, VP9), Ogg (Theora), Matroska or AVI (Motion JPEG) play.</source>
        <translation>%1을(를) 재생할 수 없습니다: %2. MP4(H.264), WebM(VP8, VP9), Ogg(Theora), Matroska, AVI(Motion JPEG) 동영상을 재생할 수 있습니다.</translation>
    </message>
    <message>
        <source>not a video ConvScope can decode</source>
        <translation>ConvScope가 디코딩할 수 있는 동영상이 아닙니다</translation>
    </message>
    <message>
        <source>%1 cannot be played: not a video ConvScope can decode. Videos in MP4 (H.264), WebM (VP8, VP9), Ogg (Theora), Matroska or AVI (Motion JPEG) play.</source>
        <translation>%1을(를) 재생할 수 없습니다: ConvScope가 디코딩할 수 있는 동영상이 아닙니다. MP4(H.264), WebM(VP8, VP9), Ogg(Theora), Matroska, AVI(Motion JPEG) 동영상을 재생할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 holds no video, only sound.</source>
        <translation>%1에는 영상이 없고 소리만 있습니다.</translation>
    </message>
    <message>
        <source>The camera “%1” sends no picture. Another program may be using it.</source>
        <translation>카메라 “%1”이(가) 그림을 보내지 않습니다. 다른 프로그램이 쓰고 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 sends no picture: the video may be damaged, or in a format ConvScope cannot decode.</source>
        <translation>%1에서 그림이 나오지 않습니다. 동영상이 손상되었거나 ConvScope가 디코딩할 수 없는 형식일 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::MainWindow</name>
    <message>
        <source>ConvScope</source>
        <translation>ConvScope</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ConvScope</source>
        <translation>ConvScope 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About ConvScope</source>
        <translation>ConvScope 정보</translation>
    </message>
    <message>
        <source>ConvScope %1
See how convolutional neural networks see: convolution step by step, activation maps, pooling and output sizes, as in the lecture.</source>
        <translation>ConvScope %1
합성곱 신경망이 이미지를 어떻게 보는지 살펴봅니다: 단계별 컨볼루션, 활성화 맵, 풀링과 출력 크기를 강의에서처럼 보여 줍니다.</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>컨볼루션</translation>
    </message>
    <message>
        <source>Train a CNN</source>
        <translation>CNN 학습</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen with larger text and only the stepping controls (F11; Esc leaves)</source>
        <translation>전체 화면, 더 큰 글씨, 단계 조작 버튼만 보이기(F11, Esc로 나가기)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>원래 크기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Colour map</source>
        <translation>컬러맵(&amp;C)</translation>
    </message>
    <message>
        <source>As each view chooses</source>
        <translation>각 보기가 고른 대로</translation>
    </message>
    <message>
        <source>Images in grey, signed values in blue–orange, as each page chose</source>
        <translation>이미지는 회색, 부호 있는 값은 파랑–주황으로, 각 페이지가 고른 대로</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>A training run is in progress. Switch the language when it has finished or after stopping it.</source>
        <translation>학습이 진행 중입니다. 학습이 끝나거나 멈춘 뒤에 언어를 바꾸세요.</translation>
    </message>
    <message>
        <source>Leave &amp;presentation mode</source>
        <translation>발표 모드 나가기(&amp;P)</translation>
    </message>
    <message>
        <source>Activation maps</source>
        <translation>활성화 맵</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>풀링</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>출력 크기</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>발표 끝내기</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>신경망 들여다보기</translation>
    </message>
    <message>
        <source>%1 – ConvScope</source>
        <translation>%1 – ConvScope</translation>
    </message>
    <message>
        <source>The lesson opens the page “%1”, which this ConvScope does not have; the pages are: %2.</source>
        <translation>수업이 여는 페이지 “%1”이(가) 이 ConvScope에는 없습니다. 페이지: %2.</translation>
    </message>
    <message>
        <source>The lesson asks for the colour map “%1”, which this ConvScope does not have; the colour maps are: %2.</source>
        <translation>수업이 요구하는 컬러맵 “%1”이(가) 이 ConvScope에는 없습니다. 컬러맵: %2.</translation>
    </message>
    <message>
        <source>The lesson hides the settings of the page “%1”, which this ConvScope does not have.</source>
        <translation>수업이 설정을 숨기는 페이지 “%1”이(가) 이 ConvScope에는 없습니다.</translation>
    </message>
    <message>
        <source>A training run is in progress. Open the lesson when it has finished or after stopping it.</source>
        <translation>학습이 진행 중입니다. 학습이 끝나거나 멈춘 뒤에 수업을 여세요.</translation>
    </message>
    <message>
        <source>The interface could not switch to the lesson’s language “%1”.</source>
        <translation>화면 언어를 수업의 언어 “%1”(으)로 바꾸지 못했습니다.</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>수업 열기</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Guide to this page</source>
        <translation>이 페이지 안내(&amp;G)</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>안내</translation>
    </message>
    <message>
        <source>What to try on this page and what to notice (F1)</source>
        <translation>이 페이지에서 해 볼 것과 살펴볼 것 (F1)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
</context>
<context>
    <name>convscope::ui::ModelOrigin</name>
    <message>
        <source>shipped with ConvScope</source>
        <translation>ConvScope와 함께 제공됨</translation>
    </message>
    <message>
        <source>trained on the Training page</source>
        <translation>학습 페이지에서 학습함</translation>
    </message>
</context>
<context>
    <name>convscope::ui::ModelStore</name>
    <message>
        <source>The model shipped with ConvScope was not found; train one on the Training page.</source>
        <translation>ConvScope와 함께 제공되는 모델을 찾지 못했습니다. 학습 페이지에서 모델을 학습하세요.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::NetworkFlowView</name>
    <message>
        <source>The network, layer by layer</source>
        <translation>층별로 본 신경망</translation>
    </message>
    <message>
        <source>%1
value %2%3 = %4
Click to see how it is computed.</source>
        <translation>%1
값 %2%3 = %4
누르면 계산 과정을 보여 줍니다.</translation>
    </message>
    <message>
        <source>%1
map %2 of %3, %4×%5, values %6 … %7
Click to open it.</source>
        <translation>%1
맵 %2 / %3, %4×%5, 값 %6 … %7
누르면 엽니다.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::NetworkModel</name>
    <message>
        <source>The model shipped with ConvScope could not be loaded (%1). Train one on the Training page, or open a model file.</source>
        <translation>ConvScope와 함께 제공되는 모델을 불러올 수 없습니다(%1). 학습 페이지에서 모델을 학습하거나 모델 파일을 여세요.</translation>
    </message>
    <message>
        <source>This model cannot be shown: %1</source>
        <translation>이 모델은 보여 줄 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Fashion-MNIST test images</source>
        <translation>Fashion-MNIST 테스트 이미지</translation>
    </message>
    <message>
        <source>bundled test digits</source>
        <translation>함께 제공되는 테스트 숫자</translation>
    </message>
    <message>
        <source>The Fashion-MNIST test images were not found in %1; draw or open a picture instead.</source>
        <translation>%1에서 Fashion-MNIST 테스트 이미지를 찾지 못했습니다. 대신 그림을 그리거나 여세요.</translation>
    </message>
    <message>
        <source>The bundled test digits were not found; draw a digit or open a photo instead.</source>
        <translation>함께 제공되는 테스트 숫자를 찾지 못했습니다. 대신 숫자를 그리거나 사진을 여세요.</translation>
    </message>
    <message>
        <source>The test images could not be read: %1</source>
        <translation>테스트 이미지를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The %1 are %2×%3 pictures, which this model does not take; draw or open a picture instead.</source>
        <translation>%1은(는) %2×%3 그림이라 이 모델이 받지 않습니다. 대신 그림을 그리거나 여세요.</translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation>직접 그린 그림</translation>
    </message>
    <message>
        <source>%1 holds no picture to read a digit from.</source>
        <translation>%1에는 숫자를 읽을 그림이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing is drawn yet.</source>
        <translation>아직 아무것도 그리지 않았습니다.</translation>
    </message>
    <message>
        <source>No digit stands out from the background in %1: use a photo with dark ink on light paper, or light ink on a dark background.</source>
        <translation>%1에서 배경보다 두드러지는 숫자가 없습니다: 밝은 종이에 어두운 잉크로 쓴 사진이나 어두운 배경에 밝은 잉크로 쓴 사진을 쓰세요.</translation>
    </message>
    <message>
        <source>%1, filter %2 of the trained network</source>
        <translation>%1, 학습된 신경망의 필터 %2</translation>
    </message>
    <message>
        <source>%1, map %2 of the trained network</source>
        <translation>%1, 학습된 신경망의 맵 %2</translation>
    </message>
    <message>
        <source>%1 has %2 channels; this network reads %3.</source>
        <translation>%1의 채널은 %2개인데 이 신경망은 %3개를 읽습니다.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::NetworkPage</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>신경망 들여다보기</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>한눈에 보기</translation>
    </message>
    <message>
        <source>Learned filters</source>
        <translation>학습된 필터</translation>
    </message>
    <message>
        <source>Training history</source>
        <translation>학습 기록</translation>
    </message>
    <message>
        <source>Open a model…</source>
        <translation>모델 열기…</translation>
    </message>
    <message>
        <source>Use the shipped model</source>
        <translation>함께 제공되는 모델 쓰기</translation>
    </message>
    <message>
        <source>The classroom network trained on the bundled digits, shipped with ConvScope</source>
        <translation>함께 제공되는 숫자로 학습한 교실용 신경망(ConvScope와 함께 제공)</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>입력:</translation>
    </message>
    <message>
        <source>Previous test image (←)</source>
        <translation>이전 테스트 이미지(←)</translation>
    </message>
    <message>
        <source>Previous test image</source>
        <translation>이전 테스트 이미지</translation>
    </message>
    <message>
        <source>Test image number</source>
        <translation>테스트 이미지 번호</translation>
    </message>
    <message>
        <source>Next test image (→)</source>
        <translation>다음 테스트 이미지(→)</translation>
    </message>
    <message>
        <source>Next test image</source>
        <translation>다음 테스트 이미지</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <source>A random test image (R)</source>
        <translation>무작위 테스트 이미지(R)</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>숫자 그리기</translation>
    </message>
    <message>
        <source>Open a photo…</source>
        <translation>사진 열기…</translation>
    </message>
    <message>
        <source>A photo of a handwritten digit: it is turned grey, inverted, cropped, scaled and centred like MNIST, and every step is shown</source>
        <translation>손글씨 숫자 사진: MNIST처럼 회색으로 바꾸고, 반전하고, 잘라 내고, 크기를 맞추고, 가운데에 놓으며 모든 단계를 보여 줍니다</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>색:</translation>
    </message>
    <message>
        <source>Colour scale</source>
        <translation>색 척도</translation>
    </message>
    <message>
        <source>per layer</source>
        <translation>층별</translation>
    </message>
    <message>
        <source>per map</source>
        <translation>맵별</translation>
    </message>
    <message>
        <source>whole network</source>
        <translation>신경망 전체</translation>
    </message>
    <message>
        <source>Which values get the strongest colour: the largest of each layer, of each map, or of the whole network</source>
        <translation>어떤 값이 가장 진한 색을 받을지: 층마다, 맵마다, 또는 신경망 전체에서 가장 큰 값</translation>
    </message>
    <message>
        <source>Softmax: the probabilities</source>
        <translation>소프트맥스: 확률</translation>
    </message>
    <message>
        <source>Show the softmax formula</source>
        <translation>소프트맥스 공식 보기</translation>
    </message>
    <message>
        <source>Hide the softmax formula</source>
        <translation>소프트맥스 공식 숨기기</translation>
    </message>
    <message>
        <source>Opened map</source>
        <translation>연 맵</translation>
    </message>
    <message>
        <source>Draw a digit:</source>
        <translation>숫자 그리기:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>How the input was prepared for the network:</source>
        <translation>입력을 신경망에 맞게 준비한 과정:</translation>
    </message>
    <message>
        <source>Input: draw, or see a photo prepared</source>
        <translation>입력: 그리거나, 사진을 준비하는 과정 보기</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>모델을 불러오는 중…</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>모델: %1</translation>
    </message>
    <message>
        <source> · %1 % test accuracy</source>
        <translation> · 테스트 정확도 %1%</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> · 데이터: %1</translation>
    </message>
    <message numerus="yes">
        <source> after %n epoch(s)</source>
        <translation>
            <numerusform> · 에포크 %n번 학습</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>test image %1 of the %2, true label: %3</source>
        <translation>%2의 테스트 이미지 %1, 정답: %3</translation>
    </message>
    <message>
        <source>your drawing, prepared like MNIST</source>
        <translation>MNIST처럼 준비한 직접 그린 그림</translation>
    </message>
    <message>
        <source>photo %1, prepared like MNIST</source>
        <translation>MNIST처럼 준비한 사진 %1</translation>
    </message>
    <message>
        <source>Prediction: %1 (%2)</source>
        <translation>예측: %1 (%2)</translation>
    </message>
    <message>
        <source> ✓</source>
        <translation> ✓</translation>
    </message>
    <message>
        <source> ✗ (true: %1)</source>
        <translation> ✗ (정답: %1)</translation>
    </message>
    <message>
        <source>forward pass: %1 ms</source>
        <translation>순전파: %1ms</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>음수</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>양수</translation>
    </message>
    <message>
        <source>Colours per layer (its range under each column):</source>
        <translation>층별 색(각 열 아래에 범위):</translation>
    </message>
    <message>
        <source>Colours per map (each from its own largest value):</source>
        <translation>맵별 색(각 맵의 가장 큰 값 기준):</translation>
    </message>
    <message>
        <source>One scale for the whole network:</source>
        <translation>신경망 전체에 척도 하나:</translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation>모델 열기</translation>
    </message>
    <message>
        <source>Open a photo of a digit</source>
        <translation>숫자 사진 열기</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>“%1” 여는 중…</translation>
    </message>
    <message>
        <source>Read the digit the camera sees, live: hold up a digit written on paper. The arrow lists the cameras present and plays a video file in a loop instead.</source>
        <translation>카메라가 보는 숫자를 실시간으로 읽습니다. 종이에 쓴 숫자를 카메라에 보여 주세요. 화살표를 누르면 연결된 카메라 목록이 나오고, 대신 동영상 파일을 반복 재생할 수도 있습니다.</translation>
    </message>
    <message>
        <source>Any picture: its centre square is scaled to the network&apos;s input, as the training pictures were</source>
        <translation>어떤 그림이든: 학습 그림처럼 가운데 정사각형을 신경망의 입력 크기로 맞춥니다</translation>
    </message>
    <message>
        <source>The picture as the network reads it, %1×%2 pixels in colour: its red, green and blue channels are the first column above, and each filter of the first layer has a kernel for each of them.</source>
        <translation>신경망이 읽는 그대로의 그림, %1×%2 픽셀 컬러: 빨강, 초록, 파랑 채널이 위의 첫 열이며, 첫 층의 각 필터는 채널마다 커널을 하나씩 가집니다.</translation>
    </message>
    <message>
        <source>The picture as the network reads it, %1×%2 grey pixels: its centre square, scaled as the training pictures were.</source>
        <translation>신경망이 읽는 그대로의 그림, %1×%2 회색 픽셀: 학습 그림처럼 맞춘 가운데 정사각형입니다.</translation>
    </message>
    <message>
        <source>photo %1, its centre square</source>
        <translation>사진 %1의 가운데 정사각형</translation>
    </message>
    <message>
        <source>A model saved by ConvScope (.csmodel), or a CNN exported from PyTorch as ONNX (.onnx); a model file can also be dropped on the page</source>
        <translation>ConvScope가 저장한 모델(.csmodel), 또는 PyTorch에서 ONNX(.onnx)로 내보낸 합성곱 신경망. 모델 파일을 페이지에 끌어다 놓아도 됩니다</translation>
    </message>
    <message>
        <source>Save model as…</source>
        <translation>다른 이름으로 모델 저장…</translation>
    </message>
    <message>
        <source>Save the model shown as a ConvScope model (.csmodel) or as ONNX (.onnx) for PyTorch and other programs</source>
        <translation>보이는 모델을 ConvScope 모델(.csmodel)로, 또는 PyTorch와 다른 프로그램을 위해 ONNX(.onnx)로 저장합니다</translation>
    </message>
    <message>
        <source>Show as PyTorch code</source>
        <translation>PyTorch 코드로 보기</translation>
    </message>
    <message>
        <source>Models (*.csmodel *.onnx);;ConvScope models (*.csmodel);;ONNX models (*.onnx);;All files (*)</source>
        <translation>모델 (*.csmodel *.onnx);;ConvScope 모델 (*.csmodel);;ONNX 모델 (*.onnx);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>다른 이름으로 모델 저장</translation>
    </message>
    <message>
        <source>ConvScope models (*.csmodel);;ONNX models (*.onnx)</source>
        <translation>ConvScope 모델 (*.csmodel);;ONNX 모델 (*.onnx)</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>“%1” 저장 중…</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>“%1”(으)로 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::NetworkText</name>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>The scores (logits) of the classes, before the softmax</source>
        <translation>소프트맥스 전의 클래스 점수(로짓)</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>컨볼루션</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>최대값 풀링</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>평균값 풀링</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>평탄화</translation>
    </message>
    <message>
        <source>Fully connected</source>
        <translation>완전 연결층</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Conv %1</source>
        <translation>컨볼루션 %1</translation>
    </message>
    <message>
        <source>Max pool</source>
        <translation>최대값 풀링</translation>
    </message>
    <message>
        <source>Avg pool</source>
        <translation>평균값 풀링</translation>
    </message>
    <message>
        <source>FC %1</source>
        <translation>완전 연결 %1</translation>
    </message>
    <message>
        <source>%1 filters %2×%2</source>
        <translation>필터 %1개 %2×%2</translation>
    </message>
    <message>
        <source>, stride %1</source>
        <translation>, 스트라이드 %1</translation>
    </message>
    <message>
        <source>, pad %1</source>
        <translation>, 제로패딩 %1</translation>
    </message>
    <message>
        <source>%1×%1, stride %2</source>
        <translation>%1×%1, 스트라이드 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>출력 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>drops %1 while training</source>
        <translation>학습 중 %1 버림</translation>
    </message>
    <message>
        <source>max(0, x)</source>
        <translation>max(0, x)</translation>
    </message>
    <message>
        <source>maps → vector</source>
        <translation>맵 → 벡터</translation>
    </message>
    <message>
        <source>total = %1 + %2 (bias) = %3</source>
        <translation>합계 = %1 + %2 (편향) = %3</translation>
    </message>
    <message>
        <source>after the ReLU: %1</source>
        <translation>ReLU를 거친 뒤: %1</translation>
    </message>
    <message>
        <source>max(%1) = %2</source>
        <translation>max(%1) = %2</translation>
    </message>
    <message>
        <source>min(%1) = %2</source>
        <translation>min(%1) = %2</translation>
    </message>
    <message>
        <source>(%1) / %2 = %3</source>
        <translation>(%1) / %2 = %3</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>output %1 = Σ of %2 products weight × input + bias</source>
        <translation>출력 %1 = 가중치 × 입력 곱 %2개의 Σ + 편향</translation>
    </message>
    <message numerus="yes">
        <source>the %n largest: %1</source>
        <translation>
            <numerusform>가장 큰 %n개: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the other %n product(s) add up to %1</source>
        <translation>
            <numerusform>나머지 곱 %n개의 합은 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>+ bias %1 = %2</source>
        <translation>+ 편향 %1 = %2</translation>
    </message>
    <message>
        <source>max(0, %1) = %2</source>
        <translation>max(0, %1) = %2</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>값 %1</translation>
    </message>
    <message>
        <source>value %1 = map %2, row %3, column %4</source>
        <translation>값 %1 = 맵 %2, %3행 %4열</translation>
    </message>
    <message>
        <source>softmax turns the scores z (logits) into probabilities: p&lt;sub&gt;k&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;</source>
        <translation>소프트맥스는 점수 z(로짓)를 확률로 바꿉니다: p&lt;sub&gt;k&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>p(%1) = e&lt;sup&gt;%2&lt;/sup&gt; / (%3) = %4</source>
        <translation>p(%1) = e&lt;sup&gt;%2&lt;/sup&gt; / (%3) = %4</translation>
    </message>
    <message numerus="yes">
        <source>each channel: Σ of its %n products window × kernel</source>
        <translation>
            <numerusform>채널마다: 윈도우 × 커널 곱 %n개의 Σ</numerusform>
        </translation>
    </message>
    <message>
        <source>ch %1: %2</source>
        <translation>채널 %1: %2</translation>
    </message>
    <message>
        <source>Σ channels %1</source>
        <translation>Σ 채널 %1</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>하이퍼볼릭 탄젠트</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>리키 ReLU</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation>전역 평균값 풀링</translation>
    </message>
    <message>
        <source>Min pooling</source>
        <translation>최소값 풀링</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>Global avg pool</source>
        <translation>전역 평균 풀링</translation>
    </message>
    <message>
        <source>Min pool</source>
        <translation>최소값 풀링</translation>
    </message>
    <message>
        <source>%1×%1, stride %2, pad %3</source>
        <translation>%1×%1, 스트라이드 %2, 패딩 %3</translation>
    </message>
    <message>
        <source>the mean of each map</source>
        <translation>각 맵의 평균값</translation>
    </message>
    <message>
        <source>(eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)</source>
        <translation>(eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)</translation>
    </message>
    <message>
        <source>1/(1 + e⁻ˣ)</source>
        <translation>1/(1 + e⁻ˣ)</translation>
    </message>
    <message>
        <source>max(%1·x, x)</source>
        <translation>max(%1·x, x)</translation>
    </message>
    <message>
        <source>(x − mean)/√(var + ε)·γ + β</source>
        <translation>(x − 평균)/√(분산 + ε)·γ + β</translation>
    </message>
</context>
<context>
    <name>convscope::ui::NoteBanner</name>
    <message>
        <source>The teacher’s note</source>
        <translation>선생님 메모</translation>
    </message>
    <message>
        <source>Close the note</source>
        <translation>메모 닫기</translation>
    </message>
</context>
<context>
    <name>convscope::ui::OnnxImportDialog</name>
    <message>
        <source>None: pixel / 255, values 0 to 1</source>
        <translation>없음: 픽셀 / 255, 값 0~1</translation>
    </message>
    <message>
        <source>MNIST: mean 0.1307, std 0.3081</source>
        <translation>MNIST: 평균 0.1307, 표준편차 0.3081</translation>
    </message>
    <message>
        <source>−1 to 1: mean 0.5, std 0.5</source>
        <translation>−1~1: 평균 0.5, 표준편차 0.5</translation>
    </message>
    <message>
        <source>ImageNet: mean 0.485, 0.456, 0.406, std 0.229, 0.224, 0.225</source>
        <translation>ImageNet: 평균 0.485, 0.456, 0.406, 표준편차 0.229, 0.224, 0.225</translation>
    </message>
    <message>
        <source>Open an ONNX model</source>
        <translation>ONNX 모델 열기</translation>
    </message>
    <message>
        <source>class scores</source>
        <translation>클래스 점수</translation>
    </message>
    <message>
        <source>probabilities (softmax)</source>
        <translation>확률(소프트맥스)</translation>
    </message>
    <message>
        <source>log-probabilities (log-softmax)</source>
        <translation>로그 확률(로그 소프트맥스)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 layers, %3 learned values, ONNX opset %4. Input %5 (channels × height × width, fixed by the file); the file ends in %6, ConvScope shows the softmax of the class scores.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 층 %2개, 학습된 값 %3개, ONNX opset %4. 입력 %5(채널 × 세로 × 가로, 파일이 정함). 파일은 %6(으)로 끝나고, ConvScope는 클래스 점수의 소프트맥스를 보여 줍니다.</translation>
    </message>
    <message>
        <source>ONNX node</source>
        <translation>ONNX 노드</translation>
    </message>
    <message>
        <source>ConvScope layer</source>
        <translation>ConvScope 층</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>How the pictures were normalised in training</source>
        <translation>학습할 때 그림을 정규화한 방법</translation>
    </message>
    <message>
        <source>Other: type the values</source>
        <translation>직접 입력</translation>
    </message>
    <message>
        <source>As torchvision&apos;s Normalize(mean, std): each value x from 0 to 1 becomes (x − mean) / std; one number for every channel, or one per channel separated by commas.</source>
        <translation>torchvision의 Normalize(mean, std)처럼, 0~1의 값 x가 (x − 평균) / 표준편차가 됩니다. 모든 채널에 숫자 하나, 또는 채널마다 하나씩 쉼표로 구분해 적습니다.</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>미리 정한 값:</translation>
    </message>
    <message>
        <source>Mean:</source>
        <translation>평균:</translation>
    </message>
    <message>
        <source>Std:</source>
        <translation>표준편차:</translation>
    </message>
    <message>
        <source>Class names, one a line</source>
        <translation>클래스 이름(한 줄에 하나)</translation>
    </message>
    <message>
        <source>Read from a text file…</source>
        <translation>텍스트 파일에서 읽기…</translation>
    </message>
    <message>
        <source>Class names</source>
        <translation>클래스 이름</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>텍스트 파일 (*.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open the model</source>
        <translation>모델 열기</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>std</source>
        <translation>표준편차</translation>
    </message>
    <message>
        <source>The %1 must be numbers separated by commas, e.g. 0.5 or 0.485, 0.456, 0.406.</source>
        <translation>%1은(는) 쉼표로 구분한 숫자여야 합니다. 예: 0.5 또는 0.485, 0.456, 0.406.</translation>
    </message>
    <message>
        <source>The input has %1 channels: give one %2 for all of them or one per channel, not %3.</source>
        <translation>입력의 채널은 %1개입니다. %2을(를) 모든 채널에 하나, 또는 채널마다 하나 주세요. %3개는 안 됩니다.</translation>
    </message>
    <message>
        <source>A standard deviation must be above 0.</source>
        <translation>표준편차는 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>The network has %1 outputs; give one class name a line for each, not %2.</source>
        <translation>신경망의 출력은 %1개입니다. 출력마다 한 줄에 클래스 이름 하나를 주세요. %2개는 안 됩니다.</translation>
    </message>
    <message>
        <source>%1 of %2 names</source>
        <translation>이름 %2개 중 %1개</translation>
    </message>
    <message>
        <source>“%1” is too large for a list of class names.</source>
        <translation>“%1”은(는) 클래스 이름 목록이라기에는 너무 큽니다.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>convscope::ui::OutputSizePage</name>
    <message>
        <source>Convolution layer</source>
        <translation>컨볼루션층</translation>
    </message>
    <message>
        <source>Input width W_in</source>
        <translation>입력 가로 길이 W_in</translation>
    </message>
    <message>
        <source>Width of the input image or feature map, in cells</source>
        <translation>입력 이미지나 특징 맵의 가로 길이(칸 수)</translation>
    </message>
    <message>
        <source>Input height H_in</source>
        <translation>입력 세로 길이 H_in</translation>
    </message>
    <message>
        <source>Height of the input image or feature map, in cells</source>
        <translation>입력 이미지나 특징 맵의 세로 길이(칸 수)</translation>
    </message>
    <message>
        <source>Input channels C</source>
        <translation>입력 채널 C</translation>
    </message>
    <message>
        <source>Depth of the input: 1 for a grey image, 3 for RGB; each filter spans all of them</source>
        <translation>입력의 깊이: 회색 이미지는 1, RGB는 3. 각 필터는 모든 채널에 걸칩니다</translation>
    </message>
    <message>
        <source>Filter size F</source>
        <translation>필터의 크기 F</translation>
    </message>
    <message>
        <source>The kernel is F×F cells</source>
        <translation>커널은 F×F 칸입니다</translation>
    </message>
    <message>
        <source>Stride S</source>
        <translation>스트라이드 S</translation>
    </message>
    <message>
        <source>How many cells the window moves at each step</source>
        <translation>윈도우가 한 단계에 움직이는 칸 수</translation>
    </message>
    <message>
        <source>Zero padding P</source>
        <translation>제로패딩 P</translation>
    </message>
    <message>
        <source>Rings of zeros added around the input on every side</source>
        <translation>입력의 모든 변 둘레에 채우는 0의 겹 수</translation>
    </message>
    <message>
        <source>Number of filters K</source>
        <translation>필터 개수 K</translation>
    </message>
    <message>
        <source>Each filter gives one activation map: the output depth</source>
        <translation>필터 하나가 활성화 맵 하나를 만듭니다: 출력의 깊이</translation>
    </message>
    <message>
        <source>Dilation D</source>
        <translation>팽창 D</translation>
    </message>
    <message>
        <source>Gaps between kernel cells: the filter spans D·(F − 1) + 1 cells</source>
        <translation>커널 칸 사이의 간격: 필터가 D·(F − 1) + 1칸에 걸칩니다</translation>
    </message>
    <message>
        <source>MNIST example: 28×28×1, F=4, S=2, P=1, K=64</source>
        <translation>MNIST 예시: 28×28×1, F=4, S=2, P=1, K=64</translation>
    </message>
    <message>
        <source>The lecture&apos;s example: a 28×28 grey MNIST digit through 64 filters of 4×4 with stride 2 and zero padding 1</source>
        <translation>강의의 예시: 28×28 회색 MNIST 숫자에 스트라이드 2, 제로패딩 1로 4×4 필터 64개를 적용</translation>
    </message>
    <message>
        <source>Stack of layers</source>
        <translation>층 쌓기</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Output [W, H, K]</source>
        <translation>출력 [W, H, K]</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Filter or window size</source>
        <translation>필터 또는 윈도우 크기</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>스트라이드</translation>
    </message>
    <message>
        <source>Zero padding</source>
        <translation>제로패딩</translation>
    </message>
    <message>
        <source>Number of filters</source>
        <translation>필터 개수</translation>
    </message>
    <message>
        <source>Weights and biases of a convolution: K·(C·F·F + 1). Pooling has none.</source>
        <translation>컨볼루션의 가중치와 편향: K·(C·F·F + 1). 풀링에는 없습니다.</translation>
    </message>
    <message>
        <source>Add convolution</source>
        <translation>컨볼루션 추가</translation>
    </message>
    <message>
        <source>Add pooling</source>
        <translation>풀링 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Classroom CNN</source>
        <translation>교실용 CNN</translation>
    </message>
    <message>
        <source>Append a 3×3 convolution with 16 filters and padding 1</source>
        <translation>필터 16개, 제로패딩 1인 3×3 컨볼루션을 뒤에 붙입니다</translation>
    </message>
    <message>
        <source>Append a 2×2 pooling with stride 2</source>
        <translation>스트라이드 2인 2×2 풀링을 뒤에 붙입니다</translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation>선택한 층을 제거합니다</translation>
    </message>
    <message>
        <source>The feature extractor of the classroom CNN: conv 8 3×3 pad 1, pool 2, conv 16 3×3 pad 1, pool 2</source>
        <translation>교실용 CNN의 특징 추출부: conv 8 3×3 pad 1, pool 2, conv 16 3×3 pad 1, pool 2</translation>
    </message>
    <message>
        <source>K = &lt;b&gt;%1&lt;/b&gt; (one activation map per filter)</source>
        <translation>K = &lt;b&gt;%1&lt;/b&gt; (필터 하나에 활성화 맵 하나)</translation>
    </message>
    <message>
        <source>Output shape &lt;b&gt;%1&lt;/b&gt;: %2 activation maps of %3×%4</source>
        <translation>출력 모양 &lt;b&gt;%1&lt;/b&gt;: %3×%4 활성화 맵 %2개</translation>
    </message>
    <message>
        <source>No output: the settings do not fit</source>
        <translation>출력 없음: 설정이 맞지 않습니다</translation>
    </message>
    <message>
        <source>Parameters K·(C·F·F + 1) = %1·(%2·%3·%3 + 1) = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>매개변수 K·(C·F·F + 1) = %1·(%2·%3·%3 + 1) = &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>컨볼루션</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>풀링</translation>
    </message>
    <message>
        <source>Filter or window size F</source>
        <translation>필터 또는 윈도우 크기 F</translation>
    </message>
    <message>
        <source>An earlier layer does not fit</source>
        <translation>앞의 층이 맞지 않습니다</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>맞지 않음</translation>
    </message>
    <message>
        <source>conv %1</source>
        <translation>컨볼루션 %1</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>풀링 %1</translation>
    </message>
    <message>
        <source>Total parameters: %1</source>
        <translation>전체 매개변수: %1</translation>
    </message>
    <message>
        <source>Predict the output shape before it is shown</source>
        <translation>출력 모양을 보기 전에 먼저 예측해 보세요</translation>
    </message>
    <message>
        <source>K = &lt;b&gt;?&lt;/b&gt;</source>
        <translation>K = &lt;b&gt;?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Output shape &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>출력 모양 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What is the output shape [W_out, H_out, K] for these settings? Type it and press Enter.</source>
        <translation>이 설정의 출력 모양 [W_out, H_out, K]은 무엇일까요? 입력하고 엔터 키를 누르세요.</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>정답입니다!</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>아쉽네요. 정답은 %1입니다.</translation>
    </message>
    <message>
        <source>No window fits, so there is no shape to ask: change the settings.</source>
        <translation>들어가는 윈도우가 없어서 물어볼 출력 모양이 없습니다. 설정을 바꾸세요.</translation>
    </message>
    <message>
        <source>Change a setting: the new output shape is asked before it is shown.</source>
        <translation>설정을 바꿔 보세요: 새 출력 모양은 보여 주기 전에 먼저 묻습니다.</translation>
    </message>
    <message>
        <source>Its output would have more than %1 values.</source>
        <translation>이 층의 출력값이 %1개보다 많아집니다.</translation>
    </message>
    <message>
        <source>The stack would have more than %1 parameters.</source>
        <translation>층 쌓기의 매개변수가 %1개보다 많아집니다.</translation>
    </message>
    <message>
        <source>A padding of %1 is more than half the window %2: some windows would hold padding alone.</source>
        <translation>제로패딩 %1은(는) 윈도우 %2의 절반보다 큽니다. 제로패딩만 담은 윈도우가 생깁니다.</translation>
    </message>
    <message>
        <source>layer stack change</source>
        <translation>층 쌓기 변경</translation>
    </message>
</context>
<context>
    <name>convscope::ui::PageHistory</name>
    <message>
        <source>settings change</source>
        <translation>설정 변경</translation>
    </message>
</context>
<context>
    <name>convscope::ui::PictureFolderOptions</name>
    <message>
        <source>Colour (red, green, blue)</source>
        <translation>컬러(빨강, 초록, 파랑)</translation>
    </message>
    <message>
        <source>%1×%1 pixels</source>
        <translation>%1×%1 픽셀</translation>
    </message>
    <message>
        <source>The size every picture of a picture folder is scaled to: larger pictures keep more detail and take longer to train</source>
        <translation>그림 폴더의 모든 그림을 맞출 크기: 클수록 세부가 더 남고 학습이 오래 걸립니다</translation>
    </message>
    <message>
        <source>Keep the pictures&apos; colours as three input channels; unticked, they become grey (one channel)</source>
        <translation>그림의 색을 입력 채널 3개로 둡니다. 끄면 회색(채널 1개)이 됩니다</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>그림 크기</translation>
    </message>
    <message>
        <source>Each picture&apos;s centre square (the whole width of a tall picture, the whole height of a wide one) is scaled to %1×%1 pixels, so a circle stays round; a picture you give the trained network later is scaled the same way.</source>
        <translation>각 그림의 가운데 정사각형(세로로 긴 그림은 가로 전체, 가로로 긴 그림은 세로 전체)을 %1×%1 픽셀로 맞추므로 원은 둥근 채로 남습니다. 나중에 학습된 신경망에 주는 그림도 같은 방법으로 맞춥니다.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::PoolingGridLesson</name>
    <message>
        <source>Input rows</source>
        <translation>입력 행 수</translation>
    </message>
    <message>
        <source>Input columns</source>
        <translation>입력 열 수</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>윈도우 크기</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>스트라이드</translation>
    </message>
    <message>
        <source>The window is F×F cells</source>
        <translation>윈도우는 F×F 칸입니다</translation>
    </message>
    <message>
        <source>How many cells the window moves at each step; usually the window size</source>
        <translation>윈도우가 한 단계에 움직이는 칸 수. 보통 윈도우 크기와 같습니다</translation>
    </message>
    <message>
        <source>Pooling marked on the input</source>
        <translation>입력에 표시할 풀링</translation>
    </message>
    <message>
        <source>Whose choice is marked on the input at each step; all three outputs fill in together</source>
        <translation>단계마다 입력에 어느 풀링의 선택을 표시할지. 세 출력은 함께 채워집니다</translation>
    </message>
    <message>
        <source>Random input</source>
        <translation>무작위 입력</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>예시</translation>
    </message>
    <message>
        <source>A 4×4 input with a 2×2 window and stride 2</source>
        <translation>2×2 윈도우와 스트라이드 2를 쓰는 4×4 입력</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Window F</source>
        <translation>윈도우 F</translation>
    </message>
    <message>
        <source>Stride S</source>
        <translation>스트라이드 S</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Pooling input</source>
        <translation>풀링 입력</translation>
    </message>
    <message>
        <source>The cell keeps its value: %1 is out of range.</source>
        <translation>칸의 값은 그대로입니다: %1은(는) 범위를 벗어납니다.</translation>
    </message>
    <message>
        <source>Click a cell to see the window it comes from</source>
        <translation>칸을 누르면 그 값이 나온 윈도우를 보여 줍니다</translation>
    </message>
    <message>
        <source>Predict each output value of the marked pooling before it is shown</source>
        <translation>표시된 풀링의 각 출력값을 보기 전에 먼저 예측해 보세요</translation>
    </message>
    <message>
        <source>The crossed-out cells are dropped: pooling has no zero padding, so they never reach the output.</source>
        <translation>X 표시한 칸은 버려집니다: 풀링에는 제로패딩이 없어 이 칸들은 출력에 닿지 않습니다.</translation>
    </message>
    <message>
        <source>No window fits</source>
        <translation>들어가는 윈도우가 없습니다</translation>
    </message>
    <message>
        <source>Press play or the right arrow key to move the window.</source>
        <translation>재생이나 오른쪽 화살표 키를 눌러 윈도우를 움직이세요.</translation>
    </message>
    <message>
        <source>Step %1: the window at rows %2, columns %3 gives output row %4, column %5</source>
        <translation>단계 %1: %2행, %3열의 윈도우가 출력 %4행 %5열이 됩니다</translation>
    </message>
    <message>
        <source>max(%1) = %2</source>
        <translation>max(%1) = %2</translation>
    </message>
    <message>
        <source>(%1) / %2 = %3 / %2 = %4</source>
        <translation>(%1) / %2 = %3 / %2 = %4</translation>
    </message>
    <message>
        <source>min(%1) = %2</source>
        <translation>min(%1) = %2</translation>
    </message>
    <message>
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>min</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>%1: what is output row %2, column %3? Type it and press Enter.</source>
        <translation>%1: 출력 %2행 %3열의 값은 얼마일까요? 입력하고 엔터 키를 누르세요.</translation>
    </message>
    <message>
        <source>Step forward: each output value of %1 is asked before it is shown.</source>
        <translation>한 단계 앞으로 가세요: %1의 각 출력값은 보여 주기 전에 먼저 묻습니다.</translation>
    </message>
    <message>
        <source>No window fits, so there is nothing to ask.</source>
        <translation>들어가는 윈도우가 없어서 물어볼 값이 없습니다.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::PoolingMapLesson</name>
    <message>
        <source>once</source>
        <translation>한 번</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>두 번</translation>
    </message>
    <message>
        <source>three times</source>
        <translation>세 번</translation>
    </message>
    <message>
        <source>Pooling of the map</source>
        <translation>맵 풀링</translation>
    </message>
    <message>
        <source>Window of the map pooling</source>
        <translation>맵 풀링의 윈도우</translation>
    </message>
    <message>
        <source>Window size; the stride equals it, so each pooling divides the width and height by it</source>
        <translation>윈도우 크기. 스트라이드가 윈도우 크기와 같아 풀링할 때마다 가로와 세로가 그만큼 나누어집니다</translation>
    </message>
    <message>
        <source>Pool the activation map</source>
        <translation>활성화 맵 풀링</translation>
    </message>
    <message>
        <source>Pool once</source>
        <translation>한 번 풀링</translation>
    </message>
    <message>
        <source>Pool again (2×)</source>
        <translation>다시 풀링(2번)</translation>
    </message>
    <message>
        <source>Pool again (3×)</source>
        <translation>다시 풀링(3번)</translation>
    </message>
    <message>
        <source>Activation map before pooling</source>
        <translation>풀링 전 활성화 맵</translation>
    </message>
    <message>
        <source>Activation map after pooling</source>
        <translation>풀링 후 활성화 맵</translation>
    </message>
    <message>
        <source>No activation map yet</source>
        <translation>아직 활성화 맵이 없습니다</translation>
    </message>
    <message>
        <source>Choose a kernel on the Activation maps page; its map is pooled here.</source>
        <translation>활성화 맵 페이지에서 커널을 고르세요. 그 맵을 여기서 풀링합니다.</translation>
    </message>
    <message>
        <source>%1 map: %2</source>
        <translation>%1 맵: %2</translation>
    </message>
    <message>
        <source>%1 %2, %3: %4</source>
        <translation>%1 %2, %3: %4</translation>
    </message>
    <message>
        <source>%1 times fewer values</source>
        <translation>값이 %1배 적음</translation>
    </message>
</context>
<context>
    <name>convscope::ui::PoolingModel</name>
    <message>
        <source>A %1×%2 map is too small for another %3×%3 window.</source>
        <translation>%1×%2 맵은 %3×%3 윈도우를 한 번 더 적용하기에 너무 작습니다.</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>최대값 풀링</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>평균값 풀링</translation>
    </message>
    <message>
        <source>Min pooling</source>
        <translation>최소값 풀링</translation>
    </message>
</context>
<context>
    <name>convscope::ui::PoolingPage</name>
    <message>
        <source>Pooling</source>
        <translation>풀링</translation>
    </message>
    <message>
        <source>input edit</source>
        <translation>입력 편집</translation>
    </message>
</context>
<context>
    <name>convscope::ui::PreprocessingView</name>
    <message>
        <source>Test images are already prepared like MNIST: 28×28, light ink on black, centred. Draw a digit or open a photo to see how ConvScope prepares it the same way.</source>
        <translation>테스트 이미지는 이미 MNIST처럼 준비되어 있습니다: 28×28, 검정 바탕에 밝은 잉크, 가운데 정렬. 숫자를 그리거나 사진을 열면 ConvScope가 같은 방식으로 준비하는 과정을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>1. Grey</source>
        <translation>1. 회색</translation>
    </message>
    <message>
        <source>%1×%2 pixels</source>
        <translation>%1×%2 픽셀</translation>
    </message>
    <message>
        <source>2. Inverted</source>
        <translation>2. 반전함</translation>
    </message>
    <message>
        <source>2. Not inverted</source>
        <translation>2. 반전하지 않음</translation>
    </message>
    <message>
        <source>the paper is light (%1), MNIST digits are light on black</source>
        <translation>종이가 밝습니다(%1). MNIST 숫자는 검정 바탕에 밝은 글씨입니다</translation>
    </message>
    <message>
        <source>the background is already dark (%1)</source>
        <translation>배경이 이미 어둡습니다(%1)</translation>
    </message>
    <message>
        <source>3. Paper to 0, ink to 1</source>
        <translation>3. 종이는 0, 잉크는 1로</translation>
    </message>
    <message>
        <source>below %1 → 0, above %2 → 1 (threshold %3); the ink&apos;s box outlined</source>
        <translation>%1 아래 → 0, %2 위 → 1(문턱값 %3). 잉크를 둘러싼 상자 표시</translation>
    </message>
    <message>
        <source>4. Cropped</source>
        <translation>4. 잘라 냄</translation>
    </message>
    <message>
        <source>%1×%2 at row %3, column %4</source>
        <translation>%3행 %4열에서 %1×%2</translation>
    </message>
    <message>
        <source>5. Scaled</source>
        <translation>5. 크기 맞춤</translation>
    </message>
    <message>
        <source>longer side 20 pixels: %1×%2</source>
        <translation>긴 변 20픽셀: %1×%2</translation>
    </message>
    <message>
        <source>6. Centred 28×28</source>
        <translation>6. 28×28 가운데 정렬</translation>
    </message>
    <message>
        <source>centre of mass moved to row %1, column %2 (the middle is 14.5)</source>
        <translation>무게중심을 %1행 %2열로 옮김(가운데는 14.5)</translation>
    </message>
</context>
<context>
    <name>convscope::ui::ProbabilityBars</name>
    <message>
        <source>Probabilities</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>… and %n less probable class(es)</source>
        <translation>
            <numerusform>… 그리고 확률이 더 낮은 클래스 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convscope::ui::PytorchCodeDialog</name>
    <message>
        <source>The network as PyTorch code</source>
        <translation>PyTorch 코드로 본 신경망</translation>
    </message>
    <message>
        <source>The same layers in PyTorch, each line commented with its ConvScope layer and its output [W, H, K], and a training loop with the same settings. Run it with &lt;code&gt;python3 network.py --data FOLDER&lt;/code&gt; on a folder of MNIST files.</source>
        <translation>PyTorch로 쓴 같은 층들입니다. 줄마다 ConvScope 층과 출력 [W, H, K]를 주석으로 달았고, 같은 설정으로 학습하는 반복문이 있습니다. MNIST 파일 폴더에서 &lt;code&gt;python3 network.py --data FOLDER&lt;/code&gt;로 실행하세요.</translation>
    </message>
    <message>
        <source>PyTorch code</source>
        <translation>PyTorch 코드</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>복사했습니다.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1”을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>“%1”(으)로 저장했습니다.</translation>
    </message>
    <message>
        <source>Save the PyTorch code</source>
        <translation>PyTorch 코드 저장</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>Python 파일 (*.py)</translation>
    </message>
</context>
<context>
    <name>convscope::ui::QuizBar</name>
    <message>
        <source>Quiz</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <source>Quiz mode</source>
        <translation>퀴즈 모드</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>내 답:</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>내 답</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Check your answer (Enter)</source>
        <translation>답을 확인합니다 (엔터)</translation>
    </message>
    <message>
        <source>Reset score</source>
        <translation>점수 초기화</translation>
    </message>
    <message>
        <source>Score: %1 of %2 right</source>
        <translation>점수: %2개 중 %1개 정답</translation>
    </message>
</context>
<context>
    <name>convscope::ui::RecordPanel</name>
    <message>
        <source>Folder…</source>
        <translation>폴더…</translation>
    </message>
    <message>
        <source>Hold to record</source>
        <translation>누르는 동안 녹화</translation>
    </message>
    <message>
        <source>Train on this folder</source>
        <translation>이 폴더로 학습</translation>
    </message>
    <message>
        <source>The dataset folder: each class gets a folder of its pictures inside it</source>
        <translation>데이터셋 폴더: 그 안에 클래스마다 그림 폴더가 하나씩 생깁니다</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>class name</source>
        <translation>클래스 이름</translation>
    </message>
    <message>
        <source>Pick a class folder or type the name of a new class</source>
        <translation>클래스 폴더를 고르거나 새 클래스 이름을 입력하세요</translation>
    </message>
    <message numerus="yes">
        <source>Hold the button down: %n frames a second go into the class&apos;s folder</source>
        <translation>
            <numerusform>버튼을 누르고 있으면 초당 %n프레임이 클래스 폴더에 저장됩니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the folder as the Training page&apos;s dataset</source>
        <translation>이 폴더를 CNN 학습 페이지의 데이터셋으로 엽니다</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>녹화 중…</translation>
    </message>
    <message>
        <source>Choose the folder to record into first.</source>
        <translation>먼저 녹화할 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>Record into which dataset folder?</source>
        <translation>어느 데이터셋 폴더에 녹화할까요?</translation>
    </message>
    <message>
        <source>Choose a folder to record pictures of each class into.</source>
        <translation>클래스별 그림을 녹화할 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>Type or pick a class.</source>
        <translation>클래스를 입력하거나 고르세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n pictures in “%1”</source>
        <translation>
            <numerusform>“%1”에 그림 %n장</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convscope::ui::ShapeBlockView</name>
    <message>
        <source>no output</source>
        <translation>출력 없음</translation>
    </message>
</context>
<context>
    <name>convscope::ui::StepAnimationExport</name>
    <message>
        <source>There is nothing to record: the page is not laid out yet.</source>
        <translation>녹화할 것이 없습니다. 페이지가 아직 화면에 배치되지 않았습니다.</translation>
    </message>
    <message>
        <source>Save animation as GIF</source>
        <translation>애니메이션을 GIF로 저장</translation>
    </message>
    <message>
        <source>GIF animations (*.gif)</source>
        <translation>GIF 애니메이션 (*.gif)</translation>
    </message>
    <message>
        <source>Recording the steps…</source>
        <translation>단계를 녹화하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Save animation as GIF…</source>
        <translation>애니메이션을 GIF로 저장…</translation>
    </message>
    <message>
        <source>Record the steps as an animated GIF, drawn as on the screen</source>
        <translation>화면에 보이는 그대로 단계를 GIF 애니메이션으로 녹화합니다</translation>
    </message>
</context>
<context>
    <name>convscope::ui::StepPlayerBar</name>
    <message>
        <source>Go to start</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>왼쪽 화살표</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>스페이스</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>한 단계 앞으로</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>오른쪽 화살표</translation>
    </message>
    <message>
        <source>Go to end</source>
        <translation>끝으로</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Drag to move through every step</source>
        <translation>끌어서 모든 단계를 오가세요</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>단계 %1 / %2</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>초당 %1단계</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
</context>
<context>
    <name>convscope::ui::StepQuiz</name>
    <message>
        <source>Type your answer first, or step forward to skip this one.</source>
        <translation>먼저 답을 입력하세요. 이 문제를 건너뛰려면 한 단계 앞으로 가세요.</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>정답입니다!</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>아쉽네요. 정답은 %1입니다.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::StepText</name>
    <message numerus="yes">
        <source>(%n products)</source>
        <translation>
            <numerusform>(곱 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + %2 (bias) = %3</source>
        <translation>%1 + %2 (편향) = %3</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>채널 %1</translation>
    </message>
    <message>
        <source>Total: %1 + %2 (bias) = %3</source>
        <translation>합계: %1 + %2 (편향) = %3</translation>
    </message>
</context>
<context>
    <name>convscope::ui::StepperPage</name>
    <message>
        <source>Red</source>
        <translation>빨강</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>초록</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <source>Convolution, step by step</source>
        <translation>단계별 컨볼루션</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>커널</translation>
    </message>
    <message>
        <source>The image cell keeps its value: %1 is out of range.</source>
        <translation>이미지 칸의 값은 그대로입니다: %1은(는) 범위를 벗어납니다.</translation>
    </message>
    <message>
        <source>The kernel weight keeps its value: %1 is out of range.</source>
        <translation>커널 가중치는 그대로입니다: %1은(는) 범위를 벗어납니다.</translation>
    </message>
    <message>
        <source>Convolved Feature</source>
        <translation>컨볼루션 결과 (Convolved Feature)</translation>
    </message>
    <message>
        <source>Kernel: %1</source>
        <translation>커널: %1</translation>
    </message>
    <message>
        <source>Width: %1</source>
        <translation>가로: %1</translation>
    </message>
    <message>
        <source>Height: %1</source>
        <translation>세로: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n input cell(s) are never read by any window; they are crossed out on the image.</source>
        <translation>
            <numerusform>입력 칸 %n개는 어떤 윈도우도 읽지 않습니다. 이미지에 X 표시로 그었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No window fits, so there is no output.</source>
        <translation>들어가는 윈도우가 없어 출력이 없습니다.</translation>
    </message>
    <message>
        <source>No window fits: change the sizes, the padding or the dilation.</source>
        <translation>들어가는 윈도우가 없습니다: 크기, 제로패딩 또는 팽창을 바꾸세요.</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n step(s) to go. Press → or Play to put the kernel on the top-left corner.</source>
        <translation>
            <numerusform>준비: 남은 단계 %n개. → 또는 재생을 누르면 커널을 왼쪽 위 모서리에 놓습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2: output row %3, column %4 = the sum of the products under the window</source>
        <translation>단계 %1 / %2: 출력 %3행 %4열 = 윈도우 아래 곱들의 합</translation>
    </message>
    <message>
        <source>The zero-padding cell at row %1, column %2</source>
        <translation>%1행 %2열의 제로패딩 칸</translation>
    </message>
    <message>
        <source>Input cell row %1, column %2</source>
        <translation>입력 칸 %1행 %2열</translation>
    </message>
    <message>
        <source>%1 is never read by any window.</source>
        <translation>%1은(는) 어떤 윈도우도 읽지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 feeds %n output cell(s), highlighted in green.</source>
        <translation>
            <numerusform>%1은(는) 출력 칸 %n개에 쓰입니다. 초록색으로 강조했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>채널 %1</translation>
    </message>
    <message>
        <source>Image, %1</source>
        <translation>이미지, %1</translation>
    </message>
    <message>
        <source>Kernel for %1</source>
        <translation>%1의 커널</translation>
    </message>
    <message>
        <source>After the ReLU: max(0, %1) = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>ReLU를 거친 뒤: max(0, %1) = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Predict each output value before it is shown</source>
        <translation>각 출력값을 보기 전에 먼저 예측해 보세요</translation>
    </message>
    <message>
        <source>What is output row %1, column %2? Type it and press Enter.</source>
        <translation>출력 %1행 %2열의 값은 얼마일까요? 입력하고 엔터 키를 누르세요.</translation>
    </message>
    <message>
        <source>Step forward: the next output value is asked before it is shown.</source>
        <translation>한 단계 앞으로 가세요: 다음 출력값은 보여 주기 전에 먼저 묻습니다.</translation>
    </message>
    <message>
        <source>Step forward: each output value is asked before it is shown.</source>
        <translation>한 단계 앞으로 가세요: 각 출력값은 보여 주기 전에 먼저 묻습니다.</translation>
    </message>
    <message>
        <source>image edit</source>
        <translation>이미지 편집</translation>
    </message>
    <message>
        <source>kernel edit</source>
        <translation>커널 편집</translation>
    </message>
</context>
<context>
    <name>convscope::ui::StepperSettingsPanel</name>
    <message>
        <source>Image rows</source>
        <translation>이미지 행 수</translation>
    </message>
    <message>
        <source>Image columns</source>
        <translation>이미지 열 수</translation>
    </message>
    <message>
        <source>Kernel rows</source>
        <translation>커널 행 수</translation>
    </message>
    <message>
        <source>Kernel columns</source>
        <translation>커널 열 수</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>스트라이드</translation>
    </message>
    <message>
        <source>Zero padding</source>
        <translation>제로패딩</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>팽창</translation>
    </message>
    <message>
        <source>How many cells the window moves at each step (S)</source>
        <translation>윈도우가 한 단계에 움직이는 칸 수(S)</translation>
    </message>
    <message>
        <source>Rings of zeros added around the image (P)</source>
        <translation>이미지 둘레에 채우는 0의 겹 수(P)</translation>
    </message>
    <message>
        <source>Spacing between the kernel&apos;s taps: 1 is an ordinary kernel (D)</source>
        <translation>커널 탭 사이의 간격: 1이면 보통 커널입니다(D)</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>편향</translation>
    </message>
    <message>
        <source>Added to the sum of the products, once per output cell</source>
        <translation>곱들의 합에 더하는 값, 출력 칸마다 한 번</translation>
    </message>
    <message>
        <source>Kernel preset</source>
        <translation>커널 프리셋</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>직접 입력</translation>
    </message>
    <message>
        <source>RGB (3 channels)</source>
        <translation>RGB (채널 3개)</translation>
    </message>
    <message>
        <source>Red, green and blue input channels, one kernel each, and a bias: what a real convolution layer computes</source>
        <translation>빨강, 초록, 파랑 입력 채널과 채널마다 커널 하나, 그리고 편향: 실제 컨볼루션층이 계산하는 것</translation>
    </message>
    <message>
        <source>Random image</source>
        <translation>무작위 이미지</translation>
    </message>
    <message>
        <source>Open picture…</source>
        <translation>그림 열기…</translation>
    </message>
    <message>
        <source>Read a small picture from a file, scaled down to the grid size beside this button</source>
        <translation>파일에서 작은 그림을 읽어 이 버튼 옆의 격자 크기로 줄입니다</translation>
    </message>
    <message>
        <source>Picture grid size</source>
        <translation>그림 격자 크기</translation>
    </message>
    <message>
        <source>Cells along the longer side of an opened picture</source>
        <translation>연 그림의 긴 변을 따라 놓이는 칸 수</translation>
    </message>
    <message>
        <source>Lecture example</source>
        <translation>강의 예시</translation>
    </message>
    <message>
        <source>Back to the lecture&apos;s 5×5 image and 3×3 kernel</source>
        <translation>강의의 5×5 이미지와 3×3 커널로 돌아갑니다</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>이미지(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Kernel</source>
        <translation>커널(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>격자(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Stride</source>
        <translation>스트라이드(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Padding</source>
        <translation>제로패딩(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Dilation</source>
        <translation>팽창(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Bias</source>
        <translation>편향(&amp;B)</translation>
    </message>
    <message>
        <source>Open a picture</source>
        <translation>그림 열기</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>그림 (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>convscope::ui::TensorView</name>
    <message>
        <source>Matrix view</source>
        <translation>행렬 보기</translation>
    </message>
    <message>
        <source>Zero padding (row %1, column %2): 0</source>
        <translation>제로패딩(%1행 %2열): 0</translation>
    </message>
    <message>
        <source>Row %1, column %2: not computed yet</source>
        <translation>%1행 %2열: 아직 계산하지 않음</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>%1행 %2열: %3</translation>
    </message>
    <message>
        <source>%1 × %2 matrix, values from %3 to %4.</source>
        <translation>%1 × %2 행렬, 값은 %3부터 %4까지.</translation>
    </message>
    <message>
        <source>Cell value</source>
        <translation>칸 값</translation>
    </message>
    <message>
        <source>Values must lie between %1 and %2.</source>
        <translation>값은 %1부터 %2 사이여야 합니다.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::TestImageGrid</name>
    <message>
        <source>true: %1</source>
        <translation>정답: %1</translation>
    </message>
    <message>
        <source>Test image %1
true class: %2</source>
        <translation>테스트 이미지 %1
실제 클래스: %2</translation>
    </message>
    <message>
        <source>
the network says: %1</source>
        <translation>
신경망의 답: %1</translation>
    </message>
</context>
<context>
    <name>convscope::ui::TrainingCharts</name>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>평활</translation>
    </message>
    <message>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation>손실 그래프</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>정확도(%)</translation>
    </message>
    <message>
        <source>training (smoothed)</source>
        <translation>학습(평활)</translation>
    </message>
    <message>
        <source>Accuracy chart</source>
        <translation>정확도 그래프</translation>
    </message>
    <message>
        <source>Powers of ten on the loss axis, so a loss that grows a millionfold and one that falls to 0.01 both show; turned on by itself when the loss spans more than a hundredfold</source>
        <translation>손실 축에 10의 거듭제곱 눈금을 써서, 백만 배로 커진 손실과 0.01까지 떨어진 손실을 함께 볼 수 있습니다. 손실이 백 배 넘게 차이 나면 저절로 켜집니다</translation>
    </message>
    <message>
        <source>Log loss axis</source>
        <translation>손실 로그 눈금</translation>
    </message>
</context>
<context>
    <name>convscope::ui::TrainingHistoryPanel</name>
    <message>
        <source>Go to the Training page</source>
        <translation>학습 페이지로 가기</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>First-layer filters:</source>
        <translation>첫 층의 필터:</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>필터 %1</translation>
    </message>
    <message>
        <source>Epoch:</source>
        <translation>에포크:</translation>
    </message>
    <message>
        <source>The history of a training appears here after you train a network on the Training page: the filters and one input&apos;s maps after every epoch, with a slider to watch them change. The model shipped with ConvScope was trained from the command line, so it has no history here.</source>
        <translation>학습 페이지에서 신경망을 학습하면 여기에 학습 기록이 나옵니다: 에포크마다의 필터와 입력 하나의 맵을 슬라이더로 바꿔 가며 볼 수 있습니다. ConvScope와 함께 제공되는 모델은 명령줄에서 학습했으므로 여기에 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Drag the slider to see the filters and the maps of one test image change epoch by epoch: epoch 0 is the random start.</source>
        <translation>슬라이더를 끌어 테스트 이미지 하나의 필터와 맵이 에포크마다 어떻게 바뀌는지 보세요: 에포크 0은 무작위로 시작한 상태입니다.</translation>
    </message>
    <message>
        <source>Epoch 0 (before training)</source>
        <translation>에포크 0 (학습 전)</translation>
    </message>
    <message>
        <source>Epoch %1 of %2</source>
        <translation>에포크 %1 / %2</translation>
    </message>
</context>
<context>
    <name>convscope::ui::TrainingModel</name>
    <message>
        <source>Bundled digits</source>
        <translation>함께 제공되는 숫자</translation>
    </message>
    <message>
        <source>The network did not fit the images of %1, so it was reset.</source>
        <translation>신경망이 %1의 이미지에 맞지 않아 초기화했습니다.</translation>
    </message>
    <message>
        <source>%1: %2 training and %3 test images of %4×%5, %6 classes.</source>
        <translation>%1: %4×%5 학습 이미지 %2개와 테스트 이미지 %3개, 클래스 %6개.</translation>
    </message>
    <message>
        <source>The network reads %1 images but the dataset&apos;s are %2.</source>
        <translation>신경망은 %1 이미지를 읽는데 데이터셋의 이미지는 %2입니다.</translation>
    </message>
    <message>
        <source>The last layer gives %1 scores but the dataset has %2 classes: give it %2 outputs.</source>
        <translation>마지막 층의 점수는 %1개인데 데이터셋의 클래스는 %2개입니다. 출력을 %2개로 하세요.</translation>
    </message>
    <message>
        <source>Layer %1 (%2) does not fit: %3</source>
        <translation>층 %1(%2)이(가) 맞지 않습니다: %3</translation>
    </message>
    <message>
        <source>This network cannot be trained: %1</source>
        <translation>이 신경망은 학습할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>학습 중…</translation>
    </message>
    <message>
        <source>Paused. Resume to go on from the same batch.</source>
        <translation>일시 정지했습니다. 다시 시작하면 같은 배치부터 이어 갑니다.</translation>
    </message>
    <message>
        <source>The network classifies %1 of the test images of %2 correctly.</source>
        <translation>신경망이 %2 테스트 이미지의 %1을(를) 맞게 분류합니다.</translation>
    </message>
    <message>
        <source>There is no trained network to save yet.</source>
        <translation>아직 저장할 학습된 신경망이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded “%1”: trained for %n epoch(s).</source>
        <translation>
            <numerusform>“%1”을(를) 불러왔습니다: 에포크 %n번 학습한 모델.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model reads %1 images with %2 classes; it cannot be tested on %3.</source>
        <translation>이 모델은 클래스 %2개의 %1 이미지를 읽으므로 %3(으)로는 시험할 수 없습니다.</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>MNIST digits</source>
        <translation>MNIST 숫자</translation>
    </message>
    <message>
        <source>A batch of %1 images needs %2 MB of memory for this network&apos;s activations, more than the %3 MB allowed. Choose a batch of at most %4 images.</source>
        <translation>이미지 %1장의 배치는 이 네트워크의 활성화 값을 담는 데 메모리 %2 MB가 필요해, 허용된 %3 MB를 넘습니다. 배치 크기를 %4 이하로 고르세요.</translation>
    </message>
    <message>
        <source>One image needs more than %1 MB of memory for this network&apos;s activations. Make its layers smaller.</source>
        <translation>이 네트워크는 이미지 한 장의 활성화 값에만 메모리 %1 MB보다 많이 필요합니다. 층을 더 작게 만드세요.</translation>
    </message>
    <message>
        <source>The number of epochs must be %1 to %2, not %3.</source>
        <translation>에포크 수는 %1부터 %2까지여야 합니다(%3은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>The batch size must be %1 to %2 images, not %3.</source>
        <translation>배치 크기는 이미지 %1장부터 %2장까지여야 합니다(%3은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>The learning rate must be a number above 0 and at most %1, not %2.</source>
        <translation>학습률은 0보다 크고 %1 이하인 수여야 합니다(%2은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>The momentum must be 0 to %1, not %2.</source>
        <translation>모멘텀은 0부터 %1까지여야 합니다(%2은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>The seed must be 0 to %1, not %2.</source>
        <translation>시드는 0부터 %1까지여야 합니다(%2은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>The number of threads must be 1 to %1, not %2.</source>
        <translation>스레드 수는 1부터 %1까지여야 합니다(%2은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>The recorded input does not fit the network.</source>
        <translation>기록할 입력이 신경망에 맞지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped, not pictures or damaged: %1</source>
        <translation>
            <numerusform>그림이 아니거나 손상된 파일 %n개를 건너뛰었습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading stopped; the dataset is as it was.</source>
        <translation>불러오기를 멈췄습니다. 데이터셋은 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::TrainingPage</name>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Bundled digits</source>
        <translation>함께 제공되는 숫자</translation>
    </message>
    <message>
        <source>Handwritten digits from MNIST shipped with ConvScope</source>
        <translation>ConvScope와 함께 제공되는 MNIST 손글씨 숫자</translation>
    </message>
    <message>
        <source>Folder of IDX files…</source>
        <translation>IDX 파일 폴더…</translation>
    </message>
    <message>
        <source>MNIST, Fashion-MNIST or EMNIST in the standard IDX format, gzipped or not</source>
        <translation>표준 IDX 형식(gzip 압축 여부 무관)의 MNIST, Fashion-MNIST 또는 EMNIST</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>구조</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>학습 설정</translation>
    </message>
    <message>
        <source>How big a step the optimiser takes against the gradient. Too small: slow learning; too large: the loss jumps around or becomes NaN.</source>
        <translation>옵티마이저가 기울기 반대 방향으로 움직이는 보폭. 너무 작으면 느리게 배우고, 너무 크면 손실이 널뛰거나 NaN이 됩니다.</translation>
    </message>
    <message>
        <source>Images per batch: the gradient is averaged over them before each step</source>
        <translation>배치 하나의 이미지 수: 한 단계를 밟기 전에 이 이미지들의 기울기를 평균합니다</translation>
    </message>
    <message>
        <source>Passes over the whole training set</source>
        <translation>학습 데이터 전체를 도는 횟수</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>SGD: the share of the previous step kept in the next one (0: plain gradient descent)</source>
        <translation>SGD: 이전 단계를 다음 단계에 남기는 비율(0이면 보통 경사 하강법)</translation>
    </message>
    <message>
        <source>Chooses the first weights and the order of the images: the same seed trains the same network</source>
        <translation>처음 가중치와 이미지 순서를 정합니다. 시드가 같으면 같은 신경망이 학습됩니다</translation>
    </message>
    <message>
        <source>Processor cores that share each batch</source>
        <translation>각 배치를 나누어 계산하는 프로세서 코어 수</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>스레드</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>학습 시작</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Train the network on the training images; it is tested on the test images after each epoch</source>
        <translation>학습 이미지로 신경망을 학습합니다. 에포크마다 테스트 이미지로 시험합니다</translation>
    </message>
    <message>
        <source>Stop after the current batch; the weights learned so far are kept</source>
        <translation>지금 배치가 끝나면 멈춥니다. 지금까지 배운 가중치는 남습니다</translation>
    </message>
    <message>
        <source>Forget the trained network, so the architecture can be changed</source>
        <translation>학습된 신경망을 지워 구조를 바꿀 수 있게 합니다</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>학습 진행</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Only the mistakes</source>
        <translation>틀린 것만</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>테스트 이미지</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>숫자 그리기</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Your drawing as the network sees it: cropped, scaled into a 20×20 box and centred by its centre of mass in 28×28 pixels, like every MNIST digit</source>
        <translation>신경망이 보는 그림: 모든 MNIST 숫자처럼 잘라 내고, 20×20 상자에 맞춰 줄인 뒤, 무게중심이 28×28 픽셀의 가운데에 오도록 놓았습니다</translation>
    </message>
    <message>
        <source>What the network sees (28×28)</source>
        <translation>신경망이 보는 것(28×28)</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>모델 저장…</translation>
    </message>
    <message>
        <source>Load model…</source>
        <translation>모델 불러오기…</translation>
    </message>
    <message>
        <source>The Inside the network page now shows this model.</source>
        <translation>이제 신경망 들여다보기 페이지가 이 모델을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>No dataset loaded.</source>
        <translation>불러온 데이터셋이 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 training and %3 test images of %4×%5 pixels, %6 classes</source>
        <translation>%1: %4×%5 픽셀 학습 이미지 %2개와 테스트 이미지 %3개, 클래스 %6개</translation>
    </message>
    <message>
        <source>The network is trained with this architecture. Reset to change it.</source>
        <translation>신경망이 이 구조로 학습되어 있습니다. 바꾸려면 초기화하세요.</translation>
    </message>
    <message>
        <source>Continue training</source>
        <translation>이어서 학습</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>Not trained yet.</source>
        <translation>아직 학습하지 않았습니다.</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · batch %3 of %4 · %5 images/s</source>
        <translation>에포크 %1 / %2 · 배치 %3 / %4 · 초당 이미지 %5개</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · 약 %1 남음</translation>
    </message>
    <message>
        <source>Answers of the network after epoch %1: %2 of the test images right.</source>
        <translation>에포크 %1 뒤 신경망의 답: 테스트 이미지의 %2을(를) 맞혔습니다.</translation>
    </message>
    <message>
        <source>Rows: the true class; columns: the network&apos;s answer. The diagonal holds the right answers; a cell&apos;s colour is its share of the row.</source>
        <translation>행: 실제 클래스, 열: 신경망의 답. 대각선이 맞힌 답이며, 칸의 색은 그 행에서 차지하는 비율입니다.</translation>
    </message>
    <message>
        <source>The network&apos;s answers appear here after the first epoch.</source>
        <translation>첫 에포크가 끝나면 신경망의 답이 여기에 나옵니다.</translation>
    </message>
    <message>
        <source>No mistakes among the test images.</source>
        <translation>테스트 이미지에서 틀린 것이 없습니다.</translation>
    </message>
    <message>
        <source>The confusion matrix appears after the first epoch.</source>
        <translation>혼동 행렬은 첫 에포크가 끝나면 나옵니다.</translation>
    </message>
    <message>
        <source>The network says: %1 (%2)</source>
        <translation>신경망의 답: %1 (%2)</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse.</source>
        <translation>마우스로 숫자를 그리세요.</translation>
    </message>
    <message>
        <source>Choose a folder of IDX files</source>
        <translation>IDX 파일 폴더 고르기</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>모델 저장</translation>
    </message>
    <message>
        <source>ConvScope models (*.csmodel)</source>
        <translation>ConvScope 모델 (*.csmodel)</translation>
    </message>
    <message>
        <source>Saved the model to “%1”.</source>
        <translation>모델을 “%1”에 저장했습니다.</translation>
    </message>
    <message>
        <source>The model could not be saved: %1</source>
        <translation>모델을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>모델 불러오기</translation>
    </message>
    <message>
        <source>ConvScope models (*.csmodel);;All files (*)</source>
        <translation>ConvScope 모델 (*.csmodel);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>모델을 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Save loss history as CSV…</source>
        <translation>손실 기록을 CSV로 저장…</translation>
    </message>
    <message>
        <source>Every batch&apos;s loss and accuracy and every epoch&apos;s test results, as a table</source>
        <translation>배치마다의 손실과 정확도, 에포크마다의 테스트 결과를 표로 저장합니다</translation>
    </message>
    <message>
        <source>There is no loss history to save yet: train the network first.</source>
        <translation>아직 저장할 손실 기록이 없습니다. 먼저 신경망을 학습시키세요.</translation>
    </message>
    <message>
        <source>Save loss history as CSV</source>
        <translation>손실 기록을 CSV로 저장</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <source>Saving the model to “%1”…</source>
        <translation>모델을 “%1”에 저장하는 중…</translation>
    </message>
    <message>
        <source>The learning rate must be a number above 0 and at most %1, such as 0.001, not “%2”.</source>
        <translation>학습률은 0보다 크고 %1 이하인 수여야 합니다. 예: 0.001(“%2”은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>Picture folder…</source>
        <translation>그림 폴더…</translation>
    </message>
    <message>
        <source>The class&apos;s own pictures: a folder holding one folder of pictures per class, named after it (cats/1.jpg, dogs/1.jpg, …), or train/ and test/ folders laid out so. Without them a fifth of each class is kept for testing.</source>
        <translation>직접 모은 그림: 클래스마다 그 이름의 그림 폴더가 하나씩 있는 폴더(고양이/1.jpg, 강아지/1.jpg, …), 또는 그렇게 구성한 train/과 test/ 폴더. 이 둘이 없으면 클래스마다 5분의 1을 테스트용으로 남깁니다.</translation>
    </message>
    <message>
        <source>Pictures read</source>
        <translation>읽은 그림</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop reading the folder; the dataset stays as it was</source>
        <translation>폴더 읽기를 멈춥니다. 데이터셋은 그대로입니다</translation>
    </message>
    <message>
        <source>Augment the pictures</source>
        <translation>그림 증강</translation>
    </message>
    <message>
        <source>Change each training picture a little every time it is learned from: mirrored at random, shifted by up to a tenth of its side, turned by up to 10°, a little lighter or darker. A few dozen pictures then look like many more; the seed repeats the same changes.</source>
        <translation>학습할 때마다 각 학습 그림을 조금씩 바꿉니다(데이터 증강): 무작위로 좌우 반전하고, 변 길이의 10분의 1까지 옮기고, 10°까지 돌리고, 조금 밝거나 어둡게 합니다. 그러면 수십 장의 그림이 훨씬 많은 그림처럼 쓰입니다. 같은 시드는 같은 변화를 되풀이합니다.</translation>
    </message>
    <message>
        <source>Slow motion</source>
        <translation>느리게 보기</translation>
    </message>
    <message>
        <source>Each batch takes at least a quarter of a second, so the first epoch can be watched and talked over; also during a run</source>
        <translation>배치마다 적어도 0.25초가 걸리게 해서 첫 에포크를 지켜보며 설명할 수 있습니다. 학습 중에도 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>무엇이 잘못되었나</translation>
    </message>
    <message>
        <source>%1 of %2 pictures</source>
        <translation>그림 %2개 중 %1개</translation>
    </message>
    <message>
        <source>Choose a folder holding one folder of pictures per class</source>
        <translation>클래스마다 그림 폴더가 하나씩 있는 폴더를 고르세요</translation>
    </message>
    <message>
        <source>test pictures of %1</source>
        <translation>%1의 테스트 그림</translation>
    </message>
    <message>
        <source>Try a picture</source>
        <translation>그림으로 시험</translation>
    </message>
    <message>
        <source>Open a picture…</source>
        <translation>그림 열기…</translation>
    </message>
    <message>
        <source>A new photo or drawing of one of the classes: its centre square is scaled to the network&apos;s input, as the training pictures were</source>
        <translation>클래스 중 하나를 찍은 새 사진이나 그림: 학습 그림처럼 가운데 정사각형을 신경망의 입력 크기로 맞춥니다</translation>
    </message>
    <message>
        <source>The picture as the network sees it</source>
        <translation>신경망이 보는 그림</translation>
    </message>
    <message>
        <source>Open a picture the network has not seen.</source>
        <translation>신경망이 본 적 없는 그림을 열어 보세요.</translation>
    </message>
    <message>
        <source>Open a picture</source>
        <translation>그림 열기</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>그림 (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1: the network says %2 (%3)</source>
        <translation>%1: 신경망의 답은 %2 (%3)</translation>
    </message>
    <message>
        <source>Export as ONNX…</source>
        <translation>ONNX로 내보내기…</translation>
    </message>
    <message>
        <source>The trained network with its weights as an ONNX file, for PyTorch, ONNX Runtime and other programs</source>
        <translation>학습한 신경망을 가중치와 함께 ONNX 파일로 내보냅니다. PyTorch, ONNX Runtime과 다른 프로그램에서 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>Show as PyTorch code</source>
        <translation>PyTorch 코드로 보기</translation>
    </message>
    <message>
        <source>The architecture and these settings as a PyTorch script, kept up to date as you change them</source>
        <translation>구조와 이 설정을 PyTorch 스크립트로 보여 줍니다. 바꾸면 바로 따라 바뀝니다</translation>
    </message>
    <message>
        <source>Export as ONNX</source>
        <translation>ONNX로 내보내기</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX 모델 (*.onnx)</translation>
    </message>
    <message>
        <source>Look inside this network</source>
        <translation>이 신경망 들여다보기</translation>
    </message>
    <message>
        <source>Opens this model, with its test pictures, on the Inside the network page</source>
        <translation>이 모델을 테스트 그림과 함께 신경망 들여다보기 페이지에서 엽니다</translation>
    </message>
    <message>
        <source>Adam, or stochastic gradient descent (SGD) with the momentum below</source>
        <translation>Adam, 또는 아래 모멘텀을 쓰는 확률적 경사 하강법(SGD)</translation>
    </message>
    <message>
        <source>architecture change</source>
        <translation>구조 변경</translation>
    </message>
    <message>
        <source>picture size change</source>
        <translation>그림 크기 변경</translation>
    </message>
    <message>
        <source>training settings change</source>
        <translation>학습 설정 변경</translation>
    </message>
    <message>
        <source>All test images</source>
        <translation>모든 테스트 이미지</translation>
    </message>
    <message>
        <source>Show the test images of every class again</source>
        <translation>모든 클래스의 테스트 이미지를 다시 보여 줍니다</translation>
    </message>
    <message numerus="yes">
        <source>%n test image(s) of class %1 the network classified as %2.</source>
        <translation>
            <numerusform>클래스 %1의 테스트 이미지 중 신경망이 %2(으)로 분류한 것: %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are shown.</source>
        <translation>앞의 %1개만 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::TrainingWorker</name>
    <message>
        <source>Not enough memory for this network and dataset. Choose a smaller network or batch size.</source>
        <translation>이 신경망과 데이터셋을 처리할 메모리가 부족합니다. 더 작은 신경망이나 배치 크기를 고르세요.</translation>
    </message>
    <message>
        <source>The model reads %1 values per image but the dataset&apos;s images have %2.</source>
        <translation>모델은 이미지마다 값 %1개를 읽는데 데이터셋의 이미지는 %2개입니다.</translation>
    </message>
</context>
<context>
    <name>convscope::ui::WindowSumPanel</name>
    <message>
        <source>Input window under the kernel</source>
        <translation>커널 아래의 입력 윈도우</translation>
    </message>
    <message>
        <source>Point at the map to see how one pixel is computed.</source>
        <translation>맵을 가리키면 픽셀 하나가 어떻게 계산되는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>Cells outside the picture count as 0 (zero padding).</source>
        <translation>그림 바깥의 칸은 0으로 셉니다(제로패딩).</translation>
    </message>
    <message>
        <source>ReLU: max(0, %1) = %2</source>
        <translation>ReLU: max(0, %1) = %2</translation>
    </message>
    <message>
        <source>Map pixel at row %1, column %2 (point at the map to pick another)</source>
        <translation>맵 픽셀 %1행 %2열(맵을 가리켜 다른 픽셀을 고르세요)</translation>
    </message>
</context>
<context>
    <name>convscope::ui::WorksheetDialog</name>
    <message>
        <source>Print a worksheet</source>
        <translation>학습지 인쇄</translation>
    </message>
    <message>
        <source>A small image and a kernel to convolve by hand, the output size question and an empty output grid, with the answers on a second page. The same number gives the same worksheet again: it is printed at the foot of each page.</source>
        <translation>손으로 컨볼루션할 작은 이미지와 커널, 출력 크기 질문과 빈 출력 칸, 그리고 둘째 쪽의 정답. 같은 번호는 같은 학습지를 다시 만듭니다: 번호는 각 쪽 아래에 인쇄됩니다.</translation>
    </message>
    <message>
        <source>Worksheet number</source>
        <translation>학습지 번호</translation>
    </message>
    <message>
        <source>&amp;Random</source>
        <translation>무작위(&amp;R)</translation>
    </message>
    <message>
        <source>Choose another worksheet number at random</source>
        <translation>다른 학습지 번호를 무작위로 고릅니다</translation>
    </message>
    <message>
        <source>Worksheet &amp;number:</source>
        <translation>학습지 번호(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Language of the sheet:</source>
        <translation>학습지 언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Print a &amp;worksheet…</source>
        <translation>학습지 인쇄(&amp;W)…</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>학습지 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown language “%1”: use en or ko.</source>
        <translation>알 수 없는 언어 “%1”: en 또는 ko를 쓰세요.</translation>
    </message>
    <message>
        <source>See how convolutional neural networks see.</source>
        <translation>합성곱 신경망이 이미지를 어떻게 보는지 살펴봅니다.</translation>
    </message>
    <message>
        <source>Render the page to a PNG file without showing a window, then exit.</source>
        <translation>창을 띄우지 않고 페이지를 PNG 파일로 그린 뒤 끝냅니다.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>The page to open: %1.</source>
        <translation>열 페이지: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1280x800.</source>
        <translation>--screenshot의 창 크기. 예: 1280x800.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>가로x세로</translation>
    </message>
    <message>
        <source>Interface language: en or ko (default: the system&apos;s).</source>
        <translation>화면 언어: en 또는 ko(기본값: 시스템 언어).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>--size must look like 1280x800, not “%1”.</source>
        <translation>--size는 1280x800 같은 꼴이어야 합니다(“%1”은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>--size must lie between 320x240 and 7680x4320.</source>
        <translation>--size는 320x240부터 7680x4320 사이여야 합니다.</translation>
    </message>
    <message>
        <source>unknown page “%1”; the pages are: %2.</source>
        <translation>알 수 없는 페이지 “%1”. 페이지는 %2입니다.</translation>
    </message>
    <message>
        <source>could not write the screenshot to “%1”.</source>
        <translation>스크린숏을 “%1”에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>A lesson file (.convscope) to open.</source>
        <translation>열 수업 파일(.convscope).</translation>
    </message>
    <message>
        <source>[LESSON]</source>
        <translation>[수업]</translation>
    </message>
    <message>
        <source>unexpected argument “%1”: give one lesson file at most.</source>
        <translation>예상하지 못한 인수 “%1”: 수업 파일은 하나만 주세요.</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>수업 열기</translation>
    </message>
    <message>
        <source>no frame of the video reached the page within %1 seconds; no screenshot was written to “%2”.</source>
        <translation>%1초 안에 동영상 프레임이 페이지에 닿지 않았습니다. 스크린숏을 “%2”에 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Play a video file in a loop as the live picture of Activation maps and Inside the network. With --screenshot the picture is taken once its first frames are on the page.</source>
        <translation>동영상 파일을 활성화 맵과 신경망 들여다보기의 실시간 그림으로 반복 재생합니다. --screenshot과 함께 쓰면 첫 프레임들이 페이지에 나타난 뒤 스크린숏을 찍습니다.</translation>
    </message>
</context>
</TS>
